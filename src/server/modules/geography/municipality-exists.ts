import type { Ctx } from "../../platform/context.js";
import { municipalityExists as exists } from "./queries.js";

/** Whether `nis` is the NIS code of a current Limburg municipality (old codes of merged ones are not). Public reference data. */
export async function municipalityExists(ctx: Ctx, nis: string): Promise<boolean> {
  // Public reference data: every actor, signed in or not, may read it.
  return /^\d{5}$/.test(nis) ? exists(ctx, nis) : false;
}
