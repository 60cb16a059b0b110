import type { SpaceDemand, Suggestion, SupplyItem } from "../../../../contracts/space.js";
import { type CompiledDemand, type CompiledItem, compileDemand, compileItem, scoreOf } from "./compile.js";
import { toSuggestions } from "./explain.js";
import { type Ranked, insertRanked, ranksBefore } from "./ranking.js";
import { scorePair } from "./score.js";
import { SupplyIndex } from "./supply-index.js";

/*
 * The matching index: the supply in a SupplyIndex, and for every demand a buffer of its best `keep` items
 * (default 15), of which the first `show` (default 10) are its suggestions.
 *
 * Invariant: a demand's buffer is exactly its true top m for some m ≤ keep, in ranking order; `complete` says
 * that it holds every eligible item (fewer than keep exist). When one supply item changes, every demand scores
 * the new version once (a few comparisons each) and:
 * - drops the old version from its buffer if it held it;
 * - inserts the new version if the buffer is complete or the item ranks before the buffer's last entry
 *   (anything not in the buffer ranks after that entry, so the buffer stays a true top m+1), dropping the
 *   entry past keep;
 * - re-queries the supply index only when an incomplete buffer falls below `show` entries.
 * The demands whose first `show` entries changed are reported, with the items that came in and went out.
 */

export interface RankedRef {
  itemId: string;
  /** Points (whole or half). */
  points: number;
  score: number;
}

export interface SuggestionChange {
  demandId: string;
  /** The demand's suggestions after the change, best first. */
  itemIds: string[];
  /** Items that are new among its suggestions (for notifications). */
  added: string[];
  /** Items that left its suggestions. */
  removed: string[];
}

export interface MatchIndexOptions {
  /** How many suggestions a demand shows (default 10). */
  show?: number;
  /** How many of its best items a demand keeps, so that losing some does not need a new search (default show + 5). */
  keep?: number;
}

interface DemandState {
  d: CompiledDemand;
  buf: Ranked[];
  complete: boolean;
  slot: number;
}

export class MatchIndex {
  readonly show: number;
  readonly keep: number;
  readonly supply = new SupplyIndex();
  private readonly demands = new Map<string, DemandState>();
  private readonly demandList: DemandState[] = [];
  /** Per item slot (CompiledItem.idx): the demands whose buffer holds the item. */
  private readonly holders: (DemandState[] | undefined)[] = [];
  /** How many times an item change made a demand's buffer refill from the supply index. */
  requeries = 0;

  constructor(options: MatchIndexOptions = {}) {
    this.show = options.show ?? 10;
    this.keep = Math.max(options.keep ?? this.show + 5, this.show);
  }

  /** An index over these items with these demands' suggestions computed. */
  static build(items: readonly SupplyItem[], demands: readonly SpaceDemand[], options: MatchIndexOptions = {}): MatchIndex {
    const index = new MatchIndex(options);
    index.supply.putAll(items);
    for (const demand of demands) index.upsertDemand(demand);
    return index;
  }

  get demandCount(): number {
    return this.demandList.length;
  }

  /** The exact top k of any demand over the current supply, without registering it. */
  query(demand: SpaceDemand, k = this.show): RankedRef[] {
    const d = compileDemand(demand);
    return this.supply.query(d, k).map((r) => ref(d, r));
  }

  /** A demand's current suggestions (ids, points, score); empty for an unknown demand. */
  top(demandId: string): RankedRef[] {
    const st = this.demands.get(demandId);
    return st ? st.buf.slice(0, this.show).map((r) => ref(st.d, r)) : [];
  }

  /** A demand's current suggestions with their full explanations. */
  suggestions(demandId: string): Suggestion[] {
    const st = this.demands.get(demandId);
    return st ? toSuggestions(st.d, st.buf.slice(0, this.show)) : [];
  }

  /** Adds or replaces a demand and computes its suggestions; reports them as a change. */
  upsertDemand(demand: SpaceDemand): SuggestionChange | null {
    let st = this.demands.get(demand.id);
    const beforeIds = st ? this.shownIds(st) : [];
    if (st) st.d = compileDemand(demand);
    else {
      st = { d: compileDemand(demand), buf: [], complete: false, slot: this.demandList.length };
      this.demands.set(demand.id, st);
      this.demandList.push(st);
    }
    this.refill(st);
    return diff(st.d.id, beforeIds, this.shownIds(st));
  }

