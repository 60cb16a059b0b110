import type { Availability, SpaceDemand, SpaceFeatures, SupplyItem, SupplyTransaction } from "../../../../contracts/space.js";
import { MUNICIPALITIES } from "../../../../../seed/geography/index.js";

/*
 * Deterministic synthetic supply and demand for tests and benchmarks (and for demo data later).
 *
 * "parks": items belong to business parks that share municipality, zoning, access distances, grid capacity and
 * most features, as parcels do; each parcel varies in area, price, transaction, availability and date.
 * "scattered": every attribute is drawn independently, groups are few and mixed; with `coarse`, values come
 * from short lists so that many pairs tie on points and the order by id decides.
 */

/** mulberry32: a small, fast, seeded generator of floats in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rand = () => number;

export interface SyntheticOptions {
  style: "parks" | "scattered";
  /** Draw values from short lists, for many ties. */
  coarse?: boolean;
  /** Share of premises (kind "building") among items and demands; 0 for parcels only. */
  buildingShare?: number;
  /** Items per park in the "parks" style (about). */
  parkSize?: number;
}

const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const chance = (r: Rand, p: number) => r() < p;
const between = (r: Rand, lo: number, hi: number) => lo + r() * (hi - lo);
const logBetween = (r: Rand, lo: number, hi: number) => Math.exp(between(r, Math.log(lo), Math.log(hi)));
const round = (x: number, step: number) => Math.max(step, Math.round(x / step) * step);

const DAY0 = Date.UTC(2026, 0, 1) / 86_400_000;
const isoDay = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
const dateIn = (r: Rand, coarse: boolean) => isoDay(DAY0 + (coarse ? pick(r, [0, 180, 365, 540, 730]) : Math.floor(r() * 1095)));

export const ZONINGS: (string[] | null)[] = [
  ["C", "F", "E", "H"], // industry
  ["H", "46", "52"], // logistics
  ["M", "J", "21", "26", "72"], // science
  ["10", "11", "H", "46"], // food
  ["C", "F", "45", "95", "33"], // local crafts and small industry
  ["20", "22", "24", "38", "E"], // chemistry and recycling
  null, // mixed, no restriction
];

export const ACTIVITIES = [
  "10.11", "10.71", "11.05", "20.16", "21.20", "22.29", "24.10", "25.62", "26.51", "28.99", "29.32", "33.12",
  "38.32", "41.20", "43.22", "45.20", "46.90", "49.41", "52.10", "52.29", "62.01", "72.19", "95.11", "47.11",
];

const NIS = MUNICIPALITIES.map((m) => m.nis);

const GRID = [250, 630, 1000, 1600, 2500, 5000, 10000];
const STATUSES: [Availability, number][] = [
  ["available", 0.5],
  ["under_option", 0.1],
  ["sold", 0.2],
  ["in_use", 0.15],
  ["not_available", 0.05],
];
function status(r: Rand): Availability {
  let x = r();
  for (const [s, p] of STATUSES) if ((x -= p) < 0) return s;
  return "available";
}
function transaction(r: Rand): SupplyTransaction {
  const x = r();
  return x < 0.55 ? "sale" : x < 0.8 ? "lease" : "sale_or_lease";
}
function features(r: Rand): SpaceFeatures {
  return { heatNetwork: chance(r, 0.25), sharedSolar: chance(r, 0.4), waterManagement: chance(r, 0.35), sharedServices: chance(r, 0.3), parkManagement: chance(r, 0.45) };
}
const FEATURE_KEYS: (keyof SpaceFeatures)[] = ["heatNetwork", "sharedSolar", "waterManagement", "sharedServices", "parkManagement"];

interface Park {
  id: string;
  nis: string;
  zoning: string[] | null;
  features: SpaceFeatures;
  motorway: number;
  rail: number;
  water: number;
  grid: number;
}

function park(r: Rand, i: number): Park {
  return {
    id: `park-${String(i).padStart(5, "0")}`,
    nis: pick(r, NIS),
    zoning: pick(r, ZONINGS),
    features: features(r),
    motorway: Math.round(logBetween(r, 0.3, 15) * 10) / 10,
    rail: Math.round(logBetween(r, 0.5, 25) * 10) / 10,
    water: Math.round((chance(r, 0.5) ? between(r, 0.2, 5) : between(r, 5, 40)) * 10) / 10,
    grid: pick(r, GRID),
  };
}

function price(r: Rand, coarse: boolean, lo: number, hi: number, step: number): number | null {
  if (chance(r, 0.1)) return null;
  return coarse ? pick(r, [lo, (lo + hi) / 2, hi].map((x) => round(x, step))) : round(between(r, lo, hi), step);
}

function area(r: Rand, coarse: boolean): number {
  return coarse ? pick(r, [1000, 2000, 3000, 5000, 10000, 20000]) : Math.round(logBetween(r, 500, 100_000));
}

