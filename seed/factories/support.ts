import type { OpenTrajectoryInput, ProgrammeInput, TrajectoryDetail } from "../../src/contracts/support.js";
import type { Database, Db } from "../../src/server/db/client.js";
import { makeCtx, systemActor, type Actor, type Ctx } from "../../src/server/platform/context.js";
import { moveTrajectoryStage, openTrajectory, upsertProgramme } from "../../src/server/modules/support/index.js";
import { PROGRAMMES } from "../support/programmes.js";

/**
 * Support test data, written through the support module's own verbs (so the stage history and the audit
 * stay as the application keeps them), acting as the system unless an actor is given.
 */
type Target = Db | Database | Ctx;

export function ctxOf(target: Target, actor?: Actor): Ctx {
  if ("actor" in target && "requestId" in target) return actor ? { ...(target as Ctx), actor } : (target as Ctx);
  const db = "kind" in target && "db" in target ? (target as Database).db : (target as Db);
  return makeCtx({ actor: actor ?? systemActor("factory"), db });
}

/** The statement's programmes (AI Space, cobot centre, …), as the seed writes them; idempotent. */
export async function ensureProgrammes(target: Target): Promise<void> {
  const ctx = ctxOf(target);
  for (const programme of PROGRAMMES) await upsertProgramme({ ctx, input: programme });
}

/** A programme of one's own (stages a → b → c with c the success, unless given). */
export async function createProgramme(target: Target, spec: Partial<ProgrammeInput> & { code: string }) {
  return (
    await upsertProgramme({
      ctx: ctxOf(target),
      input: {
        nameNl: `Testprogramma ${spec.code}`,
        nameEn: `Test programme ${spec.code}`,
        section: "4.5",
        stages: [
          { code: "a", nameNl: "Fase A", nameEn: "Stage A" },
          { code: "b", nameNl: "Fase B", nameEn: "Stage B" },
          { code: "c", nameNl: "Fase C", nameEn: "Stage C", success: true },
        ],
        outcomeFields: ["jobs_created", "high_skilled_jobs"],
        ...spec,
      },
    })
  ).programme;
}

/** Opens a trajectory (the AI Space by default) and, when given, moves it through stages on dates. */
export async function createTrajectory(
  target: Target,
  spec: Partial<OpenTrajectoryInput> & { organisationId: string; actor?: Actor; moves?: { stageCode: string; date?: string }[]; now?: () => Date },
): Promise<TrajectoryDetail> {
  const { actor, moves = [], now, ...input } = spec;
  const ctx = ctxOf(target, actor);
  const deps = now ? { now } : undefined;
  let detail = await openTrajectory({ ctx, input: { programmeCode: "ai_space", ...input }, deps });
  for (const move of moves) detail = await moveTrajectoryStage({ ctx, input: { id: detail.id, ...move }, deps });
  return detail;
}