  removeDemand(demandId: string): boolean {
    const st = this.demands.get(demandId);
    if (!st) return false;
    for (const r of st.buf) this.unhold(r.item, st);
    this.demands.delete(demandId);
    const last = this.demandList.pop()!;
    if (last !== st) {
      this.demandList[st.slot] = last;
      last.slot = st.slot;
    }
    return true;
  }

  /** Adds or replaces a supply item (a status change is a replacement); returns the demands whose suggestions changed. */
  upsertItem(item: SupplyItem): SuggestionChange[] {
    const held = this.release(item.id);
    const it = compileItem(item);
    this.supply.put(it);
    return this.propagate(it.id, it, held);
  }

  /** Removes a supply item; returns the demands whose suggestions changed. */
  removeItem(itemId: string): SuggestionChange[] {
    const held = this.release(itemId);
    if (!this.supply.delete(itemId)) return [];
    return this.propagate(itemId, null, held);
  }

  /** The demands holding the current version of an item, which they are about to drop. */
  private release(itemId: string): Set<DemandState> | undefined {
    const old = this.supply.get(itemId);
    if (!old) return undefined;
    const list = this.holders[old.idx];
    this.holders[old.idx] = undefined;
    return list && list.length > 0 ? new Set(list) : undefined;
  }

  private propagate(id: string, it: CompiledItem | null, held: Set<DemandState> | undefined): SuggestionChange[] {
    const changes: SuggestionChange[] = [];
    const list = this.demandList;
    for (let s = 0; s < list.length; s++) {
      const st = list[s];
      const isHeld = held !== undefined && held.has(st);
      const p = it === null ? -1 : scorePair(st.d, it);
      if (!isHeld) {
        if (p < 0) continue;
        const buf = st.buf;
        if (!st.complete && (buf.length === 0 || !ranksBefore(p, it!, buf[buf.length - 1].points2, buf[buf.length - 1].item))) continue;
      }
      const beforeIds = this.shownIds(st);
      const beforePoints = st.buf.slice(0, this.show).map((r) => r.points2);
      if (isHeld) {
        st.buf.splice(
          st.buf.findIndex((r) => r.item.id === id),
          1,
        );
      }
      if (p >= 0 && it !== null) this.insert(st, it, p);
      if (!st.complete && st.buf.length < this.show) {
        this.requeries++;
        this.refill(st);
      }
      const afterIds = this.shownIds(st);
      const samePoints = st.buf.slice(0, this.show).every((r, i) => r.points2 === beforePoints[i]);
      const change = diff(st.d.id, beforeIds, afterIds, !samePoints || (isHeld && afterIds.includes(id)));
      if (change) changes.push(change);
    }
    return changes;
  }

  private insert(st: DemandState, it: CompiledItem, points2: number): void {
    const buf = st.buf;
    if (!st.complete && buf.length > 0 && !ranksBefore(points2, it, buf[buf.length - 1].points2, buf[buf.length - 1].item)) return;
    insertRanked(buf, { item: it, points2 });
    this.hold(it, st);
    if (buf.length > this.keep) {
      this.unhold(buf.pop()!.item, st);
      st.complete = false;
    }
  }

  private refill(st: DemandState): void {
    for (const r of st.buf) this.unhold(r.item, st);
    st.buf = this.supply.query(st.d, this.keep);
    st.complete = st.buf.length < this.keep;
    for (const r of st.buf) this.hold(r.item, st);
  }

  private hold(it: CompiledItem, st: DemandState): void {
    const list = this.holders[it.idx];
    if (list) list.push(st);
    else this.holders[it.idx] = [st];
  }

  private unhold(it: CompiledItem, st: DemandState): void {
    const list = this.holders[it.idx];
    if (!list) return;
    const i = list.indexOf(st);
    if (i < 0) return;
    list[i] = list[list.length - 1];
    list.pop();
  }

  private shownIds(st: DemandState): string[] {
    const n = Math.min(this.show, st.buf.length);
    const ids = new Array<string>(n);
    for (let i = 0; i < n; i++) ids[i] = st.buf[i].item.id;
    return ids;
  }
}

function ref(d: CompiledDemand, r: Ranked): RankedRef {
  return { itemId: r.item.id, points: r.points2 / 2, score: scoreOf(d, r.points2) };
}

/** The change between two suggestion lists, or null when nothing changed (and `force` is not set). */
function diff(demandId: string, before: string[], after: string[], force = false): SuggestionChange | null {
  const same = before.length === after.length && before.every((id, i) => id === after[i]);
  if (same && !force) return null;
  const b = new Set(before);
  const a = new Set(after);
  return { demandId, itemIds: after, added: after.filter((id) => !b.has(id)), removed: before.filter((id) => !a.has(id)) };
}
