import { eq } from "drizzle-orm";
import { z } from "zod";
import { DecisionInput, type DecisionView } from "../../../contracts/grants-decisions.js";
import { RepaymentPlan } from "../../../contracts/grants.js";
import { grantEnvelopes } from "../../db/schema/grants.js";
import { grantAwards, grantDecisions } from "../../db/schema/grants-decisions.js";
import { writeAudit } from "../../platform/audit.js";
import { withTransaction, type Ctx } from "../../platform/context.js";
import { AppError, conflict, validation, zodDetails } from "../../platform/errors.js";
import { letterLanguage } from "./decision-letter.js";
import { queueDecisionMail } from "./decision-mail.js";
import { requireOfficer, userIdOf, workflowRoles } from "./decision-policies.js";
import { confirmedParticipants, decisionOf, loadApplication, loadCall, setStatus } from "./decision-repo.js";
import { computeEligibility, defaultShares, storeEligibility } from "./eligibility.js";
import { checkCommitment } from "./envelope.js";
import { getDecision } from "./get-decision.js";
import { todayOf, type GrantDeps } from "./grant-deps.js";
import { transition, type WorkflowEvent } from "./workflow.js";

const Input = z.intersection(z.object({ id: z.string().uuid() }), DecisionInput);

/** Throws the workflow's refusal as the matching error, with its reasons as details. */
export function step(from: Parameters<typeof transition>[0], event: WorkflowEvent, roles: Parameters<typeof transition>[2]) {
  const t = transition(from, event, roles);
  if (!t.ok) {
    const details = t.reasons.map((r) => ({ path: "body", code: r.code, message: r.message }));
    throw new AppError(t.error, t.reasons[0]?.message ?? "This action is not possible now.", details);
  }
  return t;
}

/**
 * Decides an application under review. Approval: eligibility is computed again for the amount and the
 * decision date and stored; a broken rule needs an override with a reason; the commitment is booked
 * against the call's envelope under a row lock (SELECT … FOR UPDATE), so decisions taken at the same
 * moment never commit more than the envelope holds; one award per participant (its share) is written
 * for the registers and the compass. Refusal: reasons. Both queue the notification mail; the letter is
 * rendered from the decision when downloaded.
 */
