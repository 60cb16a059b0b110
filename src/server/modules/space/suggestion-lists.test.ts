import { describe, expect, it } from "vitest";
import type { SupplyItem } from "../../../contracts/space.js";
import type { DemandRecord } from "./demand-repo.js";
import type { SupplyEntry } from "./demand-supply.js";
import { type MatchDemand, MatchState } from "./match-state.js";
import { compileDemand } from "./matching/compile.js";
import { type SyntheticOptions, mutateItem, prng, syntheticDemands, syntheticSupply } from "./matching/synthetic.js";
import { type DemandLists, EXCLUDED_SHOWN, applyChange, entersLists, listedIds, rankLists } from "./suggestion-lists.js";
import { DEFAULT_TOP } from "./matching/exhaustive.js";
import { scorePair } from "./matching/score.js";

/*
 * A demand's lists kept in memory across single-item changes (applyChange, with the rule of affected-demands.ts for
 * which demands a change touches) stay exact heads of the lists ranked over the whole supply after every change.
 */

const MATCHABLE = new Set(["available", "under_option"]);
const entry = (item: SupplyItem) => ({ item, summary: { kind: "parcel" } }) as unknown as SupplyEntry;
const topIds = (l: DemandLists) => l.top.map((r) => `${r.item.id}:${r.points2}`);
const missIds = (l: DemandLists) => l.misses.map((m) => `${m.c.it.id}:${m.n}`);

/** Ours must be the head of the reference, as long as it claims, and complete only when the reference is. */
function expectHead(ours: DemandLists, ref: DemandLists, where: string): void {
  expect(topIds(ours), where).toEqual(topIds(ref).slice(0, ours.top.length));
  expect(missIds(ours), where).toEqual(missIds(ref).slice(0, ours.misses.length));
  expect(ours.top.length >= DEFAULT_TOP || ours.topComplete, where).toBe(true);
  expect(ours.misses.length >= EXCLUDED_SHOWN || ours.missesComplete, where).toBe(true);
  if (ours.topComplete) expect(topIds(ours), where).toEqual(topIds(ref));
  if (ours.missesComplete) expect(missIds(ours), where).toEqual(missIds(ref));
}

const scenarios: [string, SyntheticOptions, number][] = [
  ["parks", { style: "parks", parkSize: 30 }, 21],
  ["scattered with many ties", { style: "scattered", coarse: true }, 22],
];

describe("suggestion lists in memory", () => {
  it.each(scenarios)("%s: after every single-item change they are the head of the lists ranked over the whole supply", (_name, options, seed) => {
    const r = prng(seed);
    const state = new MatchState();
    const items = new Map(syntheticSupply(r, 400, options).map((i) => [i.id, i]));
    for (const item of items.values()) state.putItem(entry(item), MATCHABLE.has(item.availability));
    const demands: MatchDemand[] = syntheticDemands(r, 80, options).map((sd) => {
      const md: MatchDemand = { record: { id: sd.id, kind: sd.kind } as DemandRecord, d: compileDemand(sd), rows: new Map() };
      state.demands.set(sd.id, md);
      state.setLists(md, rankLists(md.d, state.itemsOf(sd.kind)));
      return md;
    });
    const seen = { derived: 0, ranked: 0, touched: 0, truncated: 0, complete: 0, shortComplete: 0, misses: 0 };
    const ids = [...items.keys()];
    for (let step = 0; step < 600; step++) {
      // Every third change sells the best item of a demand whose list is not complete, so that lists run low.
      const low = step % 3 === 0 ? demands.find((md, i) => !md.lists!.topComplete && md.lists!.top.length > 0 && i % 7 === step % 7) : undefined;
      const id = low ? low.lists!.top[0].item.id : ids[Math.floor(r() * ids.length)];
      const next = low ? { ...items.get(id)!, availability: "sold" as const } : mutateItem(r, items.get(id)!, options);
      items.set(id, next);
      const holders = state.holdersOf([id]);
      state.putItem(entry(next), MATCHABLE.has(next.availability));
      const changed = state.item("land", id);
      for (const md of demands) {
        const lists = md.lists!;
        const touched = holders.has(md.record.id) || (changed !== undefined && changed.it.land === md.d.land && entersLists(md.d, lists, changed, scorePair(md.d, changed.it)));
        if (!touched) continue;
        seen.touched++;
        const derived = applyChange(md.d, lists, id, changed);
        if (derived) seen.derived++;
        else seen.ranked++;
        state.setLists(md, derived ?? rankLists(md.d, state.itemsOf(md.record.kind)));
      }
      for (const md of demands) {
        const ref = rankLists(md.d, state.itemsOf(md.record.kind));
        expectHead(md.lists!, ref, `step ${step}, ${md.record.id}`);
        if (md.lists!.topComplete) seen.complete++;
        else seen.truncated++;
        if (md.lists!.topComplete && md.lists!.top.length < DEFAULT_TOP) seen.shortComplete++;
        seen.misses += md.lists!.misses.length;
        expect(new Set(listedIds(md.lists!)).size).toBe(listedIds(md.lists!).length);
      }
    }
    // The run must reach every case, or it proves little.
    expect(seen.derived).toBeGreaterThan(seen.ranked);
    expect(seen.ranked).toBeGreaterThan(0);
    expect(seen.truncated).toBeGreaterThan(0);
    expect(seen.shortComplete).toBeGreaterThan(0);
    expect(seen.misses).toBeGreaterThan(0);
  });
});
