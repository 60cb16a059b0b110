import { eq } from "drizzle-orm";
import { spaceDocuments, spaceParcels, spacePremises } from "../../db/schema/space.js";
import { writeAudit } from "../../platform/audit.js";
import { withTransaction, type Ctx } from "../../platform/context.js";
import { conflict } from "../../platform/errors.js";
import { auditable } from "./parcel-values.js";
import { requireKeeper, requireKeeps } from "./policies.js";
import { findParcel } from "./repo.js";
import { stale } from "./save-park.js";
import { emitSupplyChange } from "./supply-events.js";

/**
 * Deletes a parcel recorded by mistake. A parcel that was sold or is in use is history (the 200 ha and deals
 * count it) and is refused; so is one with premises on it.
 */
export async function deleteParcel({ ctx, input }: { ctx: Ctx; input: { id: string; version: number } }): Promise<{ id: string }> {
  requireKeeper(ctx.actor);
  return withTransaction(ctx, async (tx) => {
    const before = await findParcel(tx, input.id, true);
    requireKeeps(tx.actor, before.municipalityNis);
    if (before.version !== input.version) throw stale("parcel");
    if (before.availability === "sold" || before.availability === "in_use") {
      throw conflict("A parcel that was sold or is in use cannot be deleted.", [{ path: "id", code: "parcel_has_history", message: "Sold or in use." }]);
    }
    const [premises] = await tx.db.select({ id: spacePremises.id }).from(spacePremises).where(eq(spacePremises.parcelId, input.id)).limit(1);
    if (premises) throw conflict("Premises stand on this parcel; delete or move them first.", [{ path: "id", code: "parcel_has_premises", message: "Premises stand on it." }]);
    await emitSupplyChange(tx, { parcelIds: [], premisesIds: [], removedParcelIds: [input.id], reason: "parcel.delete" });
    await tx.db.delete(spaceDocuments).where(eq(spaceDocuments.parcelId, input.id));
    await tx.db.delete(spaceParcels).where(eq(spaceParcels.id, input.id));
    await writeAudit(tx, { action: "parcel.delete", entity: "space_parcel", entityId: input.id, before: auditable(before) });
    return { id: input.id };
  });
}
