import type { MunicipalityView } from "../../../contracts/geography.js";
import type { Ctx } from "../../platform/context.js";
import { normaliseName } from "./names.js";
import { readMunicipalities } from "./queries.js";

/**
 * Finds a municipality by NIS code (current, or the old code of a municipality merged on 1 January 2025) or by
 * name: Dutch or French, current or former ("Kortessem" → Hasselt 71072), ignoring case and accents.
 * Answers null when nothing matches. Public reference data.
 */
export async function findMunicipality(ctx: Ctx, nisOrName: string): Promise<MunicipalityView | null> {
  // Public reference data: every actor, signed in or not, may read it.
  const query = nisOrName.trim();
  if (!query) return null;
  const all = await readMunicipalities(ctx);
  if (/^\d{5}$/.test(query)) {
    return all.find((m) => m.nis === query) ?? all.find((m) => m.mergedFrom.some((f) => f.nis === query)) ?? null;
  }
  const wanted = normaliseName(query);
  return (
    all.find((m) => normaliseName(m.nameNl) === wanted || normaliseName(m.nameFr) === wanted) ??
    all.find((m) => m.mergedFrom.some((f) => normaliseName(f.name) === wanted)) ??
    null
  );
}
