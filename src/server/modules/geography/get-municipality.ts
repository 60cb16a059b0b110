import type { MunicipalityView } from "../../../contracts/geography.js";
import type { Ctx } from "../../platform/context.js";
import { AppError } from "../../platform/errors.js";
import { readMunicipalities } from "./queries.js";

/**
 * One municipality by its current NIS code; not found otherwise. For the old code of a municipality merged on
 * 1 January 2025 the message names the new one. Public reference data.
 */
export async function getMunicipality(ctx: Ctx, nis: string): Promise<MunicipalityView> {
  // Public reference data: every actor, signed in or not, may read it.
  const all = await readMunicipalities(ctx);
  const found = all.find((m) => m.nis === nis);
  if (found) return found;
  const successor = all.find((m) => m.mergedFrom.some((f) => f.nis === nis));
  if (successor) {
    const former = successor.mergedFrom.find((f) => f.nis === nis)!;
    throw new AppError(
      "not_found",
      `NIS code ${nis} (${former.name}) no longer exists: it merged into ${successor.nameNl} (${successor.nis}) on 1 January 2025.`,
    );
  }
  throw new AppError("not_found", `No Limburg municipality has NIS code ${nis}.`);
}
