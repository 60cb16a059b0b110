import { eq, sql } from "drizzle-orm";
import { MergeOrganisationsInput, type OrganisationMerge } from "../../../contracts/organisations.js";
import { organisationMerges, organisations } from "../../db/schema/organisations.js";
import { writeAudit } from "../../platform/audit.js";
import { requireRole } from "../../platform/authz.js";
import { withTransaction, type Ctx } from "../../platform/context.js";
import { AppError, conflict, isUniqueViolation, notFound, preconditionFailed, validation, zodDetails } from "../../platform/errors.js";
import { rows } from "../../platform/sql.js";
import { repointOrganisation as repointGrants } from "../grants/index.js";
import { repointOrganisationScopes } from "../identity/index.js";
import { repointOrganisation as repointSpace } from "../space/index.js";
import { repointOrganisation } from "../support/index.js";
import { recomputeSmeClass } from "./get-organisation.js";
import { refreshNaceCodes } from "./nace-codes.js";

type OrgRow = typeof organisations.$inferSelect;

const refuse = (code: string, message: string) => preconditionFailed(message, [{ path: "mergedId", code, message }]);
const alreadyMerged = () =>
  conflict("This organisation has already been merged into another one.", [
    { path: "mergedId", code: "already_merged", message: "Reload the duplicates: this record was merged meanwhile." },
  ]);

/** Groups of hand-made fields the survivor takes over from the merged record when it has none of them. */
const FIELD_GROUPS: { name: string; columns: (keyof OrgRow)[] }[] = [
  { name: "address", columns: ["street", "houseNumber", "box", "postcode", "place", "municipalityNis"] },
  { name: "figures", columns: ["headcount", "turnoverEur", "balanceSheetEur", "figuresYear"] },
  { name: "legalForm", columns: ["legalForm", "legalFormLabel"] },
  { name: "startDate", columns: ["startDate"] },
];

function snapshotOf(o: OrgRow): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) out[k] = v instanceof Date ? v.toISOString() : v;
  return out;
}

export function presentMerge(m: typeof organisationMerges.$inferSelect): OrganisationMerge {
  return {
    id: m.id,
    survivorId: m.survivorId,
    mergedId: m.mergedId,
    reason: m.reason,
    mergedBy: m.mergedBy,
    mergedAt: m.mergedAt.toISOString(),
    snapshot: m.snapshot,
    moved: m.moved as OrganisationMerge["moved"],
  };
}

/**
 * Merges a duplicate record into the one that survives, in one transaction: the duplicate's hand-made
 * establishments, activities and shareholdings move to the survivor (exact duplicates stay behind), its
 * support trajectories, grant applications, space demands and users scoped to it move through the support,
 * grants, space and identity modules (each may refuse a clash, which rolls everything back), empty
 * hand-made fields of the survivor are filled from it, and its names become alternative names of the survivor. The duplicate is never deleted: it gets
 * merged_into, so old links and its audit history still resolve. Administrators and account managers.
 */
export async function mergeOrganisations({ ctx, input }: { ctx: Ctx; input: MergeOrganisationsInput }): Promise<OrganisationMerge> {
  requireRole(ctx.actor, "administrator", "account_manager");
  const parsed = MergeOrganisationsInput.safeParse(input);
  if (!parsed.success) throw validation(zodDetails(parsed.error, "body"));
  const { survivorId, mergedId, reason } = parsed.data;
  if (survivorId === mergedId) throw refuse("same_organisation", "An organisation cannot be merged into itself.");
  try {
    return await withTransaction(ctx, (tx) => merge(tx, survivorId, mergedId, reason));
  } catch (err) {
    if (!(err instanceof AppError) && isUniqueViolation(err)) throw alreadyMerged();
    throw err;
  }
}

