import type { Exclusion } from "../../../contracts/space.js";
import type { MatchDemand, MatchItem, MatchState } from "./match-state.js";
import type { CompiledDemand } from "./matching/compile.js";
import { DEFAULT_TOP } from "./matching/exhaustive.js";
import { evaluateCompiled, exclusionCount } from "./matching/explain.js";
import { type Ranked, TopK, insertRanked, ranksBefore } from "./matching/ranking.js";
import { scorePair } from "./matching/score.js";

/*
 * A demand's two lists: its best eligible items (the exhaustive ranking; the first ten are shown) and its closest
 * near misses — items of the wanted kind, available or under option, in a wanted municipality (or anywhere when
 * none is named), that a hard constraint excludes (the first ten shown). In memory each list keeps up to RESERVE
 * entries (ADR 0008): it is the exact head of its order, and either `complete` (it holds every such item) or every
 * item outside it comes after its last entry. So a change of one item is applied to the lists alone — the old
 * version out, the new one in where it comes before the last entry — and the supply is ranked again only when a
 * list that is not complete has fewer entries left than are shown.
 */

export const EXCLUDED_SHOWN = 10;
/** Entries kept per list in memory: ten shown, ten in reserve. */
export const RESERVE = 20;

export interface Miss {
  c: MatchItem;
  /** Number of hard constraints that exclude it. */
  n: number;
  /** How far its area is from the middle of the wanted range (log ratio). */
  distance: number;
}

export interface DemandLists {
  top: Ranked[];
  topComplete: boolean;
  misses: Miss[];
  missesComplete: boolean;
}

/** Near misses in the order they are shown: fewest exclusions, then area nearest the wanted range, then id. */
const missBefore = (a: Miss, b: Miss) => a.n < b.n || (a.n === b.n && (a.distance < b.distance || (a.distance === b.distance && a.c.it.id < b.c.it.id)));

/** The item as a near miss of the demand, or null when it is not one (`points` < 0: it does not pass the hard constraints). */
function missOf(d: CompiledDemand, c: MatchItem, points: number): Miss | null {
  if (points >= 0) return null;
  if (d.loc !== null && (c.it.muni >= d.loc.length || d.loc[c.it.muni] !== 2)) return null;
  const n = exclusionCount(d, c.it);
  if (n === 0) return null;
  return { c, n, distance: Math.abs(Math.log(c.it.area / ((d.min + d.max) / 2))) };
}

function insertMiss(list: Miss[], miss: Miss): void {
  let i = list.length;
  while (i > 0 && missBefore(miss, list[i - 1])) i--;
  list.splice(i, 0, miss);
}

/** One pass over the supply of the demand's kind. */
export function rankLists(d: CompiledDemand, items: readonly MatchItem[]): DemandLists {
  const top = new TopK(RESERVE);
  const misses: Miss[] = [];
  let eligible = 0;
  let near = 0;
  for (const c of items) {
    const p = scorePair(d, c.it);
    if (p >= 0) {
      eligible++;
      if (top.wouldKeep(p, c.it)) top.offer(c.it, p);
      continue;
    }
    const miss = missOf(d, c, p);
    if (!miss) continue;
    near++;
    if (misses.length === RESERVE && !missBefore(miss, misses[RESERVE - 1])) continue;
    insertMiss(misses, miss);
    if (misses.length > RESERVE) misses.pop();
  }
  return { top: top.list, topComplete: eligible <= RESERVE, misses, missesComplete: near <= RESERVE };
}

/**
 * The lists as the stored rows give them (after the state was read from the database): the shown entries, complete
 * when fewer than ten were shown. `skipId`: an item whose row is counted but left out (its version changed). Null
 * when a row no longer fits its list.
 */
export function listsFromRows(state: MatchState, md: MatchDemand, skipId?: string): DemandLists | null {
  const d = md.d;
  const top: Ranked[] = [];
  const misses: Miss[] = [];
  let shown = 0;
  let shownMisses = 0;
  for (const [id, row] of md.rows) {
    if (!row.active) continue;
    if (row.excluded) shownMisses++;
    else shown++;
    if (id === skipId) continue;
    const c = state.item(md.record.kind, id);
    if (!c) return null;
    const p = scorePair(d, c.it);
    if (row.excluded) {
      const miss = missOf(d, c, p);
      if (!miss) return null;
      insertMiss(misses, miss);
    } else {
      if (p < 0) return null;
      insertRanked(top, { item: c.it, points2: p });
    }
  }
  if (shown > DEFAULT_TOP || shownMisses > EXCLUDED_SHOWN) return null;
  return { top, topComplete: shown < DEFAULT_TOP, misses, missesComplete: shownMisses < EXCLUDED_SHOWN };
}

/** Whether the item's new version (`points`: its score for the demand) goes into one of the lists. */
export function entersLists(d: CompiledDemand, lists: DemandLists, c: MatchItem, points: number): boolean {
  if (points >= 0) {
    const last = lists.top[lists.top.length - 1];
    return lists.topComplete || !last || ranksBefore(points, c.it, last.points2, last.item);
  }
  const miss = missOf(d, c, points);
  if (!miss) return false;
  const last = lists.misses[lists.misses.length - 1];
  return lists.missesComplete || !last || missBefore(miss, last);
}

/**
 * The lists after one item changed: `changed` is its current version (absent when it left the supply). Null when a
 * list that is not complete has fewer entries left than are shown: the supply must be ranked again.
 */
export function applyChange(d: CompiledDemand, lists: DemandLists, id: string, changed: MatchItem | undefined): DemandLists | null {
  const top = lists.top.filter((r) => r.item.id !== id);
  const misses = lists.misses.filter((m) => m.c.it.id !== id);
  let { topComplete, missesComplete } = lists;
  if (changed) {
    const p = scorePair(d, changed.it);
    const next = { top, topComplete, misses, missesComplete };
    if (entersLists(d, next, changed, p)) {
      if (p >= 0) insertRanked(top, { item: changed.it, points2: p });
      else insertMiss(misses, missOf(d, changed, p)!);
    }
  }
  if (top.length > RESERVE) {
    top.pop();
    topComplete = false;
  }
  if (misses.length > RESERVE) {
    misses.pop();
    missesComplete = false;
  }
  if ((!topComplete && top.length < DEFAULT_TOP) || (!missesComplete && misses.length < EXCLUDED_SHOWN)) return null;
  return { top, topComplete, misses, missesComplete };
}

/** The shown near misses, explained. */
export function explainMisses(d: CompiledDemand, lists: DemandLists): { c: MatchItem; exclusions: Exclusion[] }[] {
  return lists.misses.slice(0, EXCLUDED_SHOWN).map(({ c, n }) => {
    const e = evaluateCompiled(d, c.it);
    if (!e.excluded || e.exclusions.length !== n) throw new Error(`Exclusions disagree with their count for ${d.id} × ${c.it.id}`);
    return { c, exclusions: e.exclusions };
  });
}

/** The shown suggestions, in order. */
export const shownTop = (lists: DemandLists): Ranked[] => lists.top.slice(0, DEFAULT_TOP);

/** Ids of every item in the lists (shown or in reserve). */
export const listedIds = (lists: DemandLists): string[] => [...lists.top.map((r) => r.item.id), ...lists.misses.map((m) => m.c.it.id)];

