import type { ErrorDetail } from "../../../contracts/errors.js";
import type { IndicatorInput } from "../../../contracts/compass.js";
import type { Ctx } from "../../platform/context.js";
import type { CompassDeps } from "./deps.js";
import { goalByCode, type GoalRow } from "./repo.js";

/** Checks that need the database or the registry: the goal exists, the metric is known and fits. */
export async function checkIndicatorRefs(
  ctx: Ctx,
  deps: CompassDeps & { checkMetrics: boolean },
  v: IndicatorInput,
): Promise<{ goal: GoalRow | null; details: ErrorDetail[] }> {
  const details: ErrorDetail[] = [];
  const goal = await goalByCode(ctx, v.goalCode);
  if (!goal) details.push({ path: "goalCode", code: "unknown_goal", message: `There is no goal with code ${v.goalCode}.` });
  if (v.kind === "derived" && v.metricKey && deps.checkMetrics) {
    const metric = deps.metrics.get(v.metricKey);
    if (!metric) {
      details.push({ path: "metricKey", code: "unknown_metric", message: `No instrument gives a metric ${v.metricKey}.` });
    } else if (v.perMunicipality && !metric.perMunicipality) {
      details.push({ path: "perMunicipality", code: "metric_not_per_municipality", message: `The metric ${v.metricKey} has no values per municipality.` });
    }
  }
  if (v.unit === "milestone" && v.direction !== "raise") {
    details.push({ path: "direction", code: "milestone_direction", message: "A milestone goes from 0 (not yet) to 1 (done): its direction is raise." });
  }
  return { goal, details };
}
