import type { FastifyInstance } from "fastify";
import type { AppDeps } from "../../platform/http.js";
import { auditRoutes } from "./routes.js";

/** The module's only door: routes are registered here; verbs and read functions are exported below. */
export async function registerAudit(app: FastifyInstance, deps: AppDeps): Promise<void> {
  auditRoutes(app, deps);
}

export { historyFor, getHistory } from "./history.js";
export { searchAudit } from "./search-audit.js";
export { exportAudit } from "./export-audit.js";
