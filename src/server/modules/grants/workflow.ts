/**
 * The application's life as a pure state machine:
 *
 *   draft → submitted ⇄ more_info_requested ; submitted → under_review → decided_approved | decided_refused
 *   draft | submitted | more_info_requested → withdrawn
 *   decided_approved → committed → paid_partially → paid
 *   paid_partially | paid → recovery_ordered → recovered
 *
 * `transition` says whether an event may happen — the state, the actor's roles, the
 * preconditions — and if so, the next state; otherwise which of the three failed, with reasons
 * (the verb throws conflict / forbidden / precondition_failed accordingly). Scoping (is this the
 * actor's organisation, is the reviewer assigned) is the verb's job, not this file's.
 *
 * Time: a call opens and closes at instants. Comparing instants (epoch milliseconds) is correct
 * across daylight saving time; Europe/Brussels matters only when an officer's wall-clock input
 * becomes an instant (calendar.localToInstant) and when an instant is shown (instantToLocal).
 * Submission is possible from the opening instant (included) until the closing instant
 * (excluded). Answering a request for more information is not a submission and may follow the
 * closing moment.
 */
import type { Role } from "../../../contracts/identity.js";
import type { ApplicationStatus, Reason, WorkflowEventType } from "../../../contracts/grants.js";
import { instantToLocal, parseInstant } from "./calendar.js";
import { euro, reason } from "./reason.js";

export interface CallWindow {
  opensAt: string; // ISO instant
  closesAt: string;
}

export type WorkflowEvent =
  | { type: "submit"; now: string; call: CallWindow; formComplete: boolean; partnersConfirmed: boolean }
  | { type: "request_more_info"; message: string }
  | { type: "answer_more_info"; formComplete: boolean }
  | { type: "start_review" }
  | { type: "approve"; amountCents: number; requestedCents?: number | null; maxAmountCents?: number | null; eligibilityPassed: boolean; override?: { reason: string } | null }
  | { type: "refuse"; reasons: string }
  | { type: "withdraw"; reason?: string }
  | { type: "commit"; envelopeFits: boolean }
  | { type: "record_payment"; amountCents: number; committedCents: number; paidBeforeCents: number; ibanValid: boolean }
  | { type: "order_recovery"; amountCents: number; paidCents: number; reason: string }
  | { type: "record_recovery"; amountCents: number; orderedCents: number; recoveredBeforeCents: number };

export type TransitionResult =
  | { ok: true; from: ApplicationStatus; to: ApplicationStatus; event: WorkflowEventType; reasons: Reason[] }
  | { ok: false; error: "conflict" | "forbidden" | "precondition_failed"; reasons: Reason[] };

interface Rule {
  from: readonly ApplicationStatus[];
  roles: readonly Role[];
}

const OFFICER: readonly Role[] = ["grant_officer"];
const APPLICANT: readonly Role[] = ["entrepreneur"];

/** Which states an event may start from and which roles may trigger it. */
export const WORKFLOW_RULES: Readonly<Record<WorkflowEventType, Rule>> = {
  submit: { from: ["draft"], roles: APPLICANT },
  request_more_info: { from: ["submitted"], roles: OFFICER },
  answer_more_info: { from: ["more_info_requested"], roles: APPLICANT },
  start_review: { from: ["submitted"], roles: OFFICER },
  approve: { from: ["under_review"], roles: OFFICER },
  refuse: { from: ["under_review"], roles: OFFICER },
  withdraw: { from: ["draft", "submitted", "more_info_requested"], roles: [...APPLICANT, ...OFFICER] },
  commit: { from: ["decided_approved"], roles: OFFICER },
  record_payment: { from: ["committed", "paid_partially"], roles: OFFICER },
  order_recovery: { from: ["paid_partially", "paid"], roles: OFFICER },
  record_recovery: { from: ["recovery_ordered"], roles: OFFICER },
};

/** States from which nothing more can happen. */
export const FINAL_STATES: readonly ApplicationStatus[] = ["decided_refused", "withdrawn", "recovered"];

