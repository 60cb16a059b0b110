import type { DrilldownRecord, MetricView } from "../../../contracts/compass.js";
import { z } from "zod";
import type { Ctx } from "../../platform/context.js";
import { forbidden, notFound, preconditionFailed, validation, zodDetails } from "../../platform/errors.js";
import { resolveDeps, todayIso, type CompassDeps } from "./deps.js";
import { canSeeMunicipality, requireCompassReader, rowScope } from "./policies.js";
import { presentMetric } from "./presenters.js";
import { indicatorById } from "./repo.js";

/** The metrics instruments give the compass, for binding a derived indicator. */
export async function listMetrics({ ctx, deps }: { ctx: Ctx; deps: Partial<CompassDeps> }): Promise<MetricView[]> {
  requireCompassReader(ctx.actor);
  return resolveDeps(deps).metrics.list().map(presentMetric);
}

const DrilldownInput = z.object({
  indicatorId: z.string(),
  municipality: z.string().regex(/^\d{5}$/).optional(),
  date: z.iso.date().optional(),
});

/**
 * The records behind a derived indicator's value (at a date, default today), read from its instrument.
 * A municipality user gets only their own municipality's records.
 */
export async function drilldown({ ctx, input, deps }: { ctx: Ctx; input: z.input<typeof DrilldownInput>; deps: Partial<CompassDeps> }): Promise<DrilldownRecord[]> {
  requireCompassReader(ctx.actor);
  const parsed = DrilldownInput.safeParse(input);
  if (!parsed.success) throw validation(zodDetails(parsed.error));
  const d = resolveDeps(deps);
  const ind = await indicatorById(ctx, parsed.data.indicatorId);
  if (!ind) throw notFound("indicator");
  if (ind.kind !== "derived" || !ind.metricKey) {
    throw preconditionFailed("Only a derived indicator has records behind its value.", [{ path: "indicatorId", code: "not_derived", message: "This indicator is measured." }]);
  }
  const metric = d.metrics.get(ind.metricKey);
  if (!metric) {
    throw preconditionFailed(`No instrument gives the metric ${ind.metricKey}.`, [{ path: "metricKey", code: "unknown_metric", message: ind.metricKey }]);
  }
  const date = parsed.data.date ?? todayIso(d);
  const wanted = parsed.data.municipality;
  if (wanted && !canSeeMunicipality(ctx.actor, wanted)) throw forbidden("You may see only your own municipality's records.");
  const scope = rowScope(ctx.actor);
  if (scope === null) return metric.records(ctx, wanted ? { date, municipalityNis: wanted } : { date });
  // A municipality user: their own municipality's records only, whatever the instrument returns.
  const lists = await Promise.all((wanted ? [wanted] : scope).map((nis) => metric.records(ctx, { date, municipalityNis: nis })));
  return lists.flat().filter((r) => r.municipalityNis !== null && scope.includes(r.municipalityNis));
}
