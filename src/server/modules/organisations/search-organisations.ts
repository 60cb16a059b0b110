import { sql, type SQL } from "drizzle-orm";
import { SearchOrganisationsInput, type OrganisationList } from "../../../contracts/organisations.js";
import { withTransaction, type Ctx } from "../../platform/context.js";
import { validation, zodDetails } from "../../platform/errors.js";
import { visibleOrganisations } from "./access.js";
import { enterpriseNumberQuery } from "./enterprise-number.js";
import { matchQueryWords, wordConditions, wordLevels, wordScore, type NameWords } from "./name-words.js";
import { presentListItem, type OrganisationRecord } from "./presenters.js";

/** The count is exact up to this many matches; beyond it the answer says "more than". */
export const TOTAL_CAP = 1000;

/**
 * Word similarity a whole misspelt name must reach when it is not matched word by word (a query word matches no
 * registry word, or no organisation holds a match for every word, e.g. two typed joined: "Vanden Bossche" for
 * Van den Bossche): "Colruit" → Colruyt scores 0.625.
 */
const WORD_SIMILARITY = "0.6";

export type SearchInput = ReturnType<typeof SearchOrganisationsInput.parse>;

/** Shorter queries (after lower-casing and removing accents) have too few trigrams to match on: they match the start of the name. */
const PREFIX_BELOW = 3;
const searchKeyLength = (q: string) => q.normalize("NFKD").replace(/\p{M}/gu, "").replace(/\s+/g, " ").trim().length;

export interface SearchPlan {
  where: SQL;
  /** How the default sort ("relevance") orders: by word similarity, by the search key (prefix), or by name. */
  relevance: SQL;
  /** fuzzy: a misspelt-name search ranked by similarity; prefix: a one- or two-letter query; filter: everything else. */
  mode: "fuzzy" | "prefix" | "filter";
  /** How many conditions narrow the registry (the query, each filter, the actor's scope). */
  narrowing: number;
  /** A misspelt name matched word by word: the registry words each query word matches. */
  words?: NameWords;
}

/** A name query long enough for trigrams (not an enterprise number): matched typo-tolerantly. */
function isFuzzy(q: string | undefined): q is string {
  return !!q && !enterpriseNumberQuery(q) && searchKeyLength(q) >= PREFIX_BELOW;
}

/**
 * The search's plan, for the list and the export alike. A misspelt name is matched word by word (each query
 * word against the registry's words, then the organisations holding a match for every word, through an exact
 * index lookup); when that finds nothing, the whole query is matched against whole names. `verify: false`
 * leaves that check to the caller (rankFuzzy).
 */
export async function planSearch(tx: Ctx, input: SearchInput, { verify = true } = {}): Promise<SearchPlan> {
  await fuzzyThreshold(tx);
  if (!isFuzzy(input.q)) return searchConditions(tx, input);
  const words = await matchQueryWords(tx, input.q, WORD_SIMILARITY);
  if (words) {
    const plan = searchConditions(tx, input, words);
    // The ranked list finds out itself, from its reads (one query fewer on the path people type into).
    if (!verify) return plan;
    await bitmapOnly(tx, true);
    const found = (await tx.db.execute(sql`select 1 from organisations o where ${plan.where} limit 1`)) as unknown as { rows: unknown[] };
    await bitmapOnly(tx, false);
    if (found.rows.length) return plan;
  }
  return searchConditions(tx, input);
}

/**
 * The WHERE conditions and the ranking of a search. With `words`, a name query is matched word by word, by
 * registry words of at least `level` similarity; without, against whole names.
 */
