import { eq } from "drizzle-orm";
import { z } from "zod";
import { TaskInput, type TaskView } from "../../../contracts/support.js";
import { supportTasks, supportTrajectories } from "../../db/schema/support.js";
import { writeAudit } from "../../platform/audit.js";
import { withTransaction, type Ctx } from "../../platform/context.js";
import { validation, zodDetails } from "../../platform/errors.js";
import { fail } from "./checks.js";
import { resolveDeps, todayIso, type SupportDeps } from "./deps.js";
import { OWNER_ROLES, requireWriter } from "./policies.js";
import { presentTask } from "./presenters.js";
import { activeUserWithRole, actorIds, lockTrajectory } from "./repo.js";

const Input = TaskInput.extend({ trajectoryId: z.string().uuid() });

/** Adds a follow-up task to a trajectory: a title, a due date and an owner, an account manager or administrator (the actor by default). */
export async function addTask({
  ctx,
  input,
  deps,
}: {
  ctx: Ctx;
  input: { trajectoryId: string } & TaskInput;
  deps?: Partial<SupportDeps>;
}): Promise<TaskView> {
  requireWriter(ctx.actor);
  const parsed = Input.safeParse(input);
  if (!parsed.success) throw validation(zodDetails(parsed.error));
  const { trajectoryId, ...v } = parsed.data;
  const d = resolveDeps(deps);
  const today = todayIso(d);
  return withTransaction(ctx, async (tx) => {
    const trajectory = await lockTrajectory(tx, trajectoryId);
    const ownerId = v.ownerId ?? actorIds(tx).id;
    if (!ownerId) fail("ownerId", "required", "Name the task's owner.");
    const owner = await activeUserWithRole(tx, ownerId, OWNER_ROLES);
    if (!owner) fail("ownerId", "not_an_account_manager", "A task's owner must be an active account manager or administrator.");
    const [row] = await tx.db
      .insert(supportTasks)
      .values({ trajectoryId: trajectory.id, title: v.title, dueDate: v.dueDate, ownerId, createdBy: actorIds(tx).id, createdAt: d.now() })
      .returning();
    await tx.db.update(supportTrajectories).set({ updatedAt: new Date() }).where(eq(supportTrajectories.id, trajectory.id));
    await writeAudit(tx, { action: "task.add", entity: "task", entityId: row.id, after: { trajectoryId: trajectory.id, title: v.title, dueDate: v.dueDate, ownerId } });
    return presentTask(
      { id: row.id, trajectoryId: row.trajectoryId, title: row.title, dueDate: row.dueDate, ownerId, ownerName: owner.displayName, doneAt: null, createdAt: row.createdAt.getTime() },
      today,
    );
  });
}