const MIN_REASON_LENGTH = 10;

export type CallWindowState = "not_yet_open" | "open" | "closed";

/** Where `now` lies against a call's opening (included) and closing (excluded) instants. */
export function callWindowState(now: string, call: CallWindow): { state: CallWindowState; reason: Reason } {
  const t = parseInstant(now);
  const opens = parseInstant(call.opensAt);
  const closes = parseInstant(call.closesAt);
  const local = (ms: number) => instantToLocal(ms).slice(0, 16).replace("T", " at ");
  const params = { now, opensAt: call.opensAt, closesAt: call.closesAt, opensLocal: instantToLocal(opens), closesLocal: instantToLocal(closes) };
  if (t < opens) return { state: "not_yet_open", reason: reason("call.not_yet_open", `The call opens on ${local(opens)} (Brussels time).`, params) };
  if (t >= closes) return { state: "closed", reason: reason("call.closed", `The call closed on ${local(closes)} (Brussels time); nothing can be submitted any more.`, params) };
  return { state: "open", reason: reason("call.open", `The call is open until ${local(closes)} (Brussels time).`, params) };
}

function preconditions(event: WorkflowEvent): { failures: Reason[]; notes: Reason[]; to?: ApplicationStatus } {
  const failures: Reason[] = [];
  const notes: Reason[] = [];
  const fail = (code: string, message: string, params: Reason["params"] = {}) => failures.push(reason(code, message, params));
  const longEnough = (text: string | undefined) => (text ?? "").trim().length >= MIN_REASON_LENGTH;
  switch (event.type) {
    case "submit": {
      const window = callWindowState(event.now, event.call);
      if (window.state !== "open") failures.push(window.reason);
      if (!event.formComplete) fail("workflow.form_incomplete", "The application form is not complete.");
      if (!event.partnersConfirmed) fail("workflow.partners_not_confirmed", "Not every partner company has confirmed its participation.");
      return { failures, notes, to: "submitted" };
    }
    case "request_more_info":
      if (!longEnough(event.message)) fail("workflow.message_required", `Say what information is needed (at least ${MIN_REASON_LENGTH} characters).`, { min: MIN_REASON_LENGTH });
      return { failures, notes, to: "more_info_requested" };
    case "answer_more_info":
      if (!event.formComplete) fail("workflow.form_incomplete", "The application form is not complete.");
      return { failures, notes, to: "submitted" };
    case "start_review":
      return { failures, notes, to: "under_review" };
    case "approve": {
      if (event.amountCents <= 0) fail("workflow.amount_required", "An approval needs an amount above zero.");
      if (event.maxAmountCents != null && event.amountCents > event.maxAmountCents) {
        fail("workflow.amount_above_maximum", `${euro(event.amountCents)} is above the call's maximum of ${euro(event.maxAmountCents)}.`, { amountCents: event.amountCents, maxAmountCents: event.maxAmountCents });
      }
      if (event.requestedCents != null && event.amountCents > event.requestedCents) {
        fail("workflow.amount_above_request", `${euro(event.amountCents)} is more than the ${euro(event.requestedCents)} requested.`, { amountCents: event.amountCents, requestedCents: event.requestedCents });
      }
      if (!event.eligibilityPassed) {
        if (longEnough(event.override?.reason)) {
          notes.push(reason("workflow.override_recorded", "The application breaks an eligibility rule; it is approved by override with a recorded reason.", { reason: event.override!.reason.trim() }));
        } else {
          fail("workflow.eligibility_failed", `The application breaks an eligibility rule; it can be approved only with an override and a reason (at least ${MIN_REASON_LENGTH} characters).`, { min: MIN_REASON_LENGTH });
        }
      }
      return { failures, notes, to: "decided_approved" };
    }
    case "refuse":
      if (!longEnough(event.reasons)) fail("workflow.refusal_reasons_required", `A refusal states its reasons (at least ${MIN_REASON_LENGTH} characters).`, { min: MIN_REASON_LENGTH });
      return { failures, notes, to: "decided_refused" };
    case "withdraw":
      return { failures, notes, to: "withdrawn" };
    case "commit":
      if (!event.envelopeFits) fail("workflow.envelope_insufficient", "The envelope does not hold enough to commit this amount.");
      return { failures, notes, to: "committed" };
    case "record_payment": {
      const after = event.paidBeforeCents + event.amountCents;
      if (!event.ibanValid) fail("workflow.iban_invalid", "Payments go only to a checked Belgian IBAN.");
      if (event.amountCents <= 0) fail("workflow.amount_required", "A payment needs an amount above zero.");
      if (after > event.committedCents) {
        fail("workflow.payment_above_commitment", `Paying ${euro(event.amountCents)} would bring the total paid to ${euro(after)}, above the ${euro(event.committedCents)} committed.`, { amountCents: event.amountCents, paidAfterCents: after, committedCents: event.committedCents });
      }
      return { failures, notes, to: after === event.committedCents ? "paid" : "paid_partially" };
    }
    case "order_recovery":
      if (event.amountCents <= 0) fail("workflow.amount_required", "A recovery needs an amount above zero.");
      if (event.amountCents > event.paidCents) {
        fail("workflow.recovery_above_paid", `${euro(event.amountCents)} is more than the ${euro(event.paidCents)} paid.`, { amountCents: event.amountCents, paidCents: event.paidCents });
      }
      if (!longEnough(event.reason)) fail("workflow.recovery_reason_required", `A recovery states its reason (at least ${MIN_REASON_LENGTH} characters).`, { min: MIN_REASON_LENGTH });
      return { failures, notes, to: "recovery_ordered" };
    case "record_recovery": {
      const after = event.recoveredBeforeCents + event.amountCents;
      if (event.amountCents <= 0) fail("workflow.amount_required", "A repayment needs an amount above zero.");
      if (after > event.orderedCents) {
        fail("workflow.recovery_above_ordered", `Recording ${euro(event.amountCents)} would bring the total recovered to ${euro(after)}, above the ${euro(event.orderedCents)} ordered.`, { amountCents: event.amountCents, recoveredAfterCents: after, orderedCents: event.orderedCents });
      }
      return { failures, notes, to: after === event.orderedCents ? "recovered" : "recovery_ordered" };
    }
  }
}

