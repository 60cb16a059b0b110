import type { SupplyItem } from "../../../../contracts/space.js";
import { type CompiledDemand, type CompiledItem, UNMATCHABLE, compileItem } from "./compile.js";
import {
  AS,
  Group,
  RS,
  R_FEAT,
  R_FROM,
  R_GRID,
  R_MOTORWAY,
  R_MUNI,
  R_PRICE,
  R_RAIL,
  R_SLOT,
  R_STATUS,
  R_WATER,
  clearSummary,
  lowerBoundRows,
  mergeSummary,
  packGroup,
  summaryBound,
} from "./packed-groups.js";
import { type Ranked, TopK } from "./ranking.js";
import { MET, PARTLY, WEIGHTS } from "./rules.js";
import { softPoints } from "./score.js";
import { List, before, demandKeys, grown, listKeys, lowerBound } from "./supply-lists.js";

/*
 * The supply side of the matching index.
 *
 * Buckets by hard constraint: only matchable items (available, under option) are indexed, in lists keyed by
 * kind × transaction × zoning rule ("land, for sale, NACE section C"). An item for sale or lease is in both
 * transaction lists, an item with several zoning rules in each rule's list, an unrestricted one in the "*"
 * list. A demand reads only the lists of its kind and transaction for the rules that allow its activity (its
 * NACE section, each prefix of its code, and "*"): kind, transaction, status and zoning are settled by lookup.
 *
 * Inside a list, items are grouped by municipality and group id (their park, whose parcels share access, grid
 * capacity and features), sorted by area, packed (packed-groups.ts). Groups are ordered by group id, and
 * summarised three ways: each group; runs of RUN consecutive groups; each municipality.
 *
 * A query is best-first branch and bound over a bucket queue of integer bounds (score.ts groupBound: never
 * below a member's points). A demand with wanted municipalities starts from the municipality summaries (whose
 * location level is exact), any other from the runs (consecutive group ids, so that ties — settled by group id,
 * then item id — are found in order and the remaining runs dropped). Opening a summary bounds its groups;
 * opening a group scans the items whose area lies within the wanted range, and leaves the items just outside
 * it (area partly met) as segments with a bound AREA_PARTLY_LOSS lower. The search stops when the best bound
 * left is below the k-th points found, and skips a node whose bound equals them when its smallest group id
 * (and, for a group, its smallest item id) ranks after the k-th item. The result is the exhaustive top k.
 *
 * Updates mark a group and its list stale; the packed arrays are rebuilt on the next query that reads them.
 */

const RUN = 16;
const N_RUN = 0;
const N_MUNI = 1;
const N_GROUP = 2;
const N_SEGMENT = 3;

/** Half points an item loses when its area is only partly met. */
const AREA_PARTLY_LOSS = (MET - PARTLY) * WEIGHTS.area;

export interface QueryStats {
  queries: number;
  groups: number;
  scored: number;
}

export class SupplyIndex {
  private readonly lists = new Map<string, List>();
  private readonly items = new Map<string, CompiledItem>();
  private readonly freeSlots: number[] = [];
  private slots = 0;
  private seen = new Uint32Array(1024);
  private stamp = 0;
  // Per query: the nodes (kind, list, reference, row range), and the bucket queue as linked stacks of node
  // numbers: head[b] is the last node pushed with bound b, below[n] the node pushed before n with the same bound.
  private head = new Int32Array(256);
  private highest = -1;
  private nodeBelow = new Int32Array(1024);
  private nodeCount = 0;
  private nodeKind = new Int32Array(1024);
  private nodeList = new Int32Array(1024);
  private nodeRef = new Int32Array(1024);
  private nodeFrom = new Int32Array(1024);
  private nodeTo = new Int32Array(1024);
  readonly stats: QueryStats = { queries: 0, groups: 0, scored: 0 };

  get size(): number {
    return this.items.size;
  }

  get(id: string): CompiledItem | undefined {
    return this.items.get(id);
  }

  /** Adds (or replaces) an item; returns the item it replaced. */
  put(it: CompiledItem): CompiledItem | undefined {
    const old = this.delete(it.id);
    it.idx = this.freeSlots.pop() ?? this.slots++;
    if (it.idx >= this.seen.length) {
      const more = new Uint32Array(this.seen.length * 2);
      more.set(this.seen);
      this.seen = more;
    }
    this.items.set(it.id, it);
    if (it.status !== UNMATCHABLE) for (const key of listKeys(it)) this.insert(key, it);
    return old;
  }

  /** Adds many items, compiled in the order of their municipality, group and area (close in memory). */
  putAll(items: readonly SupplyItem[]): void {
    const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    const order = [...items].sort((a, b) => cmp(a.municipalityNis, b.municipalityNis) || cmp(a.groupId ?? "", b.groupId ?? "") || a.areaM2 - b.areaM2 || cmp(a.id, b.id));
    for (const item of order) this.put(compileItem(item));
  }

