import { and, eq, inArray, sql } from "drizzle-orm";
import type { PublicParcelView, PublicParkView, PublicPremisesView } from "../../../contracts/space-supply.js";
import { spaceParcels, spaceParks, spacePremises } from "../../db/schema/space.js";
import type { Ctx } from "../../platform/context.js";
import { notFound } from "../../platform/errors.js";
import { parcelFilter, parcelOrder, parkFilter, parkOrder, parseListQuery, premisesFilter, premisesOrder, type Page } from "./list-supply.js";
import { presentPublicParcel, presentPublicPark, presentPublicPremises } from "./presenters.js";
import { documentsFor, parcelRecords, parkRecords, premisesRecords } from "./repo.js";

/*
 * The public catalogue of business space (no login): every business park, and the parcels and premises that are
 * on offer (available or under option), in the public view — no confidential field, public documents only.
 */

export const OFFERED = ["available", "under_option"];
const offeredParcel = inArray(spaceParcels.availability, OFFERED);
const offeredPremises = inArray(spacePremises.availability, OFFERED);

async function countWhere(ctx: Ctx, table: typeof spaceParks | typeof spaceParcels | typeof spacePremises, where: ReturnType<typeof and>) {
  const [r] = await ctx.db.select({ n: sql<number>`count(*)::int` }).from(table as typeof spaceParks).where(where);
  return Number(r.n);
}

export async function publicParks({ ctx, input }: { ctx: Ctx; input?: unknown }): Promise<Page<PublicParkView>> {
  const q = parseListQuery(input);
  const where = parkFilter({ ...q, availability: undefined }, null);
  const rows = await parkRecords(ctx, where, parkOrder(q), q.limit, q.offset);
  const docs = await documentsFor(ctx, { parkIds: rows.map((r) => r.park.id) }, true);
  return { total: await countWhere(ctx, spaceParks, where), items: rows.map((r) => presentPublicPark(r, docs)) };
}

export async function publicParcels({ ctx, input }: { ctx: Ctx; input?: unknown }): Promise<Page<PublicParcelView>> {
  const q = parseListQuery(input);
  const where = parcelFilter(q, null, offeredParcel);
  const rows = await parcelRecords(ctx, where, parcelOrder(q), q.limit, q.offset);
  const docs = await documentsFor(ctx, { parcelIds: rows.map((r) => r.parcel.id) }, true);
  return { total: await countWhere(ctx, spaceParcels, where), items: rows.map((r) => presentPublicParcel(r, docs)) };
}

export async function publicPremises({ ctx, input }: { ctx: Ctx; input?: unknown }): Promise<Page<PublicPremisesView>> {
  const q = parseListQuery(input);
  const where = premisesFilter(q, null, offeredPremises);
  const rows = await premisesRecords(ctx, where, premisesOrder(q), q.limit, q.offset);
  return { total: await countWhere(ctx, spacePremises, where), items: rows.map(presentPublicPremises) };
}

export async function getPublicPark({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<PublicParkView> {
  const [r] = await parkRecords(ctx, eq(spaceParks.id, input.id));
  if (!r) throw notFound("business park");
  return presentPublicPark(r, await documentsFor(ctx, { parkIds: [r.park.id] }, true));
}

/** A parcel on offer; others answer not found. */
export async function getPublicParcel({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<PublicParcelView> {
  const [r] = await parcelRecords(ctx, and(eq(spaceParcels.id, input.id), offeredParcel));
  if (!r) throw notFound("parcel");
  return presentPublicParcel(r, await documentsFor(ctx, { parcelIds: [r.parcel.id] }, true));
}
