import { type CompiledDemand, type CompiledItem, AVAILABLE } from "./compile.js";
import { groupBound } from "./score.js";

/*
 * Packed storage of the supply index: a group's items as rows of a Float64Array (the values softPoints reads),
 * and summaries (the best value of each scored attribute over a group, a run of groups, or a municipality) as
 * runs of AS numbers, so that bounding and scanning read memory in order.
 */

/** Row layout of a packed item. */
export const RS = 11;
export const R_AREA = 0;
export const R_STATUS = 1;
export const R_MUNI = 2;
export const R_MOTORWAY = 3;
export const R_RAIL = 4;
export const R_WATER = 5;
export const R_PRICE = 6;
export const R_FROM = 7;
export const R_GRID = 8;
export const R_FEAT = 9;
export const R_SLOT = 10;

/** Layout of a summary. */
export const AS = 12;
const S_MIN_AREA = 0;
const S_MAX_AREA = 1;
const S_AVAILABLE = 2;
const S_MUNI = 3;
const S_MOTORWAY = 4;
const S_RAIL = 5;
const S_WATER = 6;
const S_PRICE = 7;
const S_UNKNOWN = 8;
const S_FROM = 9;
const S_GRID = 10;
const S_FEAT = 11;

/** Items of one list that share municipality and group id, sorted by area then id. */
export class Group {
  items: CompiledItem[] = [];
  rows = new Float64Array(0);
  /** The group's summary (AS numbers). */
  readonly summary = new Float64Array(AS);
  minId = "";
  stale = true;
  constructor(
    readonly key: string,
    readonly muni: number,
    /** The group id its items rank by on equal points. */
    readonly tie: string,
  ) {}
}

/** Writes an empty summary (worst values) at `at`. */
export function clearSummary(out: Float64Array, at: number, muni: number): void {
  out[at + S_MIN_AREA] = Infinity;
  out[at + S_MAX_AREA] = -Infinity;
  out[at + S_AVAILABLE] = 0;
  out[at + S_MUNI] = muni;
  out[at + S_MOTORWAY] = Infinity;
  out[at + S_RAIL] = Infinity;
  out[at + S_WATER] = Infinity;
  out[at + S_PRICE] = Infinity;
  out[at + S_UNKNOWN] = 0;
  out[at + S_FROM] = Infinity;
  out[at + S_GRID] = -1;
  out[at + S_FEAT] = 0;
}

/** Widens the summary at `at` by the one at `from` in `src`. */
export function mergeSummary(out: Float64Array, at: number, src: Float64Array, from: number): void {
  if (src[from + S_MIN_AREA] < out[at + S_MIN_AREA]) out[at + S_MIN_AREA] = src[from + S_MIN_AREA];
  if (src[from + S_MAX_AREA] > out[at + S_MAX_AREA]) out[at + S_MAX_AREA] = src[from + S_MAX_AREA];
  if (src[from + S_AVAILABLE] === 1) out[at + S_AVAILABLE] = 1;
  if (src[from + S_MOTORWAY] < out[at + S_MOTORWAY]) out[at + S_MOTORWAY] = src[from + S_MOTORWAY];
  if (src[from + S_RAIL] < out[at + S_RAIL]) out[at + S_RAIL] = src[from + S_RAIL];
  if (src[from + S_WATER] < out[at + S_WATER]) out[at + S_WATER] = src[from + S_WATER];
  if (src[from + S_PRICE] < out[at + S_PRICE]) out[at + S_PRICE] = src[from + S_PRICE];
  if (src[from + S_UNKNOWN] === 1) out[at + S_UNKNOWN] = 1;
  if (src[from + S_FROM] < out[at + S_FROM]) out[at + S_FROM] = src[from + S_FROM];
  if (src[from + S_GRID] > out[at + S_GRID]) out[at + S_GRID] = src[from + S_GRID];
  out[at + S_FEAT] = out[at + S_FEAT] | src[from + S_FEAT];
}

/** Packs a group's rows (with the price of the list's transaction) and its summary. */
export function packGroup(group: Group, sale: boolean): void {
  const items = group.items;
  const out = group.summary;
  const at = 0;
  const rows = group.rows.length >= items.length * RS ? group.rows : new Float64Array(items.length * RS * 2);
  clearSummary(out, at, group.muni);
  let minId = "\uffff";
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    const o = i * RS;
    const price = sale ? it.salePrice : it.leasePrice;
    rows[o + R_AREA] = it.area;
    rows[o + R_STATUS] = it.status;
    rows[o + R_MUNI] = it.muni;
    rows[o + R_MOTORWAY] = it.motorway;
    rows[o + R_RAIL] = it.rail;
    rows[o + R_WATER] = it.water;
    rows[o + R_PRICE] = price;
    rows[o + R_FROM] = it.fromDay;
    rows[o + R_GRID] = it.grid;
    rows[o + R_FEAT] = it.feat;
    rows[o + R_SLOT] = it.idx;
    if (it.area < out[at + S_MIN_AREA]) out[at + S_MIN_AREA] = it.area;
    if (it.area > out[at + S_MAX_AREA]) out[at + S_MAX_AREA] = it.area;
    if (it.status === AVAILABLE) out[at + S_AVAILABLE] = 1;
    if (it.motorway < out[at + S_MOTORWAY]) out[at + S_MOTORWAY] = it.motorway;
    if (it.rail < out[at + S_RAIL]) out[at + S_RAIL] = it.rail;
    if (it.water < out[at + S_WATER]) out[at + S_WATER] = it.water;
    if (price !== price) out[at + S_UNKNOWN] = 1;
    else if (price < out[at + S_PRICE]) out[at + S_PRICE] = price;
    if (it.fromDay < out[at + S_FROM]) out[at + S_FROM] = it.fromDay;
    if (it.grid > out[at + S_GRID]) out[at + S_GRID] = it.grid;
    out[at + S_FEAT] = out[at + S_FEAT] | it.feat;
    if (it.id < minId) minId = it.id;
  }
  group.rows = rows;
  group.minId = minId;
  group.stale = false;
}

/** The bound of the summary at `o` (score.ts groupBound). */
export function summaryBound(d: CompiledDemand, s: Float64Array, o: number): number {
  return groupBound(
    d,
    s[o + S_MIN_AREA],
    s[o + S_MAX_AREA],
    s[o + S_AVAILABLE] === 1,
    s[o + S_MUNI],
    s[o + S_MOTORWAY],
    s[o + S_RAIL],
    s[o + S_WATER],
    s[o + S_PRICE],
    s[o + S_UNKNOWN] === 1,
    s[o + S_FROM],
    s[o + S_GRID],
    s[o + S_FEAT],
  );
}

/** First packed row whose area is ≥ area. */
export function lowerBoundRows(rows: Float64Array, n: number, area: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (rows[mid * RS] < area) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
