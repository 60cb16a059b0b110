import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../../test/db.js";
import type { Database } from "../../db/client.js";
import { makeCtx, systemActor } from "../../platform/context.js";
import { searchOrganisations } from "./index.js";

/*
 * A misspelt-name search reads at most 1,001 matches and ranks them. These tests hold its page and its total to
 * a plain ranked query over every match: a full page, the last page, a page past the end, and more than 1,000
 * matches ("more than 1,000"), where the strongest matches come first even when they were stored last.
 */

let database: Database & { drop(): Promise<void> };
const search = (input: Record<string, unknown>) => searchOrganisations({ ctx: makeCtx({ actor: systemActor("test"), db: database.db }), input });
const names = (list: { items: { name: string }[] }) => list.items.map((i) => i.name);

/**
 * Every match of a misspelt one-word name, best first, as the search ranks them, computed by scanning every
 * name (for these fixtures; it leaves out the trigram pre-filter, swaps and the cap of 200 words): the names
 * holding a word at most one edit away (two from six letters on) or starting with it, by the closest such word (1 − edits / longer length, or its share of a word it starts), then the word
 * similarity of the whole name, of the own name, then name, id.
 */
async function ranked(q: string): Promise<string[]> {
  const res = (await database.db.execute(sql`
    with q as (select koers_search_key(${q}) as k, case when length(koers_search_key(${q})) < 6 then 1 else 2 end as e),
    m as (
      select o.name, o.id, o.search_key, (
        select max(greatest(case when w like q.k || '%' then length(q.k)::float8 / length(w) else 0 end,
          1 - levenshtein(q.k, w)::float8 / greatest(length(q.k), length(w))))
        from unnest(koers_search_words(o.search_key)) w where w like q.k || '%' or levenshtein(q.k, w) <= q.e) as c
      from organisations o, q where o.merged_into is null)
    select name from m, q where c is not null
    order by c desc, word_similarity(q.k, search_key) desc, word_similarity(q.k, koers_search_key(name)) desc, name, id`)) as unknown as { rows: { name: string }[] };
  return res.rows.map((r) => r.name);
}

beforeAll(async () => {
  database = await createTestDatabase();
  await database.db.execute(sql.raw(`
    insert into organisations (kind, name)
    select 'company', case when i <= 30 then 'Slagerij ' else 'Bakkerij ' end || lpad(i::text, 4, '0')
    from generate_series(1, 1100) i`));
  await database.db.execute(sql.raw(`insert into organisations (kind, name) values ('company', 'Bakkerei Claes'), ('company', 'Slagerei Peeters')`));
});
afterAll(async () => database.drop());

describe("misspelt-name search totals", () => {
  it("gives the exact total on a full page, on the last page and past the end", async () => {
    const all = await ranked("Slagerei");
    expect(all).toHaveLength(31);
    expect(all[0]).toBe("Slagerei Peeters");
    const first = await search({ q: "Slagerei", limit: 20 });
    expect({ total: first.total, capped: first.totalCapped, names: names(first) }).toEqual({ total: 31, capped: false, names: all.slice(0, 20) });
    const last = await search({ q: "Slagerei", limit: 20, offset: 20 });
    expect({ total: last.total, capped: last.totalCapped, names: names(last) }).toEqual({ total: 31, capped: false, names: all.slice(20) });
    const past = await search({ q: "Slagerei", limit: 20, offset: 40 });
    expect({ total: past.total, capped: past.totalCapped, items: past.items.length }).toEqual({ total: 31, capped: false, items: 0 });
  });

  it("answers \"more than 1,000\" beyond 1,000 matches, with the best match first even when it was stored last", async () => {
    const all = await ranked("Bakkerei");
    expect(all.length).toBeGreaterThan(1000);
    const first = await search({ q: "Bakkerei", limit: 20 });
    expect({ total: first.total, capped: first.totalCapped }).toEqual({ total: 1000, capped: true });
    // The exact word first; then the strongest of a sample of the next level, in the ranking's order.
    expect(names(first)[0]).toBe("Bakkerei Claes");
    expect(names(first)).toHaveLength(20);
    const positions = names(first).map((n) => all.indexOf(n));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    // Deeper pages of a broad search stay among its matches, best first, without repeating the first page.
    const later = await search({ q: "Bakkerei", limit: 20, offset: 20 });
    expect(later.totalCapped).toBe(true);
    expect(later.items).toHaveLength(20);
    for (const n of names(later)) expect(all).toContain(n);
    expect(names(later).filter((n) => names(first).includes(n))).toEqual([]);
    // A deep page (beyond the sample of 250) stays within the matches, without repeats.
    const deep = await search({ q: "Bakkerei", limit: 200, offset: 400 });
    expect(deep.items).toHaveLength(200);
    expect(new Set(names(deep)).size).toBe(200);
    for (const n of names(deep)) expect(all).toContain(n);
  });

  it("ranks a full page of the strongest matches exactly when they are stored after 1,000 weaker ones", async () => {
    await database.db.execute(sql.raw(`insert into organisations (kind, name) select 'company', 'Brouwerei ' || lpad(i::text, 3, '0') from generate_series(1, 25) i`));
    await database.db.execute(sql.raw(`insert into organisations (kind, name) select 'company', 'Brouwerij Zuid ' || lpad(i::text, 4, '0') from generate_series(1, 1100) i`));
    const all = await ranked("Brouwerei");
    expect(all.length).toBeGreaterThan(1100);
    const first = await search({ q: "Brouwerei", limit: 20 });
    expect({ total: first.total, capped: first.totalCapped, names: names(first) }).toEqual({ total: 1000, capped: true, names: all.slice(0, 20) });
    expect(names(first)[19]).toBe("Brouwerei 020");
  });

  it("puts a name that matches itself before one that matches only through another denomination", async () => {
    await database.db.execute(sql.raw(`insert into organisations (kind, name, alt_names) values ('company', 'Aalbers Handel', 'Visboer Noord'), ('company', 'Visboer Zuid', '')`));
    const found = await search({ q: "Visbor", limit: 20 });
    expect(names(found)).toEqual(["Visboer Zuid", "Aalbers Handel"]);
    expect(await ranked("Visbor")).toEqual(["Visboer Zuid", "Aalbers Handel"]);
  });
});
