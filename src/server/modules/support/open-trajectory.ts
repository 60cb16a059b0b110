import { and, eq } from "drizzle-orm";
import { OpenTrajectoryInput, type TrajectoryDetail } from "../../../contracts/support.js";
import { supportStageChanges, supportTrajectories } from "../../db/schema/support.js";
import { writeAudit } from "../../platform/audit.js";
import { withTransaction, type Ctx } from "../../platform/context.js";
import { AppError, conflict, isUniqueViolation, validation, zodDetails } from "../../platform/errors.js";
import { findVisibleOrganisation } from "../organisations/index.js";
import { fail, notInFuture } from "./checks.js";
import { resolveDeps, todayIso, type SupportDeps } from "./deps.js";
import { buildDetail } from "./get-trajectory.js";
import { OWNER_ROLES, requireWriter } from "./policies.js";
import { activeUserWithRole, actorIds, findTrajectoryForActor, programmeByCode } from "./repo.js";

const openExists = () =>
  conflict("This organisation already has an open trajectory in this programme.", [
    { path: "programmeCode", code: "open_trajectory_exists", message: "Close the open trajectory first, or continue it." },
  ]);

/**
 * Starts following one organisation through one programme: the trajectory starts in the given stage (the
 * programme's first by default) on the start date, owned by an account manager (the actor by default).
 * Demo data passes demo: true.
 */
export async function openTrajectory({
  ctx,
  input,
  deps,
  demo = false,
}: {
  ctx: Ctx;
  input: OpenTrajectoryInput;
  deps?: Partial<SupportDeps>;
  demo?: boolean;
}): Promise<TrajectoryDetail> {
  requireWriter(ctx.actor);
  const parsed = OpenTrajectoryInput.safeParse(input);
  if (!parsed.success) throw validation(zodDetails(parsed.error));
  const v = parsed.data;
  const today = todayIso(resolveDeps(deps));
  const startDate = v.startDate ?? today;
  notInFuture(startDate, today, "startDate");
  return withTransaction(ctx, async (tx) => {
    const programme = await programmeByCode(tx, v.programmeCode).catch((err: unknown) => {
      if (err instanceof AppError && err.code === "not_found") fail("programmeCode", "unknown_programme", `There is no programme ${v.programmeCode}.`);
      throw err;
    });
    if (!programme.active) fail("programmeCode", "programme_inactive", "This programme takes no new trajectories.");
    const stage = v.stageCode ? programme.stages.find((s) => s.code === v.stageCode) : programme.stages[0];
    if (!stage) fail("stageCode", "unknown_stage", `The programme has no stage ${v.stageCode}.`);
    const organisation = await findVisibleOrganisation(tx, v.organisationId).catch((err: unknown) => {
      if (err instanceof AppError && err.code === "not_found") fail("organisationId", "unknown_organisation", "There is no such organisation.");
      throw err;
    });
    const ownerId = v.ownerId ?? actorIds(tx).id;
    if (ownerId && !(await activeUserWithRole(tx, ownerId, OWNER_ROLES))) {
      fail("ownerId", "not_an_account_manager", "The owner must be an active account manager or administrator.");
    }
    const [open] = await tx.db
      .select({ id: supportTrajectories.id })
      .from(supportTrajectories)
      .where(and(eq(supportTrajectories.programmeId, programme.id), eq(supportTrajectories.organisationId, organisation.id), eq(supportTrajectories.status, "open")))
      .limit(1);
    if (open) throw openExists();
    let id: string;
    try {
      [{ id }] = await tx.db
        .insert(supportTrajectories)
        .values({
          programmeId: programme.id,
          organisationId: organisation.id,
          ownerId,
          startDate,
          currentStageId: stage.id,
          summary: v.summary,
          notes: v.notes,
          demo,
        })
        .returning({ id: supportTrajectories.id });
    } catch (err) {
      if (isUniqueViolation(err)) throw openExists();
      throw err;
    }
    const who = actorIds(tx);
    await tx.db.insert(supportStageChanges).values({ trajectoryId: id, fromStageId: null, toStageId: stage.id, effectiveDate: startDate, movedBy: who.id, movedByLabel: who.label });
    await writeAudit(tx, {
      action: "trajectory.open",
      entity: "trajectory",
      entityId: id,
      after: { programme: programme.code, organisationId: organisation.id, ownerId, startDate, stage: stage.code, summary: v.summary, notes: v.notes, demo },
    });
    return buildDetail(tx, await findTrajectoryForActor(tx, id), "staff", today, programme);
  });
}
