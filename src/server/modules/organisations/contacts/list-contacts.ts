import { asc, eq } from "drizzle-orm";
import type { ContactView } from "../../../../contracts/organisations.js";
import { contacts } from "../../../db/schema/organisations.js";
import type { Ctx } from "../../../platform/context.js";
import { organisationForContacts, presentContact } from "./contact-access.js";

/** The contacts of one organisation, erased ones included (as placeholders), by name. */
export async function listContacts({ ctx, input }: { ctx: Ctx; input: { organisationId: string } }): Promise<{ items: ContactView[] }> {
  const org = await organisationForContacts(ctx, input.organisationId, "read");
  const rows = await ctx.db.select().from(contacts).where(eq(contacts.organisationId, org.id)).orderBy(asc(contacts.name), asc(contacts.createdAt));
  return { items: rows.map(presentContact) };
}
