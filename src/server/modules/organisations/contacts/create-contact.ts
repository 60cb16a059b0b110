import { CreateContactInput, type ContactView } from "../../../../contracts/organisations.js";
import { contacts } from "../../../db/schema/organisations.js";
import { writeAudit } from "../../../platform/audit.js";
import { withTransaction, type Ctx } from "../../../platform/context.js";
import { validation, zodDetails } from "../../../platform/errors.js";
import { organisationForContacts, presentContact } from "./contact-access.js";

/**
 * Adds a person at an organisation with the legal basis for processing their data. The audit row
 * names the fields that were filled in, never their values.
 */
export async function createContact({ ctx, input }: { ctx: Ctx; input: { organisationId: string; contact: unknown } }): Promise<ContactView> {
  const org = await organisationForContacts(ctx, input.organisationId, "write");
  const parsed = CreateContactInput.safeParse(input.contact);
  if (!parsed.success) throw validation(zodDetails(parsed.error));
  const c = parsed.data;
  return withTransaction(ctx, async (tx) => {
    const [row] = await tx.db
      .insert(contacts)
      .values({
        organisationId: org.id,
        name: c.name,
        role: c.role || null,
        email: c.email ? c.email.toLowerCase() : null,
        phone: c.phone || null,
        language: c.language,
        legalBasis: c.legalBasis,
        legalBasisDate: c.legalBasisDate,
        legalBasisNote: c.legalBasisNote || null,
        source: c.source || null,
        notes: c.notes || null,
        createdBy: tx.actor.label,
        updatedBy: tx.actor.label,
      })
      .returning();
    const fields = Object.entries(c).filter(([, v]) => v !== undefined && v !== null && v !== "").map(([k]) => k).sort();
    await writeAudit(tx, { action: "contact.create", entity: "contact", entityId: row.id, after: { organisationId: org.id, fields } });
    return presentContact(row);
  });
}
