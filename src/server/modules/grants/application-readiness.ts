import type { FormDefinition, Reason } from "../../../contracts/grants.js";
import type { PartnerView, Readiness } from "../../../contracts/grants-portal.js";
import { validateAnswers } from "./form-definition.js";
import type { CallRow } from "./portal-presenters.js";
import { euro, reason } from "./reason.js";
import { callWindowState } from "./workflow.js";

export interface ReadinessInput {
  title: string;
  amountRequestedCents: number | null;
  answers: Record<string, unknown>;
  call: Pick<CallRow, "status" | "opensAt" | "closesAt" | "rules" | "form">;
  partners: Pick<PartnerView, "name" | "role" | "status" | "deMinimisDeclared">[];
  now: Date;
}

/**
 * What still stands in the way of submitting, each as a reason the UI translates: the title and amount,
 * every visible required form field, the partners the call's consortium rule needs (confirmed; no
 * invitation left unanswered), each participant's de minimis declaration when the call applies de minimis,
 * and the call's window (open from its opening moment, closed from its closing moment).
 */
export function readiness(input: ReadinessInput): Readiness {
  const missing: Reason[] = [];
  const { call } = input;
  if (!input.title.trim()) missing.push(reason("application.title_missing", "Give the project a title."));
  if (!input.amountRequestedCents) missing.push(reason("application.amount_missing", "Say how much support you ask."));
  else if (call.rules.maxAmountCents != null && input.amountRequestedCents > call.rules.maxAmountCents) {
    missing.push(reason("application.amount_above_max", `The amount asked (${euro(input.amountRequestedCents)}) is above the call's maximum of ${euro(call.rules.maxAmountCents)}.`, { amountCents: input.amountRequestedCents, maxAmountCents: call.rules.maxAmountCents }));
  }
  const form = validateAnswers(call.form as FormDefinition, input.answers, "submit");
  for (const e of form.errors) missing.push(reason(`form.${e.code}`, e.message, { ...e.params, field: e.path, section: e.section }));
  const confirmed = input.partners.filter((p) => p.status === "confirmed");
  const needed = call.rules.consortium?.minIndependentCompanies ?? 1;
  if (confirmed.length < needed) {
    missing.push(reason("application.partners_too_few", `The call needs at least ${needed} companies that take part; ${confirmed.length} confirmed so far.`, { needed, confirmed: confirmed.length }));
  }
  for (const p of input.partners.filter((x) => x.status === "invited")) {
    missing.push(reason("application.partner_pending", `${p.name} has not yet answered the invitation.`, { name: p.name }));
  }
  if (call.rules.deMinimis) {
    for (const p of confirmed.filter((x) => !x.deMinimisDeclared)) {
      missing.push(reason("application.de_minimis_missing", `${p.name} has not yet declared its de minimis aid of the last three years.`, { name: p.name, role: p.role }));
    }
  }
  if (call.status !== "published") missing.push(reason("call.not_published", "The call is not open for applications."));
  else {
    const w = callWindowState(input.now.toISOString(), { opensAt: call.opensAt.toISOString(), closesAt: call.closesAt.toISOString() });
    if (w.state !== "open") missing.push(w.reason);
  }
  return { ready: missing.length === 0, missing, form };
}
