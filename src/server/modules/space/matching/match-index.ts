import type { SpaceDemand, Suggestion, SupplyItem } from "../../../../contracts/space.js";
import { type CompiledDemand, type CompiledItem, UNMATCHABLE, compileDemand, compileItem, scoreOf } from "./compile.js";
import { toSuggestions } from "./explain.js";
import { type Ranked, insertRanked, ranksBefore } from "./ranking.js";
import { scorePair } from "./score.js";
import { SupplyIndex } from "./supply-index.js";

/*
 * The matching index: the supply in a SupplyIndex, and for every demand a buffer of its best `keep` items
 * (default 15), of which the first `show` (default 10) are its suggestions.
 *
 * Invariant: a demand's buffer is exactly its true top m for some m ≤ keep, in ranking order; `complete` says
 * that it holds every eligible item (fewer than keep exist). When one supply item changes, the demands that
 * held its old version (known per item) and the demands its new version can reach (kind, transaction and area
 * window, sieved over packed arrays) score the new version once, and each:
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

const LAND = 1;
const BUY = 2;

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
  /** Per demand slot, packed for the first sieve of an item change: the area window and kind/transaction bits. */
  private windowLo = new Float64Array(256);
  private windowHi = new Float64Array(256);
  private flags = new Uint8Array(256);
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
    this.pack(st);
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
      this.pack(last);
    }
    return true;
  }

  private pack(st: DemandState): void {
    if (st.slot >= this.flags.length) {
      const n = this.flags.length * 2;
      const lo = new Float64Array(n);
      const hi = new Float64Array(n);
      const flags = new Uint8Array(n);
      lo.set(this.windowLo);
      hi.set(this.windowHi);
      flags.set(this.flags);
      this.windowLo = lo;
      this.windowHi = hi;
      this.flags = flags;
    }
    this.windowLo[st.slot] = st.d.lo;
    this.windowHi[st.slot] = st.d.hi;
    this.flags[st.slot] = (st.d.land ? LAND : 0) | (st.d.buy ? BUY : 0);
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

  /**
   * Brings every demand up to date with a changed item (null: removed). The demands that held its old version
   * are handled first; of the others only those the new version can reach (kind, transaction, area window —
   * sieved on packed arrays) are scored, and only when the item is matchable at all.
   */
  private propagate(id: string, it: CompiledItem | null, held: Set<DemandState> | undefined): SuggestionChange[] {
    const changes: SuggestionChange[] = [];
    if (held) for (const st of held) this.apply(st, id, it, true, changes);
    if (it === null || it.status === UNMATCHABLE) return changes;
    const kind = it.land ? LAND : 0;
    const area = it.area;
    const lo = this.windowLo;
    const hi = this.windowHi;
    const flags = this.flags;
    const list = this.demandList;
    for (let s = 0; s < list.length; s++) {
      const f = flags[s];
      if ((f & LAND) !== kind || !((f & BUY) !== 0 ? it.sale : it.lease) || area < lo[s] || area > hi[s]) continue;
      const st = list[s];
      if (held === undefined || !held.has(st)) this.apply(st, id, it, false, changes);
    }
    return changes;
  }

  private apply(st: DemandState, id: string, it: CompiledItem | null, isHeld: boolean, changes: SuggestionChange[]): void {
    const p = it === null ? -1 : scorePair(st.d, it);
    const buf = st.buf;
    if (!isHeld) {
      if (p < 0) return;
      if (!st.complete && (buf.length === 0 || !ranksBefore(p, it!, buf[buf.length - 1].points2, buf[buf.length - 1].item))) return;
    }
    const beforeIds = this.shownIds(st);
    const beforePoints = buf.slice(0, this.show).map((r) => r.points2);
    if (isHeld) buf.splice(buf.findIndex((r) => r.item.id === id), 1);
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
