import { sql } from "drizzle-orm";
import type { Ctx } from "../../platform/context.js";

/**
 * A registry word a query word matches, with how close it is (1 = the same word): the mean of its word
 * similarity (the query word within it: typed in part) and its similarity (the whole word), so that among the
 * words "conslt" matches equally well by word similarity (every word starting with "cons": 0.571), consult
 * (similarity 0.5) comes before consultancy (0.29).
 */
export interface MatchedWord {
  word: string;
  s: number;
}

/** Per query word, the registry words it matches, strongest first. */
export type NameWords = MatchedWord[][];

/**
 * Word similarity a query word must reach against a registry word to match it: a typo in a word of six letters or
 * more ("Conslt" → consult 0.571, "Bouwebdrijf" → bouwbedrijf 0.5) and a word typed in part ("Consu" →
 * consultancy 0.83). Matching whole names at this level would let every name sharing a few trigrams through.
 */
export const WORD_MATCH = "0.5";

/** The strongest matches kept per query word: a short query word ("bou") matches thousands of words. */
export const WORDS_PER_QUERY_WORD = 200;

/**
 * The registry words each word of a name query matches (see search_words): typo-tolerant for words of three
 * letters or more, the words starting with it for shorter ones ("de", "3m"). Null when the query has no word
 * or one of its words matches nothing, so the caller falls back to matching the whole name.
 */
export async function matchQueryWords(tx: Ctx, q: string, restoreThreshold: string): Promise<NameWords | null> {
  await tx.db.execute(sql`select set_config('pg_trgm.word_similarity_threshold', ${WORD_MATCH}, true)`);
  const words = sql`unnest(koers_search_words(koers_search_key(${q}))) as q(w)`;
  const res = (await tx.db.execute(sql`
    select q.w, m.word, m.s from ${words}, lateral (
      select v.word, ((word_similarity(q.w, v.word) + similarity(q.w, v.word)) / 2)::float8 as s from search_words v
      where length(q.w) >= 3 and q.w <% v.word order by s desc, v.word limit ${WORDS_PER_QUERY_WORD}) m
    union all
    select q.w, m.word, m.s from ${words}, lateral (
      select v.word, length(q.w)::float8 / length(v.word) as s from search_words v
      where length(q.w) < 3 and v.word like q.w || '%' order by s desc, v.word limit ${WORDS_PER_QUERY_WORD}) m
    union all
    select q.w, null, null from ${words}`)) as unknown as { rows: { w: string; word: string | null; s: number | null }[] };
  await tx.db.execute(sql`select set_config('pg_trgm.word_similarity_threshold', ${restoreThreshold}, true)`);
  const byWord = new Map<string, MatchedWord[]>();
  for (const r of res.rows) {
    if (!byWord.has(r.w)) byWord.set(r.w, []);
    if (r.word !== null) byWord.get(r.w)!.push({ word: r.word, s: Number(r.s) });
  }
  const sets = [...byWord.values()].map((ws) => ws.sort((a, b) => b.s - a.s || a.word.localeCompare(b.word)));
  if (!sets.length || sets.some((ws) => !ws.length)) return null;
  return sets;
}

/** Every query word matched among the organisation's words, by registry words of at least this similarity. */
export function wordConditions(sets: NameWords, level: number) {
  return sets.map((ws) => {
    const strong = ws.filter((w) => w.s >= level - 1e-6).map((w) => sql`${w.word}`);
    return strong.length ? sql`koers_search_words(o.search_key) && array[${sql.join(strong, sql`, `)}]::text[]` : sql`false`;
  });
}

/**
 * The levels a broad query is read at, strongest first: the similarities its words reach, down to the weakest
 * level at which every query word still has a match (at most `max` of them).
 */
export function wordLevels(sets: NameWords, max: number): number[] {
  const floor = Math.min(...sets.map((ws) => ws[0].s));
  const levels = [...new Set(sets.flatMap((ws) => ws.map((w) => w.s)))].filter((s) => s <= floor + 1e-9).sort((a, b) => b - a);
  return levels.slice(0, max);
}
