import { describe, expect, it } from "vitest";
import type { SpaceDemand, SupplyItem } from "../../../../contracts/space.js";
import { compileDemand, compileItem } from "./compile.js";
import { rankAll, scoreAll } from "./exhaustive.js";
import { MatchIndex } from "./match-index.js";
import { type SyntheticOptions, mutateItem, prng, syntheticDemand, syntheticDemands, syntheticItem, syntheticSupply } from "./synthetic.js";
import { demand, item } from "./test-fixtures.js";

type Top = string[];

/** Every demand's exhaustive top 10 over the current items, as "id:points" strings. */
function exhaustiveTops(items: Map<string, SupplyItem>, demands: Map<string, SpaceDemand>): Map<string, Top> {
  const compiled = [...items.values()].map((i) => compileItem(i));
  const out = new Map<string, Top>();
  for (const d of demands.values()) out.set(d.id, rankAll(compileDemand(d), compiled, 10).map((r) => `${r.item.id}:${r.points2 / 2}`));
  return out;
}

function indexTops(index: MatchIndex, demands: Map<string, SpaceDemand>): Map<string, Top> {
  const out = new Map<string, Top>();
  for (const id of demands.keys()) out.set(id, index.top(id).map((r) => `${r.itemId}:${r.points}`));
  return out;
}

const scenarios: [string, SyntheticOptions, number][] = [
  ["parks", { style: "parks", parkSize: 40 }, 11],
  ["scattered with many ties, buildings and land", { style: "scattered", coarse: true, buildingShare: 0.3 }, 12],
  ["scattered", { style: "scattered" }, 13],
];

describe("MatchIndex returns exactly the exhaustive top 10 (seeded random data)", () => {
  it.each(scenarios)("%s: before and after random incremental updates", (_name, options, seed) => {
    const r = prng(seed);
    const items = new Map(syntheticSupply(r, 2_000, options).map((i) => [i.id, i]));
    const demands = new Map(syntheticDemands(r, 150, options).map((d) => [d.id, d]));
    const index = MatchIndex.build([...items.values()], [...demands.values()], { show: 10, keep: 12 });
    expect(indexTops(index, demands)).toEqual(exhaustiveTops(items, demands));
    // Many demands must have suggestions, and ties must occur, or the test proves little.
    const tops = [...indexTops(index, demands).values()];
    expect(tops.filter((t) => t.length === 10).length).toBeGreaterThan(50);

    let previous = indexTops(index, demands);
    let next = 0;
    for (let step = 0; step < 240; step++) {
      const x = r();
      const ids = [...items.keys()];
      let changes;
      if (x < 0.15) {
        const added = syntheticItem(r, `added-${next++}`, options);
        items.set(added.id, added);
        changes = index.upsertItem(added);
      } else if (x < 0.3) {
        const id = ids[Math.floor(r() * ids.length)];
        items.delete(id);
        changes = index.removeItem(id);
      } else if (x < 0.45) {
        // Take a suggested item away: the case that empties buffers.
        const shown = index.top([...demands.keys()][Math.floor(r() * demands.size)])[0]?.itemId ?? ids[0];
        const sold: SupplyItem = { ...items.get(shown)!, availability: "sold" };
        items.set(shown, sold);
        changes = index.upsertItem(sold);
      } else if (x < 0.5) {
        const d = syntheticDemand(r, `demand-new-${next++}`, options);
        demands.set(d.id, d);
        index.upsertDemand(d);
        changes = null;
      } else if (x < 0.53) {
        const id = [...demands.keys()][Math.floor(r() * demands.size)];
        demands.delete(id);
        index.removeDemand(id);
        changes = null;
      } else {
        const id = ids[Math.floor(r() * ids.length)];
        const changed = mutateItem(r, items.get(id)!, options);
        items.set(id, changed);
        changes = index.upsertItem(changed);
      }
      const current = indexTops(index, demands);
      if (changes) {
        // Every demand whose suggestions differ is reported, with the items that came in and went out.
        const reported = new Map(changes.map((c) => [c.demandId, c]));
        for (const [id, top] of current) {
          const before = previous.get(id)!;
          if (JSON.stringify(before) === JSON.stringify(top)) continue;
          const change = reported.get(id);
          expect(change, `change of ${id} not reported`).toBeDefined();
          const ids = (t: Top) => t.map((s) => s.split(":")[0]);
          expect(change!.itemIds).toEqual(ids(top));
          expect(change!.added).toEqual(ids(top).filter((i) => !ids(before).includes(i)));
          expect(change!.removed).toEqual(ids(before).filter((i) => !ids(top).includes(i)));
        }
      }
      if (step % 20 === 19) expect(current).toEqual(exhaustiveTops(items, demands));
      previous = current;
    }
    expect(indexTops(index, demands)).toEqual(exhaustiveTops(items, demands));
  });

  it("query() answers any demand without registering it, with any k", () => {
    const r = prng(21);
    const options: SyntheticOptions = { style: "parks", parkSize: 30 };
    const items = syntheticSupply(r, 1_500, options);
    const index = MatchIndex.build(items, []);
    const compiled = items.map((i) => compileItem(i));
    for (const d of syntheticDemands(r, 60, options)) {
      for (const k of [1, 5, 25]) {
        expect(index.query(d, k).map((x) => x.itemId)).toEqual(rankAll(compileDemand(d), compiled, k).map((x) => x.item.id));
      }
    }
    expect(index.demandCount).toBe(0);
  });
});

