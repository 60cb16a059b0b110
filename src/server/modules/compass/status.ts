import type { Direction, Status, StatusView, Unit } from "../../../contracts/compass.js";
import { formatDate, formatValue, unitDigits, type CompassLocale } from "./format.js";
import { sentenceFor } from "./sentences.js";

/**
 * The status of an indicator, from its target and its province-level series. Pure: no database,
 * no clock ("today" is an argument).
 *
 * - Required trajectory: a straight line from the baseline (value, date) to the target (value, date).
 *   Without a baseline date (or value) the trajectory starts at the first measurement, and the
 *   explanation says so.
 * - Projection: the least-squares line through the measurements (and the baseline point), extended
 *   to the target date; it needs two points on different dates.
 * - ratio = projected progress / required progress (both measured from the start of the trajectory in
 *   the indicator's direction): ≥ onTrackRatio → on_track, ≥ atRiskRatio → at_risk, else off_track.
 * - achieved: the latest value meets the target. "raise" meets it at or above the target; "lower" at or
 *   below. A target range (targetValue … targetValueHigh) is met once the value enters it: at its low end
 *   for "raise", at its high end for "lower" (the mirror image).
 * - "keep": the latest value must stay inside the target (a single value or the range). Inside → achieved;
 *   outside, the ratio is 1 − distance to the target / the target's size, judged with the same thresholds
 *   (so the thresholds act as tolerances), on the projected value when there is a projection.
 * - unit "milestone": 0 = not yet, 1 = done; the target date is the deadline. Done → achieved; deadline
 *   passed → off_track; otherwise on_track with the days left.
 * - No target or no deadline → monitored (values followed, nothing to judge them against); no measurements → no_data.
 */
export interface StatusIndicator {
  unit: Unit;
  direction: Direction;
  baselineValue: number | null;
  baselineDate: string | null;
  targetValue: number | null;
  targetValueHigh: number | null;
  targetDate: string | null;
  onTrackRatio: number;
  atRiskRatio: number;
}

export interface Point {
  date: string;
  value: number;
}

export interface StatusResult extends StatusView {
  trajectory: { required: Point[]; projection: Point[] };
}

type Params = Record<string, string | number | null>;

const DAY = 86_400_000;
/** Days since 1970-01-01 of an ISO date (UTC, so no daylight-saving drift). */
export function dayNumber(iso: string): number {
  const [y, m, d] = iso.slice(0, 10).split("-").map(Number);
  return Date.UTC(y, m - 1, d) / DAY;
}
export function isoFromDay(day: number): string {
  return new Date(Math.round(day) * DAY).toISOString().slice(0, 10);
}

/** x of the regression: days since 2000-01-01 (small numbers keep the sums exact enough). */
const X0 = Date.UTC(2000, 0, 1) / DAY;
export const xOf = (iso: string) => dayNumber(iso) - X0;

/**
 * Everything the status needs from a series, in constant size: the least-squares sums over the
 * regression points (the measurements, plus the baseline point unless a measurement shares its date),
 * the date of the earliest regression point, the first and the latest measurement. The dashboard reads
 * these from indicator_series_stats instead of every point (docs/adr/0003-compass-series-and-status.md).
 */
export interface SeriesStats {
  n: number;
  sx: number;
  sy: number;
  sxx: number;
  sxy: number;
  firstPointDate: string | null;
  first: Point | null;
  latest: Point | null;
}

export const EMPTY_STATS: SeriesStats = { n: 0, sx: 0, sy: 0, sxx: 0, sxy: 0, firstPointDate: null, first: null, latest: null };

function addPoint(st: SeriesStats, p: Point, sign = 1): SeriesStats {
  const x = xOf(p.date);
  return { ...st, n: st.n + sign, sx: st.sx + sign * x, sy: st.sy + sign * p.value, sxx: st.sxx + sign * x * x, sxy: st.sxy + sign * x * p.value };
}

export function seriesStats(ind: Pick<StatusIndicator, "baselineDate" | "baselineValue">, rawSeries: Point[]): SeriesStats {
  const series = sortSeries(rawSeries);
  let st: SeriesStats = { ...EMPTY_STATS, first: series[0] ?? null, latest: series.at(-1) ?? null };
  for (const p of series) st = addPoint(st, p);
  const baseline = ind.baselineDate !== null && ind.baselineValue !== null ? { date: ind.baselineDate, value: ind.baselineValue } : null;
  if (baseline && !series.some((p) => p.date === baseline.date)) st = addPoint(st, baseline);
  const dates = [...series.map((p) => p.date), ...(baseline ? [baseline.date] : [])].sort();
  return { ...st, firstPointDate: dates[0] ?? null };
}

