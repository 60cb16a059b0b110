import { and, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import { PremisesInput, PremisesUpdate, type PremisesView } from "../../../contracts/space-supply.js";
import { spacePremises } from "../../db/schema/space.js";
import { writeAudit } from "../../platform/audit.js";
import { withTransaction, type Ctx } from "../../platform/context.js";
import { conflict, validation, zodDetails } from "../../platform/errors.js";
import { todayIso, type SpaceDeps } from "./deps.js";
import { requireLocation } from "./geometry-input.js";
import { getPremises } from "./get-supply.js";
import { auditable } from "./parcel-values.js";
import { requireKeeper, requireKeeps } from "./policies.js";
import { codeTaken, findPremises, isUniqueViolation, parcelRef, parkRef, requireMunicipality, requireOrganisation, type PremisesRow } from "./repo.js";
import { stale } from "./save-park.js";
import { emitSupplyChange } from "./supply-events.js";

type Parsed = z.output<typeof PremisesInput>;

async function premisesValues(ctx: Ctx, v: Parsed, previous: PremisesRow | null, deps?: Partial<SpaceDeps>) {
  const today = todayIso(deps);
  let nis = v.municipalityNis;
  let parkId = v.parkId;
  if (v.parcelId) {
    const parcel = await parcelRef(ctx, v.parcelId);
    if (parkId && parcel.parkId && parcel.parkId !== parkId) throw validation([{ path: "parcelId", code: "parcel_in_other_park", message: "The parcel lies in another park." }]);
    parkId = parkId ?? parcel.parkId;
    nis = nis ?? parcel.municipalityNis;
  }
  if (parkId) nis = nis ?? (await parkRef(ctx, parkId)).municipalityNis;
  if (!nis) throw validation([{ path: "municipalityNis", code: "required", message: "Premises outside a park need their municipality." }]);
  await requireMunicipality(ctx, nis);
  requireKeeps(ctx.actor, nis);
  if (v.ownerOrganisationId) await requireOrganisation(ctx, v.ownerOrganisationId);
  const location = v.geometry ? requireLocation(v.geometry) : null;
  const changed = !previous || previous.availability !== v.availability;
  const availabilitySince = changed ? (v.availabilitySince && v.availabilitySince !== previous?.availabilitySince ? v.availabilitySince : today) : v.availabilitySince;
  for (const [path, d] of [["availabilitySince", availabilitySince], ["vacantSince", v.vacantSince]] as const) {
    if (d && d > today) throw validation([{ path, code: "future_date", message: "This date lies in the future." }]);
  }
  const f = v.features;
  const a = v.access;
  return {
    parkId, parcelId: v.parcelId, code: v.code, name: v.name, street: v.street, houseNumber: v.houseNumber, postcode: v.postcode, place: v.place,
    municipalityNis: nis, kind: v.kind, floorAreaM2: v.floorAreaM2, geometry: location?.geometry ?? null, lon: location?.lon ?? null, lat: location?.lat ?? null,
    allowedNace: v.allowedNace, availability: v.availability, availabilitySince, availableFrom: v.availableFrom, vacantSince: v.vacantSince,
    transaction: v.transaction, salePricePerM2Cents: v.salePricePerM2Cents, leasePricePerM2YearCents: v.leasePricePerM2YearCents, reuse: v.reuse,
    heatNetwork: f.heatNetwork ?? null, sharedSolar: f.sharedSolar ?? null, greenRoofs: f.greenRoofs ?? null, collectiveRainwater: f.collectiveRainwater ?? null,
    sharedServices: f.sharedServices ?? null, parkManagement: f.parkManagement ?? null, sharedTransport: f.sharedTransport ?? null,
    motorwayKm: a.motorwayKm ?? null, railKm: a.railKm ?? null, waterKm: a.waterKm ?? null, publicTransportKm: a.publicTransportKm ?? null,
    bikeRoute: a.bikeRoute ?? null, gridCapacityKva: a.gridCapacityKva ?? null,
    ownerOrganisationId: v.ownerOrganisationId, confOwnerName: v.confOwnerName, confNotes: v.confNotes,
  };
}

function premisesAsInput(row: PremisesRow): PremisesInput {
  return {
    parkId: row.parkId, parcelId: row.parcelId, code: row.code, name: row.name, street: row.street, houseNumber: row.houseNumber, postcode: row.postcode, place: row.place,
    municipalityNis: row.municipalityNis, kind: row.kind as never, floorAreaM2: row.floorAreaM2, geometry: row.geometry as never, allowedNace: row.allowedNace,
    availability: row.availability as never, availabilitySince: row.availabilitySince, availableFrom: row.availableFrom, vacantSince: row.vacantSince,
    transaction: row.transaction as never, salePricePerM2Cents: row.salePricePerM2Cents, leasePricePerM2YearCents: row.leasePricePerM2YearCents, reuse: row.reuse,
    features: { heatNetwork: row.heatNetwork, sharedSolar: row.sharedSolar, greenRoofs: row.greenRoofs, collectiveRainwater: row.collectiveRainwater, sharedServices: row.sharedServices, parkManagement: row.parkManagement, sharedTransport: row.sharedTransport },
    access: { motorwayKm: row.motorwayKm, railKm: row.railKm, waterKm: row.waterKm, publicTransportKm: row.publicTransportKm, bikeRoute: row.bikeRoute, gridCapacityKva: row.gridCapacityKva },
    ownerOrganisationId: row.ownerOrganisationId, confOwnerName: row.confOwnerName, confNotes: row.confNotes,
  };
}

/** Records a building or premises for sale or lease. */
export async function createPremises({ ctx, input, deps, demo = false }: { ctx: Ctx; input: PremisesInput; deps?: Partial<SpaceDeps>; demo?: boolean }): Promise<PremisesView> {
  requireKeeper(ctx.actor);
  const parsed = PremisesInput.safeParse(input);
  if (!parsed.success) throw validation(zodDetails(parsed.error));
  return withTransaction(ctx, async (tx) => {
    const values = await premisesValues(tx, parsed.data, null, deps);
    let id: string;
    try {
      [{ id }] = await tx.db.insert(spacePremises).values({ ...values, demo, createdBy: tx.actor.kind === "user" ? tx.actor.userId : null }).returning({ id: spacePremises.id });
    } catch (err) {
      if (isUniqueViolation(err)) throw codeTaken("premises");
      throw err;
    }
    await writeAudit(tx, { action: "premises.create", entity: "space_premises", entityId: id, after: { ...auditable(values), demo } });
    await emitSupplyChange(tx, { parcelIds: [], premisesIds: [id], reason: "premises.create" });
    return getPremises({ ctx: tx, input: { id } });
  });
}

/** Changes premises (optimistic on the version); only the fields given change. */
export async function updatePremises({ ctx, input, deps }: { ctx: Ctx; input: PremisesUpdate & { id: string }; deps?: Partial<SpaceDeps> }): Promise<PremisesView> {
  requireKeeper(ctx.actor);
  const { id, ...rest } = input;
  const parsedUpdate = PremisesUpdate.safeParse(rest);
  if (!parsedUpdate.success) throw validation(zodDetails(parsedUpdate.error));
  const version = parsedUpdate.data.version;
  return withTransaction(ctx, async (tx) => {
    const before = await findPremises(tx, id, true);
    requireKeeps(tx.actor, before.municipalityNis);
    if (before.version !== version) throw stale("premises");
    const stored = premisesAsInput(before);
    const given = Object.fromEntries(Object.entries(rest).filter(([k, v]) => k !== "version" && v !== undefined)) as Partial<PremisesInput>;
    const merged = PremisesInput.safeParse({ ...stored, ...given, features: { ...stored.features, ...(given.features ?? {}) }, access: { ...stored.access, ...(given.access ?? {}) } });
    if (!merged.success) throw validation(zodDetails(merged.error));
    const values = await premisesValues(tx, merged.data, before, deps);
    try {
      const done = await tx.db.update(spacePremises).set({ ...values, version: sql`${spacePremises.version} + 1`, updatedAt: new Date() })
        .where(and(eq(spacePremises.id, id), eq(spacePremises.version, version))).returning({ id: spacePremises.id });
      if (done.length === 0) throw stale("premises");
    } catch (err) {
      if (isUniqueViolation(err)) throw codeTaken("premises");
      throw err;
    }
    await writeAudit(tx, { action: "premises.update", entity: "space_premises", entityId: id, before: auditable(before), after: auditable(values) });
    await emitSupplyChange(tx, { parcelIds: [], premisesIds: [id], reason: "premises.update" });
    return getPremises({ ctx: tx, input: { id } });
  });
}

/** Deletes premises recorded by mistake; sold or occupied premises are history and refused. */
export async function deletePremises({ ctx, input }: { ctx: Ctx; input: { id: string; version: number } }): Promise<{ id: string }> {
  requireKeeper(ctx.actor);
  return withTransaction(ctx, async (tx) => {
    const before = await findPremises(tx, input.id, true);
    requireKeeps(tx.actor, before.municipalityNis);
    if (before.version !== input.version) throw stale("premises");
    if (before.availability === "sold" || before.availability === "in_use") {
      throw conflict("Premises that were sold or are in use cannot be deleted.", [{ path: "id", code: "premises_has_history", message: "Sold or in use." }]);
    }
    await emitSupplyChange(tx, { parcelIds: [], premisesIds: [], removedPremisesIds: [input.id], reason: "premises.delete" });
    await tx.db.delete(spacePremises).where(eq(spacePremises.id, input.id));
    await writeAudit(tx, { action: "premises.delete", entity: "space_premises", entityId: input.id, before: auditable(before) });
    return { id: input.id };
  });
}
