import { withTransaction, type Ctx } from "../../platform/context.js";
import type { DemandRecord } from "./demand-repo.js";
import { loadSupplyByIds } from "./demand-supply.js";
import { type MatchDemand, type MatchState, holdMatchState } from "./match-state.js";
import type { CompiledItem } from "./matching/compile.js";
import { DEFAULT_TOP } from "./matching/exhaustive.js";
import { exclusionCount } from "./matching/explain.js";
import { ranksBefore } from "./matching/ranking.js";
import { scorePair } from "./matching/score.js";
import { EXCLUDED_SHOWN } from "./suggestion-lists.js";

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

/**
 * The last active suggestion and the last active near miss of a demand, with how many of each it shows (`item`:
 * the entry's compiled item, null when it is no longer in the supply). Derived once and kept on the demand until
 * its rows change (match-state.ts clears it).
 */
interface Bounds {
  nTop: number;
  top?: { item: CompiledItem | null; points2?: number };
  nMiss: number;
  miss?: { item: CompiledItem | null; count?: number };
}

function boundsOf(state: MatchState, md: MatchDemand): Bounds {
  if (md.bounds) return md.bounds as Bounds;
  let top: { id: string; rank: number } | undefined;
  let miss: { id: string; rank: number } | undefined;
  let nTop = 0;
  let nMiss = 0;
  for (const [id, row] of md.rows) {
    if (!row.active) continue;
    const rank = row.rank ?? 0;
    if (row.excluded) {
      nMiss++;
      if (!miss || rank > miss.rank) miss = { id, rank };
    } else {
      nTop++;
      if (!top || rank > top.rank) top = { id, rank };
    }
  }
  const item = (id: string) => state.item(md.record.kind, id)?.it ?? null;
  const bounds: Bounds = { nTop, top: top && { item: item(top.id) }, nMiss, miss: miss && { item: item(miss.id) } };
  md.bounds = bounds;
  return bounds;
}

function entersAny(state: MatchState, md: MatchDemand, items: readonly CompiledItem[]): boolean {
  for (const it of items) if (it.land === md.d.land && entersLists(state, md, it)) return true;
  return false;
}

/** Whether the item's new version enters the demand's suggestions or its near misses (scored first; bounds only when needed). */
function entersLists(state: MatchState, md: MatchDemand, it: CompiledItem): boolean {
  const d = md.d;
  const p = scorePair(d, it);
  if (p >= 0) {
    const { nTop, top } = boundsOf(state, md);
    if (!top || nTop < DEFAULT_TOP || !top.item) return true;
    top.points2 ??= scorePair(d, top.item);
    return top.points2 < 0 || ranksBefore(p, it, top.points2, top.item);
  }
  if (d.loc !== null && (it.muni >= d.loc.length || d.loc[it.muni] !== 2)) return false;
  const ka = exclusionCount(d, it);
  if (ka === 0) return false;
  const { nMiss, miss } = boundsOf(state, md);
  if (!miss || nMiss < EXCLUDED_SHOWN || !miss.item) return true;
  const missItem = miss.item;
  const kb = (miss.count ??= exclusionCount(d, missItem));
  if (kb === 0) return true;
  if (ka !== kb) return ka < kb;
  const mid = (d.min + d.max) / 2;
  const da = Math.abs(Math.log(it.area / mid));
  const db = Math.abs(Math.log(missItem.area / mid));
  if (da !== db) return da < db;
  return it.id < missItem.id;
}
