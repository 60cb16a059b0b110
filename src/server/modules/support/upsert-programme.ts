import { and, eq, notInArray } from "drizzle-orm";
import { ProgrammeInput, type ProgrammeView } from "../../../contracts/support.js";
import { supportProgrammes, supportStages } from "../../db/schema/support.js";
import { writeAudit } from "../../platform/audit.js";
import { requireRole } from "../../platform/authz.js";
import { withTransaction, type Ctx } from "../../platform/context.js";
import { validation, zodDetails } from "../../platform/errors.js";
import { loadProgrammes, RETIRED_POSITION } from "./repo.js";

export interface UpsertProgrammeResult {
  programme: ProgrammeView;
  outcome: "created" | "updated" | "unchanged";
}

const comparable = (p: ProgrammeView) => ({
  ...p,
  id: undefined,
  stages: p.stages.map((s) => ({ code: s.code, nameNl: s.nameNl, nameEn: s.nameEn, position: s.position, success: s.success })),
});

/**
 * Writes a programme as data (by code): creates it, or brings it in line with the input. Stages are
 * matched by code; a stage the input no longer lists stays (trajectories may point at it) but moves to
 * the end and is no longer the success. Administrators and the system (the seed) only. Audited when
 * something changed; running it again with the same data changes nothing.
 */
export async function upsertProgramme({ ctx, input }: { ctx: Ctx; input: ProgrammeInput }): Promise<UpsertProgrammeResult> {
  requireRole(ctx.actor, "administrator");
  const parsed = ProgrammeInput.safeParse(input);
  if (!parsed.success) throw validation(zodDetails(parsed.error));
  const { stages, ...fields } = parsed.data;
  return withTransaction(ctx, async (tx) => {
    const [existing] = await tx.db.select().from(supportProgrammes).where(eq(supportProgrammes.code, fields.code)).for("update").limit(1);
    const before = existing ? (await loadProgrammes(tx, [existing.id]))[0] : null;
    let id: string;
    if (existing) {
      id = existing.id;
      await tx.db.update(supportProgrammes).set(fields).where(eq(supportProgrammes.id, id));
    } else {
      [{ id }] = await tx.db.insert(supportProgrammes).values(fields).returning({ id: supportProgrammes.id });
    }
    const current = await tx.db.select().from(supportStages).where(eq(supportStages.programmeId, id));
    for (const [position, stage] of stages.entries()) {
      const found = current.find((s) => s.code === stage.code);
      if (found) await tx.db.update(supportStages).set({ ...stage, position }).where(eq(supportStages.id, found.id));
      else await tx.db.insert(supportStages).values({ ...stage, position, programmeId: id });
    }
    const listed = stages.map((s) => s.code);
    for (const old of current.filter((s) => !listed.includes(s.code))) {
      await tx.db
        .update(supportStages)
        .set({ success: false, position: old.position >= RETIRED_POSITION ? old.position : RETIRED_POSITION + old.position })
        .where(and(eq(supportStages.id, old.id), notInArray(supportStages.code, listed)));
    }
    const after = (await loadProgrammes(tx, [id]))[0];
    if (before && JSON.stringify(comparable(before)) === JSON.stringify(comparable(after))) {
      return { programme: after, outcome: "unchanged" as const };
    }
    if (before) await tx.db.update(supportProgrammes).set({ version: existing!.version + 1, updatedAt: new Date() }).where(eq(supportProgrammes.id, id));
    await writeAudit(tx, { action: before ? "programme.update" : "programme.create", entity: "programme", entityId: id, before, after });
    return { programme: after, outcome: before ? ("updated" as const) : ("created" as const) };
  });
}
