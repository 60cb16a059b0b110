import { describe, expect, it } from "vitest";
import { arrears, checkCommitment, envelopeBalance, repaymentSchedule } from "./envelope.js";

const EUR = (e: number) => Math.round(e * 100);
const maatwerk = { year: 2026, amountCents: EUR(2_000_000), committedCents: EUR(1_750_000), paidCents: EUR(900_000), recoveredCents: EUR(50_000) };

describe("envelope arithmetic", () => {
  it("computes what is available, to pay and paid net", () => {
    const b = envelopeBalance(maatwerk);
    expect(b).toMatchObject({ availableCents: EUR(250_000), toPayCents: EUR(850_000), netPaidCents: EUR(850_000), problems: [] });
    expect(b.reason.message).toBe("2026: EUR 2,000,000.00 budgeted − EUR 1,750,000.00 committed = EUR 250,000.00 available.");
  });

  it("adds recovered money back only when the fund's rules say so", () => {
    expect(envelopeBalance({ ...maatwerk, recoveriesReplenish: true }).availableCents).toBe(EUR(300_000));
  });

  it("reports inconsistent figures", () => {
    const b = envelopeBalance({ year: 2026, amountCents: 100, committedCents: 150, paidCents: 200, recoveredCents: 300 });
    expect(b.problems.map((p) => p.code)).toEqual(["envelope.paid_above_committed", "envelope.recovered_above_paid", "envelope.overcommitted"]);
  });

  it("lets a commitment that empties the envelope exactly fit, and one cent more not", () => {
    expect(checkCommitment(maatwerk, EUR(250_000))).toMatchObject({ fits: true, availableAfterCents: 0, shortfallCents: 0 });
    const over = checkCommitment(maatwerk, EUR(250_000) + 1);
    expect(over).toMatchObject({ fits: false, shortfallCents: 1 });
    expect(over.reason.message).toBe("EUR 250,000.01 does not fit in the 2026 envelope: only EUR 250,000.00 is available, EUR 0.01 short.");
  });

  it("refuses a commitment that is not a positive number of cents", () => {
    expect(() => checkCommitment(maatwerk, 0)).toThrow(RangeError);
    expect(() => checkCommitment(maatwerk, 10.5)).toThrow(RangeError);
  });
});

describe("repayment schedules", () => {
  it("splits an interest-free linear advance evenly, spreading leftover cents over the first instalments", () => {
    const s = repaymentSchedule({ principalCents: 100_000_01, method: "linear", instalments: 3, firstDueDate: "2027-01-31", monthsBetween: 1 });
    expect(s.map((i) => i.principalCents)).toEqual([33_333_34, 33_333_34, 33_333_33]);
    expect(s.map((i) => i.interestCents)).toEqual([0, 0, 0]);
    expect(s.map((i) => i.dueDate)).toEqual(["2027-01-31", "2027-02-28", "2027-03-31"]);
    expect(s[2].balanceAfterCents).toBe(0);
  });

  it("treats an interest-free annuity like equal instalments", () => {
    const s = repaymentSchedule({ principalCents: EUR(120_000), method: "annuity", instalments: 4, firstDueDate: "2027-06-30" });
    expect(s.map((i) => i.totalCents)).toEqual([EUR(30_000), EUR(30_000), EUR(30_000), EUR(30_000)]);
    expect(s.map((i) => i.dueDate)).toEqual(["2027-06-30", "2028-06-30", "2029-06-30", "2030-06-30"]);
  });

  it("computes an annuity with interest: equal totals, principal parts adding up exactly", () => {
    // EUR 100,000 at 5 % a year over 5 years: annuity = 100000 × 0.05 / (1 − 1.05^−5) = 23,097.48
    const s = repaymentSchedule({ principalCents: EUR(100_000), method: "annuity", instalments: 5, firstDueDate: "2027-01-01", annualRateBasisPoints: 500 });
    expect(s[0]).toMatchObject({ interestCents: EUR(5_000), totalCents: EUR(23_097.48), principalCents: EUR(18_097.48) });
    expect(s.slice(0, 4).every((i) => i.totalCents === EUR(23_097.48))).toBe(true);
    expect(Math.abs(s[4].totalCents - EUR(23_097.48))).toBeLessThanOrEqual(2);
    expect(s.reduce((t, i) => t + i.principalCents, 0)).toBe(EUR(100_000));
    expect(s[4].balanceAfterCents).toBe(0);
  });

  it("computes a linear plan with interest on the declining balance, per quarter", () => {
    // EUR 40,000 at 4 % a year, quarterly (1 % a quarter), 4 instalments
    const s = repaymentSchedule({ principalCents: EUR(40_000), method: "linear", instalments: 4, firstDueDate: "2027-03-31", monthsBetween: 3, annualRateBasisPoints: 400 });
    expect(s.map((i) => i.principalCents)).toEqual([EUR(10_000), EUR(10_000), EUR(10_000), EUR(10_000)]);
    expect(s.map((i) => i.interestCents)).toEqual([EUR(400), EUR(300), EUR(200), EUR(100)]);
    expect(s.map((i) => i.dueDate)).toEqual(["2027-03-31", "2027-06-30", "2027-09-30", "2027-12-31"]);
  });
});

describe("arrears", () => {
  const schedule = repaymentSchedule({ principalCents: EUR(12_000), method: "linear", instalments: 4, firstDueDate: "2027-01-31", monthsBetween: 3 });
  // due: 2027-01-31, 2027-04-30, 2027-07-31, 2027-10-31 — EUR 3,000 each

  it("is up to date when everything due has been received", () => {
    const r = arrears(schedule, [{ date: "2027-01-20", amountCents: EUR(3_000) }], "2027-04-29");
    expect(r).toMatchObject({ dueCents: EUR(3_000), receivedCents: EUR(3_000), arrearsCents: 0, oldestOverdue: null });
    expect(r.reason.code).toBe("repayment.up_to_date");
  });

  it("counts an instalment due on the day itself and settles the oldest first", () => {
    const r = arrears(schedule, [{ date: "2027-02-15", amountCents: EUR(2_000) }], "2027-04-30");
    expect(r).toMatchObject({ dueCents: EUR(6_000), receivedCents: EUR(2_000), arrearsCents: EUR(4_000) });
    expect(r.instalments.map((i) => [i.status, i.coveredCents])).toEqual([["overdue", EUR(2_000)], ["overdue", 0], ["due_later", 0], ["due_later", 0]]);
    expect(r.oldestOverdue).toEqual({ number: 1, dueDate: "2027-01-31", daysOverdue: 89 });
    expect(r.reason.message).toBe("EUR 4,000.00 in arrears on 2027-04-30: EUR 6,000.00 was due and EUR 2,000.00 received; instalments 1, 2 are overdue, the oldest by 89 days.");
  });

  it("ignores repayments after the date and shows money received ahead", () => {
    const pays = [{ date: "2027-01-31", amountCents: EUR(5_000) }, { date: "2027-12-01", amountCents: EUR(7_000) }];
    const r = arrears(schedule, pays, "2027-02-01");
    expect(r).toMatchObject({ receivedCents: EUR(5_000), arrearsCents: 0, aheadCents: EUR(2_000), remainingCents: EUR(7_000) });
    expect(r.instalments.map((i) => i.status)).toEqual(["paid", "due_later", "due_later", "due_later"]);
    expect(arrears(schedule, pays, "2027-12-31")).toMatchObject({ arrearsCents: 0, remainingCents: 0 });
  });
});
