import { eq, or } from "drizzle-orm";
import type { OrganisationMergeStatus } from "../../../contracts/organisations.js";
import { organisationMerges } from "../../db/schema/organisations.js";
import type { Ctx } from "../../platform/context.js";
import { findVisibleOrganisation } from "./get-organisation.js";
import { presentMerge } from "./merge-organisations.js";

/**
 * Where an organisation id leads now: for a merged record the surviving record's id (mergedInto) and its
 * merge with the snapshot of the record as it was; for a survivor the merges into it. Readable by whoever
 * may read the record itself.
 */
export async function getMergeStatus({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<OrganisationMergeStatus> {
  const org = await findVisibleOrganisation(ctx, input.id);
  const merges = await ctx.db
    .select()
    .from(organisationMerges)
    .where(or(eq(organisationMerges.mergedId, org.id), eq(organisationMerges.survivorId, org.id)))
    .orderBy(organisationMerges.mergedAt, organisationMerges.id);
  return { id: org.id, mergedInto: org.mergedInto, merges: merges.map(presentMerge) };
}
