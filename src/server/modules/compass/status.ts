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
 * - No target → no_data ("monitored, no target"); no measurements → no_data.
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

/** Least squares y = a + b·x over the points; null with fewer than two distinct dates. */
export function fitLine(points: Point[]): { intercept: number; slope: number } | null {
  if (points.length < 2) return null;
  const xs = points.map((p) => dayNumber(p.date));
  const ys = points.map((p) => p.value);
  const mx = xs.reduce((s, x) => s + x, 0) / xs.length;
  const my = ys.reduce((s, y) => s + y, 0) / ys.length;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < xs.length; i++) {
    sxx += (xs[i] - mx) ** 2;
    sxy += (xs[i] - mx) * (ys[i] - my);
  }
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  return { slope, intercept: my - slope * mx };
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

function statusFromRatio(ind: StatusIndicator, ratio: number): Status {
  if (ratio >= ind.onTrackRatio) return "on_track";
  if (ratio >= ind.atRiskRatio) return "at_risk";
  return "off_track";
}

export function computeStatus(ind: StatusIndicator, rawSeries: Point[], opts: { today: string; locale?: CompassLocale }): StatusResult {
  const locale = opts.locale ?? "nl-BE";
  const series = sortSeries(rawSeries);
  const latest = series.at(-1) ?? null;
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
  if (target === null) return done("no_data", "status.no_target", {});
  if (!latest) return done("no_data", "status.no_data", {});

  // The trajectory starts at the baseline, or at the first measurement when the baseline is incomplete.
  const hasBaseline = ind.baselineDate !== null && ind.baselineValue !== null;
  const start: Point = hasBaseline ? { date: ind.baselineDate!, value: ind.baselineValue! } : series[0];
  const startParams: Params = { startFrom: hasBaseline ? "baseline" : "first_measurement", startDate: start.date, startValue: start.value };
  const required: Point[] = ind.targetDate ? [start, { date: ind.targetDate, value: target }] : [];

  // Regression points: the measurements, plus the baseline point unless a measurement shares its date.
  const points = hasBaseline && !series.some((p) => p.date === start.date) ? [start, ...series] : series;
  const line = fitLine(points);
  const projectionAt = (date: string) => (line ? line.intercept + line.slope * dayNumber(date) : null);
  const projected = ind.targetDate ? projectionAt(ind.targetDate) : null;
  const projection: Point[] =
    line && ind.targetDate ? [{ date: points[0].date, value: round(projectionAt(points[0].date)!) }, { date: ind.targetDate, value: round(projected!) }] : [];
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
  if (!ind.targetDate) return done("no_data", "status.no_deadline", startParams, { trajectory });
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
