import { sql } from "drizzle-orm";
import { DetectDuplicatesInput, type DuplicateCandidate, type DuplicateCandidateList } from "../../../contracts/organisations.js";
import { requireRole } from "../../platform/authz.js";
import { withTransaction, type Ctx } from "../../platform/context.js";
import { validation, zodDetails } from "../../platform/errors.js";
import { STAFF_ROLES } from "../../../contracts/identity.js";

/** Trigram similarity the index pre-filters on; the score below decides. */
const CANDIDATE_THRESHOLD = "0.3";

interface PairRow {
  sId: string; sName: string; sNumber: string | null; sSource: string; sPostcode: string | null; sPlace: string | null; sNis: string | null;
  dId: string; dName: string; dNumber: string | null; dSource: string; dPostcode: string | null; dPlace: string | null; dNis: string | null;
  sim: number; wordSim: number; sameMunicipality: boolean; samePostcode: boolean;
}

/**
 * Likely duplicates in the registry: a record without an enterprise number (typically made by hand) and
 * another record — preferably the KBO record — with a very similar name (trigram similarity on the
 * search key, accent- and case-free) in the same municipality (seat or establishment) or postcode. Two
 * records can never share an enterprise number (it is unique), so a number is never a reason here.
 * Score 0–1: the mean of the trigram similarity and the word similarity of the shorter name within the
 * longer one, plus 0.05 when the postcode matches too. The record to keep is the one with the number
 * (or, between two without, the older one). Staff only.
 */
export async function detectDuplicates({ ctx, input }: { ctx: Ctx; input: DetectDuplicatesInput }): Promise<DuplicateCandidateList> {
  requireRole(ctx.actor, ...STAFF_ROLES);
  const parsed = DetectDuplicatesInput.safeParse(input);
  if (!parsed.success) throw validation(zodDetails(parsed.error, "query"));
  const { minScore, limit } = parsed.data;
  return withTransaction(ctx, async (tx) => {
    await tx.db.execute(sql`select set_config('pg_trgm.similarity_threshold', ${CANDIDATE_THRESHOLD}, true),
      set_config('pg_trgm.word_similarity_threshold', ${CANDIDATE_THRESHOLD}, true), set_config('jit', 'off', true)`);
    const result = (await tx.db.execute(sql`
      select s.id as "sId", s.name as "sName", s.enterprise_number as "sNumber", s.source as "sSource", s.postcode as "sPostcode",
        s.place as "sPlace", s.municipality_nis as "sNis",
        d.id as "dId", d.name as "dName", d.enterprise_number as "dNumber", d.source as "dSource", d.postcode as "dPostcode",
        d.place as "dPlace", d.municipality_nis as "dNis",
        similarity(d.search_key, s.search_key)::float8 as sim,
        greatest(word_similarity(d.search_key, s.search_key), word_similarity(s.search_key, d.search_key))::float8 as "wordSim",
        (d.municipality_nis is not null and (d.municipality_nis = s.municipality_nis or s.establishment_nis @> array[d.municipality_nis]::text[])) as "sameMunicipality",
        (d.postcode is not null and d.postcode = s.postcode) as "samePostcode"
      from organisations d
      join lateral (
        select o.* from organisations o
        where o.id <> d.id and o.merged_into is null and o.kind <> 'foreign_partner'
          and (o.search_key % d.search_key or d.search_key <% o.search_key)
          and (o.enterprise_number is not null or o.created_at < d.created_at or (o.created_at = d.created_at and o.id < d.id))
          and ((d.municipality_nis is not null and (o.municipality_nis = d.municipality_nis or o.establishment_nis @> array[d.municipality_nis]::text[]))
            or (d.postcode is not null and o.postcode = d.postcode))
      ) s on true
      where d.enterprise_number is null and d.merged_into is null and d.kind <> 'foreign_partner'`)) as unknown as { rows: PairRow[] };

    const items: DuplicateCandidate[] = [];
    for (const r of result.rows) {
      const nameScore = (Number(r.sim) + Number(r.wordSim)) / 2;
      const score = Math.min(1, Math.round((nameScore + (r.samePostcode ? 0.05 : 0)) * 1000) / 1000);
      if (score < minScore) continue;
      const reasons: DuplicateCandidate["reasons"] = [
        { code: "similar_name", message: `The names are ${Math.round(nameScore * 100)} % alike ("${r.dName}" and "${r.sName}").` },
      ];
      if (r.sameMunicipality) reasons.push({ code: "same_municipality", message: "Both are in the same municipality." });
      if (r.samePostcode) reasons.push({ code: "same_postcode", message: `Both have postcode ${r.dPostcode}.` });
      reasons.push({
        code: "no_enterprise_number",
        message: r.sNumber ? "Only the record to keep has an enterprise number." : "Neither record has an enterprise number.",
      });
      items.push({
        survivor: { id: r.sId, name: r.sName, enterpriseNumber: r.sNumber, source: r.sSource, postcode: r.sPostcode, place: r.sPlace, municipalityNis: r.sNis },
        duplicate: { id: r.dId, name: r.dName, enterpriseNumber: r.dNumber, source: r.dSource, postcode: r.dPostcode, place: r.dPlace, municipalityNis: r.dNis },
        score,
        reasons,
      });
    }
    items.sort((a, b) => b.score - a.score || a.duplicate.name.localeCompare(b.duplicate.name) || a.survivor.id.localeCompare(b.survivor.id));
    return { items: items.slice(0, limit) };
  });
}
