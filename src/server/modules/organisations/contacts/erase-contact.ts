import { eq, sql } from "drizzle-orm";
import { EraseContactInput, type ContactView } from "../../../../contracts/organisations.js";
import { contacts } from "../../../db/schema/organisations.js";
import { writeAudit } from "../../../platform/audit.js";
import { requireRole } from "../../../platform/authz.js";
import { withTransaction, type Ctx } from "../../../platform/context.js";
import { preconditionFailed, validation, zodDetails } from "../../../platform/errors.js";
import { ERASED_NAME, findContact, presentContact } from "./contact-access.js";

/**
 * Erasure on a data subject's request (GDPR art. 17), administrator only: the personal data (name,
 * role, channels, notes, source, legal-basis note) is replaced by a placeholder and erased_at is set.
 * The row keeps its id, organisation and legal basis so that links and the audit stay meaningful;
 * the audit of contacts never held personal data. The reason should not name the person.
 */
export async function eraseContact({ ctx, input }: { ctx: Ctx; input: { id: string; body: unknown } }): Promise<ContactView> {
  requireRole(ctx.actor, "administrator");
  const current = await findContact(ctx, input.id, "write");
  const parsed = EraseContactInput.safeParse(input.body);
  if (!parsed.success) throw validation(zodDetails(parsed.error));
  return withTransaction(ctx, async (tx) => {
    const [before] = await tx.db.select().from(contacts).where(eq(contacts.id, current.id)).for("update").limit(1);
    if (before.erasedAt) throw preconditionFailed("This contact was already erased.", [{ path: "id", code: "contact_erased", message: "Already erased." }]);
    const [row] = await tx.db
      .update(contacts)
      .set({
        name: ERASED_NAME, role: null, email: null, phone: null, legalBasisNote: null, source: null, notes: null,
        erasedAt: sql`now()`, updatedBy: tx.actor.label, version: sql`${contacts.version} + 1`, updatedAt: sql`now()`,
      })
      .where(eq(contacts.id, before.id))
      .returning();
    await writeAudit(tx, {
      action: "contact.erase",
      entity: "contact",
      entityId: row.id,
      after: { organisationId: row.organisationId, fields: ["email", "legalBasisNote", "name", "notes", "phone", "role", "source"], reason: parsed.data.reason },
    });
    return presentContact(row);
  });
}
