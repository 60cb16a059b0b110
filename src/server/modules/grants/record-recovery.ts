import { eq } from "drizzle-orm";
import { z } from "zod";
import { RecoveryInput, type MoneyView } from "../../../contracts/grants-decisions.js";
import { grantEnvelopes } from "../../db/schema/grants.js";
import { grantPayments, grantRecoveries } from "../../db/schema/grants-decisions.js";
import { writeAudit } from "../../platform/audit.js";
import { withTransaction, type Ctx } from "../../platform/context.js";
import { preconditionFailed, validation, zodDetails } from "../../platform/errors.js";
import { step } from "./decide-application.js";
import { requireOfficer, userIdOf, workflowRoles } from "./decision-policies.js";
import { decisionOf, loadApplication, setStatus } from "./decision-repo.js";
import { getMoney } from "./get-money.js";
import { todayOf, type GrantDeps } from "./grant-deps.js";

const Input = z.intersection(z.object({ id: z.string().uuid() }), RecoveryInput);

/**
 * Recovery of aid paid: an order (at most what was paid, with a reason) and the money received against
 * it (at most what was ordered). Money received goes back to the envelope's recovered total.
 */
export async function recordRecovery({ ctx, input, deps }: { ctx: Ctx; input: { id: string } & RecoveryInput; deps?: Partial<GrantDeps> }): Promise<MoneyView> {
  requireOfficer(ctx.actor);
  const parsed = Input.safeParse(input);
  if (!parsed.success) throw validation(zodDetails(parsed.error, "body"));
  const v = parsed.data;
  const today = todayOf(deps);
  const onDate = v.onDate ?? today;
  if (onDate > today) throw validation([{ path: "body.onDate", code: "in_future", message: "A recovery cannot be dated in the future." }]);
  await withTransaction(ctx, async (tx) => {
    const app = await loadApplication(tx, v.id, { lock: true });
    const d = await decisionOf(tx, app.id);
    if (!d || d.outcome !== "approved" || !d.envelopeId) throw preconditionFailed("Only aid that was granted can be recovered.");
    const paidCents = (await tx.db.select().from(grantPayments).where(eq(grantPayments.applicationId, app.id))).reduce((s, p) => s + p.amountCents, 0);
    const recs = await tx.db.select().from(grantRecoveries).where(eq(grantRecoveries.applicationId, app.id));
    const orderedCents = recs.filter((r) => r.kind === "ordered").reduce((s, r) => s + r.amountCents, 0);
    const recoveredBeforeCents = recs.filter((r) => r.kind === "received").reduce((s, r) => s + r.amountCents, 0);
    const roles = workflowRoles(tx.actor);
    const t =
      v.kind === "ordered"
        ? step(app.status as never, { type: "order_recovery", amountCents: orderedCents + v.amountCents, paidCents, reason: v.reason }, roles)
        : step(app.status as never, { type: "record_recovery", amountCents: v.amountCents, orderedCents, recoveredBeforeCents }, roles);
    if (v.kind === "received") {
      const [env] = await tx.db.select().from(grantEnvelopes).where(eq(grantEnvelopes.id, d.envelopeId)).for("update");
      await tx.db.update(grantEnvelopes).set({ recoveredCents: env.recoveredCents + v.amountCents, version: env.version + 1, updatedAt: new Date() }).where(eq(grantEnvelopes.id, env.id));
    }
    const [r] = await tx.db
      .insert(grantRecoveries)
      .values({ applicationId: app.id, kind: v.kind, amountCents: v.amountCents, reason: v.kind === "ordered" ? v.reason : "", onDate, recordedBy: userIdOf(tx.actor) })
      .returning();
    const before = app.status;
    await setStatus(tx, app, t.to);
    await writeAudit(tx, {
      action: v.kind === "ordered" ? "grant_application.order_recovery" : "grant_application.record_recovery",
      entity: "grant_application",
      entityId: app.id,
      before: { status: before, orderedCents, recoveredCents: recoveredBeforeCents },
      after: { status: t.to, recoveryId: r.id, amountCents: v.amountCents, onDate },
    });
  });
  return getMoney({ ctx, input: { id: v.id }, deps });
}
