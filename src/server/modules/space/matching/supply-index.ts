import type { SupplyItem } from "../../../../contracts/space.js";
import { type CompiledDemand, type CompiledItem, AVAILABLE, UNMATCHABLE, compileItem } from "./compile.js";
import { type Ranked, TopK } from "./ranking.js";
import { MET, PARTLY, WEIGHTS } from "./rules.js";
import { groupBound, softPoints } from "./score.js";

/*
 * The supply side of the matching index.
 *
 * Buckets by hard constraint: only matchable items (available, under option) are indexed. They sit in lists
 * keyed by kind × transaction × zoning rule ("land, for sale, NACE section C"); an item for sale or lease is in
 * both transaction lists, an item with several zoning rules in each rule's list, an unrestricted one in the "*"
 * list. A demand reads only the lists of its kind, its transaction, and the rules that allow its activity (its
 * NACE section, each prefix of its code, and "*"), so kind, transaction, status and zoning are settled by the
 * lookup itself.
 *
 * Inside a list, items are grouped by municipality and group (their park: parcels of one park share access,
 * grid and features) and sorted by area. Each group keeps its items' scored values packed in a Float64Array,
 * and each list its groups' extremes (smallest/largest area, best distances, lowest price, earliest date,
 * largest grid, union of features, …) packed likewise, so that bounding hundreds of groups and scanning their
 * items reads memory in order.
 *
 * A query is best-first branch and bound over a bucket queue of integer bounds: every group of the demand's
 * lists is bounded (score.ts groupBound, exact for the location); the best group is scanned over the items
 * whose area lies within the wanted range, and the items just outside it (area partly met) wait as segments
 * with a bound AREA_PARTLY_LOSS lower. The search stops when the best bound left is below the k-th points
 * found, and skips a node whose bound only equals them when its smallest id is larger (ties go by id). Since a
 * bound is never below a member's points, the result is exactly the exhaustive top k, in the same order.
 *
 * Updates mark a group and its list stale; the packed arrays of stale groups and lists are rebuilt on the
 * next query that reads them (tens of items per group, hundreds of groups per list).
 */

/** Row layout of a packed item. */
const RS = 11;
const R_AREA = 0;
const R_STATUS = 1;
const R_MUNI = 2;
const R_MOTORWAY = 3;
const R_RAIL = 4;
const R_WATER = 5;
const R_PRICE = 6;
const R_FROM = 7;
const R_GRID = 8;
const R_FEAT = 9;
const R_SLOT = 10;

/** Layout of a packed group summary. */
const AS = 12;

/** Half points an item loses when its area is only partly met. */
const AREA_PARTLY_LOSS = (MET - PARTLY) * WEIGHTS.area;

class Group {
  items: CompiledItem[] = [];
  rows = new Float64Array(0);
  minId = "";
  stale = true;
  constructor(
    readonly key: string,
    readonly muni: number,
    /** The group id its items rank by on equal points. */
    readonly tie: string,
  ) {}
}

class List {
  /** In ranking order of their group id (then municipality), refreshed when groups come or go. */
  groups: Group[] = [];
  added = false;
  readonly byKey = new Map<string, Group>();
  summaries = new Float64Array(0);
  stale = true;
  constructor(readonly sale: boolean) {}
}

function listKeys(it: CompiledItem): string[] {
  const kind = it.land ? "L" : "B";
  const rules = it.nace ?? ["*"];
  const keys: string[] = [];
  if (it.sale) for (const r of rules) keys.push(`${kind}S|${r}`);
  if (it.lease) for (const r of rules) keys.push(`${kind}R|${r}`);
  return keys;
}

function demandKeys(d: CompiledDemand): string[] {
  const prefix = `${d.land ? "L" : "B"}${d.buy ? "S" : "R"}|`;
  return [...d.keys.map((k) => prefix + k), `${prefix}*`];
}

