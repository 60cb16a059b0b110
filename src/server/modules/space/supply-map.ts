import { and, inArray } from "drizzle-orm";
import { spaceParcels, spacePremises } from "../../db/schema/space.js";
import type { Ctx } from "../../platform/context.js";
import { parcelFilter, parkFilter, parseListQuery, premisesFilter } from "./list-supply.js";
import { readScope, requireReader } from "./policies.js";
import { OFFERED } from "./public-catalogue.js";
import { parcelRecords, parkRecords, premisesRecords } from "./repo.js";

/*
 * The map's data: one GeoJSON FeatureCollection with parks (contours), parcels (contours) and premises (points),
 * each feature carrying only what the map colours, filters, labels and links by: layer, id, code, name,
 * availability, kind, municipality, area, demo. No confidential field, in either audience.
 * - staff: what the actor reads in the back office (a municipality user: its municipality), every availability;
 * - public: every park, and the parcels and premises on offer.
 * Filters (municipality, availability, kind, area, text) apply as in the lists.
 */

export interface MapFeature {
  type: "Feature";
  id: string;
  geometry: unknown;
  properties: {
    layer: "park" | "parcel" | "premises"; id: string; code: string; name: string; availability: string | null; kind: string;
    municipalityNis: string; municipalityName: string; areaM2: number; parkId: string | null; demo: boolean;
  };
}
export interface MapCollection { type: "FeatureCollection"; features: MapFeature[] }

const MAX = 20_000;

export async function supplyMap({ ctx, input, audience }: { ctx: Ctx; input?: unknown; audience: "staff" | "public" }): Promise<MapCollection> {
  if (audience === "staff") requireReader(ctx.actor);
  const q = { ...parseListQuery(input), limit: MAX, offset: 0 };
  const scope = audience === "staff" ? readScope(ctx.actor) : null;
  const parks = await parkRecords(ctx, parkFilter({ ...q, availability: undefined }, scope), undefined, MAX);
  const parcels = await parcelRecords(ctx, parcelFilter(q, scope, audience === "public" ? inArray(spaceParcels.availability, OFFERED) : undefined), undefined, MAX);
  const premises = await premisesRecords(ctx, and(premisesFilter({ ...q, kind: undefined }, scope, audience === "public" ? inArray(spacePremises.availability, OFFERED) : undefined)), undefined, MAX);
  const features: MapFeature[] = [];
  for (const r of parks) {
    const p = r.park;
    features.push({ type: "Feature", id: p.id, geometry: p.geometry, properties: { layer: "park", id: p.id, code: p.code, name: p.name, availability: null, kind: p.kind, municipalityNis: p.municipalityNis, municipalityName: r.municipalityName, areaM2: p.areaM2, parkId: null, demo: p.demo } });
  }
  for (const r of parcels) {
    const c = r.parcel;
    features.push({ type: "Feature", id: c.id, geometry: c.geometry, properties: { layer: "parcel", id: c.id, code: c.code, name: r.park?.name ? `${r.park.name} · ${c.code}` : c.code, availability: c.availability, kind: r.park?.kind ?? "", municipalityNis: c.municipalityNis, municipalityName: r.municipalityName, areaM2: c.areaM2, parkId: c.parkId, demo: c.demo } });
  }
  for (const r of premises) {
    const p = r.premises;
    if (p.lon === null || p.lat === null) continue;
    features.push({ type: "Feature", id: p.id, geometry: { type: "Point", coordinates: [p.lon, p.lat] }, properties: { layer: "premises", id: p.id, code: p.code, name: p.name, availability: p.availability, kind: p.kind, municipalityNis: p.municipalityNis, municipalityName: r.municipalityName, areaM2: p.floorAreaM2, parkId: p.parkId, demo: p.demo } });
  }
  return { type: "FeatureCollection", features };
}
