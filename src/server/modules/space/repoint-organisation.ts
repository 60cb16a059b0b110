import { sql } from "drizzle-orm";
import { writeAudit } from "../../platform/audit.js";
import { withTransaction, type Ctx } from "../../platform/context.js";
import { checkRepoint, type RepointInput } from "../../platform/repoint.js";
import { rows } from "../../platform/sql.js";
import { invalidateMatchState } from "./match-state.js";

export type RepointSpaceInput = RepointInput;

export interface RepointSpaceResult {
  demandIds: string[];
  parcelIds: string[];
  premisesIds: string[];
  /** Campaign merchant rows that named the organisation. */
  merchantIds: string[];
}

/**
 * Moves everything the space module holds for one organisation to another (when a duplicate record is
 * merged into the one that survives): its space demands (their suggestions and introductions follow the
 * demand), the parcels and premises it owns, and the campaign merchants linked to it. Nothing here can
 * clash: a demand, an owner or a merchant names one organisation and no unique key spans organisations.
 * One audit row per record moved. Runs in the caller's transaction when there is one. Administrators and
 * account managers (the ones who merge).
 */
export async function repointOrganisation({ ctx, input }: { ctx: Ctx; input: RepointSpaceInput }): Promise<RepointSpaceResult> {
  const { from, to } = checkRepoint(ctx.actor, input);
  return withTransaction(ctx, async (tx) => {
    const demands = await rows<{ id: string }>(tx, sql`
      update space_demands set organisation_id = ${to}::uuid, version = version + 1, updated_at = now()
      where organisation_id = ${from}::uuid returning id`);
    const parcels = await rows<{ id: string }>(tx, sql`
      update space_parcels set owner_organisation_id = ${to}::uuid, version = version + 1, updated_at = now()
      where owner_organisation_id = ${from}::uuid returning id`);
    const premises = await rows<{ id: string }>(tx, sql`
      update space_premises set owner_organisation_id = ${to}::uuid, version = version + 1, updated_at = now()
      where owner_organisation_id = ${from}::uuid returning id`);
    // The matching state's mirrors hold each demand's organisation (for its mails): they must read it afresh.
    if (demands.length > 0) await invalidateMatchState(tx);
    const merchants = await rows<{ id: string; campaignId: string }>(tx, sql`
      update retail_campaign_merchants set organisation_id = ${to}::uuid
      where organisation_id = ${from}::uuid returning id, campaign_id as "campaignId"`);

    const audit = (action: string, entity: string, entityId: string, field: string, extra: Record<string, unknown> = {}) =>
      writeAudit(tx, { action, entity, entityId, before: { [field]: from, ...extra }, after: { [field]: to, ...extra } });
    for (const d of demands) await audit("space_demand.repoint_organisation", "space_demand", d.id, "organisationId");
    for (const p of parcels) await audit("parcel.repoint_owner", "space_parcel", p.id, "ownerOrganisationId");
    for (const p of premises) await audit("premises.repoint_owner", "space_premises", p.id, "ownerOrganisationId");
    for (const m of merchants) await audit("retail_campaign.repoint_merchant", "retail_campaign", m.campaignId, "organisationId", { merchantId: m.id });
    return { demandIds: demands.map((r) => r.id), parcelIds: parcels.map((r) => r.id), premisesIds: premises.map((r) => r.id), merchantIds: merchants.map((r) => r.id) };
  });
}