describe("MatchIndex with a handful of items", () => {
  it("reports a new suggestion, a sold parcel, and a demand's own suggestions with reasons", () => {
    const index = MatchIndex.build([item({ id: "p1" }), item({ id: "p2", areaM2: 7_000 })], [demand({ id: "d1" }), demand({ id: "d2", kind: "building" })]);
    expect(index.top("d1").map((t) => [t.itemId, t.score])).toEqual([
      ["p1", 100],
      ["p2", 60],
    ]);
    expect(index.top("d2")).toEqual([]);

    // A better parcel comes in: d1 is told, d2 (a building) is not.
    expect(index.upsertItem(item({ id: "p0", groupId: "park-a" }))).toEqual([{ demandId: "d1", itemIds: ["p0", "p1", "p2"], added: ["p0"], removed: [] }]);
    // p1 is sold: it leaves d1's suggestions.
    expect(index.upsertItem(item({ id: "p1", availability: "sold" }))).toEqual([{ demandId: "d1", itemIds: ["p0", "p2"], added: [], removed: ["p1"] }]);
    // A zoning change that excludes the activity is a change too.
    expect(index.upsertItem(item({ id: "p0", groupId: "park-a", allowedNace: ["H"] }))[0]).toMatchObject({ removed: ["p0"] });
    expect(index.removeItem("nope")).toEqual([]);

    const suggestions = index.suggestions("d1");
    expect(suggestions).toEqual(scoreAll(demand({ id: "d1" }), [item({ id: "p2", areaM2: 7_000 })]));
    expect(suggestions[0].criteria.map((c) => [c.criterion, c.outcome])).toEqual([
      ["area", "partly"],
      ["availability", "met"],
    ]);
    expect(index.removeDemand("d1")).toBe(true);
    expect(index.top("d1")).toEqual([]);
  });

  it("updates a demand's suggestions when the demand itself changes", () => {
    const index = MatchIndex.build([item({ id: "genk" }), item({ id: "lommel", municipalityNis: "72020" })], [demand({ id: "d" })]);
    const change = index.upsertDemand(demand({ id: "d", municipalities: ["72020"] }));
    expect(change).toEqual({ demandId: "d", itemIds: ["lommel", "genk"], added: [], removed: [] });
    expect(index.upsertDemand(demand({ id: "d", municipalities: ["72020"] }))).toBeNull();
  });
});
