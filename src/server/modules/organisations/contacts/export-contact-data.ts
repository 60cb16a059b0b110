import { and, asc, eq } from "drizzle-orm";
import type { ContactExport } from "../../../../contracts/organisations.js";
import { auditLog } from "../../../db/schema/audit.js";
import { organisations } from "../../../db/schema/organisations.js";
import { requireRole } from "../../../platform/authz.js";
import type { Ctx } from "../../../platform/context.js";
import { findContact, presentContact } from "./contact-access.js";
import { formatEnterpriseNumber } from "../enterprise-number.js";

/**
 * One person's data for a data-subject access request (GDPR art. 15), administrator or account
 * manager: the contact as stored, the organisation it belongs to, and every audited action on it
 * (who, when, which fields).
 */
export async function exportContactData({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<ContactExport> {
  requireRole(ctx.actor, "administrator", "account_manager");
  const contact = await findContact(ctx, input.id, "read");
  const orgs = await ctx.db
    .select({ id: organisations.id, name: organisations.name, enterpriseNumber: organisations.enterpriseNumber })
    .from(organisations)
    .where(eq(organisations.id, contact.organisationId));
  const audit = await ctx.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entity, "contact"), eq(auditLog.entityId, contact.id)))
    .orderBy(asc(auditLog.at), asc(auditLog.id));
  return {
    exportedAt: new Date().toISOString(),
    contact: presentContact(contact),
    organisations: orgs.map((o) => ({ ...o, enterpriseNumber: o.enterpriseNumber ? formatEnterpriseNumber(o.enterpriseNumber) : null })),
    audit: audit.map((a) => ({
      at: a.at.toISOString(),
      actor: a.actorLabel,
      action: a.action,
      fields: ((a.after as { fields?: string[] } | null)?.fields ?? []).slice(),
    })),
  };
}
