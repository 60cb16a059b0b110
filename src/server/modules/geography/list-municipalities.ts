import { MunicipalityListQuery, type MunicipalityView } from "../../../contracts/geography.js";
import type { Ctx } from "../../platform/context.js";
import { validation, zodDetails } from "../../platform/errors.js";
import { readMunicipalities } from "./queries.js";

/** Limburg's municipalities, ordered by Dutch name; optionally those of one arrondissement. Public reference data. */
export async function listMunicipalities(ctx: Ctx, filter: MunicipalityListQuery = {}): Promise<MunicipalityView[]> {
  // Public reference data: every actor, signed in or not, may read it.
  const parsed = MunicipalityListQuery.safeParse(filter);
  if (!parsed.success) throw validation(zodDetails(parsed.error));
  return readMunicipalities(ctx, { arrondissementNis: parsed.data.arrondissement });
}