async function merge(tx: Ctx, survivorId: string, mergedId: string, reason: string): Promise<OrganisationMerge> {
  // Lock both records in a fixed order, so concurrent merges wait for each other instead of deadlocking.
  const locked = await rows<{ id: string }>(tx, sql`
    select id from organisations where id in (${survivorId}::uuid, ${mergedId}::uuid) order by id for update`);
  if (locked.length !== 2) throw notFound("organisation");
  const [survivor] = await tx.db.select().from(organisations).where(eq(organisations.id, survivorId));
  const merged = (await tx.db.select().from(organisations).where(eq(organisations.id, mergedId)))[0];
  if (merged.mergedInto) throw alreadyMerged();
  if (survivor.mergedInto) throw refuse("survivor_merged", "The organisation to keep has itself been merged into another one; merge into that one.");
  if (survivor.enterpriseNumber && merged.enterpriseNumber) {
    throw refuse("different_enterprise_numbers", "Two records with different enterprise numbers are different enterprises and cannot be merged.");
  }
  if (merged.enterpriseNumber && !survivor.enterpriseNumber) {
    throw refuse("keep_enterprise_number", "Keep the record with the enterprise number: merge the other record into it.");
  }

  // Establishments entered by hand; one exactly like a survivor's establishment stays behind.
  const establishments = await rows<{ id: string }>(tx, sql`
    update organisation_establishments e set organisation_id = ${survivorId}::uuid
    where e.organisation_id = ${mergedId}::uuid and not exists (
      select 1 from organisation_establishments x where x.organisation_id = ${survivorId}::uuid
        and x.establishment_number is not distinct from e.establishment_number and x.name is not distinct from e.name
        and x.street is not distinct from e.street and x.house_number is not distinct from e.house_number
        and x.postcode is not distinct from e.postcode and x.place is not distinct from e.place)
    returning e.id`);

  const activities = await rows<{ naceCode: string }>(tx, sql`
    update organisation_activities a set organisation_id = ${survivorId}::uuid
    where a.organisation_id = ${mergedId}::uuid and not exists (
      select 1 from organisation_activities x where x.organisation_id = ${survivorId}::uuid
        and x.nace_version = a.nace_version and x.nace_code = a.nace_code and x.classification = a.classification)
    returning a.nace_code as "naceCode"`);

  // Contacts (people at the organisation) follow their organisation; erased ones too, so links stay whole.
  const movedContacts = await rows<{ id: string }>(tx, sql`
    update contacts set organisation_id = ${survivorId}::uuid where organisation_id = ${mergedId}::uuid returning id`);

  // Shareholdings: one per pair of organisations, never with itself.
  const relations = await rows<{ id: string; organisationId: string; relatedId: string }>(tx, sql`
    select id, organisation_id as "organisationId", related_id as "relatedId" from organisation_relations
    where organisation_id = ${mergedId}::uuid or related_id = ${mergedId}::uuid order by id`);
  const touched = new Set<string>();
  let movedRelations = 0;
  for (const rel of relations) {
    const other = rel.organisationId === mergedId ? rel.relatedId : rel.organisationId;
    if (other === survivorId) continue;
    const existing = await rows<{ id: string }>(tx, sql`
      select id from organisation_relations where (organisation_id = ${survivorId}::uuid and related_id = ${other}::uuid)
        or (organisation_id = ${other}::uuid and related_id = ${survivorId}::uuid)`);
    if (existing.length) continue;
    await tx.db.execute(rel.organisationId === mergedId
      ? sql`update organisation_relations set organisation_id = ${survivorId}::uuid where id = ${rel.id}::uuid`
      : sql`update organisation_relations set related_id = ${survivorId}::uuid where id = ${rel.id}::uuid`);
    touched.add(other);
    movedRelations++;
  }

  /*
   * Every column that points at an organisation (schema grep: `references(() => organisations.id` and
   * organisation ids held elsewhere), and where a merge takes it:
   *   organisations.merged_into, organisation_merges.merged_id/survivor_id   history: stay as they are
   *   organisation_establishments.organisation_id, organisation_activities.organisation_id,
   *   organisation_relations.organisation_id/related_id, contacts.organisation_id      moved above
   *   support_trajectories.organisation_id                                    support's repointOrganisation
   *   user_scopes.ref (kind 'organisation', text, no foreign key)             identity's repointOrganisationScopes
   *   grant_applications.organisation_id, grant_application_partners.organisation_id,
   *   grant_de_minimis_declarations.organisation_id, grant_awards.organisation_id,
   *   grant_decisions.shares[].organisationId (jsonb)                         grants' repointOrganisation
   *   space_demands.organisation_id (introductions and suggestions follow the demand),
   *   space_parcels.owner_organisation_id, space_premises.owner_organisation_id,
   *   retail_campaign_merchants.organisation_id                               space's repointOrganisation
   *   audit_log.entity_id (entity 'organisation')                             history: stays on the merged record
   * Each refuses (precondition_failed) what it cannot join, and the whole merge rolls back.
   */
  const input = { fromOrganisationId: mergedId, toOrganisationId: survivorId };
  const { trajectoryIds } = await repointOrganisation({ ctx: tx, input });
  const grants = await repointGrants({ ctx: tx, input });
  const space = await repointSpace({ ctx: tx, input });
  const { userIds } = await repointOrganisationScopes({ ctx: tx, input });

  // Empty hand-made fields of the survivor, group by group (an address or a set of figures is taken whole).
  const fill: Partial<OrgRow> = {};
  const filledFields: string[] = [];
  const empty = (v: unknown) => v === null || v === undefined || v === "";
  for (const group of FIELD_GROUPS) {
    if (group.columns.every((c) => empty(survivor[c])) && group.columns.some((c) => !empty(merged[c]))) {
      for (const c of group.columns) (fill as Record<string, unknown>)[c] = merged[c];
      filledFields.push(group.name);
    }
  }
  const names = [...survivor.altNames.split(" | "), merged.name, ...merged.altNames.split(" | ")]
    .map((n) => n.trim())
    .filter((n, i, all) => n && n !== survivor.name && all.indexOf(n) === i);
  const altNames = names.join(" | ");
  if (altNames !== survivor.altNames) {
    fill.altNames = altNames;
    filledFields.push("altNames");
  }
  const now = new Date();
  await tx.db.update(organisations).set({ ...fill, version: survivor.version + 1, updatedAt: now }).where(eq(organisations.id, survivorId));
  await tx.db.update(organisations).set({ mergedInto: survivorId, version: merged.version + 1, updatedAt: now }).where(eq(organisations.id, mergedId));

  for (const id of [survivorId, ...touched]) await recomputeSmeClass(tx, id);
  // The activities moved: both records' NACE filter codes follow.
  await refreshNaceCodes(tx, [survivorId, mergedId]);

  const moved = { establishments: establishments.length, activities: activities.length, relations: movedRelations, trajectories: trajectoryIds.length, contacts: movedContacts.length,
    grantApplications: grants.applicationIds.length, spaceRecords: space.demandIds.length + space.parcelIds.length + space.premisesIds.length + space.merchantIds.length,
    userScopes: userIds.length, filledFields };
  const [row] = await tx.db
    .insert(organisationMerges)
    .values({
      mergedId,
      survivorId,
      reason,
      mergedBy: tx.actor.label,
      mergedByUserId: tx.actor.kind === "user" ? tx.actor.userId : null,
      snapshot: snapshotOf(merged),
      moved,
    })
    .returning();

  await writeAudit(tx, {
    action: "organisation.merge",
    entity: "organisation",
    entityId: mergedId,
    before: { mergedInto: null, name: merged.name, version: merged.version },
    after: { mergedInto: survivorId, reason, moved },
  });
  const before: Record<string, unknown> = {};
  for (const k of Object.keys(fill)) before[k] = survivor[k as keyof OrgRow];
  await writeAudit(tx, {
    action: "organisation.absorb",
    entity: "organisation",
    entityId: survivorId,
    before,
    after: { ...fill, mergedId, reason, moved, trajectoryIds, grants, space, userIds },
  });
  return presentMerge(row);
}
