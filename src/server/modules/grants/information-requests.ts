import { and, eq, isNull } from "drizzle-orm";
import type { FormDefinition } from "../../../contracts/grants.js";
import { AnswerInput, AskInput, type ApplicationDetail } from "../../../contracts/grants-portal.js";
import { grantApplications, grantInformationRequests } from "../../db/schema/grants.js";
import { writeAudit } from "../../platform/audit.js";
import { withTransaction, type Ctx } from "../../platform/context.js";
import { notFound } from "../../platform/errors.js";
import { applyTransition } from "./application-lifecycle.js";
import { buildApplicationDetail, loadApplication } from "./application-access.js";
import { validateAnswers } from "./form-definition.js";
import { parseInput, stateConflict } from "./portal-checks.js";
import { mailInformationRequested } from "./portal-mail.js";
import { requireOfficer, resolveGrantsDeps, type GrantsDeps } from "./portal-policies.js";
import { requireLead } from "./start-application.js";

/**
 * A grant officer asks the applicant for more information on a submitted application; it waits (status
 * more_info_requested) until every open question is answered. More questions may be added meanwhile.
 */
export async function askForInformation({ ctx, input, deps }: { ctx: Ctx; input: { applicationId: string; question: string; dueDate?: string }; deps?: Partial<GrantsDeps> }): Promise<ApplicationDetail> {
  requireOfficer(ctx.actor);
  const now = resolveGrantsDeps(deps).now();
  return withTransaction(ctx, async (tx) => {
    const access = await loadApplication(tx, input.applicationId, true);
    const v = parseInput(AskInput, { question: input.question, dueDate: input.dueDate });
    const { app } = access;
    const to = app.status === "more_info_requested" ? app.status : applyTransition(tx, app.status, { type: "request_more_info", message: v.question });
    const [row] = await tx.db
      .insert(grantInformationRequests)
      .values({ applicationId: app.id, question: v.question, dueDate: v.dueDate ?? null, askedBy: tx.actor.kind === "user" ? tx.actor.userId : null, askedAt: now })
      .returning({ id: grantInformationRequests.id });
    await tx.db.update(grantApplications).set({ status: to, version: app.version + 1, updatedAt: now }).where(eq(grantApplications.id, app.id));
    await mailInformationRequested(tx, { applicationId: app.id, reference: app.reference, organisationId: app.organisationId, contactEmail: app.contactEmail, language: app.language, question: v.question, dueDate: v.dueDate ?? null });
    await writeAudit(tx, { action: "grant_application.ask", entity: "grant_application", entityId: app.id, before: { status: app.status }, after: { status: to, requestId: row.id, question: v.question, dueDate: v.dueDate ?? null } });
    return buildApplicationDetail(tx, await loadApplication(tx, app.id), now);
  });
}

/**
 * The applicant answers an open question. When it was the last open one, the application returns to
 * submitted — provided the form is still complete (the applicant may have changed answers meanwhile);
 * otherwise nothing changes and the missing fields are listed.
 */
export async function answerInformationRequest({ ctx, input, deps }: { ctx: Ctx; input: { applicationId: string; requestId: string; answer: string }; deps?: Partial<GrantsDeps> }): Promise<ApplicationDetail> {
  const now = resolveGrantsDeps(deps).now();
  return withTransaction(ctx, async (tx) => {
    const access = await loadApplication(tx, input.applicationId, true);
    requireLead(tx, access);
    const v = parseInput(AnswerInput, { answer: input.answer });
    const { app, call } = access;
    if (!/^[0-9a-f-]{36}$/i.test(input.requestId)) throw notFound("information request");
    const [req] = await tx.db.select().from(grantInformationRequests).where(and(eq(grantInformationRequests.id, input.requestId), eq(grantInformationRequests.applicationId, app.id)));
    if (!req) throw notFound("information request");
    if (req.answer !== null) stateConflict("This question has been answered already.", "already_answered");
    if (app.status !== "more_info_requested") stateConflict("The application is not waiting for information.", "not_waiting");
    const open = await tx.db.select({ id: grantInformationRequests.id }).from(grantInformationRequests).where(and(eq(grantInformationRequests.applicationId, app.id), isNull(grantInformationRequests.answer)));
    let to = app.status;
    if (open.length === 1) {
      const form = validateAnswers(call.form as FormDefinition, app.answers, "submit");
      if (!form.complete) {
        applyTransition(tx, app.status, { type: "answer_more_info", formComplete: false });
      }
      to = applyTransition(tx, app.status, { type: "answer_more_info", formComplete: true });
    }
    await tx.db
      .update(grantInformationRequests)
      .set({ answer: v.answer, answeredAt: now, answeredBy: tx.actor.kind === "user" ? tx.actor.userId : null })
      .where(eq(grantInformationRequests.id, req.id));
    await tx.db.update(grantApplications).set({ status: to, version: app.version + 1, updatedAt: now }).where(eq(grantApplications.id, app.id));
    await writeAudit(tx, { action: "grant_application.answer", entity: "grant_application", entityId: app.id, before: { status: app.status }, after: { status: to, requestId: req.id } });
    return buildApplicationDetail(tx, await loadApplication(tx, app.id), now);
  });
}