/** First position in a sorted list of items whose area is ≥ area. */
function lowerBound(items: CompiledItem[], area: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid].area < area) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First packed row whose area is ≥ area. */
function lowerBoundRows(rows: Float64Array, n: number, area: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (rows[mid * RS] < area) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function before(a: CompiledItem, b: CompiledItem): boolean {
  return a.area < b.area || (a.area === b.area && a.id < b.id);
}

function pack(group: Group, sale: boolean, summaries: Float64Array, at: number): void {
  const items = group.items;
  const rows = group.rows.length >= items.length * RS ? group.rows : new Float64Array(items.length * RS * 2);
  let minArea = Infinity;
  let maxArea = -Infinity;
  let available = 0;
  let motorway = Infinity;
  let rail = Infinity;
  let water = Infinity;
  let price = Infinity;
  let unknown = 0;
  let from = Infinity;
  let grid = -1;
  let feat = 0;
  let minId = "\uffff";
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    const o = i * RS;
    const p = sale ? it.salePrice : it.leasePrice;
    rows[o + R_AREA] = it.area;
    rows[o + R_STATUS] = it.status;
    rows[o + R_MUNI] = it.muni;
    rows[o + R_MOTORWAY] = it.motorway;
    rows[o + R_RAIL] = it.rail;
    rows[o + R_WATER] = it.water;
    rows[o + R_PRICE] = p;
    rows[o + R_FROM] = it.fromDay;
    rows[o + R_GRID] = it.grid;
    rows[o + R_FEAT] = it.feat;
    rows[o + R_SLOT] = it.idx;
    if (it.area < minArea) minArea = it.area;
    if (it.area > maxArea) maxArea = it.area;
    if (it.status === AVAILABLE) available = 1;
    if (it.motorway < motorway) motorway = it.motorway;
    if (it.rail < rail) rail = it.rail;
    if (it.water < water) water = it.water;
    if (p !== p) unknown = 1;
    else if (p < price) price = p;
    if (it.fromDay < from) from = it.fromDay;
    if (it.grid > grid) grid = it.grid;
    feat |= it.feat;
    if (it.id < minId) minId = it.id;
  }
  group.rows = rows;
  group.minId = minId;
  group.stale = false;
  summaries.set([minArea, maxArea, available, group.muni, motorway, rail, water, price, unknown, from, grid, feat], at);
}

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
  // Per query: the lists read, the bucket queue of node numbers, and the nodes (list, group, row range).
  private queryLists: List[] = [];
  private queue: number[][] = [];
  private highest = -1;
  private nodeCount = 0;
  private nodeList = new Int32Array(1024);
  private nodeGroup = new Int32Array(1024);
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
      const grown = new Uint32Array(this.seen.length * 2);
      grown.set(this.seen);
      this.seen = grown;
    }
    this.items.set(it.id, it);
    if (it.status !== UNMATCHABLE) for (const key of listKeys(it)) this.insert(key, it);
    return old;
  }

  /**
   * Adds many items, compiled in the order of their municipality, group and area so that the items of one
   * group also lie close together in memory.
   */
  putAll(items: readonly SupplyItem[]): void {
    const order = [...items].sort(
      (a, b) =>
        a.municipalityNis.localeCompare(b.municipalityNis) || (a.groupId ?? "").localeCompare(b.groupId ?? "") || a.areaM2 - b.areaM2 || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
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

  /** Rebuilds the packed arrays of a list's stale groups, drops its empty groups. */
  private refresh(list: List): void {
    if (!list.stale) return;
    const kept: Group[] = [];
    for (const g of list.groups) {
      if (g.items.length > 0) kept.push(g);
      else list.byKey.delete(g.key);
    }
    // When an empty group was dropped the others moved up, and (like after growing the array) every summary
    // is rewritten.
    let all = kept.length !== list.groups.length || list.added;
    if (list.added) kept.sort((a, b) => (a.tie < b.tie ? -1 : a.tie > b.tie ? 1 : a.muni - b.muni));
    list.added = false;
    list.groups = kept;
    if (list.summaries.length < kept.length * AS) {
      list.summaries = new Float64Array(kept.length * AS * 2);
      all = true;
    }
    for (let g = 0; g < kept.length; g++) {
      if (kept[g].stale || all) pack(kept[g], list.sale, list.summaries, g * AS);
    }
    list.stale = false;
  }

  private node(list: number, group: number, from: number, to: number): number {
    if (this.nodeCount === this.nodeList.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.nodeList = grow(this.nodeList);
      this.nodeGroup = grow(this.nodeGroup);
      this.nodeFrom = grow(this.nodeFrom);
      this.nodeTo = grow(this.nodeTo);
    }
    const n = this.nodeCount++;
    this.nodeList[n] = list;
    this.nodeGroup[n] = group;
    this.nodeFrom[n] = from;
    this.nodeTo[n] = to;
    return n;
  }

  private push(b: number, node: number): void {
    this.queue[b].push(node);
    if (b > this.highest) this.highest = b;
  }

  /** The exact top k of the demand over the indexed items (same order as exhaustive scoring). */
  query(d: CompiledDemand, k: number): Ranked[] {
    const top = new TopK(k);
    if (++this.stamp === 0xffffffff) {
      this.seen.fill(0);
      this.stamp = 1;
    }
    const queue = this.queue;
    while (queue.length <= d.max2) queue.push([]);
    this.highest = -1;
    this.nodeCount = 0;
    const lists = (this.queryLists = []) as List[];
    for (const key of demandKeys(d)) {
      const list = this.lists.get(key);
      if (!list) continue;
      this.refresh(list);
      lists.push(list);
    }

    for (let l = 0; l < lists.length; l++) {
      const s = lists[l].summaries;
      const n = lists[l].groups.length;
      // Pushed from the last group id to the first, so that equal bounds pop in ranking order.
      for (let g = n - 1; g >= 0; g--) {
        const o = g * AS;
        const b = groupBound(d, s[o], s[o + 1], s[o + 2] === 1, s[o + 3], s[o + 4], s[o + 5], s[o + 6], s[o + 7], s[o + 8] === 1, s[o + 9], s[o + 10], s[o + 11]);
        if (b >= 0) this.push(b, this.node(l, g, -1, -1));
      }
    }

    let groups = 0;
    let scored = 0;
    while (this.highest >= 0) {
      const b = this.highest;
      const slot = queue[b];
      if (slot.length === 0) {
        this.highest--;
        continue;
      }
      const n = slot.pop()!;
      const group = lists[this.nodeList[n]].groups[this.nodeGroup[n]];
      if (top.full) {
        const w = top.worst;
        if (b < w.points2) break;
        if (b === w.points2 && (group.tie > w.item.group || (group.tie === w.item.group && group.minId > w.item.id))) continue;
      }
      if (this.nodeFrom[n] >= 0) {
        scored += this.scan(group, this.nodeFrom[n], this.nodeTo[n], d, top);
        continue;
      }
      groups++;
      // The items whose area lies within [min, max] now; those just outside it (area partly met) as segments
      // with a lower bound, when the group's bound counted the area as met.
      const rows = group.rows;
      const count = group.items.length;
      const from = lowerBoundRows(rows, count, d.lo);
      let coreFrom = from;
      while (coreFrom < count && rows[coreFrom * RS] < d.min) coreFrom++;
      let coreTo = coreFrom;
      while (coreTo < count && rows[coreTo * RS] <= d.max) coreTo++;
      let to = coreTo;
      while (to < count && rows[to * RS] <= d.hi) to++;
      if (coreFrom === coreTo) {
        scored += this.scan(group, from, to, d, top);
        continue;
      }
      scored += this.scan(group, coreFrom, coreTo, d, top);
      const side = b - AREA_PARTLY_LOSS;
      if (top.full && side < top.worst.points2) continue;
      if (from < coreFrom) this.push(side, this.node(this.nodeList[n], this.nodeGroup[n], from, coreFrom));
      if (coreTo < to) this.push(side, this.node(this.nodeList[n], this.nodeGroup[n], coreTo, to));
    }
    for (let b = 0; b <= d.max2 && b < queue.length; b++) queue[b].length = 0;
    this.queryLists = [];
    this.stats.queries++;
    this.stats.groups += groups;
    this.stats.scored += scored;
    return top.list;
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
