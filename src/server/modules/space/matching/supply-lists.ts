import type { CompiledDemand, CompiledItem } from "./compile.js";
import type { Group } from "./packed-groups.js";

/*
 * The lists of the supply index (supply-index.ts) and their keys: one list per kind × transaction ×
 * zoning rule, holding the packed groups of matchable items and their summaries.
 */

export class List {
  /** Ordered by group id, then municipality; reordered when groups come or go. */
  groups: Group[] = [];
  readonly byKey = new Map<string, Group>();
  added = false;
  stale = true;
  summaries: Float64Array = new Float64Array(0);
  runSummaries: Float64Array = new Float64Array(0);
  runCount = 0;
  munis: number[] = [];
  muniGroups: number[][] = [];
  muniSummaries: Float64Array = new Float64Array(0);
  constructor(readonly sale: boolean) {}
}

export function listKeys(it: CompiledItem): string[] {
  const kind = it.land ? "L" : "B";
  const rules = it.nace ?? ["*"];
  const keys: string[] = [];
  if (it.sale) for (const r of rules) keys.push(`${kind}S|${r}`);
  if (it.lease) for (const r of rules) keys.push(`${kind}R|${r}`);
  return keys;
}

export function demandKeys(d: CompiledDemand): string[] {
  const prefix = `${d.land ? "L" : "B"}${d.buy ? "S" : "R"}|`;
  return [...d.keys.map((k) => prefix + k), `${prefix}*`];
}

/** First position in a sorted list of items whose area is ≥ area. */
export function lowerBound(items: CompiledItem[], area: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid].area < area) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function before(a: CompiledItem, b: CompiledItem): boolean {
  return a.area < b.area || (a.area === b.area && a.id < b.id);
}

export const grown = (a: Float64Array, n: number): Float64Array => (a.length >= n ? a : new Float64Array(n * 2));
