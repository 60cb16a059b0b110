import { eq } from "drizzle-orm";
import { z } from "zod";
import { InteractionInput, type InteractionView } from "../../../contracts/support.js";
import { supportInteractions, supportTrajectories } from "../../db/schema/support.js";
import { writeAudit } from "../../platform/audit.js";
import { withTransaction, type Ctx } from "../../platform/context.js";
import { validation, zodDetails } from "../../platform/errors.js";
import { notInFuture } from "./checks.js";
import { resolveDeps, todayIso, type SupportDeps } from "./deps.js";
import { requireWriter } from "./policies.js";
import { presentInteraction } from "./presenters.js";
import { actorIds, lockTrajectory } from "./repo.js";

const Input = InteractionInput.extend({ trajectoryId: z.string().uuid() });

/**
 * Records a visit, call, workshop or mail with the organisation: date (not in the future), who took part
 * (free text and/or registry contacts) and notes. A confidential interaction is seen by the agency's
 * staff only. Closed trajectories still take interactions (after-care).
 */
export async function recordInteraction({
  ctx,
  input,
  deps,
}: {
  ctx: Ctx;
  input: { trajectoryId: string } & InteractionInput;
  deps?: Partial<SupportDeps>;
}): Promise<InteractionView> {
  requireWriter(ctx.actor);
  const parsed = Input.safeParse(input);
  if (!parsed.success) throw validation(zodDetails(parsed.error));
  const { trajectoryId, ...v } = parsed.data;
  notInFuture(v.date, todayIso(resolveDeps(deps)), "date");
  return withTransaction(ctx, async (tx) => {
    const trajectory = await lockTrajectory(tx, trajectoryId);
    const who = actorIds(tx);
    const [row] = await tx.db
      .insert(supportInteractions)
      .values({ trajectoryId: trajectory.id, ...v, contactIds: [...new Set(v.contactIds)], recordedBy: who.id, recordedByLabel: who.label })
      .returning();
    await tx.db.update(supportTrajectories).set({ updatedAt: new Date() }).where(eq(supportTrajectories.id, trajectory.id));
    await writeAudit(tx, { action: "interaction.record", entity: "interaction", entityId: row.id, after: { trajectoryId: trajectory.id, ...v } });
    return presentInteraction({
      id: row.id,
      kind: row.kind as InteractionView["kind"],
      date: row.date,
      people: row.people,
      contactIds: row.contactIds,
      notes: row.notes,
      confidential: row.confidential,
      recordedByLabel: row.recordedByLabel,
      recordedAt: row.createdAt.getTime(),
    });
  });
}
