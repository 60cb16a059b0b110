import { z } from "zod";
import { GoalUpdate, type GoalView } from "../../../contracts/compass.js";
import { and, eq } from "drizzle-orm";
import { goals } from "../../db/schema/compass.js";
import { writeAudit } from "../../platform/audit.js";
import { withTransaction, type Ctx } from "../../platform/context.js";
import { conflict, notFound, validation, zodDetails } from "../../platform/errors.js";
import { requireDefiner } from "./policies.js";
import { presentGoal } from "./presenters.js";
import { goalById } from "./repo.js";

const Input = GoalUpdate.extend({ id: z.string().uuid() });

/** Changes a goal's texts, owner, section or position; `version` guards against lost updates. */
export async function updateGoal({ ctx, input }: { ctx: Ctx; input: { id: string } & GoalUpdate }): Promise<GoalView> {
  requireDefiner(ctx.actor);
  const parsed = Input.safeParse(input);
  if (!parsed.success) throw validation(zodDetails(parsed.error));
  // Only the fields the caller sent: the contract's defaults must not reset what was not mentioned.
  const sent = new Set(Object.keys(input));
  const { id, version, ...all } = parsed.data;
  const changes = Object.fromEntries(Object.entries(all).filter(([k]) => sent.has(k))) as Partial<typeof all>;
  return withTransaction(ctx, async (tx) => {
    const current = await goalById(tx, id);
    if (!current) throw notFound("goal");
    if (current.version !== version) {
      throw conflict("The goal was changed by someone else; reload it and try again.", [
        { path: "version", code: "stale", message: `The current version is ${current.version}.` },
      ]);
    }
    const [row] = await tx.db
      .update(goals)
      .set({ ...changes, version: version + 1, updatedAt: new Date() })
      .where(and(eq(goals.id, id), eq(goals.version, version)))
      .returning();
    if (!row) throw conflict("The goal was changed by someone else; reload it and try again.");
    const before = presentGoal(current);
    const after = presentGoal(row);
    await writeAudit(tx, { action: "goal.update", entity: "goal", entityId: id, before, after });
    return after;
  });
}
