import { and, asc, desc, eq, gte, ilike, lte, or, sql, type SQL } from "drizzle-orm";
import {
  SupplyListQuery, type BrownfieldView, type ParcelView, type ParkView, type PremisesView,
} from "../../../contracts/space-supply.js";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { municipalities } from "../../db/schema/geography.js";
import { spaceBrownfields, spaceParcels, spaceParks, spacePremises } from "../../db/schema/space.js";
import type { Ctx } from "../../platform/context.js";
import { validation, zodDetails } from "../../platform/errors.js";
import { readScope, requireReader } from "./policies.js";
import { presentBrownfield, presentParcel, presentPark, presentPremises } from "./presenters.js";
import { brownfieldRecords, documentsFor, inScope, parcelRecords, parkRecords, premisesRecords } from "./repo.js";

/*
 * Back-office lists (staff view): filter by municipality, park, availability, kind, area range and text; sort;
 * page. A municipality user sees its own municipality's records only.
 */

type Query = ReturnType<typeof SupplyListQuery.parse>;
export type Page<T> = { total: number; items: T[] };

export function parseListQuery(input: unknown): Query {
  const parsed = SupplyListQuery.safeParse(input ?? {});
  if (!parsed.success) throw validation(zodDetails(parsed.error));
  return parsed.data;
}

const like = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function order(sort: Query["sort"], cols: { code: AnyPgColumn; name: AnyPgColumn; area: AnyPgColumn; updated: AnyPgColumn; availability?: AnyPgColumn }): SQL[] {
  const code = cols.code;
  switch (sort) {
    case "-code": return [desc(code)];
    case "name": return [asc(cols.name), asc(code)];
    case "-name": return [desc(cols.name), asc(code)];
    case "area": return [asc(cols.area), asc(code)];
    case "-area": return [desc(cols.area), asc(code)];
    case "availability": return cols.availability ? [asc(cols.availability), asc(code)] : [asc(code)];
    case "municipality": return [asc(municipalities.nameNl), asc(code)];
    case "-updated": return [desc(cols.updated), asc(code)];
    default: return [asc(code)];
  }
}

async function countOf(ctx: Ctx, table: typeof spaceParks | typeof spaceParcels | typeof spacePremises | typeof spaceBrownfields, where: SQL | undefined): Promise<number> {
  const [r] = await ctx.db.select({ n: sql<number>`count(*)::int` }).from(table as typeof spaceParks).where(where);
  return Number(r.n);
}

export function parkFilter(q: Query, scope: string[] | null): SQL | undefined {
  return and(
    inScope(spaceParks.municipalityNis, scope),
    q.municipality ? eq(spaceParks.municipalityNis, q.municipality) : undefined,
    q.park ? eq(spaceParks.id, q.park) : undefined,
    q.kind ? eq(spaceParks.kind, q.kind) : undefined,
    q.minAreaM2 !== undefined ? gte(spaceParks.areaM2, q.minAreaM2) : undefined,
    q.maxAreaM2 !== undefined ? lte(spaceParks.areaM2, q.maxAreaM2) : undefined,
    q.availability ? sql`exists (select 1 from space_parcels pc where pc.park_id = ${spaceParks.id} and pc.availability = ${q.availability})` : undefined,
    q.q ? or(ilike(spaceParks.name, like(q.q)), ilike(spaceParks.code, like(q.q))) : undefined,
  );
}

export function parcelFilter(q: Query, scope: string[] | null, extra?: SQL): SQL | undefined {
  return and(
    extra,
    inScope(spaceParcels.municipalityNis, scope),
    q.municipality ? eq(spaceParcels.municipalityNis, q.municipality) : undefined,
    q.park ? eq(spaceParcels.parkId, q.park) : undefined,
    q.availability ? eq(spaceParcels.availability, q.availability) : undefined,
    q.kind ? sql`exists (select 1 from space_parks k where k.id = ${spaceParcels.parkId} and k.kind = ${q.kind})` : undefined,
    q.minAreaM2 !== undefined ? gte(spaceParcels.areaM2, q.minAreaM2) : undefined,
    q.maxAreaM2 !== undefined ? lte(spaceParcels.areaM2, q.maxAreaM2) : undefined,
    q.q ? or(ilike(spaceParcels.code, like(q.q)), ilike(spaceParcels.cadastralRef, like(q.q)), ilike(spaceParcels.zoning, like(q.q)),
      sql`exists (select 1 from space_parks k where k.id = ${spaceParcels.parkId} and k.name ilike ${like(q.q)})`) : undefined,
  );
}

