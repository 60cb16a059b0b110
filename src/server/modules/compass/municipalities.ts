import { listMunicipalities, normaliseName } from "../geography/index.js";
import type { Ctx } from "../../platform/context.js";

export interface MunicipalityRef {
  nis: string;
  nameNl: string;
  nameFr: string;
  lat: number;
  lon: number;
  mergedFrom: { nis: string; name: string }[];
}

/** Limburg's current municipalities, through the geography module's door. */
export async function municipalityRefs(ctx: Ctx): Promise<MunicipalityRef[]> {
  const list = await listMunicipalities(ctx);
  return list.map((m) => ({ nis: m.nis, nameNl: m.nameNl, nameFr: m.nameFr, lat: m.lat, lon: m.lon, mergedFrom: m.mergedFrom }));
}

export async function municipalityExists(ctx: Ctx, nis: string): Promise<boolean> {
  return (await municipalityRefs(ctx)).some((m) => m.nis === nis);
}

/**
 * Resolves a cell of an import file: a current NIS code or a current name (Dutch or French, ignoring case
 * and accents). A municipality merged on 1 January 2025 is not accepted: its figures are not the merged
 * municipality's; the answer names the municipality it became part of.
 */
export function resolveMunicipality(refs: MunicipalityRef[], cell: string): { nis: string } | { error: string } {
  const q = cell.trim();
  const byNis = refs.find((m) => m.nis === q);
  if (byNis) return { nis: byNis.nis };
  const wanted = normaliseName(q);
  const byName = refs.find((m) => normaliseName(m.nameNl) === wanted || normaliseName(m.nameFr) === wanted);
  if (byName) return { nis: byName.nis };
  const merged = refs.find((m) => m.mergedFrom.some((f) => f.nis === q || normaliseName(f.name) === wanted));
  if (merged) return { error: `“${q}” merged into ${merged.nameNl} (${merged.nis}) on 1 January 2025; give the figure of ${merged.nameNl}.` };
  return { error: `“${q}” is not a municipality of Limburg (give its NIS code or its name).` };
}
