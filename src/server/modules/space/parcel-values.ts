import { z } from "zod";
import { ParcelInput } from "../../../contracts/space-supply.js";
import type { spaceParcels } from "../../db/schema/space.js";
import type { Ctx } from "../../platform/context.js";
import { validation } from "../../platform/errors.js";
import { todayIso, type SpaceDeps } from "./deps.js";
import { requireSurface } from "./geometry-input.js";
import { requireKeeps } from "./policies.js";
import { parkRef, requireMunicipality, requireOrganisation } from "./repo.js";

type ParsedParcel = z.output<typeof ParcelInput>;
export type ParcelValues = Omit<typeof spaceParcels.$inferInsert, "id" | "createdAt" | "updatedAt" | "version" | "demo" | "createdBy">;

const MATCHABLE = new Set(["available", "under_option"]);

/** Fields of a row worth an audit line (the geometry is summarised by its area, not copied). */
export function auditable<T extends { geometry?: unknown }>(row: T): Omit<T, "geometry"> {
  const { geometry: _g, ...rest } = row;
  return rest;
}

/**
 * Checks a whole parcel (create, or update merged over the stored one) and returns the row values: the park and
 * municipality (the park's by default; the keeper must keep it), the geometry (valid, inside Limburg, agreeing
 * with the stated area; area and bbox computed), the owner organisation, and the availability dates: a change of
 * availability dates it (today unless given), and the first time a parcel is offered its activation is dated.
 */
export async function parcelValues(
  ctx: Ctx,
  v: ParsedParcel,
  previous: { availability: string; availabilitySince: string | null; activatedOn: string | null } | null,
  deps?: Partial<SpaceDeps>,
): Promise<ParcelValues> {
  const today = todayIso(deps);
  let nis = v.municipalityNis;
  if (v.parkId) {
    const park = await parkRef(ctx, v.parkId);
    nis = nis ?? park.municipalityNis;
  }
  if (!nis) throw validation([{ path: "municipalityNis", code: "required", message: "A parcel without a park needs its municipality." }]);
  await requireMunicipality(ctx, nis);
  requireKeeps(ctx.actor, nis);
  if (v.ownerOrganisationId) await requireOrganisation(ctx, v.ownerOrganisationId);
  const surface = requireSurface(v.geometry, v.statedAreaM2);
  const changed = !previous || previous.availability !== v.availability;
  const availabilitySince = changed ? (v.availabilitySince && v.availabilitySince !== previous?.availabilitySince ? v.availabilitySince : v.availabilitySince ?? today) : v.availabilitySince;
  if (availabilitySince && availabilitySince > today) {
    throw validation([{ path: "availabilitySince", code: "future_date", message: "The availability cannot take effect in the future; use availableFrom." }]);
  }
  let activatedOn = v.activatedOn ?? previous?.activatedOn ?? null;
  if (!activatedOn && MATCHABLE.has(v.availability)) activatedOn = availabilitySince ?? today;
  if (activatedOn && activatedOn > today) throw validation([{ path: "activatedOn", code: "future_date", message: "The activation date lies in the future." }]);
  return {
    parkId: v.parkId, code: v.code, cadastralRef: v.cadastralRef, municipalityNis: nis,
    geometry: surface.geometry, ...surface.bbox, areaM2: surface.areaM2, statedAreaM2: v.statedAreaM2,
    zoning: v.zoning, allowedNace: v.allowedNace, availability: v.availability, availabilitySince, availableFrom: v.availableFrom, activatedOn,
    origin: v.origin, transaction: v.transaction, salePricePerM2Cents: v.salePricePerM2Cents, leasePricePerM2YearCents: v.leasePricePerM2YearCents,
    restrictions: v.restrictions, preemptionRight: v.preemptionRight, buybackRight: v.buybackRight,
    heatNetwork: v.features.heatNetwork ?? null, sharedSolar: v.features.sharedSolar ?? null, greenRoofs: v.features.greenRoofs ?? null,
    collectiveRainwater: v.features.collectiveRainwater ?? null, sharedServices: v.features.sharedServices ?? null,
    parkManagement: v.features.parkManagement ?? null, sharedTransport: v.features.sharedTransport ?? null,
    motorwayKm: v.access.motorwayKm ?? null, railKm: v.access.railKm ?? null, waterKm: v.access.waterKm ?? null,
    publicTransportKm: v.access.publicTransportKm ?? null, bikeRoute: v.access.bikeRoute ?? null, gridCapacityKva: v.access.gridCapacityKva ?? null,
    strategic: v.strategic, ownerOrganisationId: v.ownerOrganisationId, confOwnerName: v.confOwnerName,
    confMinPricePerM2Cents: v.confMinPricePerM2Cents, confNotes: v.confNotes,
  };
}

/** A stored parcel as a full ParcelInput (for merging an update over it). */
export function parcelAsInput(row: typeof spaceParcels.$inferSelect): z.input<typeof ParcelInput> {
  return {
    parkId: row.parkId, code: row.code, cadastralRef: row.cadastralRef, municipalityNis: row.municipalityNis,
    geometry: row.geometry as { type: string; coordinates: unknown }, statedAreaM2: row.statedAreaM2, zoning: row.zoning, allowedNace: row.allowedNace,
    availability: row.availability as never, availabilitySince: row.availabilitySince, availableFrom: row.availableFrom, activatedOn: row.activatedOn,
    origin: row.origin as never, transaction: row.transaction as never, salePricePerM2Cents: row.salePricePerM2Cents, leasePricePerM2YearCents: row.leasePricePerM2YearCents,
    restrictions: row.restrictions, preemptionRight: row.preemptionRight, buybackRight: row.buybackRight,
    features: { heatNetwork: row.heatNetwork, sharedSolar: row.sharedSolar, greenRoofs: row.greenRoofs, collectiveRainwater: row.collectiveRainwater, sharedServices: row.sharedServices, parkManagement: row.parkManagement, sharedTransport: row.sharedTransport },
    access: { motorwayKm: row.motorwayKm, railKm: row.railKm, waterKm: row.waterKm, publicTransportKm: row.publicTransportKm, bikeRoute: row.bikeRoute, gridCapacityKva: row.gridCapacityKva },
    strategic: row.strategic, ownerOrganisationId: row.ownerOrganisationId, confOwnerName: row.confOwnerName, confMinPricePerM2Cents: row.confMinPricePerM2Cents, confNotes: row.confNotes,
  };
}