export function premisesFilter(q: Query, scope: string[] | null, extra?: SQL): SQL | undefined {
  return and(
    extra,
    inScope(spacePremises.municipalityNis, scope),
    q.municipality ? eq(spacePremises.municipalityNis, q.municipality) : undefined,
    q.park ? eq(spacePremises.parkId, q.park) : undefined,
    q.availability ? eq(spacePremises.availability, q.availability) : undefined,
    q.kind ? eq(spacePremises.kind, q.kind) : undefined,
    q.minAreaM2 !== undefined ? gte(spacePremises.floorAreaM2, q.minAreaM2) : undefined,
    q.maxAreaM2 !== undefined ? lte(spacePremises.floorAreaM2, q.maxAreaM2) : undefined,
    q.q ? or(ilike(spacePremises.name, like(q.q)), ilike(spacePremises.code, like(q.q)), ilike(spacePremises.street, like(q.q))) : undefined,
  );
}

export const parkOrder = (q: Query) => order(q.sort, { code: spaceParks.code, name: spaceParks.name, area: spaceParks.areaM2, updated: spaceParks.updatedAt });
export const parcelOrder = (q: Query) => order(q.sort, { code: spaceParcels.code, name: spaceParcels.code, area: spaceParcels.areaM2, updated: spaceParcels.updatedAt, availability: spaceParcels.availability });
export const premisesOrder = (q: Query) => order(q.sort, { code: spacePremises.code, name: spacePremises.name, area: spacePremises.floorAreaM2, updated: spacePremises.updatedAt, availability: spacePremises.availability });

export async function listParks({ ctx, input }: { ctx: Ctx; input?: unknown }): Promise<Page<ParkView>> {
  requireReader(ctx.actor);
  const q = parseListQuery(input);
  const where = parkFilter(q, readScope(ctx.actor));
  const rows = await parkRecords(ctx, where, parkOrder(q), q.limit, q.offset);
  const docs = await documentsFor(ctx, { parkIds: rows.map((r) => r.park.id) });
  return { total: await countOf(ctx, spaceParks, where), items: rows.map((r) => presentPark(r, docs)) };
}

export async function listParcels({ ctx, input }: { ctx: Ctx; input?: unknown }): Promise<Page<ParcelView>> {
  requireReader(ctx.actor);
  const q = parseListQuery(input);
  const where = parcelFilter(q, readScope(ctx.actor));
  const rows = await parcelRecords(ctx, where, parcelOrder(q), q.limit, q.offset);
  const docs = await documentsFor(ctx, { parcelIds: rows.map((r) => r.parcel.id) });
  return { total: await countOf(ctx, spaceParcels, where), items: rows.map((r) => presentParcel(r, docs)) };
}

export async function listPremises({ ctx, input }: { ctx: Ctx; input?: unknown }): Promise<Page<PremisesView>> {
  requireReader(ctx.actor);
  const q = parseListQuery(input);
  const where = premisesFilter(q, readScope(ctx.actor));
  const rows = await premisesRecords(ctx, where, premisesOrder(q), q.limit, q.offset);
  return { total: await countOf(ctx, spacePremises, where), items: rows.map(presentPremises) };
}

export async function listBrownfields({ ctx, input }: { ctx: Ctx; input?: unknown }): Promise<Page<BrownfieldView>> {
  requireReader(ctx.actor);
  const q = parseListQuery(input);
  const where = and(
    inScope(spaceBrownfields.municipalityNis, readScope(ctx.actor)),
    q.municipality ? eq(spaceBrownfields.municipalityNis, q.municipality) : undefined,
    q.park ? eq(spaceBrownfields.parkId, q.park) : undefined,
    q.kind ? or(eq(spaceBrownfields.kind, q.kind), eq(spaceBrownfields.renovationStatus, q.kind)) : undefined,
    q.q ? or(ilike(spaceBrownfields.name, like(q.q)), ilike(spaceBrownfields.code, like(q.q))) : undefined,
  );
  const rows = await brownfieldRecords(ctx, where, order(q.sort, { code: spaceBrownfields.code, name: spaceBrownfields.name, area: spaceBrownfields.areaM2, updated: spaceBrownfields.updatedAt }), q.limit, q.offset);
  return { total: await countOf(ctx, spaceBrownfields, where), items: rows.map(presentBrownfield) };
}

