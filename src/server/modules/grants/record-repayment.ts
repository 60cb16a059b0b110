import { z } from "zod";
import { RepaymentInput, type MoneyView } from "../../../contracts/grants-decisions.js";
import { grantRepayments } from "../../db/schema/grants-decisions.js";
import { writeAudit } from "../../platform/audit.js";
import { withTransaction, type Ctx } from "../../platform/context.js";
import { preconditionFailed, validation, zodDetails } from "../../platform/errors.js";
import { requireOfficer, userIdOf } from "./decision-policies.js";
import { decisionOf, loadApplication } from "./decision-repo.js";
import { getMoney } from "./get-money.js";
import { todayOf, type GrantDeps } from "./grant-deps.js";

const Input = RepaymentInput.extend({ id: z.string().uuid() });

/** Records a repayment of a repayable advance; arrears follow from the schedule (oldest instalment first). */
export async function recordRepayment({ ctx, input, deps }: { ctx: Ctx; input: { id: string } & RepaymentInput; deps?: Partial<GrantDeps> }): Promise<MoneyView> {
  requireOfficer(ctx.actor);
  const parsed = Input.safeParse(input);
  if (!parsed.success) throw validation(zodDetails(parsed.error, "body"));
  const v = parsed.data;
  const today = todayOf(deps);
  const paidOn = v.paidOn ?? today;
  if (paidOn > today) throw validation([{ path: "body.paidOn", code: "in_future", message: "A repayment cannot be dated in the future." }]);
  await withTransaction(ctx, async (tx) => {
    const app = await loadApplication(tx, v.id, { lock: true });
    const d = await decisionOf(tx, app.id);
    if (!d || d.instrument !== "repayable_advance" || !d.repaymentPlan) throw preconditionFailed("Only a repayable advance is repaid.");
    const [r] = await tx.db.insert(grantRepayments).values({ applicationId: app.id, paidOn, amountCents: v.amountCents, note: v.note, recordedBy: userIdOf(tx.actor) }).returning();
    await writeAudit(tx, { action: "grant_application.record_repayment", entity: "grant_application", entityId: app.id, after: { repaymentId: r.id, amountCents: v.amountCents, paidOn } });
  });
  return getMoney({ ctx, input: { id: v.id }, deps });
}
