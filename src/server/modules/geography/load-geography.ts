import { eq, inArray } from "drizzle-orm";
import type { GeographyLoadResult } from "../../../contracts/geography.js";
import { ARRONDISSEMENTS, MUNICIPALITIES, POSTCODES } from "../../../../seed/geography/index.js";
import { arrondissements, municipalities, postcodes } from "../../db/schema/geography.js";
import { writeAudit } from "../../platform/audit.js";
import { requireRole } from "../../platform/authz.js";
import { withTransaction, type Ctx } from "../../platform/context.js";

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Loads Limburg's reference geography (3 arrondissements, 38 municipalities after the 2025 mergers, their
 * postcodes). Idempotent: inserts what is missing, updates what differs, removes postcodes no longer in the data,
 * and writes one "geography.load" audit row when anything changed. Administrators and the system only.
 */
export async function loadGeography(ctx: Ctx): Promise<GeographyLoadResult> {
  requireRole(ctx.actor, "administrator");
  return withTransaction(ctx, async (tx) => {
    const result: GeographyLoadResult = {
      arrondissements: { inserted: 0, updated: 0 },
      municipalities: { inserted: 0, updated: 0 },
      postcodes: { inserted: 0, updated: 0, removed: 0 },
      changed: false,
    };

    const arrRows = new Map((await tx.db.select().from(arrondissements)).map((r) => [r.nis, r]));
    for (const a of ARRONDISSEMENTS) {
      const row = arrRows.get(a.nis);
      if (!row) {
        await tx.db.insert(arrondissements).values(a);
        result.arrondissements.inserted++;
      } else if (row.nameNl !== a.nameNl || row.nameFr !== a.nameFr) {
        await tx.db.update(arrondissements).set({ nameNl: a.nameNl, nameFr: a.nameFr }).where(eq(arrondissements.nis, a.nis));
        result.arrondissements.updated++;
      }
    }

    const muniRows = new Map((await tx.db.select().from(municipalities)).map((r) => [r.nis, r]));
    const toInsert = [];
    for (const m of MUNICIPALITIES) {
      const row = muniRows.get(m.nis);
      if (!row) {
        toInsert.push(m);
        continue;
      }
      const differs =
        row.nameNl !== m.nameNl || row.nameFr !== m.nameFr || row.arrondissementNis !== m.arrondissementNis ||
        row.population !== m.population || row.populationYear !== m.populationYear ||
        row.lat !== m.lat || row.lon !== m.lon || !sameJson(row.mergedFrom, m.mergedFrom);
      if (differs) {
        const { nis: _nis, ...fields } = m;
        await tx.db.update(municipalities).set(fields).where(eq(municipalities.nis, m.nis));
        result.municipalities.updated++;
      }
    }
    if (toInsert.length) {
      await tx.db.insert(municipalities).values(toInsert);
      result.municipalities.inserted = toInsert.length;
    }

    const codeRows = new Map((await tx.db.select().from(postcodes)).map((r) => [r.postcode, r]));
    const codesToInsert = [];
    for (const p of POSTCODES) {
      const row = codeRows.get(p.postcode);
      if (!row) codesToInsert.push(p);
      else if (row.municipalityNis !== p.municipalityNis || row.placeName !== p.placeName) {
        await tx.db
          .update(postcodes)
          .set({ municipalityNis: p.municipalityNis, placeName: p.placeName })
          .where(eq(postcodes.postcode, p.postcode));
        result.postcodes.updated++;
      }
    }
    if (codesToInsert.length) {
      await tx.db.insert(postcodes).values(codesToInsert);
      result.postcodes.inserted = codesToInsert.length;
    }
    const known = new Set(POSTCODES.map((p) => p.postcode));
    const stale = [...codeRows.keys()].filter((c) => !known.has(c));
    if (stale.length) {
      await tx.db.delete(postcodes).where(inArray(postcodes.postcode, stale));
      result.postcodes.removed = stale.length;
    }

    result.changed =
      result.arrondissements.inserted + result.arrondissements.updated +
        result.municipalities.inserted + result.municipalities.updated +
        result.postcodes.inserted + result.postcodes.updated + result.postcodes.removed > 0;
    if (result.changed) {
      await writeAudit(tx, {
        action: "geography.load",
        entity: "geography",
        entityId: "limburg",
        before: { arrondissements: arrRows.size, municipalities: muniRows.size, postcodes: codeRows.size },
        after: { ...result, totals: { arrondissements: ARRONDISSEMENTS.length, municipalities: MUNICIPALITIES.length, postcodes: POSTCODES.length } },
      });
    }
    return result;
  });
}
