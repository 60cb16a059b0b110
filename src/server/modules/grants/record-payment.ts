import { eq } from "drizzle-orm";
import { z } from "zod";
import { PaymentInput, type MoneyView } from "../../../contracts/grants-decisions.js";
import { grantEnvelopes } from "../../db/schema/grants.js";
import { grantPayments } from "../../db/schema/grants-decisions.js";
import { writeAudit } from "../../platform/audit.js";
import { withTransaction, type Ctx } from "../../platform/context.js";
import { conflict, preconditionFailed, validation, zodDetails } from "../../platform/errors.js";
import { step } from "./decide-application.js";
import { requireOfficer, userIdOf, workflowRoles } from "./decision-policies.js";
import { decisionOf, loadApplication, setStatus } from "./decision-repo.js";
import { getMoney } from "./get-money.js";
import { todayOf, type GrantDeps } from "./grant-deps.js";
import { validateBelgianIban } from "./iban.js";

const Input = PaymentInput.extend({ id: z.string().uuid() });

/**
 * Pays one tranche of an approved decision to a Belgian IBAN that passes both checks (ISO 13616 and the
 * Belgian national check digits). Each tranche is paid once; the envelope's paid total rises with it.
 */
export async function recordPayment({ ctx, input, deps }: { ctx: Ctx; input: { id: string } & PaymentInput; deps?: Partial<GrantDeps> }): Promise<MoneyView> {
  requireOfficer(ctx.actor);
  const parsed = Input.safeParse(input);
  if (!parsed.success) throw validation(zodDetails(parsed.error, "body"));
  const v = parsed.data;
  const today = todayOf(deps);
  const paidOn = v.paidOn ?? today;
  if (paidOn > today) throw validation([{ path: "body.paidOn", code: "in_future", message: "A payment cannot be dated in the future." }]);
  const iban = validateBelgianIban(v.iban);
  if (!iban.valid) throw validation([{ path: "body.iban", code: `iban_${iban.problem}`, message: iban.reason.message }]);
  await withTransaction(ctx, async (tx) => {
    const app = await loadApplication(tx, v.id, { lock: true });
    const d = await decisionOf(tx, app.id);
    if (!d || d.outcome !== "approved" || !d.envelopeId) throw preconditionFailed("Only an approved application can be paid.");
    const tranche = d.tranches.find((t) => t.number === v.trancheNumber);
    if (!tranche) throw validation([{ path: "body.trancheNumber", code: "unknown_tranche", message: `The decision has no tranche ${v.trancheNumber}.` }]);
    const paid = await tx.db.select().from(grantPayments).where(eq(grantPayments.applicationId, app.id));
    if (paid.some((p) => p.trancheNumber === tranche.number)) throw conflict(`Tranche ${tranche.number} has already been paid.`);
    const paidBeforeCents = paid.reduce((s, p) => s + p.amountCents, 0);
    const t = step(app.status as never, { type: "record_payment", amountCents: tranche.amountCents, committedCents: d.amountCents ?? 0, paidBeforeCents, ibanValid: true }, workflowRoles(tx.actor));
    const [env] = await tx.db.select().from(grantEnvelopes).where(eq(grantEnvelopes.id, d.envelopeId)).for("update");
    await tx.db.update(grantEnvelopes).set({ paidCents: env.paidCents + tranche.amountCents, version: env.version + 1, updatedAt: new Date() }).where(eq(grantEnvelopes.id, env.id));
    const [p] = await tx.db
      .insert(grantPayments)
      .values({ applicationId: app.id, envelopeId: env.id, trancheNumber: tranche.number, amountCents: tranche.amountCents, iban: iban.iban, paidOn, recordedBy: userIdOf(tx.actor) })
      .returning();
    const before = app.status;
    await setStatus(tx, app, t.to);
    await writeAudit(tx, {
      action: "grant_application.pay_tranche",
      entity: "grant_application",
      entityId: app.id,
      before: { status: before, paidCents: paidBeforeCents },
      after: { status: t.to, paymentId: p.id, tranche: tranche.number, amountCents: tranche.amountCents, iban: iban.formatted, paidOn },
    });
  });
  return getMoney({ ctx, input: { id: v.id }, deps });
}
