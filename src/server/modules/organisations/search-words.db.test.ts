import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../../test/db.js";
import type { Database } from "../../db/client.js";
import { makeCtx, systemActor } from "../../platform/context.js";
import { exportOrganisations, searchOrganisations } from "./index.js";

/*
 * A misspelt name is matched word by word: each word of the query against the registry's words (a typo, a word
 * typed in part), then the organisations holding a match for every word. What whole-name matching missed is
 * found, a query whose words are not all there falls back to whole-name matching, and the words follow renames.
 */

let database: Database & { drop(): Promise<void> };
const ctx = () => makeCtx({ actor: systemActor("test"), db: database.db });
const search = (input: Record<string, unknown>) => searchOrganisations({ ctx: ctx(), input });
const names = (list: { items: { name: string }[] }) => list.items.map((i) => i.name);

beforeAll(async () => {
  database = await createTestDatabase();
  await database.db.execute(sql.raw(`
    insert into organisations (kind, name, alt_names) values
      ('company', 'Bouwbedrijf Janssens', ''), ('company', 'Bouwbedrijf Peeters', ''), ('company', 'Janssens Interieur', ''),
      ('company', 'Consult & Partners', ''), ('company', 'Limburg Consultancy BV', ''), ('company', 'Constructa NV', ''),
      ('company', 'Van den Bossche NV', ''), ('company', 'Aalbers Handel', 'De Groene Visboer'),
      ('company', '3M Belgium', ''), ('company', 'Belgium Trading', ''),
      ('company', 'Lasertechniek Kempen', ''), ('company', 'Kempense Precisietechniek', ''), ('company', 'Jacobs Kinesitherapie', ''),
      ('company', 'Transport Mechelen', '')`));
});
afterAll(async () => database.drop());

describe("misspelt-name search, word by word", () => {
  it("finds a word with two letters swapped", async () => {
    // Trigram similarity of the two words: 0.43; two edits apart.
    expect(names(await search({ q: "Tranpsort", limit: 20 }))).toEqual(["Transport Mechelen"]);
    // Two neighbouring letters swapped count as one edit, also where the trigrams have little in common (0.27).
    expect(names(await search({ q: "Jacbos", limit: 20 }))).toEqual(["Jacobs Kinesitherapie"]);
    expect(names(await search({ q: "Vna den Bossche", limit: 20 }))).toEqual(["Van den Bossche NV"]);
  });

  it("finds a name with a letter swapped in a long word, which whole-name matching missed", async () => {
    const whole = (await database.db.execute(
      sql`select word_similarity(koers_search_key('Bouwebdrijf'), koers_search_key('Bouwbedrijf Janssens'))::float8 as s`,
    )) as unknown as { rows: { s: number }[] };
    expect(whole.rows[0].s).toBeLessThan(0.6);
    const found = await search({ q: "Bouwebdrijf", limit: 20 });
    expect(names(found).sort()).toEqual(["Bouwbedrijf Janssens", "Bouwbedrijf Peeters"]);
    expect(found.total).toBe(2);
  });

  it("finds a word with a letter left out, and a word typed in part", async () => {
    expect(names(await search({ q: "Conslt", limit: 20 }))[0]).toBe("Consult & Partners");
    expect(names(await search({ q: "Jaobs", limit: 20 }))).toEqual(["Jacobs Kinesitherapie"]);
    // Typed in part: the shorter word it starts comes first (5 of 7 letters against 5 of 11).
    expect(names(await search({ q: "consu", limit: 20 }))).toEqual(["Consult & Partners", "Limburg Consultancy BV"]);
    expect(names(await search({ q: "bou", limit: 20 })).sort()).toEqual(["Bouwbedrijf Janssens", "Bouwbedrijf Peeters"]);
  });

  it("needs every word of the query: two misspelt words find the name holding both", async () => {
    const found = await search({ q: "Bouwebdrijf Jansens", limit: 20 });
    expect(names(found)).toEqual(["Bouwbedrijf Janssens"]);
    expect(found.total).toBe(1);
  });

  it("does not match a compound that only shares its ending", async () => {
    // word_similarity('lazertechniek', 'precisietechniek') is 0.5; the whole words are far apart (0.29).
    const found = await search({ q: "Lazertechniek Kempen", limit: 20 });
    expect(names(found)).toEqual(["Lasertechniek Kempen"]);
  });

  it("matches a short word by its start, with the other words", async () => {
    expect(names(await search({ q: "3m belgum", limit: 20 }))).toEqual(["3M Belgium"]);
  });

  it("finds a name through another denomination", async () => {
    expect(names(await search({ q: "Groene Visbor", limit: 20 }))).toEqual(["Aalbers Handel"]);
  });

  it("falls back to whole-name matching when no organisation holds a match for every word (two words typed joined)", async () => {
    // "vanden" is two edits from "handel" (Aalbers Handel), but no organisation holds a match for both words.
    expect(names(await search({ q: "Vanden Bossche", limit: 20 }))).toEqual(["Van den Bossche NV"]);
  });

  it("finds nothing for a word that is not there, and says so", async () => {
    const found = await search({ q: "Zwaluwstaart", limit: 20 });
    expect({ total: found.total, items: found.items.length }).toEqual({ total: 0, items: 0 });
  });

  it("follows a rename: the new name's words are matched, misspelt", async () => {
    await database.db.execute(sql`update organisations set name = 'Zwaluwstaart Design' where name = 'Constructa NV'`);
    expect(names(await search({ q: "Zwaluwstart", limit: 20 }))).toEqual(["Zwaluwstaart Design"]);
    const words = (await database.db.execute(sql`select word from search_words where word in ('zwaluwstaart', 'design')`)) as unknown as { rows: unknown[] };
    expect(words.rows).toHaveLength(2);
  });

  it("exports the same organisations as the list shows, in its order", async () => {
    for (const q of ["Bouwebdrijf", "consu", "Bouwebdrijf Jansens"]) {
      const file = await exportOrganisations({ ctx: ctx(), input: { format: "csv", query: { q } } });
      const lines = file.body.toString("utf8").trim().split("\n").slice(1).map((l) => l.split(",")[1]);
      expect(lines).toEqual(names(await search({ q, limit: 100 })));
    }
  });

  it("follows a change of the other denominations", async () => {
    await database.db.execute(sql`update organisations set alt_names = 'Kroonluchter Atelier' where name = 'Belgium Trading'`);
    expect(names(await search({ q: "Kroonlughter", limit: 20 }))).toEqual(["Belgium Trading"]);
  });

  it("does not fail on a registry word too long to measure", async () => {
    await database.db.execute(sql`insert into organisations (kind, name) values ('company', ${"consult".repeat(40)})`);
    expect(names(await search({ q: "Conslt", limit: 20 }))[0]).toBe("Consult & Partners");
  });
});