export function searchConditions(ctx: Ctx, input: SearchInput, words?: NameWords, level = 0): SearchPlan {
  // Records merged into another one stay for their links and history, but search shows only the survivor.
  const conditions: SQL[] = [sql`o.merged_into is null`];
  const scope = visibleOrganisations(ctx.actor);
  if (scope) conditions.push(scope);
  let relevance = sql`o.name asc, o.id`;
  let mode: SearchPlan["mode"] = "filter";
  let byWord: NameWords | undefined;
  if (input.q) {
    const digits = enterpriseNumberQuery(input.q);
    const key = sql`koers_search_key(${input.q})`;
    if (digits) {
      conditions.push(sql`o.enterprise_number = ${digits}`);
    } else if (searchKeyLength(input.q) < PREFIX_BELOW) {
      // A range on the text_pattern_ops index (its own operators, so the trigram index is not chosen), walked in its order.
      conditions.push(sql`o.search_key ~>=~ ${key} and o.search_key ~<~ (${key} || chr(1114111))`);
      relevance = sql`o.search_key using ~<~, o.name, o.id`;
      mode = "prefix";
    } else {
      // Among equally similar names, those whose own name matches come before those matching only through
      // another denomination (a trade name the list does not show).
      relevance = sql`word_similarity(${key}, o.search_key) desc, word_similarity(${key}, koers_search_key(o.name)) desc, o.name, o.id`;
      if (words) {
        conditions.push(...wordConditions(words, level));
        relevance = sql`${wordScore(words)} desc, ${relevance}`;
        byWord = words;
      } else conditions.push(sql`${key} <% o.search_key`);
      mode = "fuzzy";
    }
  }
  if (input.nace) {
    // Every prefix of every code is in nace_codes (the KBO activities of the enterprise and its
    // establishments, and the hand-made ones): a code or a prefix is one lookup in its GIN index.
    // With a municipality the code is checked on that municipality's organisations instead (a few
    // thousand at most): a common code's posting list (hundreds of thousands of rows) took 150–200 ms
    // to read into a bitmap at 2 M organisations, the municipality's index a few ms.
    conditions.push(input.municipality ? sql`(o.nace_codes || '{}'::text[]) @> array[${input.nace}]::text[]` : sql`o.nace_codes @> array[${input.nace}]::text[]`);
  }
  if (input.municipality) {
    conditions.push(sql`(o.municipality_nis = ${input.municipality} or o.establishment_nis @> array[${input.municipality}]::text[])`);
  }
  if (input.kind) conditions.push(sql`o.kind = ${input.kind}`);
  if (input.size) conditions.push(sql`o.sme_class = ${input.size}`);
  const where = conditions.length ? sql.join(conditions, sql` and `) : sql`true`;
  return { where, relevance, mode, narrowing: conditions.length - (byWord ? byWord.length : 1), words: byWord };
}

export function orderBy(input: SearchInput, relevance: SQL): SQL {
  switch (input.sort) {
    case "name":
      return sql`o.name asc, o.id`;
    case "-name":
      return sql`o.name desc, o.id`;
    case "start_date":
      return sql`o.start_date asc nulls last, o.name, o.id`;
    case "-start_date":
      return sql`o.start_date desc nulls last, o.name, o.id`;
    case "updated":
      return sql`o.updated_at asc, o.id`;
    case "-updated":
      return sql`o.updated_at desc, o.id`;
    default:
      return relevance;
  }
}

export const LIST_COLUMNS = sql`o.id, o.kind, o.enterprise_number as "enterpriseNumber", o.name, o.legal_form as "legalForm",
  o.legal_form_label as "legalFormLabel", o.postcode, o.place, o.municipality_nis as "municipalityNis", o.sme_class as "smeClass",
  o.source, o.kbo_active as "kboActive"`;

/**
 * Settings for this transaction only: the fuzzy-match threshold; no JIT compilation (it costs tens of
 * milliseconds per query and never pays off for a page of results); and room for an exact bitmap of a broad
 * trigram lookup (with the default 4 MB a lookup of 137,000 candidates went lossy and rechecked 283,000 rows
 * instead of 75,000: 2.7 s against 1.3 s at 1.94 M organisations).
 */
export async function fuzzyThreshold(ctx: Ctx): Promise<void> {
  await ctx.db.execute(
    sql`select set_config('pg_trgm.word_similarity_threshold', ${WORD_SIMILARITY}, true), set_config('jit', 'off', true), set_config('work_mem', '16MB', true)`,
  );
}

export function parseSearch(input: unknown): SearchInput {
  const parsed = SearchOrganisationsInput.safeParse(input);
  if (!parsed.success) throw validation(zodDetails(parsed.error, "query"));
  return parsed.data;
}

/**
 * Searches the registry: by name (accent- and typo-tolerant), by enterprise number in any written
 * form, by NACE code prefix, municipality (seat or establishment), kind and SME class.
 */