export async function decideApplication({
  ctx,
  input,
  deps,
}: {
  ctx: Ctx;
  input: { id: string } & DecisionInput;
  deps?: Partial<GrantDeps>;
}): Promise<DecisionView> {
  requireOfficer(ctx.actor);
  const parsed = Input.safeParse(input);
  if (!parsed.success) throw validation(zodDetails(parsed.error, "body"));
  const v = parsed.data;
  const today = todayOf(deps);
  const decisionDate = v.decisionDate ?? today;
  if (decisionDate > today) throw validation([{ path: "body.decisionDate", code: "in_future", message: "A decision cannot be dated in the future." }]);
  const roles = workflowRoles(ctx.actor);

  const decisionId = await withTransaction(ctx, async (tx) => {
    const app = await loadApplication(tx, v.id, { lock: true });
    if (await decisionOf(tx, app.id)) throw conflict("This application has already been decided.");
    const { call, fund } = await loadCall(tx, app.callId);
    const { language, fellBack } = letterLanguage(app.language);
    const before = { status: app.status };

    if (v.outcome === "refused") {
      const t = step(app.status as never, { type: "refuse", reasons: v.reasons }, roles);
      const [d] = await tx.db
        .insert(grantDecisions)
        .values({ applicationId: app.id, outcome: "refused", amountCents: null, decisionDate, reasons: v.reasons, instrument: fund.instrument, envelopeId: call.envelopeId, letterLanguage: language, letterFellBack: fellBack, decidedBy: userIdOf(tx.actor) })
        .returning();
      await setStatus(tx, app, t.to);
      await queueDecisionMail(tx, app, call, { outcome: "refused", amountCents: null });
      await writeAudit(tx, { action: "grant_application.refuse", entity: "grant_application", entityId: app.id, before, after: { status: t.to, decisionId: d.id, reasons: v.reasons } });
      return d.id;
    }

    // approval
    const participants = await confirmedParticipants(tx, app.id);
    const shares = v.shares ?? defaultShares(participants, v.amountCents);
    const ids = new Set(participants.map((p) => p.organisationId));
    const shareProblems = shares.flatMap((s, i) => (ids.has(s.organisationId) ? [] : [{ path: `body.shares.${i}.organisationId`, code: "not_a_participant", message: "This organisation does not take part in the application." }]));
    if (new Set(shares.map((s) => s.organisationId)).size !== shares.length) shareProblems.push({ path: "body.shares", code: "duplicate", message: "An organisation appears twice in the shares." });
    if (shares.reduce((s, x) => s + x.amountCents, 0) !== v.amountCents) shareProblems.push({ path: "body.shares", code: "shares_sum", message: "The shares must add up to the amount." });
    const tranchesIn = v.tranches ?? [{ label: language === "nl" ? "Volledige betaling" : "Full payment", amountCents: v.amountCents, due: language === "nl" ? "na de beslissing" : "after the decision" }];
    if (tranchesIn.reduce((s, x) => s + x.amountCents, 0) !== v.amountCents) shareProblems.push({ path: "body.tranches", code: "tranches_sum", message: "The tranches must add up to the amount." });
    const advance = v.repaymentPlan != null;
    if (advance && !fund.repayableAdvanceAllowed) shareProblems.push({ path: "body.repaymentPlan", code: "advance_not_allowed", message: "This fund does not give repayable advances." });
    if (!advance && fund.instrument === "repayable_advance" && !fund.repayableAdvanceAllowed) shareProblems.push({ path: "body.repaymentPlan", code: "required", message: "This fund lends: give the repayment plan." });
    if (shareProblems.length) throw validation(shareProblems);

    const eligibility = await storeEligibility(tx, await computeEligibility(tx, { application: app, amountCents: v.amountCents, asOf: decisionDate, shares }));
    const approve = step(app.status as never, {
      type: "approve",
      amountCents: v.amountCents,
      requestedCents: app.amountRequestedCents,
      maxAmountCents: call.rules.maxAmountCents,
      eligibilityPassed: eligibility.passed,
      override: v.overrideReason ? { reason: v.overrideReason } : null,
    }, roles);

    // The envelope row is locked until this transaction ends: a concurrent decision waits here and then
    // sees this commitment.
    const [env] = await tx.db.select().from(grantEnvelopes).where(eq(grantEnvelopes.id, call.envelopeId)).for("update");
    const fits = checkCommitment(env, v.amountCents);
    if (!fits.fits) throw new AppError("precondition_failed", fits.reason.message, [{ path: "body.amountCents", code: "envelope_insufficient", message: fits.reason.message }]);
    const commit = step(approve.to, { type: "commit", envelopeFits: true }, roles);
    await tx.db
      .update(grantEnvelopes)
      .set({ committedCents: env.committedCents + v.amountCents, version: env.version + 1, updatedAt: new Date() })
      .where(eq(grantEnvelopes.id, env.id));

    const repaymentPlan = advance ? RepaymentPlan.parse({ ...v.repaymentPlan, principalCents: v.amountCents }) : null;
    const [d] = await tx.db
      .insert(grantDecisions)
      .values({
        applicationId: app.id,
        outcome: "approved",
        amountCents: v.amountCents,
        decisionDate,
        reasons: v.reasons,
        purpose: v.purpose,
        conditions: v.conditions,
        tranches: tranchesIn.map((t, i) => ({ number: i + 1, ...t })),
        shares,
        instrument: advance ? "repayable_advance" : "grant",
        deMinimis: call.rules.deMinimis,
        repaymentPlan,
        overrideReason: eligibility.passed ? null : v.overrideReason!,
        overriddenRules: eligibility.passed ? [] : eligibility.failedRules,
        eligibilityCheckId: eligibility.checkId,
        envelopeId: env.id,
        letterLanguage: language,
        letterFellBack: fellBack,
        decidedBy: userIdOf(tx.actor),
      })
      .returning();
    const roleOf = new Map(participants.map((p) => [p.organisationId, p.role]));
    await tx.db.insert(grantAwards).values(
      shares.map((s) => ({
        decisionId: d.id,
        applicationId: app.id,
        callId: call.id,
        fundId: fund.id,
        organisationId: s.organisationId,
        role: roleOf.get(s.organisationId) ?? "partner",
        amountCents: s.amountCents,
        grantDate: decisionDate,
        instrument: advance ? "repayable_advance" : "grant",
        deMinimis: call.rules.deMinimis,
        purpose: v.purpose,
      })),
    );
    await setStatus(tx, app, commit.to);
    await queueDecisionMail(tx, app, call, { outcome: "approved", amountCents: v.amountCents });
    await writeAudit(tx, {
      action: "grant_application.approve",
      entity: "grant_application",
      entityId: app.id,
      before,
      after: {
        status: commit.to,
        decisionId: d.id,
        amountCents: v.amountCents,
        envelope: { id: env.id, committedBefore: env.committedCents, committedAfter: env.committedCents + v.amountCents },
        eligibilityCheckId: eligibility.checkId,
        override: eligibility.passed ? null : { rules: eligibility.failedRules, reason: v.overrideReason },
      },
    });
    return d.id;
  });
  return getDecision({ ctx, input: { id: v.id } }).then((r) => {
    if (r.id !== decisionId) throw new Error("decision mismatch");
    return r;
  });
}
