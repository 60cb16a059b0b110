import { sql, type SQL } from "drizzle-orm";
import type { Ctx } from "../../platform/context.js";

/** A registry word a query word matches, with how close it is (`s`: 1 = the same word). */
export interface MatchedWord {
  word: string;
  s: number;
}

/** Per query word, the registry words it matches, strongest first. */
export type NameWords = MatchedWord[][];

/**
 * Word similarity at which the trigram index on search_words proposes candidates for a query word; the edit
 * distance then decides. Low enough to propose a word one or two edits away ("jaobs" → jacobs 0.44,
 * "tranpsort" → transport 0.43: trigram similarity alone cannot tell those from noise).
 */
export const CANDIDATE_SIMILARITY = "0.3";

/**
 * The closest matches kept per query word, of each kind (within the edits allowed; started by it): a short
 * query word ("bou") starts thousands of words. Beyond it, organisations holding only a dropped word are not
 * found, and the total is then a lower bound (ADR 0010).
 */
export const WORDS_PER_QUERY_WORD = 200;

/**
 * The registry words each word of a name query matches (see search_words). A query word of three letters or
 * more matches, among the words the trigram index proposes (word similarity ≥ CANDIDATE_SIMILARITY), the words
 * at most one edit away (two from six letters on: "tranpsort" → transport), the words
 * it becomes by swapping two neighbouring letters (one edit here: "vna" → van, "dweael" → dewael, which the
 * trigram index does not propose) and the words it starts ("consu" → consult, consultancy); a shorter one
 * matches the words it starts ("de", "3m"). Closeness `s`: 1 for the same word, else 1 − edits / the longer length, or
 * for a word it starts, its share of that word (whichever is higher). Null when the query has no word or one
 * of its words matches nothing, so the caller falls back to matching the whole name.
 */
export async function matchQueryWords(tx: Ctx, q: string, restoreThreshold: string): Promise<NameWords | null> {
  await tx.db.execute(sql`select set_config('pg_trgm.word_similarity_threshold', ${CANDIDATE_SIMILARITY}, true)`);
  const words = sql`unnest(koers_search_words(koers_search_key(${q}))) as q(w)`;
  // The trigram index's candidates for q.w: `near` within the edits allowed, `starts` started by it. Words whose
  // length differs by more than the edits allowed are not measured (levenshtein also refuses words over 255).
  const edits = sql`case when length(q.w) < 6 then 1 else 2 end`;
  const candidates = sql`(
    select x.word, x.starts, x.d <= ${edits} as near,
      greatest(case when x.starts then length(q.w)::float8 / length(x.word) else 0 end,
        case when x.d <= ${edits} then 1 - x.d::float8 / greatest(length(q.w), length(x.word)) else 0 end) as s
    from (
      select v.word, v.word like q.w || '%' as starts,
        case when abs(length(v.word) - length(q.w)) <= ${edits} then levenshtein_less_equal(q.w, v.word, ${edits}) else ${edits} + 1 end as d
      from search_words v where length(q.w) >= 3 and q.w <% v.word) x)`;
  const res = (await tx.db.execute(sql`
    select q.w, m.word, m.s from ${words}, lateral (
      select r.word, r.s from (
        select c.word, c.s, row_number() over (partition by c.near order by c.s desc, c.word) as n
        from ${candidates} c where c.near or c.starts) r
      where r.n <= ${WORDS_PER_QUERY_WORD}) m
    union all
    select q.w, m.word, m.s from ${words}, lateral (
      select v.word, length(q.w)::float8 / length(v.word) as s from search_words v
      where length(q.w) < 3 and v.word like q.w || '%' order by s desc, v.word limit ${WORDS_PER_QUERY_WORD}) m
    union all
    select q.w, v.word, 1 - 1 / length(q.w)::float8 from ${words}, lateral (
      select left(q.w, i - 1) || substr(q.w, i + 1, 1) || substr(q.w, i, 1) || substr(q.w, i + 2) as t
      from generate_series(1, length(q.w) - 1) i) sw join search_words v on v.word = sw.t
    where length(q.w) >= 3 and v.word <> q.w
    union all
    select q.w, null, null from ${words}`)) as unknown as { rows: { w: string; word: string | null; s: number | null }[] };
  await tx.db.execute(sql`select set_config('pg_trgm.word_similarity_threshold', ${restoreThreshold}, true)`);
  const byWord = new Map<string, Map<string, number>>();
  for (const r of res.rows) {
    if (!byWord.has(r.w)) byWord.set(r.w, new Map());
    const found = byWord.get(r.w)!;
    if (r.word !== null) found.set(r.word, Math.max(found.get(r.word) ?? 0, Number(r.s)));
  }
  const sets = [...byWord.values()].map((found) =>
    [...found].map(([word, s]) => ({ word, s })).sort((a, b) => b.s - a.s || a.word.localeCompare(b.word)),
  );
  if (!sets.length || sets.some((ws) => !ws.length)) return null;
  return sets;
}

/** Every query word matched among the organisation's words, by registry words at least this close. */
export function wordConditions(sets: NameWords, level: number): SQL[] {
  return sets.map((ws) => {
    const strong = ws.filter((w) => w.s >= level - 1e-9).map((w) => sql`${w.word}`);
    return strong.length ? sql`koers_search_words(o.search_key) && array[${sql.join(strong, sql`, `)}]::text[]` : sql`false`;
  });
}

/**
 * How closely an organisation's words match the query: for each query word the closest registry word it holds,
 * and of those the weakest. It orders the matches before the similarity of the whole name, so that the
 * organisations at a level (wordConditions) are exactly the first ones of the ranking. One overlap test per
 * level of closeness, strongest first, on the organisation's words split once per row (`offset 0` keeps the
 * planner from copying the split into every test).
 */
export function wordScore(sets: NameWords): SQL {
  const perWord = sets.map((ws) => {
    const levels = [...new Set(ws.map((w) => w.s))];
    const branches = levels.map((s) => {
      const at = ws.filter((w) => w.s === s).map((w) => sql`${w.word}`);
      return sql`when x.words && array[${sql.join(at, sql`, `)}]::text[] then ${s}::float8`;
    });
    return sql`case ${sql.join(branches, sql` `)} else 0::float8 end`;
  });
  const score = perWord.length === 1 ? perWord[0] : sql`least(${sql.join(perWord, sql`, `)})`;
  return sql`(select ${score} from (select koers_search_words(o.search_key) as words offset 0) x)`;
}

/**
 * The levels a broad query is read at, strongest first: the closeness its words reach, down to the weakest
 * level at which every query word still has a match (at most `max`, the last one always the weakest: every match).
 */
export function wordLevels(sets: NameWords, max: number): number[] {
  const floor = Math.min(...sets.map((ws) => ws[0].s));
  const weakest = Math.min(...sets.flatMap((ws) => ws.map((w) => w.s)));
  const levels = [...new Set(sets.flatMap((ws) => ws.map((w) => w.s)))].filter((s) => s <= floor + 1e-9).sort((a, b) => b - a);
  const top = levels.slice(0, max - 1);
  return top[top.length - 1] <= weakest + 1e-9 ? top : [...top, 0];
}
