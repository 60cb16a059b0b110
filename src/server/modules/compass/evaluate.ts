import type { Ctx } from "../../platform/context.js";
import type { CompassDeps } from "./deps.js";
import type { CompassLocale } from "./format.js";
import type { IndicatorRow } from "./repo.js";
import { seriesOf, statsOf, type StoredStats } from "./repo.js";
import { computeStatus, computeStatusFromStats, seriesStats, withLivePoint, type Point, type StatusIndicator, type StatusResult } from "./status.js";

/** Row → the status function's view of an indicator. */
export function statusInput(ind: IndicatorRow): StatusIndicator {
  return {
    unit: ind.unit as StatusIndicator["unit"],
    direction: ind.direction as StatusIndicator["direction"],
    baselineValue: ind.baselineValue,
    baselineDate: ind.baselineDate,
    targetValue: ind.targetValue,
    targetValueHigh: ind.targetValueHigh,
    targetDate: ind.targetDate,
    onTrackRatio: ind.onTrackRatio,
    atRiskRatio: ind.atRiskRatio,
  };
}

export function statusOf(ind: IndicatorRow, series: Point[], today: string, locale: CompassLocale = "nl-BE"): StatusResult {
  return computeStatus(statusInput(ind), series, { today, locale });
}

/**
 * Today's value of a derived indicator, read live from its metric; null when the metric is not
 * registered or fails (the failure is logged: one broken instrument must not take the dashboard down).
 */
export async function liveValue(ctx: Ctx, deps: CompassDeps, ind: IndicatorRow, today: string): Promise<number | null> {
  if (ind.kind !== "derived" || !ind.metricKey) return null;
  const metric = deps.metrics.get(ind.metricKey);
  if (!metric) return null;
  try {
    const v = await metric.valueAt(ctx, { date: today });
    return Number.isFinite(v) ? v : null;
  } catch (err) {
    ctx.log.warn({ err, metric: ind.metricKey }, "metric read failed");
    return null;
  }
}

/** Appends (or replaces) today's live point. */
export function withLive(series: Point[], today: string, live: number | null): Point[] {
  if (live === null) return series;
  return [...series.filter((p) => p.date !== today), { date: today, value: live }].sort((a, b) => a.date.localeCompare(b.date));
}

const SPARKLINE = 12;

/**
 * The dashboard's view of each indicator: its status from the stored stats (one query for all
 * indicators, no series points), and its sparkline; derived indicators get today's live value.
 */
export async function summariesFor(
  ctx: Ctx,
  deps: CompassDeps,
  inds: IndicatorRow[],
  today: string,
  locale: CompassLocale,
  prefetched?: Map<string, StoredStats>,
): Promise<Map<string, { status: StatusResult; sparkline: Point[] }>> {
  const stored = prefetched ?? (await statsOf(ctx, inds.map((i) => i.id)));
  const derived = inds.filter((i) => i.kind === "derived");
  const lives = await Promise.all(derived.map((i) => liveValue(ctx, deps, i, today)));
  const liveById = new Map(derived.map((i, n) => [i.id, lives[n]]));
  const out = new Map<string, { status: StatusResult; sparkline: Point[] }>();
  for (const ind of inds) {
    const input = statusInput(ind);
    let st: StoredStats = stored.get(ind.id) ?? { ...seriesStats(input, []), sparkline: [] };
    const live = liveById.get(ind.id) ?? null;
    if (live !== null) {
      const point = { date: today, value: live };
      st = { ...withLivePoint(st, point), sparkline: withLive(st.sparkline, today, live).slice(-SPARKLINE) };
    }
    out.set(ind.id, { status: computeStatusFromStats(input, st, { today, locale }), sparkline: st.sparkline });
  }
  return out;
}

/**
 * The province-level series of each indicator (one query for all of them), with the live value of
 * derived indicators appended.
 */
export async function seriesFor(ctx: Ctx, deps: CompassDeps, inds: IndicatorRow[], today: string, all = false): Promise<Map<string, Point[]>> {
  const stored = await seriesOf(ctx, all ? undefined : inds.map((i) => i.id));
  const out = new Map<string, Point[]>();
  const derived = inds.filter((i) => i.kind === "derived");
  const lives = await Promise.all(derived.map((i) => liveValue(ctx, deps, i, today)));
  const liveById = new Map(derived.map((i, n) => [i.id, lives[n]]));
  for (const ind of inds) out.set(ind.id, withLive(stored.get(ind.id) ?? [], today, liveById.get(ind.id) ?? null));
  return out;
}