/** One synthetic supply item with the given id (in a park when one is given). */
export function syntheticItem(r: Rand, id: string, o: SyntheticOptions, p?: Park): SupplyItem {
  const coarse = o.coarse ?? false;
  const scattered = !p;
  const f = scattered ? features(r) : { ...p.features };
  if (!scattered && chance(r, 0.1)) {
    const k = pick(r, FEATURE_KEYS);
    f[k] = !f[k];
  }
  const gridBase = scattered ? pick(r, GRID) : p.grid;
  const nullish = (x: number) => (chance(r, 0.05) ? null : x);
  const jitter = (x: number) => (coarse ? x : Math.round((x + r() * 0.5) * 10) / 10);
  return {
    id,
    kind: chance(r, o.buildingShare ?? 0) ? "building" : "land",
    transaction: transaction(r),
    areaM2: area(r, coarse),
    municipalityNis: scattered ? pick(r, NIS) : p.nis,
    groupId: scattered ? (chance(r, 0.5) ? null : `g${Math.floor(r() * 20)}`) : p.id,
    access: scattered
      ? { motorwayKm: nullish(coarse ? pick(r, [1, 5, 10]) : jitter(logBetween(r, 0.3, 15))), railKm: nullish(coarse ? pick(r, [2, 8, 20]) : jitter(logBetween(r, 0.5, 25))), waterKm: nullish(coarse ? pick(r, [1, 6, 30]) : jitter(between(r, 0.2, 40))) }
      : { motorwayKm: jitter(p.motorway), railKm: nullish(jitter(p.rail)), waterKm: nullish(jitter(p.water)) },
    availability: status(r),
    availableFrom: chance(r, 0.5) ? null : dateIn(r, coarse),
    gridCapacityKva: chance(r, 0.08) ? null : Math.round(gridBase * pick(r, [0.5, 0.75, 1, 1])),
    allowedNace: scattered ? pick(r, ZONINGS) : chance(r, 0.95) ? p.zoning : pick(r, ZONINGS),
    salePricePerM2Cents: price(r, coarse, 3500, 15000, 50),
    leasePricePerM2YearCents: price(r, coarse, 300, 1200, 10),
    features: f,
  };
}

/** n synthetic supply items, ids "item-000000" upward. */
export function syntheticSupply(r: Rand, n: number, o: SyntheticOptions): SupplyItem[] {
  const parks = o.style === "parks" ? Array.from({ length: Math.max(1, Math.ceil(n / (o.parkSize ?? 80))) }, (_, i) => park(r, i)) : [];
  return Array.from({ length: n }, (_, i) => syntheticItem(r, `item-${String(i).padStart(6, "0")}`, o, parks.length > 0 ? pick(r, parks) : undefined));
}

/** One synthetic demand. */
export function syntheticDemand(r: Rand, id: string, o: SyntheticOptions): SpaceDemand {
  const coarse = o.coarse ?? false;
  const buy = chance(r, 0.65);
  const min = coarse ? pick(r, [1000, 2000, 5000, 10000]) : round(logBetween(r, 800, 60_000), 100);
  const max = coarse ? min * pick(r, [1, 2, 3]) : round(min * between(r, 1, 3), 100);
  const munis = chance(r, 0.55) ? Array.from({ length: 1 + Math.floor(r() * 3) }, () => pick(r, NIS)) : [];
  const km = (lo: number, hi: number) => (coarse ? pick(r, [lo, hi]) : Math.round(between(r, lo, hi)));
  return {
    id,
    kind: chance(r, o.buildingShare ?? 0) ? "building" : "land",
    transaction: buy ? "buy" : "lease",
    areaMinM2: min,
    areaMaxM2: max,
    municipalities: [...new Set(munis)],
    maxDistanceKm: {
      ...(chance(r, 0.35) ? { motorway: km(2, 15) } : {}),
      ...(chance(r, 0.15) ? { rail: km(2, 20) } : {}),
      ...(chance(r, 0.15) ? { water: km(1, 15) } : {}),
    },
    neededFrom: chance(r, 0.7) ? dateIn(r, coarse) : null,
    gridCapacityKva: chance(r, 0.5) ? pick(r, [100, 250, 630, 1000, 1600, 2500, 5000]) : null,
    activity: pick(r, ACTIVITIES),
    budget: {
      maxPricePerM2Cents: chance(r, 0.55) ? (buy ? round(between(r, 4000, 12000), 100) : round(between(r, 400, 1000), 10)) : null,
      maxTotalCents: chance(r, 0.2) ? Math.round(((min + max) / 2) * (buy ? 8000 : 700) * between(r, 0.6, 1.4)) : null,
    },
    wishes: { heatNetwork: chance(r, 0.2), sharedSolar: chance(r, 0.25), waterManagement: chance(r, 0.2), sharedServices: chance(r, 0.2), parkManagement: chance(r, 0.2) },
  };
}

/** n synthetic demands, ids "demand-00000" upward. */
export function syntheticDemands(r: Rand, n: number, o: SyntheticOptions): SpaceDemand[] {
  return Array.from({ length: n }, (_, i) => syntheticDemand(r, `demand-${String(i).padStart(5, "0")}`, o));
}

/** A changed copy of an item: a new availability, price, area, date or features, as happens in practice. */
export function mutateItem(r: Rand, item: SupplyItem, o: SyntheticOptions): SupplyItem {
  const next = structuredClone(item);
  const x = r();
  if (x < 0.4) next.availability = status(r);
  else if (x < 0.55) next.salePricePerM2Cents = price(r, o.coarse ?? false, 3500, 15000, 50);
  else if (x < 0.65) next.areaM2 = area(r, o.coarse ?? false);
  else if (x < 0.8) next.availableFrom = chance(r, 0.5) ? null : dateIn(r, o.coarse ?? false);
  else if (x < 0.9) next.features = features(r);
  else next.transaction = transaction(r);
  return next;
}
