import { eq } from "drizzle-orm";
import { z } from "zod";
import { CloseInput, type TrajectoryDetail } from "../../../contracts/support.js";
import { supportTrajectories } from "../../db/schema/support.js";
import { writeAudit } from "../../platform/audit.js";
import { withTransaction, type Ctx } from "../../platform/context.js";
import { validation, zodDetails } from "../../platform/errors.js";
import { fail, notInFuture } from "./checks.js";
import { resolveDeps, todayIso, type SupportDeps } from "./deps.js";
import { buildDetail } from "./get-trajectory.js";
import { requireWriter } from "./policies.js";
import { findTrajectoryForActor, lockOpenTrajectory } from "./repo.js";

const Input = CloseInput.extend({ id: z.string().uuid() });

/**
 * Ends an open trajectory: closed (finished) or abandoned, on a date (today unless given; not before the
 * start or the last stage move, never in the future), with a reason for the staff. The stage it reached stays as it is.
 */
export async function closeTrajectory({
  ctx,
  input,
  deps,
}: {
  ctx: Ctx;
  input: { id: string } & CloseInput;
  deps?: Partial<SupportDeps>;
}): Promise<TrajectoryDetail> {
  requireWriter(ctx.actor);
  const parsed = Input.safeParse(input);
  if (!parsed.success) throw validation(zodDetails(parsed.error));
  const v = parsed.data;
  const today = todayIso(resolveDeps(deps));
  const date = v.date ?? today;
  notInFuture(date, today, "date");
  return withTransaction(ctx, async (tx) => {
    const current = await lockOpenTrajectory(tx, v.id);
    if (date < current.startDate) fail("date", "before_start", `The trajectory started on ${current.startDate}.`);
    if (current.lastMoveDate && date < current.lastMoveDate) fail("date", "before_last_move", `The last stage move took effect on ${current.lastMoveDate}.`);
    await tx.db
      .update(supportTrajectories)
      .set({ status: v.status, closedDate: date, closeReason: v.reason, version: current.version + 1, updatedAt: new Date() })
      .where(eq(supportTrajectories.id, current.id));
    await writeAudit(tx, {
      action: "trajectory.close",
      entity: "trajectory",
      entityId: current.id,
      before: { status: current.status },
      after: { status: v.status, date, reason: v.reason, stage: current.stageCode },
    });
    return buildDetail(tx, await findTrajectoryForActor(tx, current.id), "staff", today);
  });
}
