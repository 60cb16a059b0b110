import { eq } from "drizzle-orm";
import { spaceBrownfields, spaceDocuments, spaceParcels, spaceParks, spacePremises } from "../../db/schema/space.js";
import { writeAudit } from "../../platform/audit.js";
import { withTransaction, type Ctx } from "../../platform/context.js";
import { conflict } from "../../platform/errors.js";
import { auditable } from "./parcel-values.js";
import { requireKeeper, requireKeeps } from "./policies.js";
import { findPark } from "./repo.js";
import { stale } from "./save-park.js";

/** Deletes a park that has no parcels, premises or brownfields left (its documents go with it). */
export async function deletePark({ ctx, input }: { ctx: Ctx; input: { id: string; version: number } }): Promise<{ id: string }> {
  requireKeeper(ctx.actor);
  return withTransaction(ctx, async (tx) => {
    const before = await findPark(tx, input.id, true);
    requireKeeps(tx.actor, before.municipalityNis);
    if (before.version !== input.version) throw stale("business park");
    const [parcel] = await tx.db.select({ id: spaceParcels.id }).from(spaceParcels).where(eq(spaceParcels.parkId, input.id)).limit(1);
    const [premises] = await tx.db.select({ id: spacePremises.id }).from(spacePremises).where(eq(spacePremises.parkId, input.id)).limit(1);
    const [brownfield] = await tx.db.select({ id: spaceBrownfields.id }).from(spaceBrownfields).where(eq(spaceBrownfields.parkId, input.id)).limit(1);
    if (parcel || premises || brownfield) {
      throw conflict("The business park still has parcels, premises or brownfields; delete or move them first.", [
        { path: "id", code: "park_not_empty", message: "The park still has parcels, premises or brownfields." },
      ]);
    }
    await tx.db.delete(spaceDocuments).where(eq(spaceDocuments.parkId, input.id));
    await tx.db.delete(spaceParks).where(eq(spaceParks.id, input.id));
    await writeAudit(tx, { action: "park.delete", entity: "space_park", entityId: input.id, before: auditable(before) });
    return { id: input.id };
  });
}
