import { describe, expect, it } from "vitest";
import { ApplicationStatus } from "../../../contracts/grants.js";
import { localToInstant } from "./calendar.js";
import { availableEvents, callWindowState, FINAL_STATES, transition, type WorkflowEvent } from "./workflow.js";

const call = { opensAt: localToInstant("2026-02-01T09:00").instant, closesAt: localToInstant("2026-03-31T12:00").instant };
const submit = (over: Partial<Extract<WorkflowEvent, { type: "submit" }>> = {}): WorkflowEvent => ({
  type: "submit",
  now: "2026-03-01T10:00:00Z",
  call,
  formComplete: true,
  partnersConfirmed: true,
  ...over,
});
const OFFICER = ["grant_officer"] as const;
const APPLICANT = ["entrepreneur"] as const;

describe("the happy path", () => {
  it("runs from draft to paid", () => {
    const steps: [ApplicationStatus, WorkflowEvent, readonly ("grant_officer" | "entrepreneur")[], ApplicationStatus][] = [
      ["draft", submit(), APPLICANT, "submitted"],
      ["submitted", { type: "request_more_info", message: "Please add the partner's cost estimate." }, OFFICER, "more_info_requested"],
      ["more_info_requested", { type: "answer_more_info", formComplete: true }, APPLICANT, "submitted"],
      ["submitted", { type: "start_review" }, OFFICER, "under_review"],
      ["under_review", { type: "approve", amountCents: 4_000_000, requestedCents: 5_000_000, maxAmountCents: 5_000_000, eligibilityPassed: true }, OFFICER, "decided_approved"],
      ["decided_approved", { type: "commit", envelopeFits: true }, OFFICER, "committed"],
      ["committed", { type: "record_payment", amountCents: 2_400_000, committedCents: 4_000_000, paidBeforeCents: 0, ibanValid: true }, OFFICER, "paid_partially"],
      ["paid_partially", { type: "record_payment", amountCents: 1_600_000, committedCents: 4_000_000, paidBeforeCents: 2_400_000, ibanValid: true }, OFFICER, "paid"],
      ["paid", { type: "order_recovery", amountCents: 1_000_000, paidCents: 4_000_000, reason: "The project ended early; costs not incurred." }, OFFICER, "recovery_ordered"],
      ["recovery_ordered", { type: "record_recovery", amountCents: 400_000, orderedCents: 1_000_000, recoveredBeforeCents: 0 }, OFFICER, "recovery_ordered"],
      ["recovery_ordered", { type: "record_recovery", amountCents: 600_000, orderedCents: 1_000_000, recoveredBeforeCents: 400_000 }, OFFICER, "recovered"],
    ];
    for (const [from, event, roles, to] of steps) {
      const r = transition(from, event, roles);
      expect(r, `${from} --${event.type}-->`).toMatchObject({ ok: true, from, to });
    }
  });

  it("refuses with reasons and allows withdrawal before review", () => {
    expect(transition("under_review", { type: "refuse", reasons: "Insufficient innovation content." }, OFFICER)).toMatchObject({ ok: true, to: "decided_refused" });
    for (const from of ["draft", "submitted", "more_info_requested"] as const) {
      expect(transition(from, { type: "withdraw" }, APPLICANT)).toMatchObject({ ok: true, to: "withdrawn" });
    }
  });
});

