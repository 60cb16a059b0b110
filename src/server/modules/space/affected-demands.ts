import { withTransaction, type Ctx } from "../../platform/context.js";
import type { DemandRecord } from "./demand-repo.js";
import { loadSupplyByIds } from "./demand-supply.js";
import { type MatchDemand, type MatchItem, type MatchState, holdMatchState } from "./match-state.js";
import { scorePair } from "./matching/score.js";
import { type DemandLists, entersLists, listsFromRows } from "./suggestion-lists.js";

/*
 * Which open demands a change in supply can touch (ADR 0006, 0008). Each open demand's lists in memory
 * (suggestion-lists.ts: its best eligible items and closest near misses, the shown ten and a reserve) are exact
 * heads of their orders, so they serve as the demand's buffer in the matching index's sense
 * (matching/match-index.ts): a changed item can alter a demand's lists only when
 * - the demand's lists hold the item (shown or in reserve), or
 * - the item's new version is eligible and ranks before the last entry of the demand's list (or the list holds
 *   every eligible item), or
 * - the item's new version is a near miss (wanted municipality, excluded by a hard constraint) that comes
 *   before the last near miss in the list (or the list holds every near miss).
 * Every other demand's lists are provably the same after the change, and are not rewritten. The rule runs over
 * the in-memory matching state (match-state.ts), which mirrors the transaction's own view, so a change that rolls
 * back leaves nothing behind.
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
  const entering = entries.filter((e) => MATCHABLE.has(e.item.availability)).map((e) => state.item(e.item.kind, e.item.id)!);
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

/** The demand's lists in memory, derived from its rows when the state was just read (null: they do not fit). */
function listsOf(state: MatchState, md: MatchDemand): DemandLists | null {
  if (md.lists) return md.lists;
  const lists = listsFromRows(state, md);
  if (lists) state.setLists(md, lists);
  return lists;
}

/** Whether one of the items' new versions goes into the demand's lists (shown or in reserve). */
function entersAny(state: MatchState, md: MatchDemand, items: readonly MatchItem[]): boolean {
  for (const c of items) {
    if (c.it.land !== md.d.land) continue;
    const lists = listsOf(state, md);
    if (!lists || entersLists(md.d, lists, c, scorePair(md.d, c.it))) return true;
  }
  return false;
}
