import { eq, sql } from "drizzle-orm";
import { StartApplicationInput, type ApplicationDetail } from "../../../contracts/grants-portal.js";
import { grantApplicationPartners, grantApplications, grantCalls } from "../../db/schema/grants.js";
import { organisations } from "../../db/schema/organisations.js";
import { writeAudit } from "../../platform/audit.js";
import { withTransaction, type Ctx } from "../../platform/context.js";
import { forbidden } from "../../platform/errors.js";
import { buildApplicationDetail, loadApplication, type ApplicationAccess } from "./application-access.js";
import { nextApplicationReference } from "./application-reference.js";
import { fail, parseInput, stateConflict } from "./portal-checks.js";
import { requireActsFor, requireApplicationRole, resolveGrantsDeps, type GrantsDeps } from "./portal-policies.js";

/** Only the lead's entrepreneur (or the system) acts as the applicant. */
export function requireLead(ctx: Ctx, access: ApplicationAccess): void {
  if (ctx.actor.kind === "system") return;
  if (access.view !== "full" || !access.mine.includes(access.app.organisationId)) throw forbidden("Only the applicant organisation can do this.");
}

/** Bumps the application's version and timestamp after a change to it or its parts. */
export async function touchApplication(ctx: Ctx, id: string, now: Date): Promise<void> {
  await ctx.db.update(grantApplications).set({ version: sql`${grantApplications.version} + 1`, updatedAt: now }).where(eq(grantApplications.id, id));
}

/**
 * An entrepreneur starts an application for their own organisation in a published call that has not
 * closed: a draft with the next reference, the organisation as confirmed lead, and the registry's data
 * (name, enterprise number, address, SME class) kept as it was at the start.
 */
export async function startApplication({ ctx, input, deps, demo = false }: { ctx: Ctx; input: StartApplicationInput; deps?: Partial<GrantsDeps>; demo?: boolean }): Promise<ApplicationDetail> {
  requireApplicationRole(ctx.actor);
  const v = parseInput(StartApplicationInput, input);
  requireActsFor(ctx.actor, v.organisationId);
  const now = resolveGrantsDeps(deps).now();
  return withTransaction(ctx, async (tx) => {
    const [call] = await tx.db.select().from(grantCalls).where(eq(grantCalls.id, v.callId));
    if (!call || call.status === "draft") fail("callId", "unknown_call", "There is no such call open for applications.");
    if (call.status === "closed" || call.closesAt <= now) stateConflict("The call has closed; no new applications can be started.", "call.closed", "callId");
    const [org] = await tx.db.select().from(organisations).where(eq(organisations.id, v.organisationId));
    if (!org || org.mergedInto) fail("organisationId", "unknown_organisation", "There is no such organisation.");
    const userId = tx.actor.kind === "user" ? tx.actor.userId : null;
    const snapshot = {
      name: org.name, enterpriseNumber: org.enterpriseNumber, street: org.street, houseNumber: org.houseNumber, postcode: org.postcode,
      place: org.place, municipalityNis: org.municipalityNis, smeClass: org.smeClass, headcount: org.headcount, figuresYear: org.figuresYear,
    };
    const [app] = await tx.db
      .insert(grantApplications)
      .values({
        callId: call.id,
        organisationId: org.id,
        createdBy: userId,
        reference: await nextApplicationReference(tx.db, call.id),
        title: v.title,
        language: v.language,
        applicantSnapshot: snapshot,
        contactName: tx.actor.kind === "user" ? tx.actor.label : "",
        demo,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await tx.db.insert(grantApplicationPartners).values({ applicationId: app.id, organisationId: org.id, role: "lead", status: "confirmed", invitedBy: userId, invitedAt: now, confirmedBy: userId, confirmedAt: now });
    await writeAudit(tx, { action: "grant_application.start", entity: "grant_application", entityId: app.id, after: { callId: call.id, organisationId: org.id, reference: app.reference, title: v.title, language: v.language } });
    return buildApplicationDetail(tx, await loadApplication(tx, app.id), now);
  });
}
