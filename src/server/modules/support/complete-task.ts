import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { TaskUpdate, type TaskView } from "../../../contracts/support.js";
import { supportTasks, supportTrajectories } from "../../db/schema/support.js";
import { writeAudit } from "../../platform/audit.js";
import { withTransaction, type Ctx } from "../../platform/context.js";
import { notFound, validation, zodDetails } from "../../platform/errors.js";
import { resolveDeps, todayIso, type SupportDeps } from "./deps.js";
import { requireWriter } from "./policies.js";
import { presentTask, type TaskRecord } from "./presenters.js";
import { actorIds, epochMs, rows } from "./repo.js";

const Input = TaskUpdate.extend({ id: z.string().uuid() });

async function taskById(ctx: Ctx, id: string, lock = false): Promise<TaskRecord | null> {
  const [row] = await rows<TaskRecord>(ctx, sql`
    select k.id, k.trajectory_id as "trajectoryId", k.title, k.due_date::text as "dueDate", k.owner_id as "ownerId",
      u.display_name as "ownerName", ${epochMs(sql`k.done_at`)} as "doneAt", ${epochMs(sql`k.created_at`)} as "createdAt"
    from support_tasks k join users u on u.id = k.owner_id
    where k.id = ${id}::uuid ${lock ? sql`for update of k` : sql``}`);
  return row ?? null;
}

/**
 * Marks a task done (done: true) or open again (done: false): administrators and account managers, for
 * any task (a colleague may finish it). Asking for the state a task is in already changes nothing.
 */
export async function completeTask({
  ctx,
  input,
  deps,
}: {
  ctx: Ctx;
  input: { id: string } & TaskUpdate;
  deps?: Partial<SupportDeps>;
}): Promise<TaskView> {
  requireWriter(ctx.actor);
  const parsed = Input.safeParse(input);
  if (!parsed.success) throw validation(zodDetails(parsed.error));
  const v = parsed.data;
  const d = resolveDeps(deps);
  const today = todayIso(d);
  return withTransaction(ctx, async (tx) => {
    const task = await taskById(tx, v.id, true);
    if (!task) throw notFound("task");
    const who = actorIds(tx);
    if ((task.doneAt !== null) === v.done) return presentTask(task, today);
    await tx.db
      .update(supportTasks)
      .set(v.done ? { doneAt: d.now(), doneBy: who.id, version: sql`${supportTasks.version} + 1` } : { doneAt: null, doneBy: null, version: sql`${supportTasks.version} + 1` })
      .where(eq(supportTasks.id, task.id));
    await tx.db.update(supportTrajectories).set({ updatedAt: new Date() }).where(eq(supportTrajectories.id, task.trajectoryId));
    await writeAudit(tx, {
      action: v.done ? "task.complete" : "task.reopen",
      entity: "task",
      entityId: task.id,
      before: { done: !v.done },
      after: { done: v.done, trajectoryId: task.trajectoryId },
    });
    return presentTask((await taskById(tx, task.id))!, today);
  });
}
