import { eq } from "drizzle-orm";
import { z } from "zod";
import { MoveStageInput, type TrajectoryDetail } from "../../../contracts/support.js";
import { supportStageChanges, supportTrajectories } from "../../db/schema/support.js";
import { writeAudit } from "../../platform/audit.js";
import { withTransaction, type Ctx } from "../../platform/context.js";
import { validation, zodDetails } from "../../platform/errors.js";
import { fail, notInFuture } from "./checks.js";
import { resolveDeps, todayIso, type SupportDeps } from "./deps.js";
import { buildDetail } from "./get-trajectory.js";
import { requireWriter } from "./policies.js";
import { actorIds, findTrajectoryForActor, loadProgrammes, lockOpenTrajectory } from "./repo.js";

const Input = MoveStageInput.extend({ id: z.string().uuid() });


/**
 * Moves an open trajectory to another stage of its programme, forward or back; the move is recorded in
 * the stage history with its date (today unless given; not before the previous move) and who made it.
 * Metrics read the history, so a move to the success stage counts from its date, and a move back
 * lowers the figures from then on.
 */
export async function moveTrajectoryStage({
  ctx,
  input,
  deps,
}: {
  ctx: Ctx;
  input: { id: string } & MoveStageInput;
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
    const [programme] = await loadProgrammes(tx, [current.programmeId]);
    const target = programme.stages.find((s) => s.code === v.stageCode);
    if (!target) fail("stageCode", "unknown_stage", `The programme has no stage ${v.stageCode}.`);
    if (target.id === current.stageId) fail("stageCode", "same_stage", "The trajectory is in this stage already.");
    const last = current.lastMoveDate;
    if (last && date < last) fail("date", "before_last_move", `The previous move took effect on ${last}; a move cannot come before it.`);
    const who = actorIds(tx);
    await tx.db.insert(supportStageChanges).values({
      trajectoryId: current.id,
      fromStageId: current.stageId,
      toStageId: target.id,
      effectiveDate: date,
      movedBy: who.id,
      movedByLabel: who.label,
      note: v.note,
    });
    await tx.db
      .update(supportTrajectories)
      .set({ currentStageId: target.id, version: current.version + 1, updatedAt: new Date() })
      .where(eq(supportTrajectories.id, current.id));
    await writeAudit(tx, {
      action: "trajectory.move_stage",
      entity: "trajectory",
      entityId: current.id,
      before: { stage: current.stageCode },
      after: { stage: target.code, date, note: v.note, direction: target.position > current.stagePosition ? "forward" : "back" },
    });
    return buildDetail(tx, await findTrajectoryForActor(tx, current.id), "staff", today, programme);
  });
}
