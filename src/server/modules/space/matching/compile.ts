import type { SpaceDemand, SupplyItem } from "../../../../contracts/space.js";
import { areNearby, municipalityCount, municipalityNumber } from "./municipalities.js";
import { naceKeys, normaliseNace } from "./nace.js";
import { AREA_HARD_ABOVE, AREA_HARD_BELOW, WEIGHTS, dayNumber } from "./rules.js";

/*
 * Demands and supply items turned into flat numbers once, so that scoring a pair is a few comparisons.
 * Unknown values become what scores worst: an unknown distance is +Infinity, an unknown grid capacity -1, an
 * unknown price NaN (the budget rule reads it as "on request"). A limit the demand does not set is NaN.
 */

export const HEAT = 1;
export const SOLAR = 2;
export const WATER = 4;
export const SERVICES = 8;
export const PARK = 16;

/** Availability as a number: 0 available, 1 under option, 2 cannot be matched. */
export const AVAILABLE = 0;
export const UNDER_OPTION = 1;
export const UNMATCHABLE = 2;

export interface CompiledItem {
  id: string;
  /** Slot of the item in an index; -1 outside one. */
  idx: number;
  land: boolean;
  sale: boolean;
  lease: boolean;
  area: number;
  muni: number;
  group: string;
  motorway: number;
  rail: number;
  water: number;
  status: number;
  fromDay: number;
  grid: number;
  feat: number;
  /** Normalised zoning rules; null: any activity. */
  nace: string[] | null;
  salePrice: number;
  leasePrice: number;
  source: SupplyItem;
}

export interface CompiledDemand {
  id: string;
  land: boolean;
  buy: boolean;
  min: number;
  max: number;
  /** The hard area window: below lo or above hi excludes. */
  lo: number;
  hi: number;
  /** Per municipality number: 2 wanted, 1 nearby, 0 elsewhere; null when the demand names none. */
  loc: Uint8Array | null;
  maxMotorway: number;
  maxRail: number;
  maxWater: number;
  neededDay: number;
  grid: number;
  maxPerM2: number;
  maxTotal: number;
  heat: number;
  sust: number;
  collab: number;
  keys: string[];
  /** Counted weights (0 when the demand does not express the criterion). */
  wLocation: number;
  wAccess: number;
  wBudget: number;
  wTiming: number;
  wGrid: number;
  wHeat: number;
  wSust: number;
  wCollab: number;
  /** Highest possible points, in halves: 2 × the sum of the counted weights. */
  max2: number;
  source: SpaceDemand;
}

const orInf = (x: number | null) => (x === null ? Number.POSITIVE_INFINITY : x);
const orNaN = (x: number | null | undefined) => (x === null || x === undefined ? Number.NaN : x);

export function featureBits(f: SupplyItem["features"]): number {
  return (f.heatNetwork ? HEAT : 0) | (f.sharedSolar ? SOLAR : 0) | (f.waterManagement ? WATER : 0) | (f.sharedServices ? SERVICES : 0) | (f.parkManagement ? PARK : 0);
}

export function statusNumber(availability: SupplyItem["availability"]): number {
  return availability === "available" ? AVAILABLE : availability === "under_option" ? UNDER_OPTION : UNMATCHABLE;
}

export function compileItem(item: SupplyItem, idx = -1): CompiledItem {
  return {
    id: item.id,
    idx,
    land: item.kind === "land",
    sale: item.transaction !== "lease",
    lease: item.transaction !== "sale",
    area: item.areaM2,
    muni: municipalityNumber(item.municipalityNis),
    group: item.groupId ?? "",
    motorway: orInf(item.access.motorwayKm),
    rail: orInf(item.access.railKm),
    water: orInf(item.access.waterKm),
    status: statusNumber(item.availability),
    fromDay: item.availableFrom === null ? Number.NEGATIVE_INFINITY : dayNumber(item.availableFrom),
    grid: item.gridCapacityKva ?? -1,
    feat: featureBits(item.features),
    nace: item.allowedNace === null ? null : [...new Set(item.allowedNace.map(normaliseNace))],
    salePrice: orNaN(item.salePricePerM2Cents),
    leasePrice: orNaN(item.leasePricePerM2YearCents),
    source: item,
  };
}

export function compileDemand(d: SpaceDemand): CompiledDemand {
  let loc: Uint8Array | null = null;
  if (d.municipalities.length > 0) {
    const wanted = d.municipalities.map(municipalityNumber);
    loc = new Uint8Array(municipalityCount());
    for (let m = 0; m < loc.length; m++) {
      if (wanted.includes(m)) loc[m] = 2;
      else if (wanted.some((w) => areNearby(w, m))) loc[m] = 1;
    }
  }
  const w = d.wishes;
  const sust = (w.sharedSolar ? SOLAR : 0) | (w.waterManagement ? WATER : 0);
  const collab = (w.sharedServices ? SERVICES : 0) | (w.parkManagement ? PARK : 0);
  const maxMotorway = orNaN(d.maxDistanceKm.motorway);
  const maxRail = orNaN(d.maxDistanceKm.rail);
  const maxWater = orNaN(d.maxDistanceKm.water);
  const hasAccess = maxMotorway === maxMotorway || maxRail === maxRail || maxWater === maxWater;
  const c: CompiledDemand = {
    id: d.id,
    land: d.kind === "land",
    buy: d.transaction === "buy",
    min: d.areaMinM2,
    max: d.areaMaxM2,
    lo: d.areaMinM2 * AREA_HARD_BELOW,
    hi: d.areaMaxM2 * AREA_HARD_ABOVE,
    loc,
    maxMotorway,
    maxRail,
    maxWater,
    neededDay: d.neededFrom === null ? Number.NaN : dayNumber(d.neededFrom),
    grid: orNaN(d.gridCapacityKva),
    maxPerM2: orNaN(d.budget.maxPricePerM2Cents),
    maxTotal: orNaN(d.budget.maxTotalCents),
    heat: w.heatNetwork ? HEAT : 0,
    sust,
    collab,
    keys: naceKeys(d.activity),
    wLocation: loc ? WEIGHTS.location : 0,
    wAccess: hasAccess ? WEIGHTS.access : 0,
    wBudget: d.budget.maxPricePerM2Cents !== null || d.budget.maxTotalCents !== null ? WEIGHTS.budget : 0,
    wTiming: d.neededFrom !== null ? WEIGHTS.timing : 0,
    wGrid: d.gridCapacityKva !== null ? WEIGHTS.grid_capacity : 0,
    wHeat: w.heatNetwork ? WEIGHTS.heat_network : 0,
    wSust: sust !== 0 ? WEIGHTS.sustainability : 0,
    wCollab: collab !== 0 ? WEIGHTS.collaboration : 0,
    max2: 0,
    source: d,
  };
  c.max2 = 2 * (WEIGHTS.area + WEIGHTS.availability + c.wLocation + c.wAccess + c.wBudget + c.wTiming + c.wGrid + c.wHeat + c.wSust + c.wCollab);
  return c;
}

/** The 0–100 score of a number of half points. */
export function scoreOf(d: CompiledDemand, points2: number): number {
  return Math.round((100 * points2) / d.max2);
}
