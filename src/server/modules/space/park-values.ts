import type { z } from "zod";
import type { ParkInput } from "../../../contracts/space-supply.js";
import type { spaceParks } from "../../db/schema/space.js";
import type { Ctx } from "../../platform/context.js";
import { requireSurface } from "./geometry-input.js";
import { requireKeeps } from "./policies.js";
import { requireMunicipality } from "./repo.js";

type ParsedPark = z.output<typeof ParkInput>;
export type ParkValues = Omit<typeof spaceParks.$inferInsert, "id" | "createdAt" | "updatedAt" | "version" | "demo" | "createdBy">;

/** Checks a whole park (the keeper keeps its municipality; the contour is valid) and returns the row values. */
export async function parkValues(ctx: Ctx, v: ParsedPark): Promise<ParkValues> {
  await requireMunicipality(ctx, v.municipalityNis);
  requireKeeps(ctx.actor, v.municipalityNis);
  const surface = requireSurface(v.geometry, v.statedAreaM2);
  const f = v.features;
  const a = v.access;
  return {
    code: v.code, name: v.name, kind: v.kind, developmentStatus: v.developmentStatus, developer: v.developer, parkManager: v.parkManager,
    municipalityNis: v.municipalityNis, geometry: surface.geometry, ...surface.bbox, areaM2: surface.areaM2, statedAreaM2: v.statedAreaM2,
    description: v.description, collaboration: v.collaboration, regulation: v.regulation, website: v.website,
    heatNetwork: f.heatNetwork ?? false, sharedSolar: f.sharedSolar ?? false, greenRoofs: f.greenRoofs ?? false, collectiveRainwater: f.collectiveRainwater ?? false,
    sharedServices: f.sharedServices ?? false, parkManagement: f.parkManagement ?? false, sharedTransport: f.sharedTransport ?? false,
    motorwayKm: a.motorwayKm ?? null, railKm: a.railKm ?? null, waterKm: a.waterKm ?? null, publicTransportKm: a.publicTransportKm ?? null,
    bikeRoute: a.bikeRoute ?? null, gridCapacityKva: a.gridCapacityKva ?? null, allowedNace: v.allowedNace, confNotes: v.confNotes,
  };
}

export function parkAsInput(row: typeof spaceParks.$inferSelect): z.input<typeof ParkInput> {
  return {
    code: row.code, name: row.name, kind: row.kind as never, developmentStatus: row.developmentStatus as never, developer: row.developer, parkManager: row.parkManager,
    municipalityNis: row.municipalityNis, geometry: row.geometry as { type: string; coordinates: unknown }, statedAreaM2: row.statedAreaM2,
    description: row.description, collaboration: row.collaboration, regulation: row.regulation, website: row.website,
    features: { heatNetwork: row.heatNetwork, sharedSolar: row.sharedSolar, greenRoofs: row.greenRoofs, collectiveRainwater: row.collectiveRainwater, sharedServices: row.sharedServices, parkManagement: row.parkManagement, sharedTransport: row.sharedTransport },
    access: { motorwayKm: row.motorwayKm, railKm: row.railKm, waterKm: row.waterKm, publicTransportKm: row.publicTransportKm, bikeRoute: row.bikeRoute, gridCapacityKva: row.gridCapacityKva },
    allowedNace: row.allowedNace, confNotes: row.confNotes,
  };
}
