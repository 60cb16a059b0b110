import { eq } from "drizzle-orm";
import { DocumentInput, type DocumentView } from "../../../contracts/space-supply.js";
import { spaceDocuments } from "../../db/schema/space.js";
import { writeAudit } from "../../platform/audit.js";
import { withTransaction, type Ctx } from "../../platform/context.js";
import { notFound, validation, zodDetails } from "../../platform/errors.js";
import { canRead, requireKeeper, requireKeeps } from "./policies.js";
import { presentDocument } from "./presenters.js";
import { parcelRef, parkRef } from "./repo.js";

/* The regulations that apply to a park or parcel (spatial plan, permits, …) as documents and links. */

async function ownerNis(ctx: Ctx, parkId: string | null, parcelId: string | null): Promise<string> {
  if ((parkId === null) === (parcelId === null)) {
    throw validation([{ path: "parkId", code: "one_owner", message: "A document belongs to exactly one park or one parcel." }]);
  }
  return parkId ? (await parkRef(ctx, parkId)).municipalityNis : (await parcelRef(ctx, parcelId!)).municipalityNis;
}

export async function addDocument({ ctx, input, demo = false }: { ctx: Ctx; input: DocumentInput; demo?: boolean }): Promise<DocumentView> {
  requireKeeper(ctx.actor);
  const parsed = DocumentInput.safeParse(input);
  if (!parsed.success) throw validation(zodDetails(parsed.error));
  const v = parsed.data;
  if (v.validFrom && v.validUntil && v.validUntil < v.validFrom) throw validation([{ path: "validUntil", code: "before_start", message: "The end lies before the start." }]);
  if (!/^https?:\/\//i.test(v.url)) throw validation([{ path: "url", code: "invalid_url", message: "A link starts with http:// or https://." }]);
  return withTransaction(ctx, async (tx) => {
    requireKeeps(tx.actor, await ownerNis(tx, v.parkId, v.parcelId));
    const [row] = await tx.db.insert(spaceDocuments).values({ ...v, demo, createdBy: tx.actor.kind === "user" ? tx.actor.userId : null }).returning();
    await writeAudit(tx, { action: "document.add", entity: "space_document", entityId: row.id, after: v });
    return presentDocument(row);
  });
}

export async function removeDocument({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<{ id: string }> {
  requireKeeper(ctx.actor);
  return withTransaction(ctx, async (tx) => {
    const [row] = await tx.db.select().from(spaceDocuments).where(eq(spaceDocuments.id, input.id));
    if (!row) throw notFound("document");
    const nis = await ownerNis(tx, row.parkId, row.parcelId).catch(() => null);
    if (!nis || !canRead(tx.actor, nis)) throw notFound("document");
    requireKeeps(tx.actor, nis);
    await tx.db.delete(spaceDocuments).where(eq(spaceDocuments.id, input.id));
    await writeAudit(tx, { action: "document.remove", entity: "space_document", entityId: input.id, before: row });
    return { id: input.id };
  });
}
