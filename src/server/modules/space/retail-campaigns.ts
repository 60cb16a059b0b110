import { sql } from "drizzle-orm";
import { CampaignInput, MerchantInput, type CampaignView } from "../../../contracts/space-demand.js";
import { MUNICIPALITIES } from "../../../../seed/geography/index.js";
import { writeAudit } from "../../platform/audit.js";
import { withTransaction, type Ctx } from "../../platform/context.js";
import { conflict, forbidden, notFound, validation, zodDetails } from "../../platform/errors.js";
import { rows } from "./demand-repo.js";
import { isUuid } from "./demand-policies.js";
import { canKeepRetail, requireReadsMunicipality, requireRetailKeeper, requireRetailReader, retailReadScope } from "./retail-policies.js";
import { campaignsWhere } from "./retail-repo.js";

const LIMBURG = new Set(MUNICIPALITIES.map((m) => m.nis));
const forbiddenHere = () => forbidden("You keep the campaigns of your own municipality only.");

/** Campaigns the actor may read (a municipality user: its own and the province-wide ones). */
export async function listCampaigns({ ctx, input }: { ctx: Ctx; input: { municipalityNis?: string } }): Promise<CampaignView[]> {
  requireRetailReader(ctx.actor);
  const scope = retailReadScope(ctx.actor);
  const parts = [sql`true`];
  if (scope !== null) parts.push(scope.length ? sql`(k.municipality_nis is null or k.municipality_nis in (${sql.join(scope.map((n) => sql`${n}`), sql`, `)}))` : sql`k.municipality_nis is null`);
  if (input.municipalityNis) parts.push(sql`(k.municipality_nis = ${input.municipalityNis} or k.municipality_nis is null)`);
  return campaignsWhere(ctx, sql.join(parts, sql` and `));
}

async function findCampaign(ctx: Ctx, id: string): Promise<CampaignView> {
  if (!isUuid(id)) throw notFound("campaign");
  const [found] = await campaignsWhere(ctx, sql`k.id = ${id}::uuid`);
  if (!found) throw notFound("campaign");
  if (found.municipalityNis !== null) requireReadsMunicipality(ctx.actor, found.municipalityNis, "campaign");
  return found;
}

/** Starts a campaign ("Maand van de Markt", "Ik koop lokaal") in a municipality or province-wide. */
export async function createCampaign({ ctx, input, demo = false }: { ctx: Ctx; input: CampaignInput; demo?: boolean }): Promise<CampaignView> {
  requireRetailKeeper(ctx.actor);
  const parsed = CampaignInput.safeParse(input);
  if (!parsed.success) throw validation(zodDetails(parsed.error));
  const v = parsed.data;
  if (v.municipalityNis !== null && !LIMBURG.has(v.municipalityNis)) throw validation([{ path: "municipalityNis", code: "not_in_limburg", message: `${v.municipalityNis} is not a municipality of Limburg.` }]);
  if (!canKeepRetail(ctx.actor, v.municipalityNis)) throw forbiddenHere();
  return withTransaction(ctx, async (tx) => {
    const [{ id }] = await rows<{ id: string }>(tx, sql`insert into retail_campaigns (name, kind, municipality_nis, starts_on, ends_on, description, demo)
      values (${v.name}, ${v.kind}, ${v.municipalityNis}, ${v.startsOn}::date, ${v.endsOn}::date, ${v.description}, ${demo}) returning id`);
    await writeAudit(tx, { action: "retail_campaign.create", entity: "retail_campaign", entityId: id, after: { ...v, demo } });
    return findCampaign(tx, id);
  });
}

/** Adds a participating merchant (optionally the premises it trades from, in the campaign's municipality). */
export async function addMerchant({ ctx, input }: { ctx: Ctx; input: MerchantInput & { campaignId: string } }): Promise<CampaignView> {
  requireRetailKeeper(ctx.actor);
  const { campaignId, ...rest } = input;
  const parsed = MerchantInput.safeParse(rest);
  if (!parsed.success) throw validation(zodDetails(parsed.error));
  const v = parsed.data;
  return withTransaction(ctx, async (tx) => {
    const campaign = await findCampaign(tx, campaignId);
    if (!canKeepRetail(tx.actor, campaign.municipalityNis)) throw forbiddenHere();
    if (v.premisesId) {
      const [p] = await rows<{ nis: string }>(tx, sql`select c.municipality_nis as nis from retail_premises p join retail_cores c on c.id = p.core_id where p.id = ${v.premisesId}::uuid`);
      if (!p || (campaign.municipalityNis !== null && p.nis !== campaign.municipalityNis) || !canKeepRetail(tx.actor, p.nis)) {
        throw validation([{ path: "premisesId", code: "unknown_premises", message: "There is no such premises in the campaign's municipality." }]);
      }
    }
    if (campaign.merchants.some((m) => m.merchantName.toLowerCase() === v.merchantName.toLowerCase())) {
      throw conflict("This merchant already takes part.", [{ path: "merchantName", code: "merchant_taken", message: "The merchant is already listed." }]);
    }
    const [{ id }] = await rows<{ id: string }>(tx, sql`insert into retail_campaign_merchants (campaign_id, merchant_name, premises_id)
      values (${campaignId}::uuid, ${v.merchantName}, ${v.premisesId}::uuid) returning id`);
    await writeAudit(tx, { action: "retail_campaign.add_merchant", entity: "retail_campaign", entityId: campaignId, after: { merchantId: id, ...v } });
    return findCampaign(tx, campaignId);
  });
}

/** Removes a participating merchant. */
export async function removeMerchant({ ctx, input }: { ctx: Ctx; input: { campaignId: string; merchantId: string } }): Promise<CampaignView> {
  requireRetailKeeper(ctx.actor);
  return withTransaction(ctx, async (tx) => {
    const campaign = await findCampaign(tx, input.campaignId);
    if (!canKeepRetail(tx.actor, campaign.municipalityNis)) throw forbiddenHere();
    const merchant = campaign.merchants.find((m) => m.id === input.merchantId);
    if (!merchant) throw notFound("merchant");
    await tx.db.execute(sql`delete from retail_campaign_merchants where id = ${input.merchantId}::uuid`);
    await writeAudit(tx, { action: "retail_campaign.remove_merchant", entity: "retail_campaign", entityId: input.campaignId, before: merchant });
    return findCampaign(tx, input.campaignId);
  });
}
