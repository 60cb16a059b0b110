import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateFullDump, generateUpdateDump, type GeneratedFull, type GeneratedUpdate } from "../../../../bench/kbo/generate.js";
import { createTestApp, type TestApp } from "../../../../test/harness.js";
import type { OrganisationList } from "../../../contracts/organisations.js";
import { as, createUser, loginAs, type SignedIn } from "../../../../seed/factories/identity.js";
import { createOrganisation } from "../../../../seed/factories/organisations.js";
import { loadLimburgGeography, runImport } from "./kbo/test-helpers.js";

/*
 * The NACE filter reads organisations.nace_codes (every prefix of every code, GIN-indexed). These tests hold
 * it to what it replaces: the organisations whose KBO activities (NACE 2008/2025, of the enterprise or of one
 * of its establishments) or hand-made activities have a code starting with the filter — after a full import,
 * after an update, for hand-made records, and after a merge.
 */

const ENTERPRISES = 400;
let t: TestApp;
let full: GeneratedFull;
let update: GeneratedUpdate;
let manager: SignedIn;

beforeAll(async () => {
  t = await createTestApp();
  await loadLimburgGeography(t.database);
  const dir = mkdtempSync(join(tmpdir(), "kbo-nace-"));
  full = await generateFullDump({ dir, enterprises: ENTERPRISES, seed: 11 });
  update = await generateUpdateDump({ dir, enterprises: ENTERPRISES, seed: 11, changes: 150 });
  const u = await createUser(t.database, { roles: ["account_manager"] });
  manager = await loginAs(t.app, u.email, u.password);
});
afterAll(async () => t.close());

const rows = async <T>(query: string): Promise<T[]> => ((await t.database.db.execute(query)) as unknown as { rows: T[] }).rows;

/** The organisations the filter should find, straight from the activity tables (what the filter did before). */
const expected = (prefix: string) =>
  rows<{ id: string }>(`
    select o.id from organisations o where o.merged_into is null and o.id in (
      select o2.id from organisations o2 where o2.kbo_key in (
        select a.entity_number from kbo_activity a where a.nace_code like '${prefix}%' and a.nace_version in ('2008', '2025')
        union
        select es.enterprise_number from kbo_activity a join kbo_establishment es on es.establishment_number = a.entity_number
        where a.nace_code like '${prefix}%' and a.nace_version in ('2008', '2025'))
      union
      select m.organisation_id from organisation_activities m where m.nace_code like '${prefix}%')
    order by o.id`).then((r) => r.map((x) => x.id));

const viaArray = (prefix: string) =>
  rows<{ id: string }>(`select id from organisations where merged_into is null and nace_codes @> array['${prefix}']::text[] order by id`).then((r) => r.map((x) => x.id));

/** Prefixes of every length of the codes in the data (and one nobody has). */
async function samplePrefixes(): Promise<string[]> {
  const codes = await rows<{ code: string }>(`
    select distinct nace_code as code from kbo_activity where nace_version in ('2008', '2025')
    union select nace_code from organisation_activities order by 1`);
  const out = new Set<string>(["99999"]);
  codes.forEach(({ code }, i) => {
    if (i % 7 === 0) for (let n = 1; n <= code.length; n++) out.add(code.slice(0, n));
  });
  return [...out];
}

async function expectSameAsActivities(): Promise<void> {
  // The import's set-based derivation writes exactly what koers_nace_prefixes (the verbs' and the backfill's way) gives.
  const differing = await rows<{ n: number }>(`
    select count(*)::int as n from organisations o2 where o2.nace_codes is distinct from koers_nace_prefixes(array(
      select a.nace_code from kbo_activity a where a.entity_number = o2.kbo_key and a.nace_version in ('2008', '2025')
      union all
      select a.nace_code from kbo_establishment es join kbo_activity a on a.entity_number = es.establishment_number
      where es.enterprise_number = o2.kbo_key and a.nace_version in ('2008', '2025')
      union all
      select m.nace_code from organisation_activities m where m.organisation_id = o2.id))`);
  expect(Number(differing[0].n)).toBe(0);
  const prefixes = await samplePrefixes();
  expect(prefixes.length).toBeGreaterThan(10);
  for (const p of prefixes) expect(await viaArray(p), `NACE ${p}`).toEqual(await expected(p));
}

const search = async (query: string) => {
  const res = await t.app.inject({ method: "GET", url: `/api/organisations?${query}&limit=200`, headers: as(manager) });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<OrganisationList>();
};

