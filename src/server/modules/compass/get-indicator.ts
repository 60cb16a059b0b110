import { z } from "zod";
import type { IndicatorDetail } from "../../../contracts/compass.js";
import type { Ctx } from "../../platform/context.js";
import { notFound, validation, zodDetails } from "../../platform/errors.js";
import { resolveDeps, todayIso, type CompassDeps } from "./deps.js";
import { seriesFor, statusOf } from "./evaluate.js";
import type { CompassLocale } from "./format.js";
import { municipalityRefs } from "./municipalities.js";
import { requireCompassReader, rowScope } from "./policies.js";
import { presentGoal, presentSummary } from "./presenters.js";
import { goalById, indicatorById, latestPerMunicipality, type IndicatorWithGoal } from "./repo.js";

export type Audience = "staff" | "public";

const Input = z.object({ id: z.string(), locale: z.enum(["nl-BE", "en", "fr-BE", "de-BE"]).optional() });

/**
 * One indicator with its status, series, trajectory and values per municipality.
 * audience "staff": the back office (staff and municipality users; a municipality user's breakdown
 * holds only their own municipality). audience "public": anyone, published indicators only.
 */
export async function getIndicator({
  ctx,
  input,
  deps,
  audience = "staff",
}: {
  ctx: Ctx;
  input: { id: string; locale?: CompassLocale };
  deps?: Partial<CompassDeps>;
  audience?: Audience;
}): Promise<IndicatorDetail> {
  if (audience === "staff") requireCompassReader(ctx.actor);
  const parsed = Input.safeParse(input);
  if (!parsed.success) throw validation(zodDetails(parsed.error));
  const ind = await indicatorById(ctx, parsed.data.id);
  if (!ind || (audience === "public" && !ind.published)) throw notFound("indicator");
  return buildDetail(ctx, resolveDeps(deps), ind, parsed.data.locale ?? "nl-BE", audience);
}

export async function buildDetail(ctx: Ctx, deps: CompassDeps, ind: IndicatorWithGoal, locale: CompassLocale, audience: Audience): Promise<IndicatorDetail> {
  const today = todayIso(deps);
  const [goal, seriesMap] = await Promise.all([goalById(ctx, ind.goalId), seriesFor(ctx, deps, [ind], today)]);
  const series = seriesMap.get(ind.id) ?? [];
  const status = statusOf(ind, series, today, locale);
  const summary = presentSummary(ind, series, status);
  return {
    ...summary,
    descriptionNl: ind.descriptionNl,
    descriptionEn: ind.descriptionEn,
    source: ind.source,
    sourceNote: ind.sourceNote,
    owner: ind.owner,
    aggregation: ind.aggregation as IndicatorDetail["aggregation"],
    onTrackRatio: ind.onTrackRatio,
    atRiskRatio: ind.atRiskRatio,
    version: ind.version,
    goal: presentGoal(goal!),
    series,
    trajectory: status.trajectory,
    municipalities: ind.perMunicipality ? await breakdown(ctx, deps, ind, today, audience) : [],
  };
}

/** Latest value per municipality (null where none), limited to the actor's municipalities in the back office. */
async function breakdown(ctx: Ctx, deps: CompassDeps, ind: IndicatorWithGoal, today: string, audience: Audience): Promise<IndicatorDetail["municipalities"]> {
  const scope = audience === "public" ? null : rowScope(ctx.actor);
  const refs = (await municipalityRefs(ctx)).filter((m) => scope === null || scope.includes(m.nis));
  const values = new Map<string, { value: number; periodDate: string | null }>();
  const metric = ind.kind === "derived" && ind.metricKey ? deps.metrics.get(ind.metricKey) : undefined;
  if (metric) {
    try {
      if (metric.valuesByMunicipality) {
        // Municipalities without records are absent from the map: their value is 0.
        const live = await metric.valuesByMunicipality(ctx, { date: today });
        for (const m of refs) values.set(m.nis, { value: live.get(m.nis) ?? 0, periodDate: today });
      } else {
        for (const m of refs) values.set(m.nis, { value: await metric.valueAt(ctx, { date: today, municipalityNis: m.nis }), periodDate: today });
      }
    } catch (err) {
      ctx.log.warn({ err, metric: ind.metricKey }, "metric read failed");
    }
  }
  if (values.size === 0) {
    for (const [nis, v] of await latestPerMunicipality(ctx, ind.id, refs.map((m) => m.nis))) values.set(nis, v);
  }
  return refs.map((m) => {
    const v = values.get(m.nis);
    return { nis: m.nis, name: m.nameNl, value: v ? v.value : null, periodDate: v ? v.periodDate : null, lat: m.lat, lon: m.lon };
  });
}
