import { withTransaction, type Ctx } from "../../platform/context.js";
import type { DemandRecord } from "./demand-repo.js";
import { loadSupplyByIds } from "./demand-supply.js";
import { type MatchDemand, type MatchState, holdMatchState } from "./match-state.js";
import type { CompiledDemand, CompiledItem } from "./matching/compile.js";
import { DEFAULT_TOP } from "./matching/exhaustive.js";
import { exclusionCount } from "./matching/explain.js";
import { ranksBefore } from "./matching/ranking.js";
import { scorePair } from "./matching/score.js";
import { EXCLUDED_SHOWN } from "./refresh-suggestions.js";

/*
 * Which open demands a change in supply can touch (ADR 0006). The stored suggestions of an open demand are its
 * exact top ten (and its ten closest near misses), so they serve as the demand's buffer in the matching index's
 * sense (matching/match-index.ts): a changed item can alter a demand's lists only when
 * - the demand holds the item among its active rows (suggested or near miss), or
 * - the item's new version is eligible and ranks before the demand's last suggestion (or the demand shows
 *   fewer than ten: then every eligible item is shown), or
 * - the item's new version is a near miss (wanted municipality, excluded by a hard constraint) that comes
 *   before the demand's last near miss (or the demand has fewer than ten).
 * Every other demand's lists are provably the same after the change, and are not rewritten. The rule runs over
 * the in-memory matching state (match-state.ts, ADR 0008), which mirrors the transaction's own view, so a change
 * that rolls back leaves nothing behind.
 */

const MATCHABLE = new Set(["available", "under_option"]);

export interface ChangedItems {
  parcelIds: readonly string[];
  premisesIds: readonly string[];
  removedIds: readonly string[];
}

interface Boundary {
  itemId: string;
  n: number;
}

/**
 * Puts the changed items' current versions into the state (removed ones out of the supply; their rows stay until
 * the caller drops them) and returns the open demands whose suggestions or near misses can change.
 */
export async function applySupplyChange(ctx: Ctx, state: MatchState, change: ChangedItems): Promise<MatchDemand[]> {
  const all = [...change.parcelIds, ...change.premisesIds, ...change.removedIds];
  if (all.length === 0) return [];
  const affected = state.holdersOf(all);
  const entries = await loadSupplyByIds(ctx, change.parcelIds, change.premisesIds);
  const found = new Set(entries.map((e) => e.item.id));
  for (const e of entries) state.putItem(e, MATCHABLE.has(e.item.availability));
  for (const id of [...change.parcelIds, ...change.premisesIds, ...change.removedIds]) if (!found.has(id)) state.withdrawItem(id);
  const entering = entries.filter((e) => MATCHABLE.has(e.item.availability)).map((e) => state.item(e.item.kind, e.item.id)!.it);
  if (entering.length > 0) {
    for (const md of state.demands.values()) if (!affected.has(md.record.id) && entersAny(state, md, entering)) affected.add(md.record.id);
  }
  return [...state.demands.values()].filter((md) => affected.has(md.record.id));
}

/** The open demands (of the kinds the change concerns) whose suggestions or near misses can change. */
export async function affectedDemands(ctx: Ctx, change: ChangedItems): Promise<DemandRecord[]> {
  return withTransaction(ctx, async (tx) => {
    const state = await holdMatchState(tx);
    return (await applySupplyChange(tx, state, change)).map((md) => md.record);
  });
}

/** The last active suggestion and the last active near miss of a demand, with how many of each it shows. */
function boundaries(md: MatchDemand): { top?: Boundary; miss?: Boundary } {
  let top: (Boundary & { rank: number }) | undefined;
  let miss: (Boundary & { rank: number }) | undefined;
  let nTop = 0;
  let nMiss = 0;
  for (const [itemId, row] of md.rows) {
    if (!row.active) continue;
    const rank = row.rank ?? 0;
    if (row.excluded) {
      nMiss++;
      if (!miss || rank > miss.rank) miss = { itemId, n: 0, rank };
    } else {
      nTop++;
      if (!top || rank > top.rank) top = { itemId, n: 0, rank };
    }
  }
  return { top: top && { itemId: top.itemId, n: nTop }, miss: miss && { itemId: miss.itemId, n: nMiss } };
}

function entersAny(state: MatchState, md: MatchDemand, items: readonly CompiledItem[]): boolean {
  const d = md.d;
  const mine = items.filter((it) => it.land === d.land);
  if (mine.length === 0) return false;
  const { top, miss } = boundaries(md);
  const bound = (b: Boundary | undefined) => (b ? state.item(md.record.kind, b.itemId)?.it : undefined);
  return mine.some((it) => entersLists(d, it, top, bound(top), miss, bound(miss)));
}

function entersLists(d: CompiledDemand, it: CompiledItem, top: Boundary | undefined, topItem: CompiledItem | undefined, miss: Boundary | undefined, missItem: CompiledItem | undefined): boolean {
  const p = scorePair(d, it);
  if (p >= 0) {
    if (!top || top.n < DEFAULT_TOP) return true;
    if (!topItem) return true;
    const pb = scorePair(d, topItem);
    return pb < 0 || ranksBefore(p, it, pb, topItem);
  }
  if (d.loc !== null && (it.muni >= d.loc.length || d.loc[it.muni] !== 2)) return false;
  const ka = exclusionCount(d, it);
  if (ka === 0) return false;
  if (!miss || miss.n < EXCLUDED_SHOWN) return true;
  if (!missItem) return true;
  const kb = exclusionCount(d, missItem);
  if (kb === 0) return true;
  if (ka !== kb) return ka < kb;
  const mid = (d.min + d.max) / 2;
  const da = Math.abs(Math.log(it.area / mid));
  const db = Math.abs(Math.log(missItem.area / mid));
  if (da !== db) return da < db;
  return it.id < missItem.id;
}