/** Applies an event to a state for an actor with the given roles. */
export function transition(from: ApplicationStatus, event: WorkflowEvent, roles: readonly Role[]): TransitionResult {
  const rule = WORKFLOW_RULES[event.type];
  if (!rule.from.includes(from)) {
    return {
      ok: false,
      error: "conflict",
      reasons: [reason("workflow.not_allowed_in_state", `An application that is ${from.replace(/_/g, " ")} cannot be given the action "${event.type.replace(/_/g, " ")}".`, { from, event: event.type, allowedFrom: rule.from.join(",") })],
    };
  }
  if (!roles.some((r) => rule.roles.includes(r))) {
    return {
      ok: false,
      error: "forbidden",
      reasons: [reason("workflow.role_not_allowed", `Only ${rule.roles.join(" or ")} may ${event.type.replace(/_/g, " ")}.`, { event: event.type, roles: rule.roles.join(",") })],
    };
  }
  const { failures, notes, to } = preconditions(event);
  if (failures.length > 0 || !to) return { ok: false, error: "precondition_failed", reasons: failures };
  return { ok: true, from, to, event: event.type, reasons: notes };
}

/** The events an actor with these roles might trigger from a state (preconditions not yet checked). */
export function availableEvents(from: ApplicationStatus, roles: readonly Role[]): WorkflowEventType[] {
  return (Object.keys(WORKFLOW_RULES) as WorkflowEventType[]).filter((e) => WORKFLOW_RULES[e].from.includes(from) && roles.some((r) => WORKFLOW_RULES[e].roles.includes(r)));
}
