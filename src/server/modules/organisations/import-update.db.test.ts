import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateFullDump, generateUpdateDump, type GeneratedFull, type GeneratedUpdate } from "../../../../bench/kbo/generate.js";
import type { Database } from "../../db/client.js";
import { createTestDatabase } from "../../../../test/db.js";
import { dataChecksum, kboCounts, loadLimburgGeography, runImport } from "./kbo/test-helpers.js";

const ENTERPRISES = 500;

describe("KBO update zips", () => {
  let database: Database & { drop(): Promise<void> };
  let full: GeneratedFull;
  let update: GeneratedUpdate;
  beforeAll(async () => {
    database = await createTestDatabase();
    await loadLimburgGeography(database);
    const dir = mkdtempSync(join(tmpdir(), "kbo-upd-"));
    full = await generateFullDump({ dir, enterprises: ENTERPRISES, seed: 5 });
    update = await generateUpdateDump({ dir, enterprises: ENTERPRISES, seed: 5, changes: 120 });
  });
  afterAll(async () => database.drop());

  it("applies deletes then inserts: Belgium ends with the generator's counts, and twice is the same as once", async () => {
    expect((await runImport(database, full.path, "belgium")).status).toBe("succeeded");
    const run = await runImport(database, update.path, "belgium");
    expect(run.error).toBeNull();
    expect(run.kind).toBe("update");
    expect(await kboCounts(database)).toEqual(update.after);
    const once = await dataChecksum(database);
    expect((await runImport(database, update.path, "belgium")).status).toBe("succeeded");
    expect(await dataChecksum(database)).toBe(once);
    const orgs = (await database.db.execute("select count(*)::int as n from organisations where kbo_active")) as unknown as { rows: { n: number }[] };
    expect(Number(orgs.rows[0].n)).toBe(update.after.enterprise);
  });

  it("keeps Limburg exactly as a clean Limburg import of the new state would", async () => {
    expect((await runImport(database, full.path, "limburg")).status).toBe("succeeded");
    const run = await runImport(database, update.path, "limburg");
    expect(run.status).toBe("succeeded");
    expect(await kboCounts(database)).toEqual(update.limburgAfter);
  });
});
