import { and, eq } from "drizzle-orm";
import { DeclareDeMinimisInput, RespondInvitationInput, type ApplicationDetail, type DeclaredAid } from "../../../contracts/grants-portal.js";
import { grantApplicationPartners, grantDeMinimisDeclarations } from "../../db/schema/grants.js";
import { organisations } from "../../db/schema/organisations.js";
import { writeAudit } from "../../platform/audit.js";
import { withTransaction, type Ctx } from "../../platform/context.js";
import { notFound } from "../../platform/errors.js";
import { buildApplicationDetail, loadApplication } from "./application-access.js";
import { fail, parseInput, stateConflict } from "./portal-checks.js";
import { mailPartnerAnswered } from "./portal-mail.js";
import { requireActsFor, resolveGrantsDeps, type GrantsDeps } from "./portal-policies.js";

type Aid = Required<Omit<DeclaredAid, "regulation" | "description">> & { regulation: string; description: string };

/** Replaces the organisation's declared de minimis aid on this application; aid dated after today is refused. */
async function replaceDeclaration(ctx: Ctx, applicationId: string, organisationId: string, aids: Aid[], now: Date): Promise<void> {
  const today = now.toISOString().slice(0, 10);
  aids.forEach((a, i) => {
    if (a.aidDate > today) fail(`aids.${i}.aidDate`, "future_date", "Aid cannot be granted in the future.");
  });
  await ctx.db.delete(grantDeMinimisDeclarations).where(and(eq(grantDeMinimisDeclarations.applicationId, applicationId), eq(grantDeMinimisDeclarations.organisationId, organisationId)));
  const declaredBy = ctx.actor.kind === "user" ? ctx.actor.userId : null;
  if (aids.length) {
    await ctx.db.insert(grantDeMinimisDeclarations).values(aids.map((a) => ({ applicationId, organisationId, ...a, declaredBy, declaredAt: now })));
  }
}

/**
 * A partner company's entrepreneur answers the invitation: confirms participation together with its de
 * minimis declaration (the aid of the last three years; an empty list declares none), or declines with
 * an optional reason. Only while the application is a draft and the invitation open.
 */
export async function respondToInvitation({ ctx, input, deps }: { ctx: Ctx; input: RespondInvitationInput & { applicationId: string; partnerId: string }; deps?: Partial<GrantsDeps> }): Promise<ApplicationDetail> {
  const { applicationId, partnerId, ...rest } = input;
  const now = resolveGrantsDeps(deps).now();
  return withTransaction(ctx, async (tx) => {
    const access = await loadApplication(tx, applicationId, true);
    const [partner] = await tx.db.select().from(grantApplicationPartners).where(and(eq(grantApplicationPartners.id, partnerId), eq(grantApplicationPartners.applicationId, applicationId))).for("update");
    if (!partner || partner.role !== "partner") throw notFound("partner");
    requireActsFor(tx.actor, partner.organisationId);
    const v = parseInput(RespondInvitationInput, rest);
    if (access.app.status !== "draft") stateConflict("The application is no longer a draft.", "not_draft");
    if (partner.status !== "invited") stateConflict("This invitation has been answered already.", "already_answered");
    const userId = tx.actor.kind === "user" ? tx.actor.userId : null;
    if (v.accept) {
      await replaceDeclaration(tx, applicationId, partner.organisationId, v.aids as Aid[], now);
      await tx.db.update(grantApplicationPartners).set({ status: "confirmed", confirmedBy: userId, confirmedAt: now, deMinimisDeclaredAt: now, version: partner.version + 1 }).where(eq(grantApplicationPartners.id, partnerId));
    } else {
      await tx.db.update(grantApplicationPartners).set({ status: "declined", declineReason: v.reason, confirmedBy: userId, version: partner.version + 1 }).where(eq(grantApplicationPartners.id, partnerId));
    }
    const [org] = await tx.db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, partner.organisationId));
    const app = access.app;
    await mailPartnerAnswered(tx, {
      applicationId, reference: app.reference, organisationId: app.organisationId, contactEmail: app.contactEmail, language: app.language,
      partnerName: org?.name ?? "", accepted: v.accept, reason: v.accept ? null : (v.reason ?? null),
    });
    await writeAudit(tx, {
      action: v.accept ? "grant_application.partner_confirm" : "grant_application.partner_decline",
      entity: "grant_application",
      entityId: applicationId,
      after: v.accept ? { organisationId: partner.organisationId, aids: v.aids } : { organisationId: partner.organisationId, reason: v.reason },
    });
    return buildApplicationDetail(tx, await loadApplication(tx, applicationId), now);
  });
}

/** A participant (lead or confirmed partner) declares, or corrects, its de minimis aid of the last three years. */
export async function declareDeMinimis({ ctx, input, deps }: { ctx: Ctx; input: DeclareDeMinimisInput & { applicationId: string }; deps?: Partial<GrantsDeps> }): Promise<ApplicationDetail> {
  const { applicationId, ...rest } = input;
  const now = resolveGrantsDeps(deps).now();
  return withTransaction(ctx, async (tx) => {
    const access = await loadApplication(tx, applicationId, true);
    const v = parseInput(DeclareDeMinimisInput, rest);
    requireActsFor(tx.actor, v.organisationId);
    const [participant] = await tx.db.select().from(grantApplicationPartners).where(and(eq(grantApplicationPartners.applicationId, applicationId), eq(grantApplicationPartners.organisationId, v.organisationId))).for("update");
    if (!participant || participant.status !== "confirmed") fail("organisationId", "not_a_participant", "Only a confirmed participant declares its aid.");
    if (access.app.status !== "draft") stateConflict("The application is no longer a draft.", "not_draft");
    await replaceDeclaration(tx, applicationId, v.organisationId, v.aids as Aid[], now);
    await tx.db.update(grantApplicationPartners).set({ deMinimisDeclaredAt: now, version: participant.version + 1 }).where(eq(grantApplicationPartners.id, participant.id));
    await writeAudit(tx, { action: "grant_application.declare_de_minimis", entity: "grant_application", entityId: applicationId, after: { organisationId: v.organisationId, aids: v.aids } });
    return buildApplicationDetail(tx, await loadApplication(tx, applicationId), now);
  });
}
