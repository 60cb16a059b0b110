import { and, asc, eq, sql } from "drizzle-orm";
import type { MunicipalityView } from "../../../contracts/geography.js";
import { arrondissements, municipalities, postcodes } from "../../db/schema/geography.js";
import type { Ctx } from "../../platform/context.js";
import { presentMunicipality } from "./presenters.js";

type PostcodeRow = typeof postcodes.$inferSelect;

/** Municipalities (all, one arrondissement's or one) with their postcodes, ordered by Dutch name; one query. */
export async function readMunicipalities(ctx: Ctx, filter: { arrondissementNis?: string; nis?: string } = {}): Promise<MunicipalityView[]> {
  const rows = await ctx.db
    .select({
      municipality: municipalities,
      arrondissementName: arrondissements.nameNl,
      codes: sql<{ postcode: string; placeName: string | null }[]>`coalesce((
        select json_agg(json_build_object('postcode', p.postcode, 'placeName', p.place_name) order by p.postcode)
        from ${postcodes} p where p.municipality_nis = ${municipalities.nis}), '[]'::json)`,
    })
    .from(municipalities)
    .innerJoin(arrondissements, eq(arrondissements.nis, municipalities.arrondissementNis))
    .where(
      and(
        filter.arrondissementNis ? eq(municipalities.arrondissementNis, filter.arrondissementNis) : undefined,
        filter.nis ? eq(municipalities.nis, filter.nis) : undefined,
      ),
    )
    .orderBy(asc(municipalities.nameNl));
  return rows.map((r) => {
    const codes: PostcodeRow[] = r.codes.map((c) => ({ postcode: c.postcode, placeName: c.placeName, municipalityNis: r.municipality.nis }));
    return presentMunicipality(r.municipality, r.arrondissementName, codes);
  });
}

/** Whether a current Limburg municipality has this NIS code; one indexed query. */
export async function municipalityExists(ctx: Ctx, nis: string): Promise<boolean> {
  const [row] = await ctx.db.select({ nis: municipalities.nis }).from(municipalities).where(eq(municipalities.nis, nis)).limit(1);
  return Boolean(row);
}
