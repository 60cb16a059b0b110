import { and, eq, sql } from "drizzle-orm";
import { UpdateOrganisationInput, type OrganisationProfile } from "../../../contracts/organisations.js";
import { organisations } from "../../db/schema/organisations.js";
import { writeAudit } from "../../platform/audit.js";
import { withTransaction, type Ctx } from "../../platform/context.js";
import { conflict, forbidden, validation, zodDetails } from "../../platform/errors.js";
import { organisationForEdit } from "./edit-access.js";
import { getOrganisation, recomputeSmeClass } from "./get-organisation.js";

/** Fields an entrepreneur may change on their own organisation's profile. */
export const ENTREPRENEUR_FIELDS = ["description", "website", "figures"] as const;
/** Hand edits of fields the KBO also supplies; the import leaves a field listed in `overridden` alone. */
const KBO_FIELDS: Record<string, string> = { name: "name" };

const stale = () =>
  conflict("Someone else changed this organisation in the meantime. Reload and try again.", [
    { path: "version", code: "stale", message: "The version is not the current one." },
  ]);

/**
 * Changes the hand-kept fields of a profile (display name, kind, website, description, size figures
 * with their year) with optimistic concurrency on `version`. A changed name is marked overridden so
 * that the KBO import keeps it; changed figures recompute the SME class.
 */
export async function updateOrganisation({ ctx, input }: { ctx: Ctx; input: { id: string; changes: unknown } }): Promise<OrganisationProfile> {
  const { org, access } = await organisationForEdit(ctx, input.id);
  const parsed = UpdateOrganisationInput.safeParse(input.changes);
  if (!parsed.success) throw validation(zodDetails(parsed.error));
  const c = parsed.data;
  const { version, ...fields } = c;
  const touched = Object.keys(fields).filter((k) => fields[k as keyof typeof fields] !== undefined);
  if (access === "own") {
    const refused = touched.filter((k) => !(ENTREPRENEUR_FIELDS as readonly string[]).includes(k));
    if (refused.length) throw forbidden(`You may change only ${ENTREPRENEUR_FIELDS.join(", ")} of your organisation.`);
  }
  return withTransaction(ctx, async (tx) => {
    const [before] = await tx.db.select().from(organisations).where(eq(organisations.id, org.id)).limit(1);
    if (before.version !== version) throw stale();
    const f = c.figures;
    const next = {
      name: c.name ?? before.name,
      kind: c.kind ?? before.kind,
      website: c.website === undefined ? before.website : c.website,
      description: c.description === undefined ? before.description : c.description || null,
      headcount: f?.headcount === undefined ? before.headcount : f.headcount,
      turnoverEur: f?.turnoverEur === undefined ? before.turnoverEur : f.turnoverEur,
      balanceSheetEur: f?.balanceSheetEur === undefined ? before.balanceSheetEur : f.balanceSheetEur,
      figuresYear: f?.year === undefined ? before.figuresYear : f.year,
    };
    const overridden = [...before.overridden];
    for (const [field, key] of Object.entries(KBO_FIELDS)) {
      if (touched.includes(field) && next[field as keyof typeof next] !== before[field as keyof typeof before] && !overridden.includes(key)) overridden.push(key);
    }
    const updated = await tx.db
      .update(organisations)
      .set({ ...next, overridden, version: sql`${organisations.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(organisations.id, before.id), eq(organisations.version, version)))
      .returning({ id: organisations.id });
    if (!updated.length) throw stale();
    const smeClass = await recomputeSmeClass(tx, before.id);
    const pick = (o: Record<string, unknown>) => Object.fromEntries(Object.keys(next).map((k) => [k, o[k] ?? null]));
    await writeAudit(tx, {
      action: "organisation.update",
      entity: "organisation",
      entityId: before.id,
      before: { ...pick(before), smeClass: before.smeClass, overridden: before.overridden, version: before.version },
      after: { ...pick(next), smeClass, overridden, version: before.version + 1 },
    });
    return getOrganisation({ ctx: tx, input: { id: before.id } });
  });
}