describe("states", () => {
  it("refuses an event from a state it does not start from, as a conflict", () => {
    const r = transition("draft", { type: "start_review" }, OFFICER);
    expect(r).toMatchObject({ ok: false, error: "conflict" });
    expect(transition("under_review", { type: "withdraw" }, APPLICANT)).toMatchObject({ ok: false, error: "conflict" });
    expect(transition("submitted", submit(), APPLICANT)).toMatchObject({ ok: false, error: "conflict" });
    expect(transition("committed", { type: "order_recovery", amountCents: 1, paidCents: 0, reason: "nothing paid yet at all" }, OFFICER)).toMatchObject({ ok: false, error: "conflict" });
  });

  it("lets nothing happen in a final state", () => {
    for (const s of FINAL_STATES) expect(availableEvents(s, ["grant_officer", "entrepreneur", "administrator"])).toEqual([]);
  });

  it("reaches every state from draft", () => {
    const reached = new Set<string>(["draft"]);
    const everyone = ["grant_officer", "entrepreneur"] as const;
    const events: WorkflowEvent[] = [
      submit(),
      { type: "request_more_info", message: "Please add the partner's cost estimate." },
      { type: "answer_more_info", formComplete: true },
      { type: "start_review" },
      { type: "approve", amountCents: 100, eligibilityPassed: true },
      { type: "refuse", reasons: "Not innovative enough." },
      { type: "withdraw" },
      { type: "commit", envelopeFits: true },
      { type: "record_payment", amountCents: 50, committedCents: 100, paidBeforeCents: 0, ibanValid: true },
      { type: "record_payment", amountCents: 100, committedCents: 100, paidBeforeCents: 0, ibanValid: true },
      { type: "order_recovery", amountCents: 50, paidCents: 100, reason: "Conditions were not met." },
      { type: "record_recovery", amountCents: 50, orderedCents: 50, recoveredBeforeCents: 0 },
    ];
    for (let round = 0; round < 10; round++) {
      for (const s of [...reached]) for (const e of events) {
        const r = transition(s as ApplicationStatus, e, everyone);
        if (r.ok) reached.add(r.to);
      }
    }
    expect([...reached].sort()).toEqual([...ApplicationStatus.options].sort());
  });
});

describe("roles", () => {
  it("lets only the applicant submit and only an officer decide", () => {
    expect(transition("draft", submit(), OFFICER)).toMatchObject({ ok: false, error: "forbidden" });
    expect(transition("under_review", { type: "approve", amountCents: 100, eligibilityPassed: true }, APPLICANT)).toMatchObject({ ok: false, error: "forbidden" });
    expect(transition("under_review", { type: "approve", amountCents: 100, eligibilityPassed: true }, ["reviewer"])).toMatchObject({ ok: false, error: "forbidden" });
    expect(transition("under_review", { type: "approve", amountCents: 100, eligibilityPassed: true }, ["administrator"])).toMatchObject({ ok: false, error: "forbidden" });
  });

  it("lists the actions an actor may take", () => {
    expect(availableEvents("submitted", OFFICER)).toEqual(["request_more_info", "start_review", "withdraw"]);
    expect(availableEvents("submitted", APPLICANT)).toEqual(["withdraw"]);
    expect(availableEvents("under_review", ["reviewer"])).toEqual([]);
  });
});

describe("submission and the call's closing moment (Europe/Brussels)", () => {
  it("needs a complete form and confirmed partners", () => {
    const r = transition("draft", submit({ formComplete: false, partnersConfirmed: false }), APPLICANT);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toBe("precondition_failed");
      expect(r.reasons.map((x) => x.code)).toEqual(["workflow.form_incomplete", "workflow.partners_not_confirmed"]);
    }
  });

  it("closes at 12:00 summer time on 31 March, i.e. 10:00 UTC", () => {
    expect(call.closesAt).toBe("2026-03-31T10:00:00.000Z");
    expect(transition("draft", submit({ now: "2026-03-31T09:59:59.999Z" }), APPLICANT).ok).toBe(true);
    const late = transition("draft", submit({ now: "2026-03-31T10:00:00Z" }), APPLICANT);
    expect(late).toMatchObject({ ok: false, error: "precondition_failed" });
    if (!late.ok) expect(late.reasons[0].message).toBe("The call closed on 2026-03-31 at 12:00 (Brussels time); nothing can be submitted any more.");
    // 11:30 UTC+1 would still look "before noon" to anyone forgetting the clock change
    expect(transition("draft", submit({ now: "2026-03-31T11:30:00+01:00" }), APPLICANT).ok).toBe(false);
  });

  it("compares instants whatever offset they are written in", () => {
    expect(callWindowState("2026-03-31T11:59:00+02:00", call).state).toBe("open");
    expect(callWindowState("2026-03-31T12:00:00+02:00", call).state).toBe("closed");
    expect(callWindowState("2026-02-01T07:59:59Z", call).state).toBe("not_yet_open");
    expect(callWindowState("2026-02-01T08:00:00Z", call).state).toBe("open"); // 09:00 winter time
  });

  it("closes at 12:00 winter time after the October change (11:00 UTC)", () => {
    const autumn = { opensAt: "2026-09-01T00:00:00Z", closesAt: localToInstant("2026-10-26T12:00").instant };
    expect(autumn.closesAt).toBe("2026-10-26T11:00:00.000Z");
    expect(callWindowState("2026-10-26T10:30:00Z", autumn).state).toBe("open");
    expect(callWindowState("2026-10-26T11:00:00Z", autumn).state).toBe("closed");
  });

  it("refuses a submission before the call opens", () => {
    const r = transition("draft", submit({ now: "2026-01-31T12:00:00Z" }), APPLICANT);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reasons[0].code).toBe("call.not_yet_open");
  });

  it("lets an applicant answer a request for more information after the closing moment", () => {
    expect(transition("more_info_requested", { type: "answer_more_info", formComplete: true }, APPLICANT)).toMatchObject({ ok: true, to: "submitted" });
    expect(transition("more_info_requested", { type: "answer_more_info", formComplete: false }, APPLICANT)).toMatchObject({ ok: false, error: "precondition_failed" });
  });
});

