/** Scales for the charts and the map (pure, unit-tested). */

/** Axis bounds on a "nice" step (1, 2, 2.5 or 5 × 10ⁿ) that contain lo and hi with a little room; 0 stays the floor for positive data near it. */
export function niceScale(lo: number, hi: number): { min: number; max: number; step: number } {
  const range = hi - lo || Math.abs(hi) || 1;
  const raw = (range * 1.1) / 5;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * mag >= raw) ?? 10) * mag;
  const min = lo >= 0 && lo - range * 0.1 <= 0 ? 0 : Math.floor((lo - range * 0.05) / step) * step;
  const max = Math.ceil((hi + range * 0.05) / step) * step;
  return { min, max: max > min ? max : min + step, step };
}

/** Number of colour/size steps on the map. */
export const STEPS = 4;

/** Quantile-like breaks over the non-empty values: [b1, b2, b3] split the values into four steps. */
export function valueBreaks(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return [...new Set([at(0.25), at(0.5), at(0.75)])].filter((b) => b > sorted[0]);
}

export function stepOf(value: number, breaks: number[]): number {
  let i = 0;
  while (i < breaks.length && value >= breaks[i]) i++;
  return Math.min(i, STEPS - 1);
}


/** The value of a polyline at a date, undefined outside its span. */
export function interpolate(points: { date: string; value: number }[], date: string): number | undefined {
  const x = Date.parse(date);
  for (let i = 0; i + 1 < points.length; i++) {
    const a = Date.parse(points[i].date);
    const b = Date.parse(points[i + 1].date);
    if (x >= a && x <= b) return b === a ? points[i].value : points[i].value + ((points[i + 1].value - points[i].value) * (x - a)) / (b - a);
  }
  return undefined;
}