  /** Removes an item; returns it, or undefined when it was not there. */
  delete(id: string): CompiledItem | undefined {
    const it = this.items.get(id);
    if (!it) return undefined;
    this.items.delete(id);
    this.freeSlots.push(it.idx);
    if (it.status !== UNMATCHABLE) for (const key of listKeys(it)) this.remove(key, it);
    return it;
  }

  private insert(key: string, it: CompiledItem): void {
    let list = this.lists.get(key);
    if (!list) this.lists.set(key, (list = new List(key.charAt(1) === "S")));
    const groupKey = `${it.muni}|${it.group}`;
    let group = list.byKey.get(groupKey);
    if (!group) {
      group = new Group(groupKey, it.muni, it.group);
      list.byKey.set(groupKey, group);
      list.groups.push(group);
      list.added = true;
    }
    const items = group.items;
    let i = lowerBound(items, it.area);
    while (i < items.length && before(items[i], it)) i++;
    items.splice(i, 0, it);
    group.stale = true;
    list.stale = true;
  }

  private remove(key: string, it: CompiledItem): void {
    const list = this.lists.get(key)!;
    const group = list.byKey.get(`${it.muni}|${it.group}`)!;
    const items = group.items;
    let i = lowerBound(items, it.area);
    while (items[i] !== it) i++;
    items.splice(i, 1);
    group.stale = true;
    list.stale = true;
  }

  /**
   * Brings a stale list up to date: drops empty groups, repacks the stale ones (their rows), and rebuilds the
   * list's summaries, runs and municipalities from the groups' summaries (a few numbers per group).
   */
  private refresh(list: List): void {
    if (!list.stale) return;
    const kept: Group[] = [];
    for (const g of list.groups) {
      if (g.items.length > 0) kept.push(g);
      else list.byKey.delete(g.key);
    }
    if (list.added) kept.sort((a, b) => (a.tie < b.tie ? -1 : a.tie > b.tie ? 1 : a.muni - b.muni));
    list.added = false;
    list.groups = kept;
    const n = kept.length;
    list.summaries = grown(list.summaries, n * AS);
    for (let g = 0; g < n; g++) {
      if (kept[g].stale) packGroup(kept[g], list.sale);
      list.summaries.set(kept[g].summary, g * AS);
    }

    list.runCount = Math.ceil(n / RUN);
    list.runSummaries = grown(list.runSummaries, list.runCount * AS);
    for (let r = 0; r < list.runCount; r++) {
      clearSummary(list.runSummaries, r * AS, -1);
      for (let g = r * RUN; g < Math.min(n, (r + 1) * RUN); g++) mergeSummary(list.runSummaries, r * AS, list.summaries, g * AS);
    }

    const slotOf = new Map<number, number>();
    list.munis = [];
    list.muniGroups = [];
    for (let g = 0; g < n; g++) {
      let m = slotOf.get(kept[g].muni);
      if (m === undefined) {
        slotOf.set(kept[g].muni, (m = list.munis.length));
        list.munis.push(kept[g].muni);
        list.muniGroups.push([]);
      }
      list.muniGroups[m].push(g);
    }
    list.muniSummaries = grown(list.muniSummaries, list.munis.length * AS);
    for (let m = 0; m < list.munis.length; m++) {
      clearSummary(list.muniSummaries, m * AS, list.munis[m]);
      for (const g of list.muniGroups[m]) mergeSummary(list.muniSummaries, m * AS, list.summaries, g * AS);
    }
    list.stale = false;
  }

  private node(kind: number, list: number, ref: number, from: number, to: number): number {
    if (this.nodeCount === this.nodeKind.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.nodeKind = grow(this.nodeKind);
      this.nodeBelow = grow(this.nodeBelow);
      this.nodeList = grow(this.nodeList);
      this.nodeRef = grow(this.nodeRef);
      this.nodeFrom = grow(this.nodeFrom);
      this.nodeTo = grow(this.nodeTo);
    }
    const n = this.nodeCount++;
    this.nodeKind[n] = kind;
    this.nodeList[n] = list;
    this.nodeRef[n] = ref;
    this.nodeFrom[n] = from;
    this.nodeTo[n] = to;
    return n;
  }

  private push(b: number, node: number): void {
    this.nodeBelow[node] = this.head[b];
    this.head[b] = node;
    if (b > this.highest) this.highest = b;
  }

  /** Bounds groups (given in ranking order) and queues those that can still enter the top. */
  private pushGroups(d: CompiledDemand, top: TopK, l: number, list: List, groups: readonly number[] | null, from: number, to: number): void {
    const s = list.summaries;
    const floor = top.full ? top.worst.points2 : 0;
    // Pushed from the last to the first, so that equal bounds pop in ranking order.
    for (let i = to - 1; i >= from; i--) {
      const g = groups === null ? i : groups[i];
      const b = summaryBound(d, s, g * AS);
      if (b >= floor) this.push(b, this.node(N_GROUP, l, g, -1, -1));
    }
  }

