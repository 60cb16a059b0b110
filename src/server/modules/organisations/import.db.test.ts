import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateFullDump, type GeneratedFull } from "../../../../bench/kbo/generate.js";
import type { Database } from "../../db/client.js";
import { createTestDatabase } from "../../../../test/db.js";
import { kboCounts, dataChecksum, loadLimburgGeography, organisationCount, runImport } from "./kbo/test-helpers.js";

describe("KBO import of a full dump", () => {
  let database: Database & { drop(): Promise<void> };
  let dump: GeneratedFull;
  beforeAll(async () => {
    database = await createTestDatabase();
    await loadLimburgGeography(database);
    dump = await generateFullDump({ dir: mkdtempSync(join(tmpdir(), "kbo-")), enterprises: 600, seed: 3 });
  });
  afterAll(async () => database.drop());

  it("imports Limburg only, with exactly the generator's counts", async () => {
    const run = await runImport(database, dump.path, "limburg");
    expect(run.error).toBeNull();
    expect(run.status).toBe("succeeded");
    expect(await kboCounts(database)).toEqual(dump.limburgCounts);
    expect(await organisationCount(database)).toBe(dump.limburgEnterprises);
  });

  it("imports all of Belgium with exactly the generator's counts", async () => {
    const run = await runImport(database, dump.path, "belgium");
    expect(run.status).toBe("succeeded");
    expect(await kboCounts(database)).toEqual(dump.counts);
    expect(await organisationCount(database)).toBe(dump.counts.enterprise);
    const c = await dataChecksum(database);
    const again = await runImport(database, dump.path, "belgium");
    expect(again.status).toBe("succeeded");
    expect(await dataChecksum(database)).toBe(c);
  });
});
