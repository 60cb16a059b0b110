import { describe, expect, it } from "vitest";
import type { CriterionKey, Evaluation, SpaceDemand, SupplyItem } from "../../../../contracts/space.js";
import { Evaluation as EvaluationSchema, Suggestion as SuggestionSchema } from "../../../../contracts/space.js";
import { compileDemand, compileItem } from "./compile.js";
import { scoreAll } from "./exhaustive.js";
import { evaluate } from "./explain.js";
import { naceAllowed, naceKeys } from "./nace.js";
import { scorePair } from "./score.js";
import { demand, item } from "./test-fixtures.js";

const excluded = (e: Evaluation) => (e.excluded ? e.exclusions : []);
const criterionOf = (e: Evaluation, key: CriterionKey) => {
  if (e.excluded) throw new Error(`excluded: ${JSON.stringify(e.exclusions)}`);
  return e.criteria.find((c) => c.criterion === key);
};
const outcome = (d: Partial<SpaceDemand>, i: Partial<SupplyItem>, key: CriterionKey) => criterionOf(evaluate(demand(d), item(i)), key);

describe("hard constraints exclude with the reason stated", () => {
  it("a parcel whose zoning does not allow the activity", () => {
    const e = evaluate(demand({ activity: "10.11" }), item({ allowedNace: ["H", "46"] }));
    expect(excluded(e)).toEqual([
      { code: "activity_not_allowed", message: "The zoning does not allow activity 10.11.", params: { activity: "10.11", allowed: ["H", "46"] } },
    ]);
    expect(EvaluationSchema.parse(e)).toEqual(e);
  });

  it("a building for a demand for land, and land for a demand for a building", () => {
    expect(excluded(evaluate(demand(), item({ kind: "building" })))[0]).toMatchObject({ code: "wrong_kind", params: { wanted: "land", offered: "building" } });
    expect(excluded(evaluate(demand({ kind: "building" }), item()))[0]).toMatchObject({ code: "wrong_kind", params: { wanted: "building", offered: "land" } });
  });

  it("an item only for lease for a buyer, and only for sale for a tenant", () => {
    expect(excluded(evaluate(demand(), item({ transaction: "lease" })))[0]).toMatchObject({ code: "wrong_transaction", params: { wanted: "buy", offered: "lease" } });
    expect(excluded(evaluate(demand({ transaction: "lease" }), item()))[0]).toMatchObject({ code: "wrong_transaction", params: { wanted: "lease", offered: "sale" } });
    expect(evaluate(demand({ transaction: "lease" }), item({ transaction: "sale_or_lease" })).excluded).toBe(false);
  });

  it.each(["sold", "in_use", "not_available"] as const)("an item that is %s", (availability) => {
    expect(excluded(evaluate(demand(), item({ availability })))).toEqual([
      expect.objectContaining({ code: "not_available", params: { availability } }),
    ]);
  });

  it("an area far outside the wanted range, but not one just outside it", () => {
    // 8,000–12,000 m² wanted: below 5,600 (70 %) or above 18,000 (150 %) excludes.
    expect(excluded(evaluate(demand(), item({ areaM2: 5_000 })))[0]).toMatchObject({ code: "area_too_small", params: { areaM2: 5_000, minM2: 8_000, limitM2: 5_600 } });
    expect(excluded(evaluate(demand(), item({ areaM2: 20_000 })))[0]).toMatchObject({ code: "area_too_large", params: { areaM2: 20_000, maxM2: 12_000, limitM2: 18_000 } });
    expect(evaluate(demand(), item({ areaM2: 5_600 })).excluded).toBe(false);
    expect(evaluate(demand(), item({ areaM2: 18_000 })).excluded).toBe(false);
  });

  it("lists every reason at once, and the fast score says -1 for each", () => {
    const e = evaluate(demand({ activity: "62.01" }), item({ kind: "building", transaction: "lease", availability: "sold", areaM2: 100 }));
    expect(excluded(e).map((x) => x.code)).toEqual(["wrong_kind", "wrong_transaction", "not_available", "area_too_small", "activity_not_allowed"]);
    for (const over of [{ kind: "building" }, { transaction: "lease" }, { availability: "sold" }, { areaM2: 100 }, { allowedNace: ["H"] }] as Partial<SupplyItem>[]) {
      expect(scorePair(compileDemand(demand()), compileItem(item(over)))).toBe(-1);
    }
  });
});

describe("zoning rules match by NACE section or code prefix", () => {
  it("derives the keys of an activity", () => {
    expect(naceKeys("10.11")).toEqual(["C", "10", "101", "1011"]);
    expect(naceKeys("46900")).toEqual(["G", "46", "469", "4690", "46900"]);
    expect(naceKeys("62")).toEqual(["J", "62"]);
  });

  it.each([
    [["C"], true],
    [["10"], true],
    [["10.1"], true],
    [["10.11"], true],
    [["10.12"], false],
    [["10.110"], false], // a subclass rule does not allow the class as a whole
    [["H", "46"], false],
    [null, true],
  ] as [string[] | null, boolean][])("rules %j allow 10.11: %s", (rules, allowed) => {
    expect(naceAllowed(naceKeys("10.11"), rules && compileItem(item({ allowedNace: rules })).nace)).toBe(allowed);
    expect(evaluate(demand({ activity: "10.11" }), item({ allowedNace: rules })).excluded).toBe(!allowed);
  });
});

