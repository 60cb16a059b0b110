import { eq } from "drizzle-orm";
import { z } from "zod";
import type { ContactView } from "../../../../contracts/organisations.js";
import { contacts } from "../../../db/schema/organisations.js";
import { hasRole, organisationScopes, requireSignedIn } from "../../../platform/authz.js";
import type { Ctx } from "../../../platform/context.js";
import { forbidden, notFound } from "../../../platform/errors.js";
import { organisationForEdit } from "../edit-access.js";
import { findVisibleOrganisation } from "../get-organisation.js";

export type ContactRow = typeof contacts.$inferSelect;

/** Personal data: blanked on erasure, never written into the audit. */
export const PERSONAL_FIELDS = ["name", "role", "email", "phone", "legalBasisNote", "source", "notes"] as const;
export const ERASED_NAME = "[erased]";

/**
 * Who may read an organisation's contacts: the agency's staff, and an entrepreneur for their own
 * organisation. Municipality users see the organisation but not the people at it (data
 * minimisation); a reviewer is forbidden; an organisation the actor cannot see is not found.
 */
export async function organisationForContacts(ctx: Ctx, organisationId: string, mode: "read" | "write") {
  // Writing contacts is editing the organisation (edit-access.ts).
  if (mode === "write") return (await organisationForEdit(ctx, organisationId)).org;
  requireSignedIn(ctx.actor);
  const org = await findVisibleOrganisation(ctx, organisationId);
  if (hasRole(ctx.actor, "administrator", "account_manager", "policy_analyst", "grant_officer")) return org;
  if (hasRole(ctx.actor, "entrepreneur") && organisationScopes(ctx.actor).includes(org.id)) return org;
  throw forbidden();
}

/** One contact, when the actor may read (or write) its organisation's contacts; otherwise not found or forbidden. */
export async function findContact(ctx: Ctx, id: string, mode: "read" | "write"): Promise<ContactRow> {
  requireSignedIn(ctx.actor);
  if (!z.string().uuid().safeParse(id).success) throw notFound("contact");
  const [row] = await ctx.db.select().from(contacts).where(eq(contacts.id, id)).limit(1);
  if (!row) throw notFound("contact");
  try {
    await organisationForContacts(ctx, row.organisationId, mode);
  } catch (e) {
    if (e instanceof Error && "code" in e && e.code === "not_found") throw notFound("contact");
    throw e;
  }
  return row;
}

const dateText = (d: unknown) => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d).slice(0, 10));

export function presentContact(c: ContactRow): ContactView {
  return {
    id: c.id,
    organisationId: c.organisationId,
    name: c.name,
    role: c.role,
    email: c.email,
    phone: c.phone,
    language: c.language as ContactView["language"],
    legalBasis: c.legalBasis as ContactView["legalBasis"],
    legalBasisDate: dateText(c.legalBasisDate),
    legalBasisNote: c.legalBasisNote,
    source: c.source,
    notes: c.notes,
    erased: c.erasedAt !== null,
    erasedAt: c.erasedAt ? c.erasedAt.toISOString() : null,
    createdBy: c.createdBy,
    updatedBy: c.updatedBy,
    version: c.version,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}