describe("decisions", () => {
  const approve = (over: Partial<Extract<WorkflowEvent, { type: "approve" }>>): WorkflowEvent => ({ type: "approve", amountCents: 1_000_000, eligibilityPassed: true, ...over });

  it("needs eligibility, or an override with a reason", () => {
    const blocked = transition("under_review", approve({ eligibilityPassed: false }), OFFICER);
    expect(blocked).toMatchObject({ ok: false, error: "precondition_failed" });
    expect(transition("under_review", approve({ eligibilityPassed: false, override: { reason: "  ok " } }), OFFICER)).toMatchObject({ ok: false });
    const overridden = transition("under_review", approve({ eligibilityPassed: false, override: { reason: "Deputation decision of 12 May 2026." } }), OFFICER);
    expect(overridden).toMatchObject({ ok: true, to: "decided_approved" });
    if (overridden.ok) expect(overridden.reasons[0]).toMatchObject({ code: "workflow.override_recorded", params: { reason: "Deputation decision of 12 May 2026." } });
  });

  it("keeps the amount positive, within the call's maximum and the request", () => {
    const codes = (e: WorkflowEvent) => {
      const r = transition("under_review", e, OFFICER);
      return r.ok ? [] : r.reasons.map((x) => x.code);
    };
    expect(codes(approve({ amountCents: 0 }))).toEqual(["workflow.amount_required"]);
    expect(codes(approve({ maxAmountCents: 500_000 }))).toEqual(["workflow.amount_above_maximum"]);
    expect(codes(approve({ requestedCents: 900_000 }))).toEqual(["workflow.amount_above_request"]);
  });

  it("needs reasons to refuse or to ask for information", () => {
    expect(transition("under_review", { type: "refuse", reasons: "no" }, OFFICER)).toMatchObject({ ok: false, error: "precondition_failed" });
    expect(transition("submitted", { type: "request_more_info", message: "" }, OFFICER)).toMatchObject({ ok: false, error: "precondition_failed" });
  });
});

describe("money", () => {
  it("commits only when the envelope fits", () => {
    expect(transition("decided_approved", { type: "commit", envelopeFits: false }, OFFICER)).toMatchObject({ ok: false, error: "precondition_failed" });
  });

  it("pays only to a checked IBAN and never more than committed", () => {
    const pay = (amountCents: number, paidBeforeCents: number, ibanValid = true) =>
      transition("paid_partially", { type: "record_payment", amountCents, committedCents: 1_000, paidBeforeCents, ibanValid }, OFFICER);
    expect(pay(100, 0, false)).toMatchObject({ ok: false });
    expect(pay(600, 500)).toMatchObject({ ok: false, error: "precondition_failed" });
    expect(pay(500, 500)).toMatchObject({ ok: true, to: "paid" });
    expect(pay(400, 500)).toMatchObject({ ok: true, to: "paid_partially" });
  });

  it("recovers at most what was paid, and records repayments up to what was ordered", () => {
    expect(transition("paid", { type: "order_recovery", amountCents: 2_000, paidCents: 1_000, reason: "Conditions were not met." }, OFFICER)).toMatchObject({ ok: false });
    expect(transition("recovery_ordered", { type: "record_recovery", amountCents: 600, orderedCents: 1_000, recoveredBeforeCents: 500 }, OFFICER)).toMatchObject({ ok: false });
  });
});
