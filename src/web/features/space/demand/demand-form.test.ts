import { describe, expect, it } from "vitest";
import { DemandInput } from "../../../../contracts/space-demand";
import { toDemandInput } from "../pages/DemandFormPage";

const form = (over: Record<string, unknown> = {}) => ({
  organisationId: "6f1c2a4e-1d2b-4c3d-8e9f-0a1b2c3d4e5f",
  title: "Nieuwe hal",
  kind: "land",
  transaction: "buy",
  areaMinM2: "8000",
  areaMaxM2: "12000",
  municipalities: ["71016"],
  maxDistanceKm: { motorway: "5", rail: "", water: "" },
  neededFrom: "",
  gridCapacityKva: "",
  activity: "25.62",
  budget: { maxPricePerM2Cents: "95.5", maxTotalCents: "" },
  wishes: { heatNetwork: true, sharedSolar: false, waterManagement: false, sharedServices: false, parkManagement: false },
  wishesText: "",
  ...over,
});

describe("the demand form's values become the contract the server checks", () => {
  it("reads numbers, turns euro into cents and leaves blanks as no wish", () => {
    const parsed = DemandInput.parse(toDemandInput(form()));
    expect(parsed).toMatchObject({
      areaMinM2: 8000,
      areaMaxM2: 12000,
      maxDistanceKm: { motorway: 5, rail: null, water: null },
      neededFrom: null,
      gridCapacityKva: null,
      budget: { maxPricePerM2Cents: 9550, maxTotalCents: null },
    });
  });

  it("an empty area is required, and a maximum below the minimum is reported on the maximum", () => {
    const missing = DemandInput.safeParse(toDemandInput(form({ areaMinM2: "" })));
    expect(missing.success).toBe(false);
    expect(missing.error!.issues[0].path).toEqual(["areaMinM2"]);
    const reversed = DemandInput.safeParse(toDemandInput(form({ areaMinM2: "20000" })));
    expect(reversed.error!.issues.map((i) => i.path.join("."))).toEqual(["areaMaxM2"]);
  });
});