describe("the NACE filter", () => {
  it("finds what the KBO activities of the enterprise and its establishments say, after a full import", async () => {
    expect((await runImport(t.database, full.path, "belgium")).status).toBe("succeeded");
    const withCodes = await rows<{ n: number }>("select count(*)::int as n from organisations where cardinality(nace_codes) > 0");
    expect(Number(withCodes[0].n)).toBeGreaterThan(ENTERPRISES / 4);
    await expectSameAsActivities();
    // Through the API: a 2-digit prefix and a full code give the same organisations as the activities.
    const [{ code }] = await rows<{ code: string }>("select nace_code as code from kbo_activity where nace_version = '2025' order by entity_number limit 1");
    for (const p of [code.slice(0, 2), code]) {
      const found = await search(`nace=${p}`);
      const want = await expected(p);
      expect(found.total).toBe(Math.min(want.length, 1000));
      if (want.length <= 200) expect(found.items.map((i) => i.id).sort()).toEqual(want);
    }
  });

  it("follows an update file (deletes, then inserts)", async () => {
    expect((await runImport(t.database, update.path, "belgium")).status).toBe("succeeded");
    await expectSameAsActivities();
  });

  it("finds hand-made activities, combines with the other filters, and follows a merge", async () => {
    const hand = await createOrganisation(t.database, { name: "Dataplatform Zuid-Limburg", enterpriseNumber: null, postcode: "3700", municipalityNis: "73111", nace: [{ code: "63110" }, { code: "62020", classification: "SECO" }] });
    const [kbo] = await rows<{ id: string; name: string }>("select id, name from organisations where kbo_key is not null and kbo_active and not ('63110' = any(nace_codes)) order by id limit 1");
    expect((await search("nace=6311")).items.map((i) => i.id)).toContain(hand.id);
    expect((await search("nace=6202")).items.map((i) => i.id)).toContain(hand.id);
    expect((await search("nace=6311&municipality=73111&kind=company")).items.map((i) => i.id)).toContain(hand.id);
    expect((await search("nace=6311&municipality=71016")).items.map((i) => i.id)).not.toContain(hand.id);

    const merged = await t.app.inject({
      method: "POST", url: "/api/organisations/merges", headers: as(manager),
      payload: { survivorId: kbo.id, mergedId: hand.id, reason: "Hetzelfde bedrijf" },
    });
    expect(merged.statusCode, merged.body).toBe(201);
    const after = (await search("nace=63110")).items.map((i) => i.id);
    expect(after).toContain(kbo.id);
    expect(after).not.toContain(hand.id);
    await expectSameAsActivities();
  });

  it("pages a combination of filters by name, exactly up to 1,000 matches and as \"more than\" beyond", async () => {
    await t.database.db.execute(`
      insert into organisations (kind, name, municipality_nis, nace_codes)
      select 'company', 'Metaalwerken ' || lpad(i::text, 4, '0'), case when i <= 1005 then '71016' else '72020' end,
        koers_nace_prefixes(array[case when i % 2 = 0 or i <= 1005 then '25110' else '25120' end])
      from generate_series(1, 1100) i`);
    const dense = await search("nace=2511&municipality=71016&sort=name");
    expect({ total: dense.total, capped: dense.totalCapped }).toEqual({ total: 1000, capped: true });
    expect(dense.items.slice(0, 3).map((i) => i.name)).toEqual(["Metaalwerken 0001", "Metaalwerken 0002", "Metaalwerken 0003"]);
    const rare = await search("nace=25110&municipality=72020&sort=-name");
    const want = await rows<{ name: string }>(`select name from organisations where municipality_nis = '72020' and '25110' = any(nace_codes) and merged_into is null order by name desc, id`);
    expect({ total: rare.total, capped: rare.totalCapped }).toEqual({ total: want.length, capped: false });
    expect(rare.items.map((i) => i.name)).toEqual(want.slice(0, 200).map((w) => w.name));
    expect(want.length).toBeGreaterThanOrEqual(47);
  });

  it("answers a malformed code with 400", async () => {
    for (const q of ["nace=62a", "nace=12345678", "nace=", "nace=6%25"]) {
      const res = await t.app.inject({ method: "GET", url: `/api/organisations?${q}`, headers: as(manager) });
      expect(res.statusCode, q).toBe(400);
      expect(res.json().error.code, q).toBe("validation");
    }
  });
});
