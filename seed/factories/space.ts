import { randomBytes } from "node:crypto";
import type { Polygon } from "geojson";
import type {
  BrownfieldInput, BrownfieldView, ParcelInput, ParcelView, ParkInput, ParkView, PremisesInput, PremisesView,
} from "../../src/contracts/space-supply.js";
import type { Database, Db } from "../../src/server/db/client.js";
import type { Actor, Ctx } from "../../src/server/platform/context.js";
import { createBrownfield, createParcel, createPark, createPremises } from "../../src/server/modules/space/index.js";
import { MUNICIPALITIES } from "../geography/index.js";
import { ensureMunicipality } from "./identity.js";
import { ctxOf } from "./support.js";

/**
 * Space supply test data (parks, parcels, premises, brownfields), written through the space module's verbs so
 * that areas, availability dates and audit rows are what the application makes of them. Acts as the system
 * unless an actor is given; makes sure the municipality row exists (test databases hold no reference data).
 * Geometry: small squares around the municipality's reference point, inside Limburg.
 */
type Target = Db | Database | Ctx;

const suffix = () => randomBytes(3).toString("hex");
const M_PER_DEG_LAT = 111_320;

/** A square of `sideM` metres centred on lon/lat (WGS84, counter-clockwise). */
export function squareAt(lon: number, lat: number, sideM: number): Polygon {
  return rectangleAt(lon, lat, sideM, sideM);
}

/** A rectangle of width × height metres centred on lon/lat. */
export function rectangleAt(lon: number, lat: number, widthM: number, heightM: number): Polygon {
  const dLat = heightM / 2 / M_PER_DEG_LAT;
  const dLon = widthM / 2 / (M_PER_DEG_LAT * Math.cos((lat * Math.PI) / 180));
  const r = (x: number) => Math.round(x * 1e7) / 1e7;
  return {
    type: "Polygon",
    coordinates: [[[r(lon - dLon), r(lat - dLat)], [r(lon + dLon), r(lat - dLat)], [r(lon + dLon), r(lat + dLat)], [r(lon - dLon), r(lat + dLat)], [r(lon - dLon), r(lat - dLat)]]],
  };
}

/** The municipality's reference point (its main town), moved east/north by metres. */
export function pointIn(nis: string, eastM = 0, northM = 0): { lon: number; lat: number } {
  const m = MUNICIPALITIES.find((x) => x.nis === nis);
  const lat0 = m?.lat ?? 50.93;
  const lon0 = m?.lon ?? 5.34;
  return { lat: lat0 + northM / M_PER_DEG_LAT, lon: lon0 + eastM / (M_PER_DEG_LAT * Math.cos((lat0 * Math.PI) / 180)) };
}

/** Makes sure the municipality exists, with its real name and coordinates when it is one of Limburg's. */
export async function ensureSpaceMunicipality(target: Target, nis: string): Promise<void> {
  const db = "actor" in target && "requestId" in target ? (target as Ctx).db : "kind" in target && "db" in target ? (target as Database).db : (target as Db);
  const m = MUNICIPALITIES.find((x) => x.nis === nis);
  await ensureMunicipality(db, nis, m?.nameNl);
}

export type ParkSpec = Partial<ParkInput> & { actor?: Actor; demo?: boolean; sideM?: number; eastM?: number; northM?: number };

/** A business park (regional, in management, 500 m × 500 m in Hasselt unless told). */
export async function createTestPark(target: Target, spec: ParkSpec = {}): Promise<ParkView> {
  const { actor, demo, sideM = 500, eastM = 0, northM = 0, ...input } = spec;
  const nis = input.municipalityNis ?? "71072";
  await ensureSpaceMunicipality(target, nis);
  const p = pointIn(nis, eastM, northM);
  const s = suffix();
  return createPark({
    ctx: ctxOf(target, actor),
    input: {
      code: `PARK-${s}`, name: `Testterrein ${s}`, kind: "regional", developmentStatus: "management", municipalityNis: nis,
      geometry: squareAt(p.lon, p.lat, sideM), ...input,
    },
    demo,
  });
}

