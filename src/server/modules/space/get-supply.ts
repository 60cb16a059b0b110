import { eq } from "drizzle-orm";
import type { BrownfieldView, ParcelView, ParkView, PremisesView } from "../../../contracts/space-supply.js";
import { spaceBrownfields, spaceParcels, spaceParks, spacePremises } from "../../db/schema/space.js";
import type { Ctx } from "../../platform/context.js";
import { notFound } from "../../platform/errors.js";
import { canRead, requireReader } from "./policies.js";
import { presentBrownfield, presentParcel, presentPark, presentPremises } from "./presenters.js";
import { brownfieldRecords, documentsFor, parcelRecords, parkRecords, premisesRecords } from "./repo.js";

/* One record in the staff view (back office): staff everything, a municipality user its own municipality's. */

export async function getPark({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<ParkView> {
  requireReader(ctx.actor);
  const [r] = await parkRecords(ctx, eq(spaceParks.id, input.id));
  if (!r || !canRead(ctx.actor, r.park.municipalityNis)) throw notFound("business park");
  return presentPark(r, await documentsFor(ctx, { parkIds: [r.park.id] }));
}

export async function getParcel({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<ParcelView> {
  requireReader(ctx.actor);
  const [r] = await parcelRecords(ctx, eq(spaceParcels.id, input.id));
  if (!r || !canRead(ctx.actor, r.parcel.municipalityNis)) throw notFound("parcel");
  return presentParcel(r, await documentsFor(ctx, { parcelIds: [r.parcel.id] }));
}

export async function getPremises({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<PremisesView> {
  requireReader(ctx.actor);
  const [r] = await premisesRecords(ctx, eq(spacePremises.id, input.id));
  if (!r || !canRead(ctx.actor, r.premises.municipalityNis)) throw notFound("premises");
  return presentPremises(r);
}

export async function getBrownfield({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<BrownfieldView> {
  requireReader(ctx.actor);
  const [r] = await brownfieldRecords(ctx, eq(spaceBrownfields.id, input.id));
  if (!r || !canRead(ctx.actor, r.brownfield.municipalityNis)) throw notFound("brownfield");
  return presentBrownfield(r);
}