describe("soft criteria: met, partly met, not met", () => {
  it("area within the range is met, just outside it partly", () => {
    expect(outcome({}, {}, "area")).toMatchObject({ outcome: "met", weight: 20, points: 20, code: "area_within" });
    expect(outcome({}, { areaM2: 7_000 }, "area")).toMatchObject({ outcome: "partly", points: 10, code: "area_near" });
    expect(outcome({}, { areaM2: 14_000 }, "area")).toMatchObject({ outcome: "partly", points: 10 });
  });

  it("location: a wanted municipality, a nearby one (Zutendaal near Genk), elsewhere (Lommel)", () => {
    const wantGenk = { municipalities: ["71016"] };
    expect(outcome(wantGenk, {}, "location")).toMatchObject({ outcome: "met", weight: 15, points: 15, code: "location_wanted" });
    expect(outcome(wantGenk, { municipalityNis: "71067" }, "location")).toMatchObject({ outcome: "partly", points: 7.5, code: "location_nearby", params: { nearbyKm: 15 } });
    expect(outcome(wantGenk, { municipalityNis: "72020" }, "location")).toMatchObject({ outcome: "not_met", points: 0, code: "location_elsewhere" });
    expect(outcome({}, {}, "location")).toBeUndefined(); // no wish: not counted
  });

  it("access: within the maximum, up to 1.5 times it, beyond or unknown; several distances combine", () => {
    const motorway3 = { maxDistanceKm: { motorway: 3 } };
    expect(outcome(motorway3, {}, "access")).toMatchObject({ outcome: "met", points: 10, code: "access_met", params: { motorwayKm: 2, motorwayKmMax: 3 } });
    expect(outcome(motorway3, { access: { motorwayKm: 4.5, railKm: null, waterKm: null } }, "access")).toMatchObject({ outcome: "partly", points: 5 });
    expect(outcome(motorway3, { access: { motorwayKm: 10, railKm: null, waterKm: null } }, "access")).toMatchObject({ outcome: "not_met", points: 0 });
    expect(outcome(motorway3, { access: { motorwayKm: null, railKm: null, waterKm: null } }, "access")).toMatchObject({ outcome: "not_met", params: { motorwayKm: null } });
    // Motorway met (2 ≤ 3), water not (3 > 1 × 1.5): partly.
    expect(outcome({ maxDistanceKm: { motorway: 3, water: 1 } }, {}, "access")).toMatchObject({ outcome: "partly" });
  });

  it("budget: per m² and in total, slightly over (≤ 15 %), over, and a price on request", () => {
    expect(outcome({ budget: { maxPricePerM2Cents: 8000, maxTotalCents: null } }, {}, "budget")).toMatchObject({ outcome: "met", weight: 15, code: "budget_within", params: { pricePerM2Cents: 8000, totalCents: 80_000_000 } });
    expect(outcome({ budget: { maxPricePerM2Cents: 7500, maxTotalCents: null } }, {}, "budget")).toMatchObject({ outcome: "partly", points: 7.5, code: "budget_slightly_over" });
    expect(outcome({ budget: { maxPricePerM2Cents: 6000, maxTotalCents: null } }, {}, "budget")).toMatchObject({ outcome: "not_met", code: "budget_over" });
    expect(outcome({ budget: { maxPricePerM2Cents: null, maxTotalCents: 80_000_000 } }, {}, "budget")).toMatchObject({ outcome: "met" });
    expect(outcome({ budget: { maxPricePerM2Cents: 9000, maxTotalCents: 50_000_000 } }, {}, "budget")).toMatchObject({ outcome: "not_met" }); // the total decides
    expect(outcome({ budget: { maxPricePerM2Cents: 8000, maxTotalCents: null } }, { salePricePerM2Cents: null }, "budget")).toMatchObject({ outcome: "partly", code: "budget_price_on_request" });
    // A tenant's budget is compared with the lease price (EUR 6/m² a year).
    expect(outcome({ transaction: "lease", budget: { maxPricePerM2Cents: 600, maxTotalCents: null } }, { transaction: "sale_or_lease" }, "budget")).toMatchObject({ outcome: "met", params: { pricePerM2Cents: 600 } });
  });

  it("timing: available in time, less than half a year late, later", () => {
    const needed = { neededFrom: "2026-06-01" };
    expect(outcome(needed, {}, "timing")).toMatchObject({ outcome: "met", weight: 10, code: "timing_met" });
    expect(outcome(needed, { availableFrom: "2026-06-01" }, "timing")).toMatchObject({ outcome: "met" });
    expect(outcome(needed, { availableFrom: "2026-09-01" }, "timing")).toMatchObject({ outcome: "partly", code: "timing_slightly_late" });
    expect(outcome(needed, { availableFrom: "2027-06-01" }, "timing")).toMatchObject({ outcome: "not_met", code: "timing_late" });
  });

  it("grid capacity: enough, at least 75 %, less, unknown", () => {
    const need = { gridCapacityKva: 1000 };
    expect(outcome(need, {}, "grid_capacity")).toMatchObject({ outcome: "met", weight: 10, code: "grid_met" });
    expect(outcome(need, { gridCapacityKva: 800 }, "grid_capacity")).toMatchObject({ outcome: "partly", code: "grid_close" });
    expect(outcome(need, { gridCapacityKva: 500 }, "grid_capacity")).toMatchObject({ outcome: "not_met", code: "grid_short" });
    expect(outcome(need, { gridCapacityKva: null }, "grid_capacity")).toMatchObject({ outcome: "not_met", code: "grid_unknown" });
  });

  it("availability: available is met, under option partly", () => {
    expect(outcome({}, {}, "availability")).toMatchObject({ outcome: "met", weight: 5, code: "available" });
    expect(outcome({}, { availability: "under_option" }, "availability")).toMatchObject({ outcome: "partly", points: 2.5, code: "under_option" });
  });

  it("heat network, sustainability and collaboration wishes", () => {
    const none = item().features;
    const wishes = { heatNetwork: true, sharedSolar: true, waterManagement: true, sharedServices: true, parkManagement: true };
    const d = { wishes };
    expect(outcome(d, { features: { ...none, heatNetwork: true } }, "heat_network")).toMatchObject({ outcome: "met", code: "heat_network_present" });
    expect(outcome(d, {}, "heat_network")).toMatchObject({ outcome: "not_met", code: "heat_network_absent" });
    expect(outcome(d, { features: { ...none, sharedSolar: true, waterManagement: true } }, "sustainability")).toMatchObject({ outcome: "met", params: { offered: ["sharedSolar", "waterManagement"] } });
    expect(outcome(d, { features: { ...none, sharedSolar: true } }, "sustainability")).toMatchObject({ outcome: "partly", params: { wished: ["sharedSolar", "waterManagement"], offered: ["sharedSolar"] } });
    expect(outcome(d, {}, "sustainability")).toMatchObject({ outcome: "not_met" });
    expect(outcome(d, { features: { ...none, sharedServices: true, parkManagement: true } }, "collaboration")).toMatchObject({ outcome: "met" });
    expect(outcome(d, { features: { ...none, parkManagement: true } }, "collaboration")).toMatchObject({ outcome: "partly" });
    expect(outcome(d, {}, "collaboration")).toMatchObject({ outcome: "not_met" });
    // Only the wishes expressed count: a demand that wants shared solar alone is fully served by it.
    expect(outcome({ wishes: { ...none, sharedSolar: true } }, { features: { ...none, sharedSolar: true } }, "sustainability")).toMatchObject({ outcome: "met" });
  });
});

