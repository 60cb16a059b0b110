import { eq } from "drizzle-orm";
import { z } from "zod";
import { OutcomeInput, type OutcomeField, type OutcomeView } from "../../../contracts/support.js";
import { supportOutcomes, supportTrajectories } from "../../db/schema/support.js";
import { writeAudit } from "../../platform/audit.js";
import { withTransaction, type Ctx } from "../../platform/context.js";
import { validation, zodDetails } from "../../platform/errors.js";
import { notInFuture } from "./checks.js";
import { resolveDeps, todayIso, type SupportDeps } from "./deps.js";
import { requireWriter } from "./policies.js";
import { presentOutcome } from "./presenters.js";
import { actorIds, loadProgrammes, lockTrajectory } from "./repo.js";

const Input = OutcomeInput.extend({ trajectoryId: z.string().uuid() });

/**
 * Records outcomes of a trajectory on a date (not in the future): figures for the programme's outcome
 * fields, e.g. { jobs_created: 12, high_skilled_jobs: 5 }. Outcomes are events that add up: the compass
 * sums the high-skilled jobs recorded up to a date. Closed trajectories still take outcomes (results
 * often come later).
 */
export async function recordOutcome({
  ctx,
  input,
  deps,
}: {
  ctx: Ctx;
  input: { trajectoryId: string } & OutcomeInput;
  deps?: Partial<SupportDeps>;
}): Promise<OutcomeView[]> {
  requireWriter(ctx.actor);
  const parsed = Input.safeParse(input);
  if (!parsed.success) throw validation(zodDetails(parsed.error));
  const { trajectoryId, date, note } = parsed.data;
  const values = Object.entries(parsed.data.values).filter(([, n]) => n !== undefined) as [OutcomeField, number][];
  notInFuture(date, todayIso(resolveDeps(deps)), "date");
  return withTransaction(ctx, async (tx) => {
    const trajectory = await lockTrajectory(tx, trajectoryId);
    const [programme] = await loadProgrammes(tx, [trajectory.programmeId]);
    const foreign = values.filter(([field]) => !programme.outcomeFields.includes(field));
    if (foreign.length) {
      throw validation(foreign.map(([field]) => ({ path: `values.${field}`, code: "not_in_programme", message: `The programme ${programme.code} does not record ${field}.` })));
    }
    const who = actorIds(tx);
    const inserted = await tx.db
      .insert(supportOutcomes)
      .values(values.map(([field, value]) => ({ trajectoryId: trajectory.id, field, value, date, note, recordedBy: who.id, recordedByLabel: who.label })))
      .returning();
    await tx.db.update(supportTrajectories).set({ updatedAt: new Date() }).where(eq(supportTrajectories.id, trajectory.id));
    await writeAudit(tx, {
      action: "outcome.record",
      entity: "trajectory",
      entityId: trajectory.id,
      after: { date, values: Object.fromEntries(values), note, outcomeIds: inserted.map((r) => r.id) },
    });
    return inserted.map((r) =>
      presentOutcome({ id: r.id, field: r.field as OutcomeField, value: r.value, date: r.date, note: r.note, recordedByLabel: r.recordedByLabel, recordedAt: r.createdAt.getTime() }),
    );
  });
}
