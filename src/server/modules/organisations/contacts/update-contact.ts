import { and, eq, sql } from "drizzle-orm";
import { UpdateContactInput, type ContactView } from "../../../../contracts/organisations.js";
import { contacts } from "../../../db/schema/organisations.js";
import { writeAudit } from "../../../platform/audit.js";
import { withTransaction, type Ctx } from "../../../platform/context.js";
import { conflict, preconditionFailed, validation, zodDetails } from "../../../platform/errors.js";
import { findContact, presentContact } from "./contact-access.js";

const stale = () =>
  conflict("Someone else changed this contact in the meantime. Reload and try again.", [
    { path: "version", code: "stale", message: "The version is not the current one." },
  ]);

const norm = (k: string, v: unknown) => (typeof v === "string" ? (v === "" ? null : k === "email" ? v.toLowerCase() : v) : v);

/**
 * Changes a contact with optimistic concurrency on `version`. The audit row lists the names of the
 * fields that changed, never their values. An erased contact cannot be changed.
 */
export async function updateContact({ ctx, input }: { ctx: Ctx; input: { id: string; changes: unknown } }): Promise<ContactView> {
  const current = await findContact(ctx, input.id, "write");
  const parsed = UpdateContactInput.safeParse(input.changes);
  if (!parsed.success) throw validation(zodDetails(parsed.error));
  const { version, ...changes } = parsed.data;
  return withTransaction(ctx, async (tx) => {
    const [before] = await tx.db.select().from(contacts).where(eq(contacts.id, current.id)).limit(1);
    if (before.erasedAt) throw preconditionFailed("This contact was erased.", [{ path: "id", code: "contact_erased", message: "An erased contact does not change." }]);
    if (before.version !== version) throw stale();
    const set: Record<string, unknown> = {};
    const beforeView = presentContact(before) as unknown as Record<string, unknown>;
    for (const [k, v] of Object.entries(changes)) {
      if (v === undefined) continue;
      const value = norm(k, v);
      if (value !== beforeView[k]) set[k] = value;
    }
    const fields = Object.keys(set).sort();
    const [row] = await tx.db
      .update(contacts)
      .set({ ...set, updatedBy: tx.actor.label, version: sql`${contacts.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(contacts.id, before.id), eq(contacts.version, version)))
      .returning();
    if (!row) throw stale();
    await writeAudit(tx, { action: "contact.update", entity: "contact", entityId: row.id, after: { organisationId: row.organisationId, fields } });
    return presentContact(row);
  });
}
