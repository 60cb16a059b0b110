import { eq } from "drizzle-orm";
import type { ApplicationStatus } from "../../../contracts/grants.js";
import { VersionInput, WithdrawInput, type ApplicationDetail } from "../../../contracts/grants-portal.js";
import { grantApplications } from "../../db/schema/grants.js";
import { writeAudit } from "../../platform/audit.js";
import { withTransaction, type Ctx } from "../../platform/context.js";
import { AppError } from "../../platform/errors.js";
import { buildApplicationDetail, loadApplication, partnersOf } from "./application-access.js";
import { readiness } from "./application-readiness.js";
import { parseInput, staleVersion } from "./portal-checks.js";
import { isOfficer, resolveGrantsDeps, workflowRoles, type GrantsDeps } from "./portal-policies.js";
import { requireLead } from "./start-application.js";
import { transition, type WorkflowEvent } from "./workflow.js";

/** Applies the pure workflow or throws its error with the reasons as details. */
export function applyTransition(ctx: Ctx, from: string, event: WorkflowEvent): ApplicationStatus {
  const t = transition(from as ApplicationStatus, event, workflowRoles(ctx.actor));
  if (!t.ok) throw new AppError(t.error, t.reasons[0]?.message ?? "Not allowed.", t.reasons.map((r) => ({ path: "status", code: r.code, message: r.message })));
  return t.to;
}

/**
 * The applicant submits a complete application while the call is open (from its opening moment, up to
 * but not including its closing moment). Incomplete, or outside the window: precondition_failed listing
 * every missing item, and nothing changes.
 */
export async function submitApplication({ ctx, input, deps }: { ctx: Ctx; input: { id: string; version: number }; deps?: Partial<GrantsDeps> }): Promise<ApplicationDetail> {
  const now = resolveGrantsDeps(deps).now();
  return withTransaction(ctx, async (tx) => {
    const access = await loadApplication(tx, input.id, true);
    requireLead(tx, access);
    const { version } = parseInput(VersionInput, { version: input.version });
    const { app, call } = access;
    if (app.version !== version) staleVersion("application");
    const partners = await partnersOf(tx, app.id, "all");
    const ready = readiness({ title: app.title, amountRequestedCents: app.amountRequestedCents, answers: app.answers, call, partners, now });
    applyTransition(tx, app.status, { type: "submit", now: now.toISOString(), call: { opensAt: call.opensAt.toISOString(), closesAt: call.closesAt.toISOString() }, formComplete: true, partnersConfirmed: true });
    if (!ready.ready) {
      throw new AppError("precondition_failed", ready.missing[0].message, ready.missing.map((r) => ({ path: String(r.params.field ?? "application"), code: r.code, message: r.message })));
    }
    const userId = tx.actor.kind === "user" ? tx.actor.userId : null;
    await tx.db.update(grantApplications).set({ status: "submitted", submittedAt: now, submittedBy: userId, version: app.version + 1, updatedAt: now }).where(eq(grantApplications.id, app.id));
    await writeAudit(tx, { action: "grant_application.submit", entity: "grant_application", entityId: app.id, before: { status: app.status }, after: { status: "submitted", submittedAt: now } });
    return buildApplicationDetail(tx, await loadApplication(tx, app.id), now);
  });
}

/** The applicant (or an officer) withdraws a draft, submitted application or one asked for more information. */
export async function withdrawApplication({ ctx, input, deps }: { ctx: Ctx; input: { id: string; version: number; reason?: string }; deps?: Partial<GrantsDeps> }): Promise<ApplicationDetail> {
  const now = resolveGrantsDeps(deps).now();
  return withTransaction(ctx, async (tx) => {
    const access = await loadApplication(tx, input.id, true);
    if (!isOfficer(tx.actor)) requireLead(tx, access);
    const v = parseInput(WithdrawInput, { version: input.version, reason: input.reason });
    const { app } = access;
    if (app.version !== v.version) staleVersion("application");
    applyTransition(tx, app.status, { type: "withdraw", reason: v.reason });
    await tx.db.update(grantApplications).set({ status: "withdrawn", withdrawnAt: now, withdrawnReason: v.reason, version: app.version + 1, updatedAt: now }).where(eq(grantApplications.id, app.id));
    await writeAudit(tx, { action: "grant_application.withdraw", entity: "grant_application", entityId: app.id, before: { status: app.status }, after: { status: "withdrawn", reason: v.reason } });
    return buildApplicationDetail(tx, await loadApplication(tx, app.id), now);
  });
}
