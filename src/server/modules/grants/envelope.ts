/**
 * Envelope arithmetic and repayable advances. Amounts are integer euro cents.
 *
 * An envelope is one year's budget of a fund: committed = commitments booked (net of releases),
 * paid ⊆ committed, recovered ⊆ paid. Available = amount − committed, plus recovered money when
 * the fund's rules let it be committed again. The guarantee that two officers deciding at once
 * never commit more than the envelope holds lives in SQL; this file gives the arithmetic and the
 * sentence that explains it.
 *
 * Repayable advances: an annuity (equal instalments) or a linear plan (equal principal parts),
 * interest at a nominal annual rate in basis points divided over the periods (0 for an
 * interest-free advance). Each instalment's interest is rounded to the cent; the last
 * instalment repays the exact remaining balance, so principal parts always add up.
 */
import type { EnvelopeFigures, Instalment, Reason, Repayment, RepaymentPlan } from "../../../contracts/grants.js";
import { addMonths, daysBetween } from "./calendar.js";
import { euro, reason } from "./reason.js";

export interface EnvelopeBalance {
  year: number;
  amountCents: number;
  committedCents: number;
  paidCents: number;
  recoveredCents: number;
  availableCents: number;
  /** Committed but not yet paid. */
  toPayCents: number;
  /** Paid minus recovered. */
  netPaidCents: number;
  problems: Reason[];
  reason: Reason;
}

export function envelopeBalance(e: EnvelopeFigures): EnvelopeBalance {
  const replenish = e.recoveriesReplenish ?? false;
  const availableCents = e.amountCents - e.committedCents + (replenish ? e.recoveredCents : 0);
  const problems: Reason[] = [];
  if (e.paidCents > e.committedCents) problems.push(reason("envelope.paid_above_committed", `More is paid (${euro(e.paidCents)}) than committed (${euro(e.committedCents)}).`, { paidCents: e.paidCents, committedCents: e.committedCents }));
  if (e.recoveredCents > e.paidCents) problems.push(reason("envelope.recovered_above_paid", `More is recovered (${euro(e.recoveredCents)}) than paid (${euro(e.paidCents)}).`, { recoveredCents: e.recoveredCents, paidCents: e.paidCents }));
  if (availableCents < 0) problems.push(reason("envelope.overcommitted", `The ${e.year} envelope is over-committed by ${euro(-availableCents)}.`, { year: e.year, overCents: -availableCents }));
  const recoveredPart = replenish && e.recoveredCents > 0 ? ` + ${euro(e.recoveredCents)} recovered` : "";
  return {
    year: e.year,
    amountCents: e.amountCents,
    committedCents: e.committedCents,
    paidCents: e.paidCents,
    recoveredCents: e.recoveredCents,
    availableCents,
    toPayCents: Math.max(0, e.committedCents - e.paidCents),
    netPaidCents: e.paidCents - e.recoveredCents,
    problems,
    reason: reason("envelope.balance", `${e.year}: ${euro(e.amountCents)} budgeted − ${euro(e.committedCents)} committed${recoveredPart} = ${euro(availableCents)} available.`, { year: e.year, amountCents: e.amountCents, committedCents: e.committedCents, recoveredCents: e.recoveredCents, availableCents, recoveriesReplenish: replenish }),
  };
}

export interface CommitmentCheck {
  fits: boolean;
  amountCents: number;
  availableBeforeCents: number;
  availableAfterCents: number;
  shortfallCents: number;
  reason: Reason;
}

/** Whether a new commitment fits in the envelope, and by how much it does or does not. */
export function checkCommitment(e: EnvelopeFigures, amountCents: number): CommitmentCheck {
  if (!Number.isInteger(amountCents) || amountCents <= 0) throw new RangeError("A commitment is a positive number of cents");
  const before = envelopeBalance(e).availableCents;
  const after = before - amountCents;
  const fits = after >= 0;
  const params = { year: e.year, amountCents, availableBeforeCents: before, availableAfterCents: after };
  return {
    fits,
    amountCents,
    availableBeforeCents: before,
    availableAfterCents: after,
    shortfallCents: fits ? 0 : -after,
    reason: fits
      ? reason("envelope.fits", `${euro(amountCents)} fits in the ${e.year} envelope: ${euro(before)} available, ${euro(after)} left after this commitment.`, params)
      : reason("envelope.insufficient", `${euro(amountCents)} does not fit in the ${e.year} envelope: only ${euro(Math.max(0, before))} is available, ${euro(-after)} short.`, params),
  };
}

