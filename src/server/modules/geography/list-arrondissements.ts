import { asc } from "drizzle-orm";
import type { ArrondissementView } from "../../../contracts/geography.js";
import { arrondissements, municipalities } from "../../db/schema/geography.js";
import type { Ctx } from "../../platform/context.js";
import { presentArrondissement } from "./presenters.js";

/** The arrondissements of Limburg with their number of municipalities and population. Public reference data. */
export async function listArrondissements(ctx: Ctx): Promise<ArrondissementView[]> {
  // Public reference data: every actor, signed in or not, may read it.
  const [arrs, munis] = await Promise.all([
    ctx.db.select().from(arrondissements).orderBy(asc(arrondissements.nis)),
    ctx.db.select().from(municipalities),
  ]);
  return arrs.map((a) => presentArrondissement(a, munis.filter((m) => m.arrondissementNis === a.nis)));
}
