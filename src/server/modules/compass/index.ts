import type { FastifyInstance } from "fastify";
import type { AppDeps } from "../../platform/http.js";
import { compassRoutes } from "./routes.js";
import { importRoutes } from "./import-routes.js";
import { publicRoutes } from "./public-routes.js";

/* Verbs (one use case per file; each checks the actor first, runs in a transaction and audits). */
export { createGoal } from "./create-goal.js";
export { updateGoal } from "./update-goal.js";
export { createIndicator } from "./create-indicator.js";
export { updateIndicator } from "./update-indicator.js";
export { recordMeasurement, type MeasurementResult } from "./record-measurement.js";
export { correctMeasurement } from "./correct-measurement.js";
export { importMeasurements } from "./import-measurements.js";
export { snapshotDerivedIndicators } from "./snapshot-derived-indicators.js";
export { refreshIndicatorSeries } from "./refresh-series.js";

/* Read functions. */
export { listIndicators, findIndicatorByCode } from "./list-indicators.js";
export { getIndicator } from "./get-indicator.js";
export { listGoals, findGoalByCode } from "./list-goals.js";
export { listMeasurements } from "./list-measurements.js";

/* Pure status logic, for other modules' reports (e.g. the council report). */
export { computeStatus } from "./status.js";
export type { CompassDeps } from "./deps.js";

export { startCompassJobs } from "./jobs.js";

/** The module's only door: routes are registered here; verbs and read functions are exported above. */
export async function registerCompass(app: FastifyInstance, deps: AppDeps): Promise<void> {
  await compassRoutes(app, deps);
  await importRoutes(app, deps);
  await publicRoutes(app, deps);
}