describe("the score", () => {
  it("is 100 × points over the weights of the criteria the demand expresses", () => {
    const e = evaluate(
      demand({ municipalities: ["71016"], budget: { maxPricePerM2Cents: 6000, maxTotalCents: null } }),
      item({ municipalityNis: "71067", availability: "under_option" }),
    );
    if (e.excluded) throw new Error("excluded");
    // area 20 + availability 2.5 + location 7.5 + budget 0 = 30 of 20 + 5 + 15 + 15 = 55.
    expect(e.points).toBe(30);
    expect(e.maxPoints).toBe(55);
    expect(e.score).toBe(55); // 54.5 rounded
    expect(e.criteria.map((c) => c.criterion)).toEqual(["area", "location", "budget", "availability"]);
    for (const c of e.criteria) expect(c.message.length).toBeGreaterThan(10);
  });

  it("a perfect match scores 100", () => {
    const e = evaluate(demand(), item());
    expect(e).toMatchObject({ excluded: false, score: 100, points: 25, maxPoints: 25 });
  });

  it("scoreAll ranks by points, then park, then id, with full explanations", () => {
    const items = [
      item({ id: "b", groupId: "park-2" }),
      item({ id: "a", groupId: "park-2" }),
      item({ id: "c", groupId: "park-1" }),
      item({ id: "d", groupId: "park-1", availability: "under_option" }),
      item({ id: "e", kind: "building" }),
    ];
    const suggestions = scoreAll(demand(), items);
    expect(suggestions.map((s) => [s.itemId, s.rank, s.score])).toEqual([
      ["c", 1, 100],
      ["a", 2, 100],
      ["b", 3, 100],
      ["d", 4, 90],
    ]);
    for (const s of suggestions) expect(SuggestionSchema.parse(s)).toEqual(s);
    expect(scoreAll(demand(), items, 2).map((s) => s.itemId)).toEqual(["c", "a"]);
  });
});
