import { eq } from "drizzle-orm";
import { Postcode, type PostcodeMatch } from "../../../contracts/geography.js";
import { postcodes } from "../../db/schema/geography.js";
import type { Ctx } from "../../platform/context.js";
import { readMunicipalities } from "./queries.js";

/**
 * The Limburg municipality a postcode belongs to, with the place(s) it serves; null for a postcode outside Limburg
 * or one that is not a Belgian postcode at all. Public reference data.
 */
export async function municipalityForPostcode(ctx: Ctx, postcode: string): Promise<PostcodeMatch | null> {
  // Public reference data: every actor, signed in or not, may read it.
  const code = postcode.trim();
  if (!Postcode.safeParse(code).success) return null;
  const [row] = await ctx.db.select().from(postcodes).where(eq(postcodes.postcode, code)).limit(1);
  if (!row) return null;
  const [municipality] = await readMunicipalities(ctx, { nis: row.municipalityNis });
  if (!municipality) return null;
  return { ...municipality, postcode: row.postcode, placeName: row.placeName };
}
