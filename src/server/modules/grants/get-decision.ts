import { z } from "zod";
import type { DecisionView } from "../../../contracts/grants-decisions.js";
import { requireRole } from "../../platform/authz.js";
import type { Ctx } from "../../platform/context.js";
import { notFound } from "../../platform/errors.js";
import { formatEnterpriseNumber } from "../organisations/index.js";
import { renderDecisionLetter, type DecisionLetter } from "./decision-letter.js";
import { READER_ROLES, actsForOneOf, isGrantReader } from "./decision-policies.js";
import { dateOnly, decisionOf, loadApplication, loadCall, participantsOf, type ApplicationRow, type DecisionRow, type Participant } from "./decision-repo.js";

const Input = z.object({ id: z.string().uuid() });

/** The application and its decision, if the actor may read them: grant staff, or an entrepreneur whose organisation takes part. */
async function readable(ctx: Ctx, id: string): Promise<{ app: ApplicationRow; decision: DecisionRow; participants: Participant[] }> {
  requireRole(ctx.actor, ...READER_ROLES, "entrepreneur");
  if (!Input.safeParse({ id }).success) throw notFound("application");
  const app = await loadApplication(ctx, id);
  const participants = await participantsOf(ctx, app.id);
  if (!isGrantReader(ctx.actor) && !actsForOneOf(ctx.actor, participants.map((p) => p.organisationId))) throw notFound("application");
  const decision = await decisionOf(ctx, app.id);
  if (!decision) throw notFound("decision");
  return { app, decision, participants };
}

export async function getDecision({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<DecisionView> {
  const { app, decision: d, participants } = await readable(ctx, input.id);
  const names = new Map(participants.map((p) => [p.organisationId, p.org.name]));
  return {
    id: d.id,
    applicationId: app.id,
    reference: app.reference,
    outcome: d.outcome as DecisionView["outcome"],
    amountCents: d.amountCents,
    decisionDate: dateOnly(d.decisionDate),
    reasons: d.reasons,
    purpose: d.purpose,
    conditions: d.conditions,
    tranches: d.tranches,
    shares: d.shares.map((s) => ({ ...s, name: names.get(s.organisationId) ?? s.organisationId })),
    instrument: d.instrument as DecisionView["instrument"],
    deMinimis: d.deMinimis,
    overrideReason: isGrantReader(ctx.actor) ? d.overrideReason : null,
    overriddenRules: isGrantReader(ctx.actor) ? d.overriddenRules : [],
    letterLanguage: d.letterLanguage as DecisionView["letterLanguage"],
    letterFellBack: d.letterFellBack,
    applicationStatus: app.status as DecisionView["applicationStatus"],
    decidedAt: d.decidedAt.toISOString(),
  };
}

/** The decision letter as a PDF, in the applicant's language (nl or en; fr and de receive Dutch). */
export async function getDecisionLetter({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<DecisionLetter> {
  const { app, decision: d, participants } = await readable(ctx, input.id);
  const { call } = await loadCall(ctx, app.callId);
  const lead = participants.find((p) => p.role === "lead") ?? participants[0];
  const address = lead?.org.street ? `${lead.org.street} ${lead.org.houseNumber ?? ""}, ${lead.org.postcode ?? ""} ${lead.org.place ?? ""}`.replace(/\s+/g, " ").trim() : null;
  return renderDecisionLetter({
    language: app.language,
    reference: app.reference,
    decisionDate: dateOnly(d.decisionDate),
    applicant: { name: lead?.org.name ?? "", enterpriseNumber: lead?.org.enterpriseNumber ? formatEnterpriseNumber(lead.org.enterpriseNumber) : null, address },
    callName: d.letterLanguage === "en" ? call.nameEn : call.nameNl,
    instrument: d.instrument as "grant" | "repayable_advance",
    outcome: d.outcome as "approved" | "refused",
    amountCents: d.amountCents,
    requestedCents: app.amountRequestedCents,
    reasons: d.reasons,
    conditions: d.conditions,
    tranches: d.tranches,
    deMinimis: d.deMinimis && d.outcome === "approved",
    signedBy: d.letterLanguage === "en" ? "The grant officer" : "De subsidieverantwoordelijke",
  });
}
