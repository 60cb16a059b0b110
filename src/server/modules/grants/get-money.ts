import { asc, eq } from "drizzle-orm";
import type { MoneyView } from "../../../contracts/grants-decisions.js";
import { grantPayments, grantRecoveries, grantRepayments } from "../../db/schema/grants-decisions.js";
import type { Ctx } from "../../platform/context.js";
import { notFound } from "../../platform/errors.js";
import { requireGrantReader } from "./decision-policies.js";
import { dateOnly, decisionOf, envelopeOf, loadApplication } from "./decision-repo.js";
import { arrears, envelopeBalance, repaymentSchedule } from "./envelope.js";
import { todayOf, type GrantDeps } from "./grant-deps.js";

/** Money of a decided application: tranches and payments, recoveries, the envelope and, for an advance, schedule and arrears. */
export async function getMoney({ ctx, input, deps }: { ctx: Ctx; input: { id: string }; deps?: Partial<GrantDeps> }): Promise<MoneyView> {
  requireGrantReader(ctx.actor);
  const app = await loadApplication(ctx, input.id);
  const d = await decisionOf(ctx, app.id);
  if (!d || d.outcome !== "approved" || !d.envelopeId) throw notFound("approved decision");
  const payments = await ctx.db.select().from(grantPayments).where(eq(grantPayments.applicationId, app.id));
  const recoveries = await ctx.db.select().from(grantRecoveries).where(eq(grantRecoveries.applicationId, app.id)).orderBy(asc(grantRecoveries.onDate), asc(grantRecoveries.recordedAt));
  const env = await envelopeOf(ctx, d.envelopeId);
  const balance = envelopeBalance(env);
  const sum = (xs: { amountCents: number }[]) => xs.reduce((s, x) => s + x.amountCents, 0);
  let advance: MoneyView["advance"] = null;
  if (d.instrument === "repayable_advance" && d.repaymentPlan) {
    const schedule = repaymentSchedule(d.repaymentPlan);
    const reps = await ctx.db.select().from(grantRepayments).where(eq(grantRepayments.applicationId, app.id)).orderBy(asc(grantRepayments.paidOn));
    const today = todayOf(deps);
    const a = arrears(schedule, reps.map((r) => ({ date: dateOnly(r.paidOn), amountCents: r.amountCents })), today);
    advance = {
      schedule,
      repayments: reps.map((r) => ({ paidOn: dateOnly(r.paidOn), amountCents: r.amountCents, note: r.note })),
      arrears: { asOf: today, dueCents: a.dueCents, repaidCents: a.receivedCents, arrearsCents: a.arrearsCents, daysOverdue: a.oldestOverdue?.daysOverdue ?? 0, reason: a.reason },
    };
  }
  return {
    applicationId: app.id,
    status: app.status as MoneyView["status"],
    committedCents: d.amountCents ?? 0,
    paidCents: sum(payments),
    recoveryOrderedCents: sum(recoveries.filter((r) => r.kind === "ordered")),
    recoveredCents: sum(recoveries.filter((r) => r.kind === "received")),
    tranches: d.tranches.map((t) => {
      const p = payments.find((x) => x.trancheNumber === t.number);
      return { ...t, payment: p ? { amountCents: p.amountCents, iban: p.iban, paidOn: dateOnly(p.paidOn) } : null };
    }),
    recoveries: recoveries.map((r) => ({ kind: r.kind as "ordered" | "received", amountCents: r.amountCents, reason: r.reason, onDate: dateOnly(r.onDate) })),
    envelope: { year: env.year, amountCents: env.amountCents, committedCents: env.committedCents, paidCents: env.paidCents, availableCents: balance.availableCents },
    advance,
  };
}