export async function searchOrganisations({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<OrganisationList> {
  const q = parseSearch(input);
  return withTransaction(ctx, async (tx) => {
    const ranked = isFuzzy(q.q) && q.sort === "relevance";
    const plan = await planSearch(tx, q, { verify: !ranked });
    if (ranked) return rankFuzzy(tx, q, plan);
    const { where } = plan;
    const order = orderBy(q, plan.relevance);
    const page = (tx: Ctx, filter: SQL) =>
      tx.db.execute(
        sql`select ${LIST_COLUMNS} from organisations o where ${filter} order by ${order} limit ${q.limit} offset ${q.offset}`,
      ) as unknown as Promise<{ rows: OrganisationRecord[] }>;
    if (plan.narrowing >= 2 || (plan.mode === "fuzzy" && q.sort !== "relevance")) {
      // Several conditions, or a fuzzy match sorted by an indexed column: the planner, multiplying independent
      // estimates, would walk the sort's index through millions of rows for a rare combination (e.g. a NACE code
      // in one municipality). So first take up to TOTAL_CAP + 1 matches through the conditions' own indexes (bitmap
      // scans only); a set that small is sorted from those ids, and only a larger one walks the sort's index, where
      // matches are dense. One condition alone is estimated well enough to plan directly.
      await bitmapOnly(tx, true);
      const ids = await readIds(tx, where);
      await bitmapOnly(tx, false);
      if (ids.length <= TOTAL_CAP) {
        const found = ids.length ? (await page(tx, idsIn(ids))).rows : [];
        return { total: ids.length, totalCapped: false, items: found.map(presentListItem) };
      }
      return { total: TOTAL_CAP, totalCapped: true, items: (await page(tx, where)).rows.map(presentListItem) };
    }
    const rows = (await page(tx, where)).rows;
    const found = rows.length;
    // A page that is not full tells the total itself: no second pass over the matches. Otherwise count,
    // stopping past TOTAL_CAP: a broad search answers "more than 1,000" at once instead of counting millions.
    let n = q.offset + found;
    if (found === q.limit || (found === 0 && q.offset > 0)) n = await countUpTo(tx, where);
    return { total: Math.min(n, TOTAL_CAP), totalCapped: n > TOTAL_CAP, items: rows.map(presentListItem) };
  });
}

type Ranked = OrganisationRecord & { s: number };

/** Similarity levels a broad misspelt-name search tries, strongest first, when matched as a whole name (all above WORD_SIMILARITY). */
const STRONG_LEVELS = [1, 0.9, 0.8, 0.7];
/** At most this many levels when matched word by word (one per similarity its words reach). */
const MAX_WORD_LEVELS = 6;

/**
 * A misspelt name ranked by relevance. Ranking needs the relevance of every match, and a broad query (a word
 * thousands of names share) has hundreds of thousands: sorting them all took seconds at 2 M organisations. So
 * each pass reads at most TOTAL_CAP + 1 matches, and the answer is exact up to TOTAL_CAP matches, "more than
 * 1,000" beyond (a broad query is refined, not paged through).
 */
async function rankFuzzy(tx: Ctx, q: SearchInput, plan: SearchPlan): Promise<OrganisationList> {
  // Bitmap scans through the conditions' indexes only, for every pass of this transaction: with a LIMIT and no
  // ORDER BY the planner could otherwise choose a sequential scan that computes the similarity of every name
  // until it has enough.
  await bitmapOnly(tx, true);
  if (plan.words) {
    const found = await rankByWords(tx, q, plan.words);
    if (found) return found;
    // No organisation holds a match for every word: the whole query against whole names.
    plan = searchConditions(tx, q);
  }
  return rankByName(tx, q, plan.where);
}

/** Up to TOTAL_CAP + 1 matches, ranked (by `score` of the organisation's words first, when matched word by word). */
async function readRanked(tx: Ctx, q: SearchInput, where: SQL, score?: SQL, limit = TOTAL_CAP + 1): Promise<Ranked[]> {
  const key = sql`koers_search_key(${q.q})`;
  return (
    (await tx.db.execute(
      sql`with m as materialized (select ${LIST_COLUMNS}, ${score ?? sql`1`} as w, word_similarity(${key}, o.search_key) as s,
            word_similarity(${key}, koers_search_key(o.name)) as own
            from organisations o where ${where} limit ${limit})
          select * from m order by w desc, s desc, own desc, name, id`,
    )) as unknown as { rows: Ranked[] }
  ).rows;
}

/** Up to TOTAL_CAP + 1 ids of matches, unranked (an index lookup and no computation per row). */
async function readIds(tx: Ctx, where: SQL): Promise<string[]> {
  const r = (await tx.db.execute(sql`select o.id from organisations o where ${where} limit ${TOTAL_CAP + 1}`)) as unknown as { rows: { id: string }[] };
  return r.rows.map((x) => x.id);
}

const idsIn = (ids: string[]) => (ids.length ? sql`o.id in (${sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `)})` : sql`false`);

/** How many matches of a level beyond TOTAL_CAP are ranked for the page: a broad query's page is refined, not paged through. */
const BROAD_SAMPLE = 250;

/**
 * Matched word by word, ranked by how close its words are (wordScore), then as a whole name. The passes read
 * the levels of closeness from the strongest down, first their ids only; every organisation at a level ranks
 * before every one below it, so the first level holding a page gives an exact page, ranked from at most
 * TOTAL_CAP organisations. A level of more than TOTAL_CAP gives "more than 1,000": every match above it, then
 * the strongest of BROAD_SAMPLE of its own. Null when nothing matches.
 */
async function rankByWords(tx: Ctx, q: SearchInput, words: NameWords): Promise<OrganisationList | null> {
  const want = q.offset + q.limit;
  const score = wordScore(words);
  const levels = wordLevels(words, MAX_WORD_LEVELS);
  let above: string[] = [];
  let ids: string[] = [];
  let level = levels[0];
  for (level of levels) {
    const where = searchConditions(tx, q, words, level).where;
    ids = await readIds(tx, where);
    if (ids.length > TOTAL_CAP) {
      const known = new Set(above);
      const sample = [...above, ...ids.filter((id) => !known.has(id)).slice(0, Math.max(BROAD_SAMPLE, want))];
      // Re-read with the conditions too: a record merged meanwhile drops out.
      const rows = await readRanked(tx, q, sql`${idsIn(sample)} and ${where}`, score, sample.length);
      return { total: TOTAL_CAP, totalCapped: true, items: rows.slice(q.offset, want).map(presentListItem) };
    }
    above = ids;
    if (ids.length >= want) break;
  }
  const everyMatch = level === levels[levels.length - 1];
  // A page was found above the weakest level: count every match (no ranking, up to TOTAL_CAP + 1).
  const total = everyMatch ? ids.length : await countUpTo(tx, searchConditions(tx, q, words).where);
  if (total === 0) return null;
  const rows = await readRanked(tx, q, sql`${idsIn(ids)} and ${searchConditions(tx, q, words, level).where}`, score);
  return { total: Math.min(total, TOTAL_CAP), totalCapped: total > TOTAL_CAP, items: rows.slice(q.offset, want).map(presentListItem) };
}

async function countUpTo(tx: Ctx, where: SQL): Promise<number> {
  const r = (await tx.db.execute(
    sql`select count(*)::int as n from (select 1 from organisations o where ${where} limit ${TOTAL_CAP + 1}) x`,
  )) as unknown as { rows: { n: number }[] };
  return Number(r.rows[0].n);
}

/**
 * Matched as a whole name, ranked by word similarity: up to TOTAL_CAP matches ranked exactly; more, passes at
 * falling similarity levels (1, 0.9, 0.8, 0.7, each a cheap index lookup needing most trigrams) read the
 * strongest. The first level with a page of matches and at most TOTAL_CAP of them gives an exact page;
 * otherwise the page shows the strongest matches read, best first.
 */
async function rankByName(tx: Ctx, q: SearchInput, where: SQL): Promise<OrganisationList> {
  const want = q.offset + q.limit;
  const first = await readRanked(tx, q, where);
  if (first.length <= TOTAL_CAP) return { total: first.length, totalCapped: false, items: first.slice(q.offset, want).map(presentListItem) };
  let best: Ranked[] = [];
  let broad = first;
  for (const level of STRONG_LEVELS) {
    // float4 similarities against a float8 threshold: a hair below the level, so a match at the level passes.
    await tx.db.execute(sql`select set_config('pg_trgm.word_similarity_threshold', ${String(level - 1e-6)}, true)`);
    const rows = await readRanked(tx, q, where);
    if (rows.length > TOTAL_CAP) {
      broad = rows;
      break;
    }
    best = rows;
    if (rows.length >= want) break;
  }
  const ids = new Set(best.map((r) => r.id));
  const ranked = best.length >= want ? best : [...best, ...broad.filter((r) => !ids.has(r.id))];
  return { total: TOTAL_CAP, totalCapped: true, items: ranked.slice(q.offset, want).map(presentListItem) };
}

async function bitmapOnly(tx: Ctx, on: boolean): Promise<void> {
  const v = on ? "off" : "on";
  await tx.db.execute(sql`select set_config('enable_indexscan', ${v}, true), set_config('enable_indexonlyscan', ${v}, true), set_config('enable_seqscan', ${v}, true)`);
}
