import { and, eq, sql } from "drizzle-orm";
import { AvailabilityChange, ParcelInput, ParcelUpdate, type ParcelView } from "../../../contracts/space-supply.js";
import { spaceParcels } from "../../db/schema/space.js";
import { writeAudit } from "../../platform/audit.js";
import { withTransaction, type Ctx } from "../../platform/context.js";
import { validation, zodDetails } from "../../platform/errors.js";
import type { SpaceDeps } from "./deps.js";
import { getParcel } from "./get-supply.js";
import { auditable, parcelAsInput, parcelValues } from "./parcel-values.js";
import { requireKeeper, requireKeeps } from "./policies.js";
import { codeTaken, findParcel, isUniqueViolation } from "./repo.js";
import { stale } from "./save-park.js";
import { emitSupplyChange } from "./supply-events.js";

/** Records a parcel (in a park or on its own): geometry checked, area computed, availability dated. */
export async function createParcel({ ctx, input, deps, demo = false }: { ctx: Ctx; input: ParcelInput; deps?: Partial<SpaceDeps>; demo?: boolean }): Promise<ParcelView> {
  requireKeeper(ctx.actor);
  const parsed = ParcelInput.safeParse(input);
  if (!parsed.success) throw validation(zodDetails(parsed.error));
  return withTransaction(ctx, async (tx) => {
    const values = await parcelValues(tx, parsed.data, null, deps);
    let id: string;
    try {
      [{ id }] = await tx.db.insert(spaceParcels).values({ ...values, demo, createdBy: tx.actor.kind === "user" ? tx.actor.userId : null }).returning({ id: spaceParcels.id });
    } catch (err) {
      if (isUniqueViolation(err)) throw codeTaken("parcel");
      throw err;
    }
    await writeAudit(tx, { action: "parcel.create", entity: "space_parcel", entityId: id, after: { ...auditable(values), demo } });
    await emitSupplyChange(tx, { parcelIds: [id], premisesIds: [], reason: "parcel.create" });
    return getParcel({ ctx: tx, input: { id } });
  });
}

/** Changes a parcel (optimistic on its version); only the fields given change. */
export async function updateParcel({ ctx, input, deps }: { ctx: Ctx; input: ParcelUpdate & { id: string }; deps?: Partial<SpaceDeps> }): Promise<ParcelView> {
  requireKeeper(ctx.actor);
  const { id, ...rest } = input;
  const parsedUpdate = ParcelUpdate.safeParse(rest);
  if (!parsedUpdate.success) throw validation(zodDetails(parsedUpdate.error));
  const version = parsedUpdate.data.version;
  return withTransaction(ctx, async (tx) => {
    const before = await findParcel(tx, id, true);
    requireKeeps(tx.actor, before.municipalityNis);
    if (before.version !== version) throw stale("parcel");
    const stored = parcelAsInput(before);
    const given = Object.fromEntries(Object.entries(rest).filter(([k, v]) => k !== "version" && v !== undefined)) as Partial<ParcelInput>;
    // Moving to another park: the municipality follows the park unless given.
    if (given.parkId && given.parkId !== before.parkId && given.municipalityNis === undefined) stored.municipalityNis = null;
    const merged = ParcelInput.safeParse({ ...stored, ...given, features: { ...stored.features, ...(given.features ?? {}) }, access: { ...stored.access, ...(given.access ?? {}) } });
    if (!merged.success) throw validation(zodDetails(merged.error));
    const values = await parcelValues(tx, merged.data, before, deps);
    try {
      const done = await tx.db.update(spaceParcels).set({ ...values, version: sql`${spaceParcels.version} + 1`, updatedAt: new Date() })
        .where(and(eq(spaceParcels.id, id), eq(spaceParcels.version, version))).returning({ id: spaceParcels.id });
      if (done.length === 0) throw stale("parcel");
    } catch (err) {
      if (isUniqueViolation(err)) throw codeTaken("parcel");
      throw err;
    }
    await writeAudit(tx, { action: "parcel.update", entity: "space_parcel", entityId: id, before: auditable(before), after: auditable(values) });
    await emitSupplyChange(tx, { parcelIds: [id], premisesIds: [], reason: "parcel.update" });
    return getParcel({ ctx: tx, input: { id } });
  });
}

/** Marks a parcel available, under option, sold, in use or not available, from a date (today by default). */
export async function setParcelAvailability({ ctx, input, deps }: { ctx: Ctx; input: AvailabilityChange & { id: string }; deps?: Partial<SpaceDeps> }): Promise<ParcelView> {
  const { id, ...rest } = input;
  const parsed = AvailabilityChange.safeParse(rest);
  if (!parsed.success) throw validation(zodDetails(parsed.error));
  return updateParcel({ ctx, input: { id, version: parsed.data.version, availability: parsed.data.availability, availabilitySince: parsed.data.since ?? null }, deps });
}
