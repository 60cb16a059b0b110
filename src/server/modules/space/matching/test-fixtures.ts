import type { SpaceDemand, SupplyItem } from "../../../../contracts/space.js";

/** A parcel in Genk: 10,000 m² of land for sale at EUR 80/m², available now, zoned for industry (C). */
export function item(over: Partial<SupplyItem> = {}): SupplyItem {
  return {
    id: "parcel-1",
    kind: "land",
    transaction: "sale",
    areaM2: 10_000,
    municipalityNis: "71016",
    groupId: "park-genk-zuid",
    access: { motorwayKm: 2, railKm: 5, waterKm: 3 },
    availability: "available",
    availableFrom: null,
    gridCapacityKva: 1000,
    allowedNace: ["C"],
    salePricePerM2Cents: 8000,
    leasePricePerM2YearCents: 600,
    features: { heatNetwork: false, sharedSolar: false, waterManagement: false, sharedServices: false, parkManagement: false },
    ...over,
  };
}

/** A demand to buy 8,000–12,000 m² of land for activity 25.62 (machining), with no further wishes. */
export function demand(over: Partial<SpaceDemand> = {}): SpaceDemand {
  return {
    id: "demand-1",
    kind: "land",
    transaction: "buy",
    areaMinM2: 8_000,
    areaMaxM2: 12_000,
    municipalities: [],
    maxDistanceKm: {},
    neededFrom: null,
    gridCapacityKva: null,
    activity: "25.62",
    budget: { maxPricePerM2Cents: null, maxTotalCents: null },
    wishes: { heatNetwork: false, sharedSolar: false, waterManagement: false, sharedServices: false, parkManagement: false },
    ...over,
  };
}
