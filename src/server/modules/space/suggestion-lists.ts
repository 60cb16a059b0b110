import type { Exclusion } from "../../../contracts/space.js";
import type { MatchDemand, MatchItem, MatchState } from "./match-state.js";
import type { CompiledDemand } from "./matching/compile.js";
import { DEFAULT_TOP } from "./matching/exhaustive.js";
import { evaluateCompiled, exclusionCount } from "./matching/explain.js";
import { type Ranked, TopK, ranksBefore } from "./matching/ranking.js";
import { scorePair } from "./matching/score.js";

/*
 * A demand's two lists: its best ten eligible items (the exhaustive ranking) and its ten closest near misses —
 * items of the wanted kind, available or under option, in a wanted municipality (or anywhere when none is named),
 * that a hard constraint excludes. `rankLists` computes them in one pass over the supply; `updateLists` derives
 * them from the demand's stored lists when a single item changed, and says when it cannot (ADR 0008).
 */

export const EXCLUDED_SHOWN = 10;

export interface Lists {
  ranked: Ranked[];
  misses: { c: MatchItem; exclusions: Exclusion[] }[];
}

interface Miss {
  c: MatchItem;
  n: number;
  distance: number;
}

/** Near misses in the order they are shown: fewest exclusions, then area nearest the wanted range, then id. */
const missBefore = (a: Miss, b: Miss) => a.n < b.n || (a.n === b.n && (a.distance < b.distance || (a.distance === b.distance && a.c.it.id < b.c.it.id)));

/** The item as a near miss of the demand, or null when it is eligible or not a near miss. */
function missOf(d: CompiledDemand, c: MatchItem): Miss | null {
  if (d.loc !== null && (c.it.muni >= d.loc.length || d.loc[c.it.muni] !== 2)) return null;
  const n = exclusionCount(d, c.it);
  if (n === 0) return null;
  return { c, n, distance: Math.abs(Math.log(c.it.area / ((d.min + d.max) / 2))) };
}

/** Keeps the closest EXCLUDED_SHOWN near misses, sorted. */
function offerMiss(closest: Miss[], miss: Miss): void {
  if (closest.length === EXCLUDED_SHOWN && !missBefore(miss, closest[EXCLUDED_SHOWN - 1])) return;
  let i = closest.length;
  while (i > 0 && missBefore(miss, closest[i - 1])) i--;
  closest.splice(i, 0, miss);
  if (closest.length > EXCLUDED_SHOWN) closest.pop();
}

/** Explains the near misses shown (only those ten). */
function explained(d: CompiledDemand, closest: readonly Miss[]): Lists["misses"] {
  return closest.map(({ c, n }) => {
    const e = evaluateCompiled(d, c.it);
    if (!e.excluded || e.exclusions.length !== n) throw new Error(`Exclusions disagree with their count for ${d.id} × ${c.it.id}`);
    return { c, exclusions: e.exclusions };
  });
}

/** One pass over the supply of the demand's kind. */
export function rankLists(d: CompiledDemand, items: readonly MatchItem[]): Lists {
  const top = new TopK(DEFAULT_TOP);
  const closest: Miss[] = [];
  for (const c of items) {
    const p = scorePair(d, c.it);
    if (p >= 0) {
      if (top.wouldKeep(p, c.it)) top.offer(c.it, p);
      continue;
    }
    const miss = missOf(d, c);
    if (miss) offerMiss(closest, miss);
  }
  return { ranked: top.list, misses: explained(d, closest) };
}

/**
 * The demand's lists after one item (`changedId`, its current version in the state, or gone from it) changed,
 * from the lists stored before the change, which are exact for the rest of the supply: every item outside a full
 * list ranks after its last entry. The result is exact, or null when it needs the whole supply — the item was in
 * a full list and its new version no longer ranks before the list's last other entry (the next one outside is
 * unknown), or a stored row no longer fits its list.
 */
export function updateLists(state: MatchState, md: MatchDemand, changedId: string): Lists | null {
  const d = md.d;
  const kind = md.record.kind;
  const top = new TopK(DEFAULT_TOP);
  const closest: Miss[] = [];
  let inTop = false;
  let inMisses = false;
  let nTop = 0;
  let nMisses = 0;
  for (const [id, row] of md.rows) {
    if (!row.active) continue;
    if (row.excluded) nMisses++;
    else nTop++;
    if (id === changedId) {
      if (row.excluded) inMisses = true;
      else inTop = true;
      continue;
    }
    const c = state.item(kind, id);
    if (!c) return null;
    if (row.excluded) {
      const miss = scorePair(d, c.it) < 0 ? missOf(d, c) : null;
      if (!miss) return null;
      offerMiss(closest, miss);
    } else {
      const p = scorePair(d, c.it);
      if (p < 0) return null;
      top.offer(c.it, p);
    }
  }
  if (nTop > DEFAULT_TOP || nMisses > EXCLUDED_SHOWN) return null;
  const lastTop = top.list[top.list.length - 1];
  const lastMiss = closest[closest.length - 1];
  const c = state.item(kind, changedId);
  const p = c ? scorePair(d, c.it) : -1;
  const miss = c && p < 0 ? missOf(d, c) : null;
  // Left a full list: its place goes to an item outside the list unless the new version still ranks before the
  // list's last other entry.
  if (inTop && nTop === DEFAULT_TOP && !(c && p >= 0 && lastTop && ranksBefore(p, c.it, lastTop.points2, lastTop.item))) return null;
  if (inMisses && nMisses === EXCLUDED_SHOWN && !(miss && lastMiss && missBefore(miss, lastMiss))) return null;
  if (c && p >= 0) top.offer(c.it, p);
  if (miss) offerMiss(closest, miss);
  return { ranked: top.list, misses: explained(d, closest) };
}