export type ParcelSpec = Partial<ParcelInput> & { park?: Pick<ParkView, "id" | "bbox" | "municipalityNis">; actor?: Actor; demo?: boolean; sideM?: number; now?: () => Date };

/**
 * A parcel: in the given park (a 100 m × 100 m square at a random spot inside it) or, without one, on its own in
 * the given municipality (Hasselt by default). Not available unless told.
 */
export async function createTestParcel(target: Target, spec: ParcelSpec = {}): Promise<ParcelView> {
  const { park, actor, demo, sideM = 100, now, ...input } = spec;
  const nis = input.municipalityNis ?? park?.municipalityNis ?? "71072";
  await ensureSpaceMunicipality(target, nis);
  let center = pointIn(nis, 1500, 1500);
  if (park?.bbox) {
    const [minLon, minLat, maxLon, maxLat] = park.bbox;
    const t = () => 0.25 + Math.random() * 0.5;
    center = { lon: minLon + (maxLon - minLon) * t(), lat: minLat + (maxLat - minLat) * t() };
  }
  return createParcel({
    ctx: ctxOf(target, actor),
    input: { parkId: park?.id ?? null, code: `PC-${suffix()}`, municipalityNis: park ? null : nis, geometry: squareAt(center.lon, center.lat, sideM), ...input },
    deps: now ? { now } : undefined,
    demo,
  });
}

export type PremisesSpec = Partial<PremisesInput> & { park?: Pick<ParkView, "id" | "municipalityNis">; actor?: Actor; demo?: boolean; now?: () => Date };

/** Premises (a 2,000 m² warehouse for sale or lease, available) in the park or municipality given. */
export async function createTestPremises(target: Target, spec: PremisesSpec = {}): Promise<PremisesView> {
  const { park, actor, demo, now, ...input } = spec;
  const nis = input.municipalityNis ?? park?.municipalityNis ?? "71072";
  await ensureSpaceMunicipality(target, nis);
  const p = pointIn(nis, 800, -600);
  return createPremises({
    ctx: ctxOf(target, actor),
    input: {
      parkId: park?.id ?? null, code: `PR-${suffix()}`, name: `Testpand ${suffix()}`, kind: "warehouse", floorAreaM2: 2000,
      municipalityNis: park ? null : nis, geometry: { type: "Point", coordinates: [p.lon, p.lat] }, ...input,
    },
    deps: now ? { now } : undefined,
    demo,
  });
}

export type BrownfieldSpec = Partial<BrownfieldInput> & { actor?: Actor; demo?: boolean; now?: () => Date };

/** A brownfield (identified, 2 ha) in the municipality given (Genk by default). */
export async function createTestBrownfield(target: Target, spec: BrownfieldSpec = {}): Promise<BrownfieldView> {
  const { actor, demo, now, ...input } = spec;
  const nis = input.municipalityNis ?? "71016";
  await ensureSpaceMunicipality(target, nis);
  return createBrownfield({
    ctx: ctxOf(target, actor),
    input: { code: `BF-${suffix()}`, name: `Testbrownfield ${suffix()}`, kind: "brownfield", municipalityNis: nis, areaM2: 20_000, ...input },
    deps: now ? { now } : undefined,
    demo,
  });
}

/** A GeoJSON FeatureCollection of parcels for import tests: each feature a square with the given properties. */
export function parcelFeatureCollection(features: { lon: number; lat: number; sideM?: number; properties: Record<string, unknown> }[]) {
  return {
    type: "FeatureCollection",
    features: features.map((f) => ({ type: "Feature", properties: f.properties, geometry: squareAt(f.lon, f.lat, f.sideM ?? 100) })),
  };
}