/** Adds today's live value of a derived indicator, replacing a stored point of the same date (the latest). */
export function withLivePoint(st: SeriesStats, live: Point): SeriesStats {
  let next = st;
  if (st.latest && st.latest.date === live.date) next = addPoint(next, st.latest, -1);
  next = addPoint(next, live);
  const first = !st.first || (st.first.date === live.date && st.n <= 1) ? live : st.first;
  const firstPointDate = st.firstPointDate && st.firstPointDate < live.date ? st.firstPointDate : live.date;
  return { ...next, first, latest: live, firstPointDate };
}

/** Least-squares line from the sums (x in days since 2000); null with fewer than two distinct dates. */
function lineOf(st: SeriesStats): { intercept: number; slope: number } | null {
  if (st.n < 2) return null;
  const den = st.n * st.sxx - st.sx * st.sx;
  if (!(den > 1e-9 * Math.max(1, st.n * st.sxx))) return null;
  const slope = (st.n * st.sxy - st.sx * st.sy) / den;
  return { slope, intercept: (st.sy - slope * st.sx) / st.n };
}

/** Least squares y = a + b·x over the points (x in days since 1970); null with fewer than two distinct dates. */
export function fitLine(points: Point[]): { intercept: number; slope: number } | null {
  let st = EMPTY_STATS;
  for (const p of points) st = addPoint(st, p);
  const line = lineOf(st);
  return line ? { slope: line.slope, intercept: line.intercept - line.slope * X0 } : null;
}

const round = (v: number, digits = 6) => Math.round(v * 10 ** digits) / 10 ** digits;

function sortSeries(series: Point[]): Point[] {
  return [...series].filter((p) => Number.isFinite(p.value)).sort((a, b) => a.date.localeCompare(b.date));
}

/** The value the trajectory aims at: the near end of a range, seen from the direction. */
export function trajectoryTarget(ind: StatusIndicator): number | null {
  if (ind.direction === "lower") return ind.targetValueHigh ?? ind.targetValue;
  return ind.targetValue ?? ind.targetValueHigh;
}

/** Whether a value meets the target, respecting direction and range. */
export function meetsTarget(ind: StatusIndicator, value: number): boolean {
  const lo = ind.targetValue ?? ind.targetValueHigh;
  const hi = ind.targetValueHigh ?? ind.targetValue;
  if (lo === null || hi === null) return false;
  if (ind.direction === "raise") return value >= lo;
  if (ind.direction === "lower") return value <= hi;
  return value >= lo && value <= hi;
}

/** Thresholds are inclusive; a hair of tolerance keeps a ratio of exactly 0.95 from reading 0.9499999. */
const EPS = 1e-9;
function statusFromRatio(ind: StatusIndicator, ratio: number): Status {
  if (ratio + EPS >= ind.onTrackRatio) return "on_track";
  if (ratio + EPS >= ind.atRiskRatio) return "at_risk";
  return "off_track";
}

export function computeStatus(ind: StatusIndicator, rawSeries: Point[], opts: { today: string; locale?: CompassLocale }): StatusResult {
  return computeStatusFromStats(ind, seriesStats(ind, rawSeries), opts);
}

