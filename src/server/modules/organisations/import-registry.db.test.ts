import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enterpriseNumber, entityRows } from "../../../../bench/kbo/entities.js";
import { generateFullDump, type GeneratedFull } from "../../../../bench/kbo/generate.js";
import { createOrganisation, relateOrganisations } from "../../../../seed/factories/organisations.js";
import type { Database } from "../../db/client.js";
import { organisationRelations, organisations } from "../../db/schema/organisations.js";
import { createTestDatabase } from "../../../../test/db.js";
import { getOrganisation } from "./get-organisation.js";
import { loadLimburgGeography, runImport, systemCtx } from "./kbo/test-helpers.js";

describe("registry rows derived from the KBO", () => {
  let database: Database & { drop(): Promise<void> };
  let dump: GeneratedFull;
  beforeAll(async () => {
    database = await createTestDatabase();
    await loadLimburgGeography(database);
    dump = await generateFullDump({ dir: mkdtempSync(join(tmpdir(), "kbo-reg-")), enterprises: 120, seed: 41 });
  });
  afterAll(async () => database.drop());

  it("fills KBO fields of an existing record but never its hand-made fields, edits or links", async () => {
    let i = 0;
    while (entityRows(41, i, 0).enterprise[0][4] === null) i++; // a legal person (it has a legal form)
    const number = enterpriseNumber(i);
    const mine = await createOrganisation(database, {
      name: "Naam zoals wij die kennen", enterpriseNumber: number, kind: "knowledge_institution",
      headcount: 42, turnoverEur: 3_000_000, balanceSheetEur: 2_000_000, figuresYear: 2024, overridden: ["name"], demo: true,
    });
    const partner = await createOrganisation(database, { name: "Partner" });
    await relateOrganisations(database, { organisationId: mine.id, relatedId: partner.id, relation: "partner", sharePct: 30 });

    expect((await runImport(database, dump.path, "belgium")).status).toBe("succeeded");
    const [after] = await database.db.select().from(organisations).where(eq(organisations.id, mine.id));
    expect(after).toMatchObject({
      name: "Naam zoals wij die kennen", kind: "knowledge_institution", headcount: 42, turnoverEur: 3_000_000, figuresYear: 2024,
      demo: true, source: "manual", kboActive: true, overridden: ["name"],
    });
    expect(after.legalForm).not.toBeNull(); // filled from the KBO
    expect(after.startDate).not.toBeNull();
    expect(await database.db.select().from(organisationRelations).where(eq(organisationRelations.organisationId, mine.id))).toHaveLength(1);

    // the profile shows the KBO's activities and establishments through the enterprise number
    const profile = await getOrganisation({ ctx: systemCtx(database), input: { id: mine.id } });
    expect(profile.enterpriseNumber).toBe(number);
    expect(profile.sme.enterprises.map((e) => e.name)).toEqual(["Partner"]);
  });

  it("names an enterprise by its Dutch name of type 001 where there is one, and leaves unchanged rows alone", async () => {
    const rows = (await database.db.execute(`
      select o.name, o.version, d.denomination from organisations o
      join kbo_denomination d on d.entity_number = o.kbo_key and d.type_of_denomination = '001' and d.language = '2'
      where o.source = 'kbo'`)) as unknown as { rows: { name: string; version: number; denomination: string }[] };
    expect(rows.rows.length).toBeGreaterThan(10);
    for (const r of rows.rows) expect(r.name).toBe(r.denomination);
    const before = rows.rows.map((r) => r.version);
    expect((await runImport(database, dump.path, "belgium")).status).toBe("succeeded");
    const again = (await database.db.execute(`
      select o.version from organisations o
      join kbo_denomination d on d.entity_number = o.kbo_key and d.type_of_denomination = '001' and d.language = '2'
      where o.source = 'kbo'`)) as unknown as { rows: { version: number }[] };
    expect(again.rows.map((r) => r.version)).toEqual(before);
  });

  it("marks an enterprise that left the data inactive instead of deleting it", async () => {
    const small = await generateFullDump({ dir: mkdtempSync(join(tmpdir(), "kbo-reg2-")), enterprises: 100, seed: 41, extractNumber: 141 });
    expect((await runImport(database, small.path, "belgium")).status).toBe("succeeded");
    const counts = (await database.db.execute(
      "select count(*) filter (where kbo_active)::int as active, count(*) filter (where not kbo_active and source = 'kbo')::int as gone from organisations",
    )) as unknown as { rows: { active: number; gone: number }[] };
    expect(counts.rows[0]).toEqual({ active: 100, gone: 20 });
  });
});
