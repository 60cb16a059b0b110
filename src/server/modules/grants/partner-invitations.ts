import { and, eq, isNull } from "drizzle-orm";
import { InvitePartnerInput, type ApplicationDetail } from "../../../contracts/grants-portal.js";
import { grantApplicationPartners, grantDeMinimisDeclarations } from "../../db/schema/grants.js";
import { organisations } from "../../db/schema/organisations.js";
import { writeAudit } from "../../platform/audit.js";
import { withTransaction, type Ctx } from "../../platform/context.js";
import { notFound } from "../../platform/errors.js";
import { normaliseEnterpriseNumber } from "../organisations/index.js";
import { buildApplicationDetail, loadApplication } from "./application-access.js";
import { fail, parseInput, stateConflict } from "./portal-checks.js";
import { mailPartnerInvited } from "./portal-mail.js";
import { resolveGrantsDeps, type GrantsDeps } from "./portal-policies.js";
import { requireLead } from "./start-application.js";

const draftOnly = (status: string) => {
  if (status !== "draft") stateConflict("Partners can change only while the application is a draft.", "not_draft");
};

/**
 * The lead invites a partner company by its enterprise number, as the registry knows it. A company that
 * declined earlier may be invited again. The partner's entrepreneur then confirms or declines.
 */
export async function invitePartner({ ctx, input, deps }: { ctx: Ctx; input: InvitePartnerInput & { applicationId: string }; deps?: Partial<GrantsDeps> }): Promise<ApplicationDetail> {
  const { applicationId, ...rest } = input;
  const now = resolveGrantsDeps(deps).now();
  return withTransaction(ctx, async (tx) => {
    const access = await loadApplication(tx, applicationId, true);
    requireLead(tx, access);
    const v = parseInput(InvitePartnerInput, rest);
    draftOnly(access.app.status);
    const number = normaliseEnterpriseNumber(v.enterpriseNumber);
    if (!number) fail("enterpriseNumber", "invalid_enterprise_number", "This is not a valid enterprise number.");
    const [org] = await tx.db.select().from(organisations).where(and(eq(organisations.enterpriseNumber, number), isNull(organisations.mergedInto)));
    if (!org) fail("enterpriseNumber", "unknown_enterprise", "No organisation with this enterprise number is in the registry.");
    const [existing] = await tx.db.select().from(grantApplicationPartners).where(and(eq(grantApplicationPartners.applicationId, applicationId), eq(grantApplicationPartners.organisationId, org.id)));
    const userId = tx.actor.kind === "user" ? tx.actor.userId : null;
    if (existing && existing.status !== "declined") fail("enterpriseNumber", "already_partner", `${org.name} takes part in this application already.`);
    if (existing) {
      await tx.db
        .update(grantApplicationPartners)
        .set({ status: "invited", contribution: v.contribution, invitedBy: userId, invitedAt: now, declineReason: "", confirmedAt: null, confirmedBy: null, deMinimisDeclaredAt: null, version: existing.version + 1 })
        .where(eq(grantApplicationPartners.id, existing.id));
    } else {
      await tx.db.insert(grantApplicationPartners).values({ applicationId, organisationId: org.id, role: "partner", status: "invited", contribution: v.contribution, invitedBy: userId, invitedAt: now });
    }
    const [lead] = await tx.db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, access.app.organisationId));
    await mailPartnerInvited(tx, {
      applicationId, reference: access.app.reference, callNameNl: access.call.nameNl, callNameEn: access.call.nameEn, leadName: lead.name, partnerOrganisationId: org.id, partnerName: org.name,
    });
    await writeAudit(tx, { action: "grant_application.invite_partner", entity: "grant_application", entityId: applicationId, after: { organisationId: org.id, enterpriseNumber: number, contribution: v.contribution } });
    return buildApplicationDetail(tx, await loadApplication(tx, applicationId), now);
  });
}

/** The lead takes an invitation back (or a partner off the draft), with the partner's declaration. */
export async function removePartner({ ctx, input, deps }: { ctx: Ctx; input: { applicationId: string; partnerId: string }; deps?: Partial<GrantsDeps> }): Promise<ApplicationDetail> {
  const now = resolveGrantsDeps(deps).now();
  return withTransaction(ctx, async (tx) => {
    const access = await loadApplication(tx, input.applicationId, true);
    requireLead(tx, access);
    draftOnly(access.app.status);
    const [partner] = await tx.db.select().from(grantApplicationPartners).where(and(eq(grantApplicationPartners.id, input.partnerId), eq(grantApplicationPartners.applicationId, input.applicationId)));
    if (!partner || partner.role !== "partner") throw notFound("partner");
    await tx.db.delete(grantDeMinimisDeclarations).where(and(eq(grantDeMinimisDeclarations.applicationId, input.applicationId), eq(grantDeMinimisDeclarations.organisationId, partner.organisationId)));
    await tx.db.delete(grantApplicationPartners).where(eq(grantApplicationPartners.id, partner.id));
    await writeAudit(tx, { action: "grant_application.remove_partner", entity: "grant_application", entityId: input.applicationId, before: { organisationId: partner.organisationId, status: partner.status } });
    return buildApplicationDetail(tx, await loadApplication(tx, input.applicationId), now);
  });
}