/** The status from the series' sums (see SeriesStats): what the dashboard computes for every indicator. */
export function computeStatusFromStats(ind: StatusIndicator, st: SeriesStats, opts: { today: string; locale?: CompassLocale }): StatusResult {
  const locale = opts.locale ?? "nl-BE";
  const latest = st.latest;
  const digits = unitDigits(ind.unit);
  const base: Params = {
    unit: ind.unit,
    direction: ind.direction,
    current: latest ? latest.value : null,
    currentDate: latest ? latest.date : null,
    target: ind.targetValue,
    targetHigh: ind.targetValueHigh,
    targetDate: ind.targetDate,
  };
  const done = (status: Status, key: string, params: Params, extra: Partial<StatusResult> = {}): StatusResult => {
    const all = { ...base, ...params };
    return {
      status,
      current: latest ? latest.value : null,
      currentDate: latest ? latest.date : null,
      projected: null,
      ratio: null,
      trajectory: { required: [], projection: [] },
      ...extra,
      explanation: { key, params: all },
      sentence: sentenceFor(key, all, locale),
    };
  };

  if (ind.unit === "milestone") return milestoneStatus(ind, latest, opts.today, done);

  const target = trajectoryTarget(ind);
  // A figure the statement gives without a target (e.g. "105 goedgekeurde projecten") is shown as the
  // current figure until values are recorded, with its own date when the statement gives one.
  if (target === null && !latest && ind.baselineValue !== null) {
    const figure = { current: ind.baselineValue, currentDate: ind.baselineDate };
    return done("monitored", "status.statement_figure", figure, figure);
  }
  if (target === null) return done(latest ? "monitored" : "no_data", "status.no_target", {});
  if (!latest) return done("no_data", "status.no_data", {});

  // The trajectory starts at the baseline, or at the first measurement when the baseline is incomplete.
  const hasBaseline = ind.baselineDate !== null && ind.baselineValue !== null;
  const start: Point = hasBaseline ? { date: ind.baselineDate!, value: ind.baselineValue! } : st.first!;
  const startParams: Params = { startFrom: hasBaseline ? "baseline" : "first_measurement", startDate: start.date, startValue: start.value };
  const required: Point[] = ind.targetDate ? [start, { date: ind.targetDate, value: target }] : [];

  // Regression over the measurements and the baseline point (see SeriesStats).
  const line = lineOf(st);
  const projectionAt = (date: string) => (line ? line.intercept + line.slope * xOf(date) : null);
  const projected = ind.targetDate ? projectionAt(ind.targetDate) : null;
  const from = st.firstPointDate ?? start.date;
  const projection: Point[] =
    line && ind.targetDate ? [{ date: from, value: round(projectionAt(from)!) }, { date: ind.targetDate, value: round(projected!) }] : [];
  const trajectory = { required, projection };
  const projectedOut = projected === null ? null : round(projected, Math.max(digits, 2));

  if (ind.direction === "keep") {
    if (meetsTarget(ind, latest.value)) return done("achieved", "status.keep_within", startParams, { trajectory, projected: projectedOut });
    if (ind.targetDate && opts.today > ind.targetDate) return done("off_track", "status.deadline_passed", startParams, { trajectory, projected: projectedOut });
    const lo = ind.targetValue ?? ind.targetValueHigh!;
    const hi = ind.targetValueHigh ?? ind.targetValue!;
    const judged = projected !== null && ind.targetDate && ind.targetDate >= latest.date ? projected : latest.value;
    const distance = judged < lo ? lo - judged : judged > hi ? judged - hi : 0;
    const size = Math.abs((lo + hi) / 2);
    const ratio = distance === 0 ? 1 : size === 0 ? 0 : 1 - distance / size;
    return done(statusFromRatio(ind, ratio), "status.keep_outside", { ...startParams, projected: projectedOut, ratio: round(ratio, 3) }, {
      trajectory,
      projected: projectedOut,
      ratio: round(ratio, 3),
    });
  }

  if (meetsTarget(ind, latest.value)) return done("achieved", "status.achieved", startParams, { trajectory, projected: projectedOut });
  if (!ind.targetDate) return done("monitored", "status.no_deadline", startParams, { trajectory });
  if (opts.today > ind.targetDate) return done("off_track", "status.deadline_passed", startParams, { trajectory, projected: projectedOut });
  if (projected === null) return done("no_data", "status.too_few_points", startParams, { trajectory });

  const sign = ind.direction === "lower" ? -1 : 1;
  const requiredProgress = sign * (target - start.value);
  const projectedProgress = sign * (projected - start.value);
  // A start already beyond the target leaves no progress to require: then only the projection counts.
  const ratio = requiredProgress > 0 ? projectedProgress / requiredProgress : meetsTarget(ind, projected) ? 1 : 0;
  const r = round(ratio, 3);
  return done(statusFromRatio(ind, ratio), "status.pace", { ...startParams, projected: projectedOut, ratio: r }, { trajectory, projected: projectedOut, ratio: r });
}

function milestoneStatus(
  ind: StatusIndicator,
  latest: Point | null,
  today: string,
  done: (status: Status, key: string, params: Params, extra?: Partial<StatusResult>) => StatusResult,
): StatusResult {
  if (latest && latest.value >= 1) return done("achieved", "status.milestone_done", {});
  if (!ind.targetDate) return done("no_data", "status.no_target", {});
  if (!latest) return done("no_data", "status.no_data", {});
  if (today > ind.targetDate) return done("off_track", "status.milestone_overdue", {});
  const daysLeft = dayNumber(ind.targetDate) - dayNumber(today);
  return done("on_track", "status.milestone_due", { daysLeft });
}

/** Re-renders an explanation in another locale (e.g. for an import report). */
export function renderExplanation(explanation: { key: string; params: Params }, locale: CompassLocale): string {
  return sentenceFor(explanation.key, explanation.params, locale);
}

export { formatDate, formatValue };