  /** True when nothing in the node can rank before the k-th entry (the node's bound equals its points). */
  private tiedOut(kind: number, list: List, ref: number, w: Ranked): boolean {
    if (kind === N_GROUP || kind === N_SEGMENT) {
      const g = list.groups[ref];
      return g.tie > w.item.group || (g.tie === w.item.group && g.minId > w.item.id);
    }
    const first = kind === N_RUN ? list.groups[ref * RUN] : list.groups[list.muniGroups[ref][0]];
    return first.tie > w.item.group;
  }

  /** The exact top k of the demand over the indexed items (same order as exhaustive scoring). */
  query(d: CompiledDemand, k: number): Ranked[] {
    const top = new TopK(k);
    if (++this.stamp === 0xffffffff) {
      this.seen.fill(0);
      this.stamp = 1;
    }
    if (this.head.length <= d.max2) this.head = new Int32Array(d.max2 + 1);
    const head = this.head;
    head.fill(-1, 0, d.max2 + 1);
    this.highest = -1;
    this.nodeCount = 0;
    const lists: List[] = [];
    for (const key of demandKeys(d)) {
      const list = this.lists.get(key);
      if (!list) continue;
      this.refresh(list);
      lists.push(list);
    }
    for (let l = 0; l < lists.length; l++) {
      const list = lists[l];
      const byMuni = d.loc !== null;
      const s = byMuni ? list.muniSummaries : list.runSummaries;
      for (let r = (byMuni ? list.munis.length : list.runCount) - 1; r >= 0; r--) {
        const b = summaryBound(d, s, r * AS);
        if (b >= 0) this.push(b, this.node(byMuni ? N_MUNI : N_RUN, l, r, -1, -1));
      }
    }

    let groups = 0;
    let scored = 0;
    while (this.highest >= 0) {
      const b = this.highest;
      const n = head[b];
      if (n < 0) {
        this.highest--;
        continue;
      }
      head[b] = this.nodeBelow[n];
      const kind = this.nodeKind[n];
      const l = this.nodeList[n];
      const list = lists[l];
      const ref = this.nodeRef[n];
      if (top.full) {
        const w = top.worst;
        if (b < w.points2) break;
        if (b === w.points2 && this.tiedOut(kind, list, ref, w)) continue;
      }
      if (kind === N_RUN) this.pushGroups(d, top, l, list, null, ref * RUN, Math.min(list.groups.length, (ref + 1) * RUN));
      else if (kind === N_MUNI) this.pushGroups(d, top, l, list, list.muniGroups[ref], 0, list.muniGroups[ref].length);
      else if (kind === N_SEGMENT) scored += this.scan(list.groups[ref], this.nodeFrom[n], this.nodeTo[n], d, top);
      else {
        groups++;
        scored += this.openGroup(d, top, b, l, list.groups[ref], ref);
      }
    }
    this.stats.queries++;
    this.stats.groups += groups;
    this.stats.scored += scored;
    return top.list;
  }

  /**
   * Scans the group's items whose area lies within [min, max]; those just outside it (area partly met) are
   * queued as segments with a lower bound when the group's bound counted the area as met.
   */
  private openGroup(d: CompiledDemand, top: TopK, b: number, l: number, group: Group, ref: number): number {
    const rows = group.rows;
    const count = group.items.length;
    const from = lowerBoundRows(rows, count, d.lo);
    let coreFrom = from;
    while (coreFrom < count && rows[coreFrom * RS] < d.min) coreFrom++;
    let coreTo = coreFrom;
    while (coreTo < count && rows[coreTo * RS] <= d.max) coreTo++;
    let to = coreTo;
    while (to < count && rows[to * RS] <= d.hi) to++;
    if (coreFrom === coreTo) return this.scan(group, from, to, d, top);
    const scored = this.scan(group, coreFrom, coreTo, d, top);
    const side = b - AREA_PARTLY_LOSS;
    if (top.full && side < top.worst.points2) return scored;
    if (from < coreFrom) this.push(side, this.node(N_SEGMENT, l, ref, from, coreFrom));
    if (coreTo < to) this.push(side, this.node(N_SEGMENT, l, ref, coreTo, to));
    return scored;
  }

  private scan(group: Group, from: number, to: number, d: CompiledDemand, top: TopK): number {
    const rows = group.rows;
    const seen = this.seen;
    const stamp = this.stamp;
    let scored = 0;
    for (let i = from; i < to; i++) {
      const o = i * RS;
      const slot = rows[o + R_SLOT];
      if (seen[slot] === stamp) continue;
      seen[slot] = stamp;
      scored++;
      const p = softPoints(d, rows[o], rows[o + R_STATUS], rows[o + R_MUNI], rows[o + R_MOTORWAY], rows[o + R_RAIL], rows[o + R_WATER], rows[o + R_PRICE], rows[o + R_FROM], rows[o + R_GRID], rows[o + R_FEAT]);
      if (top.full && p < top.worst.points2) continue;
      const it = group.items[i];
      if (top.wouldKeep(p, it)) top.offer(it, p);
    }
    return scored;
  }
}