/* ---------- repayable advances ---------- */

/** The instalments of a repayable advance. */
export function repaymentSchedule(plan: RepaymentPlan): Instalment[] {
  const n = plan.instalments;
  const months = plan.monthsBetween ?? 12;
  const rate = ((plan.annualRateBasisPoints ?? 0) / 10_000) * (months / 12);
  const P = plan.principalCents;
  const basePrincipal = Math.floor(P / n);
  const extraCents = P - basePrincipal * n; // the first `extraCents` linear parts carry one cent more
  const annuity = rate === 0 ? null : Math.round((P * rate) / (1 - Math.pow(1 + rate, -n)));
  const out: Instalment[] = [];
  let balance = P;
  for (let k = 0; k < n; k++) {
    const interestCents = Math.round(balance * rate);
    let principalCents: number;
    if (k === n - 1) principalCents = balance;
    else if (plan.method === "annuity" && annuity !== null) principalCents = Math.min(balance, Math.max(0, annuity - interestCents));
    else principalCents = basePrincipal + (k < extraCents ? 1 : 0);
    balance -= principalCents;
    out.push({ number: k + 1, dueDate: addMonths(plan.firstDueDate, k * months), principalCents, interestCents, totalCents: principalCents + interestCents, balanceAfterCents: balance });
  }
  return out;
}

export type InstalmentStatus = "paid" | "overdue" | "due_later";

export interface ArrearsResult {
  asOf: string;
  dueCents: number; // instalments due on or before asOf
  receivedCents: number; // repayments received on or before asOf
  arrearsCents: number;
  aheadCents: number; // received beyond what is due
  remainingCents: number; // schedule total − received
  instalments: (Instalment & { coveredCents: number; status: InstalmentStatus; daysOverdue: number })[];
  oldestOverdue: { number: number; dueDate: string; daysOverdue: number } | null;
  reason: Reason;
}

/**
 * Arrears on a schedule on a date. Repayments settle the oldest instalment first; an instalment
 * due on `asOf` itself counts as due.
 */
export function arrears(schedule: readonly Instalment[], repayments: readonly Repayment[], asOf: string): ArrearsResult {
  const receivedCents = repayments.filter((r) => r.date <= asOf).reduce((s, r) => s + r.amountCents, 0);
  const dueCents = schedule.filter((i) => i.dueDate <= asOf).reduce((s, i) => s + i.totalCents, 0);
  const total = schedule.reduce((s, i) => s + i.totalCents, 0);
  let pool = receivedCents;
  const instalments = schedule.map((i) => {
    const coveredCents = Math.min(pool, i.totalCents);
    pool -= coveredCents;
    const status: InstalmentStatus = coveredCents === i.totalCents ? "paid" : i.dueDate <= asOf ? "overdue" : "due_later";
    return { ...i, coveredCents, status, daysOverdue: status === "overdue" ? daysBetween(i.dueDate, asOf) : 0 };
  });
  const overdue = instalments.filter((i) => i.status === "overdue");
  const oldest = overdue[0] ?? null;
  const arrearsCents = Math.max(0, dueCents - receivedCents);
  const aheadCents = Math.max(0, receivedCents - dueCents);
  const params = { asOf, dueCents, receivedCents, arrearsCents, overdueInstalments: overdue.length, oldestDaysOverdue: oldest?.daysOverdue ?? 0 };
  const r =
    arrearsCents > 0
      ? reason("repayment.in_arrears", `${euro(arrearsCents)} in arrears on ${asOf}: ${euro(dueCents)} was due and ${euro(receivedCents)} received; ${overdue.length === 1 ? "instalment" : "instalments"} ${overdue.map((i) => i.number).join(", ")} ${overdue.length === 1 ? "is" : "are"} overdue, the oldest by ${oldest!.daysOverdue} days.`, params)
      : reason("repayment.up_to_date", `Up to date on ${asOf}: ${euro(dueCents)} was due and ${euro(receivedCents)} received.`, params);
  return {
    asOf,
    dueCents,
    receivedCents,
    arrearsCents,
    aheadCents,
    remainingCents: Math.max(0, total - receivedCents),
    instalments,
    oldestOverdue: oldest ? { number: oldest.number, dueDate: oldest.dueDate, daysOverdue: oldest.daysOverdue } : null,
    reason: r,
  };
}
