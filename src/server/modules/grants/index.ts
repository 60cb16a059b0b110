import type { FastifyInstance } from "fastify";
import type { AppDeps } from "../../platform/http.js";

/* Pure rules (no database). */
export { FormDefinitionSchema, validateAnswers, type AnswerMode } from "./form-definition.js";
export { callWindowState, transition, availableEvents, WORKFLOW_RULES, FINAL_STATES } from "./workflow.js";
export { localToInstant, instantToLocal, localDateOf, BRUSSELS } from "./calendar.js";

/* Funds, envelopes, calls and the applicant portal. */
export { nextApplicationReference } from "./application-reference.js";

/** The module's only door: routes are registered here; verbs and read functions are exported above. */
export async function registerGrants(app: FastifyInstance, deps: AppDeps): Promise<void> {
  void app;
  void deps;
}
