import type { FastifyInstance } from "fastify";
import type { AppDeps } from "../../platform/http.js";
import { supportRoutes } from "./routes.js";

/* Verbs (one use case per file; each checks the actor first, runs in a transaction and audits). */
export { upsertProgramme, type UpsertProgrammeResult } from "./upsert-programme.js";
export { openTrajectory } from "./open-trajectory.js";
export { moveTrajectoryStage } from "./move-trajectory-stage.js";
export { recordInteraction } from "./record-interaction.js";
export { addTask } from "./add-task.js";
export { completeTask } from "./complete-task.js";
export { recordOutcome } from "./record-outcome.js";
export { closeTrajectory } from "./close-trajectory.js";
export { repointOrganisation, type RepointOrganisationInput, type RepointOrganisationResult } from "./repoint-organisation.js";

/* Read functions. */
export { listProgrammes, getProgramme } from "./list-programmes.js";
export { listTrajectories } from "./list-trajectories.js";
export { getTrajectory } from "./get-trajectory.js";
export { programmeBoard } from "./programme-board.js";
export { organisationTimeline } from "./organisation-timeline.js";
export { listMyTasks } from "./list-my-tasks.js";
export { exportTrajectories } from "./export-trajectories.js";

/* The figures this instrument gives the compass. */
export { supportMetrics, organisationHref } from "./metrics.js";
export type { SupportDeps } from "./deps.js";

/** The module's only door: routes are registered here; verbs and read functions are exported above. */
export async function registerSupport(app: FastifyInstance, deps: AppDeps): Promise<void> {
  await supportRoutes(app, deps);
}
