import type { CompiledItem } from "./compile.js";

/*
 * The ranking order: more points first; equal points by group id (the park; no group sorts first), then by
 * item id, both ascending by UTF-16 code units. Every engine returns the same list in the same order, and
 * equal suggestions from one park stay together (which also lets the index settle ties park by park).
 */

export interface Ranked {
  item: CompiledItem;
  /** Points in halves. */
  points2: number;
}

/** True when item a with pa points ranks before item b with pb points. */
export function ranksBefore(pa: number, a: CompiledItem, pb: number, b: CompiledItem): boolean {
  return pa > pb || (pa === pb && (a.group < b.group || (a.group === b.group && a.id < b.id)));
}

/** The best k pairs offered so far, kept sorted. */
export class TopK {
  readonly list: Ranked[] = [];
  constructor(readonly k: number) {}

  get full(): boolean {
    return this.list.length >= this.k;
  }

  /** The last kept entry (only meaningful when full). */
  get worst(): Ranked {
    return this.list[this.list.length - 1];
  }

  /** True when the item with these points would be kept. */
  wouldKeep(points2: number, item: CompiledItem): boolean {
    if (this.list.length < this.k) return true;
    const w = this.list[this.list.length - 1];
    return ranksBefore(points2, item, w.points2, w.item);
  }

  offer(item: CompiledItem, points2: number): void {
    if (!this.wouldKeep(points2, item)) return;
    insertRanked(this.list, { item, points2 });
    if (this.list.length > this.k) this.list.pop();
  }
}

/** Inserts into a sorted list at its place in the ranking order. */
export function insertRanked(list: Ranked[], entry: Ranked): void {
  let i = list.length;
  while (i > 0 && ranksBefore(entry.points2, entry.item, list[i - 1].points2, list[i - 1].item)) i--;
  list.splice(i, 0, entry);
}
