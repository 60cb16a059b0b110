import { and, asc, eq } from "drizzle-orm";
import type { MunicipalityView } from "../../../contracts/geography.js";
import { arrondissements, municipalities, postcodes } from "../../db/schema/geography.js";
import type { Ctx } from "../../platform/context.js";
import { presentMunicipality } from "./presenters.js";

/** Municipalities (all, one arrondissement's or one) with their postcodes, ordered by Dutch name. */
export async function readMunicipalities(ctx: Ctx, filter: { arrondissementNis?: string; nis?: string } = {}): Promise<MunicipalityView[]> {
  const rows = await ctx.db
    .select()
    .from(municipalities)
    .where(
      and(
        filter.arrondissementNis ? eq(municipalities.arrondissementNis, filter.arrondissementNis) : undefined,
        filter.nis ? eq(municipalities.nis, filter.nis) : undefined,
      ),
    )
    .orderBy(asc(municipalities.nameNl));
  if (rows.length === 0) return [];
  const [arrs, codes] = await Promise.all([
    ctx.db.select().from(arrondissements),
    ctx.db.select().from(postcodes).where(filter.nis ? eq(postcodes.municipalityNis, filter.nis) : undefined),
  ]);
  const arrName = new Map(arrs.map((a) => [a.nis, a.nameNl]));
  const byMunicipality = new Map<string, (typeof codes)[number][]>();
  for (const c of codes) {
    const list = byMunicipality.get(c.municipalityNis) ?? [];
    list.push(c);
    byMunicipality.set(c.municipalityNis, list);
  }
  return rows.map((m) => presentMunicipality(m, arrName.get(m.arrondissementNis) ?? "", byMunicipality.get(m.nis) ?? []));
}
