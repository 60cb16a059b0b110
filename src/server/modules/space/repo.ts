import { and, asc, desc, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import { alias, type AnyPgColumn } from "drizzle-orm/pg-core";
import { municipalities } from "../../db/schema/geography.js";
import { organisations } from "../../db/schema/organisations.js";
import { spaceBrownfields, spaceDocuments, spaceParcels, spaceParks, spacePremises } from "../../db/schema/space.js";
import type { Ctx } from "../../platform/context.js";
import { notFound, validation } from "../../platform/errors.js";
import { canRead } from "./policies.js";

/* Row reads of the supply tables, shared by the verbs, lists, catalogue and exports. */

export type ParkRow = typeof spaceParks.$inferSelect;
export type ParcelRow = typeof spaceParcels.$inferSelect;
export type PremisesRow = typeof spacePremises.$inferSelect;
export type BrownfieldRow = typeof spaceBrownfields.$inferSelect;
export type DocumentRow = typeof spaceDocuments.$inferSelect;

const MATCHABLE = sql`('available', 'under_option')`;

export const parkSelect = {
  park: spaceParks,
  municipalityName: municipalities.nameNl,
  availableAreaM2: sql<number>`coalesce((select sum(pc.area_m2) from space_parcels pc where pc.park_id = ${spaceParks.id} and pc.availability in ${MATCHABLE}), 0)::float8`,
  parcelCount: sql<number>`(select count(*) from space_parcels pc where pc.park_id = ${spaceParks.id})::int`,
  availableParcelCount: sql<number>`(select count(*) from space_parcels pc where pc.park_id = ${spaceParks.id} and pc.availability in ${MATCHABLE})::int`,
};
export type ParkRecord = { park: ParkRow; municipalityName: string; availableAreaM2: number; parcelCount: number; availableParcelCount: number };

export async function parkRecords(ctx: Ctx, where: SQL | undefined, order: SQL[] = [asc(spaceParks.code)], limit = 10_000, offset = 0): Promise<ParkRecord[]> {
  return ctx.db.select(parkSelect).from(spaceParks).innerJoin(municipalities, eq(municipalities.nis, spaceParks.municipalityNis))
    .where(where).orderBy(...order).limit(limit).offset(offset) as Promise<ParkRecord[]>;
}

const parkOfParcel = alias(spaceParks, "pk");
export const parcelSelect = {
  parcel: spaceParcels,
  park: parkOfParcel,
  municipalityName: municipalities.nameNl,
  ownerOrganisationName: organisations.name,
};
export type ParcelRecord = { parcel: ParcelRow; park: ParkRow | null; municipalityName: string; ownerOrganisationName: string | null };

export function parcelQuery(ctx: Ctx) {
  return ctx.db.select(parcelSelect).from(spaceParcels)
    .innerJoin(municipalities, eq(municipalities.nis, spaceParcels.municipalityNis))
    .leftJoin(parkOfParcel, eq(parkOfParcel.id, spaceParcels.parkId))
    .leftJoin(organisations, eq(organisations.id, spaceParcels.ownerOrganisationId));
}

export async function parcelRecords(ctx: Ctx, where: SQL | undefined, order: SQL[] = [asc(spaceParcels.code)], limit = 10_000, offset = 0): Promise<ParcelRecord[]> {
  return parcelQuery(ctx).where(where).orderBy(...order).limit(limit).offset(offset) as Promise<ParcelRecord[]>;
}

const parkOfPremises = alias(spaceParks, "ppk");
export type PremisesRecord = { premises: PremisesRow; park: ParkRow | null; municipalityName: string };
export async function premisesRecords(ctx: Ctx, where: SQL | undefined, order: SQL[] = [asc(spacePremises.code)], limit = 10_000, offset = 0): Promise<PremisesRecord[]> {
  return ctx.db.select({ premises: spacePremises, park: parkOfPremises, municipalityName: municipalities.nameNl }).from(spacePremises)
    .innerJoin(municipalities, eq(municipalities.nis, spacePremises.municipalityNis))
    .leftJoin(parkOfPremises, eq(parkOfPremises.id, spacePremises.parkId))
    .where(where).orderBy(...order).limit(limit).offset(offset) as Promise<PremisesRecord[]>;
}

export type BrownfieldRecord = { brownfield: BrownfieldRow; municipalityName: string };
export async function brownfieldRecords(ctx: Ctx, where: SQL | undefined, order: SQL[] = [asc(spaceBrownfields.code)], limit = 10_000, offset = 0): Promise<BrownfieldRecord[]> {
  return ctx.db.select({ brownfield: spaceBrownfields, municipalityName: municipalities.nameNl }).from(spaceBrownfields)
    .innerJoin(municipalities, eq(municipalities.nis, spaceBrownfields.municipalityNis))
    .where(where).orderBy(...order).limit(limit).offset(offset) as Promise<BrownfieldRecord[]>;
}

/** Documents of these parks and parcels (public ones only when told). */
export async function documentsFor(ctx: Ctx, ids: { parkIds?: string[]; parcelIds?: string[] }, publicOnly = false): Promise<DocumentRow[]> {
  const parts: SQL[] = [];
  if (ids.parkIds?.length) parts.push(inArray(spaceDocuments.parkId, ids.parkIds));
  if (ids.parcelIds?.length) parts.push(inArray(spaceDocuments.parcelId, ids.parcelIds));
  if (parts.length === 0) return [];
  const where = publicOnly ? and(or(...parts), eq(spaceDocuments.public, true)) : or(...parts);
  return ctx.db.select().from(spaceDocuments).where(where).orderBy(asc(spaceDocuments.kind), asc(spaceDocuments.title));
}

/** Scope condition on a municipality column: null scope = everything. */
export function inScope(column: AnyPgColumn, scope: string[] | null): SQL | undefined {
  if (scope === null) return undefined;
  if (scope.length === 0) return sql`false`;
  return inArray(column, scope);
}

/* ---- scoped single reads: not found outside the actor's back-office scope ---- */

export async function findPark(ctx: Ctx, id: string, lock = false): Promise<ParkRow> {
  const q = ctx.db.select().from(spaceParks).where(eq(spaceParks.id, id));
  const [row] = lock ? await q.for("update") : await q;
  if (!row || !canRead(ctx.actor, row.municipalityNis)) throw notFound("business park");
  return row;
}

export async function findParcel(ctx: Ctx, id: string, lock = false): Promise<ParcelRow> {
  const q = ctx.db.select().from(spaceParcels).where(eq(spaceParcels.id, id));
  const [row] = lock ? await q.for("update") : await q;
  if (!row || !canRead(ctx.actor, row.municipalityNis)) throw notFound("parcel");
  return row;
}

export async function findPremises(ctx: Ctx, id: string, lock = false): Promise<PremisesRow> {
  const q = ctx.db.select().from(spacePremises).where(eq(spacePremises.id, id));
  const [row] = lock ? await q.for("update") : await q;
  if (!row || !canRead(ctx.actor, row.municipalityNis)) throw notFound("premises");
  return row;
}

export async function findBrownfield(ctx: Ctx, id: string, lock = false): Promise<BrownfieldRow> {
  const q = ctx.db.select().from(spaceBrownfields).where(eq(spaceBrownfields.id, id));
  const [row] = lock ? await q.for("update") : await q;
  if (!row || !canRead(ctx.actor, row.municipalityNis)) throw notFound("brownfield");
  return row;
}

/** A park given as a reference in an input: a validation error (not 404) when unknown or out of scope. */
export async function parkRef(ctx: Ctx, id: string, path = "parkId"): Promise<ParkRow> {
  const [row] = await ctx.db.select().from(spaceParks).where(eq(spaceParks.id, id));
  if (!row || !canRead(ctx.actor, row.municipalityNis)) throw validation([{ path, code: "unknown_park", message: "There is no such business park." }]);
  return row;
}

export async function parcelRef(ctx: Ctx, id: string, path = "parcelId"): Promise<ParcelRow> {
  const [row] = await ctx.db.select().from(spaceParcels).where(eq(spaceParcels.id, id));
  if (!row || !canRead(ctx.actor, row.municipalityNis)) throw validation([{ path, code: "unknown_parcel", message: "There is no such parcel." }]);
  return row;
}

export async function requireMunicipality(ctx: Ctx, nis: string, path = "municipalityNis"): Promise<void> {
  const [row] = await ctx.db.select({ nis: municipalities.nis }).from(municipalities).where(eq(municipalities.nis, nis));
  if (!row) throw validation([{ path, code: "unknown_municipality", message: `There is no municipality with NIS code ${nis}.` }]);
}

export async function requireOrganisation(ctx: Ctx, id: string, path = "ownerOrganisationId"): Promise<void> {
  const [row] = await ctx.db.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, id));
  if (!row) throw validation([{ path, code: "unknown_organisation", message: "There is no such organisation." }]);
}

export async function parcelIdsOfPark(ctx: Ctx, parkId: string): Promise<string[]> {
  return (await ctx.db.select({ id: spaceParcels.id }).from(spaceParcels).where(eq(spaceParcels.parkId, parkId))).map((r) => r.id);
}

export async function premisesIdsOfPark(ctx: Ctx, parkId: string): Promise<string[]> {
  return (await ctx.db.select({ id: spacePremises.id }).from(spacePremises).where(eq(spacePremises.parkId, parkId))).map((r) => r.id);
}

export { isUniqueViolation } from "../../platform/errors.js";

export const codeTaken = (what: string) =>
  validation([{ path: "code", code: "code_taken", message: `Another ${what} already has this code.` }]);

export { desc };
