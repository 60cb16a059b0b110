import type { ProgrammeView } from "../../../contracts/support.js";
import type { Ctx } from "../../platform/context.js";
import { requireReader } from "./policies.js";
import { loadProgrammes, programmeByCode } from "./repo.js";

/** The support programmes with their stages and outcome fields, in the agency's order. */
export async function listProgrammes({ ctx }: { ctx: Ctx; input?: unknown }): Promise<ProgrammeView[]> {
  requireReader(ctx.actor);
  return loadProgrammes(ctx);
}

export async function getProgramme({ ctx, input }: { ctx: Ctx; input: { code: string } }): Promise<ProgrammeView> {
  requireReader(ctx.actor);
  return programmeByCode(ctx, input.code);
}
