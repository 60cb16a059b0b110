import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateFullDump, generateUpdateDump, type GeneratedFull, type GeneratedUpdate } from "../../../../bench/kbo/generate.js";
import type { Database } from "../../db/client.js";
import { createTestDatabase } from "../../../../test/db.js";
import { dataChecksum, kboCounts, loadLimburgGeography, runImport, systemCtx } from "./kbo/test-helpers.js";
import { searchOrganisations } from "./search-organisations.js";
import type { ImportHooks } from "./kbo/progress.js";

/**
 * An import killed at any moment and run again ends with exactly the data of one clean run. The
 * hooks stop the import the way kill -9 would (no cleanup, the run stays "running").
 */
describe("interrupted KBO imports", () => {
  let database: Database & { drop(): Promise<void> };
  let full: GeneratedFull;
  let update: GeneratedUpdate;
  const clean: Record<string, { checksum: string; counts: Record<string, number> }> = {};

  beforeAll(async () => {
    database = await createTestDatabase();
    await loadLimburgGeography(database);
    const dir = mkdtempSync(join(tmpdir(), "kbo-res-"));
    full = await generateFullDump({ dir, enterprises: 700, seed: 9 });
    update = await generateUpdateDump({ dir, enterprises: 700, seed: 9, changes: 150 });
    for (const scope of ["belgium", "limburg"] as const) {
      expect((await runImport(database, full.path, scope)).status).toBe("succeeded");
      clean[`full-${scope}`] = { checksum: await dataChecksum(database), counts: await kboCounts(database) };
      expect((await runImport(database, update.path, scope)).status).toBe("succeeded");
      clean[`update-${scope}`] = { checksum: await dataChecksum(database), counts: await kboCounts(database) };
    }
  });
  afterAll(async () => database.drop());

  const crashes: [string, ImportHooks][] = [
    ["after 1 row", { crashAfterRows: 1 }],
    ["after 5,000 rows", { crashAfterRows: 5_000 }],
    ["after 15,000 rows (inside activity.csv), committed in chunks of 1,000", { crashAfterRows: 15_000, chunkRows: 1_000 }],
    ["before the indexes", { crashAt: "index" }],
    ["inside the swap transaction", { crashAt: "swap" }],
  ];

  for (const scope of ["belgium", "limburg"] as const) {
    it.each(crashes)(`full import (${scope}) crashed %s, then run again, equals a clean run`, async (_label, hooks) => {
      await runImport(database, update.path, scope); // start from a different state than the dump's
      const before = await dataChecksum(database);
      const crashed = await runImport(database, full.path, scope, hooks);
      expect(crashed.status).toBe("running");
      expect(await dataChecksum(database)).toBe(before); // nothing live changed
      const resumed = await runImport(database, full.path, scope);
      expect(resumed.id).toBe(crashed.id);
      expect(resumed.attempts).toBe(2);
      expect(resumed.status).toBe("succeeded");
      expect(await kboCounts(database)).toEqual(clean[`full-${scope}`].counts);
      expect(await dataChecksum(database)).toBe(clean[`full-${scope}`].checksum);
    });
  }

  it.each([
    ["after 100 rows", { crashAfterRows: 100 }],
    ["inside the apply transaction", { crashAt: "apply" as const }],
  ])("update crashed %s, then run again, equals a clean run", async (_label, hooks) => {
    expect((await runImport(database, full.path, "belgium")).status).toBe("succeeded");
    const crashed = await runImport(database, update.path, "belgium", hooks);
    expect(crashed.status).toBe("running");
    expect(await dataChecksum(database)).toBe(clean["full-belgium"].checksum);
    const resumed = await runImport(database, update.path, "belgium");
    expect(resumed.status).toBe("succeeded");
    expect(await dataChecksum(database)).toBe(clean["update-belgium"].checksum);
  });

  it("abandons an interrupted run when another file is imported", async () => {
    const crashed = await runImport(database, update.path, "belgium", { crashAfterRows: 10 });
    const other = await runImport(database, full.path, "belgium");
    expect(other.id).not.toBe(crashed.id);
    expect(other.status).toBe("succeeded");
    expect(await dataChecksum(database)).toBe(clean["full-belgium"].checksum);
  });

  it("keeps the registry readable and unchanged while an import runs", async () => {
    expect((await runImport(database, full.path, "belgium")).status).toBe("succeeded");
    const ctx = systemCtx(database);
    const before = await searchOrganisations({ ctx, input: { limit: 5, sort: "name" } });
    let during: typeof before | null = null;
    const run = await runImport(database, update.path, "belgium", {
      beforeSwap: async () => {
        during = await searchOrganisations({ ctx, input: { limit: 5, sort: "name" } });
      },
    });
    expect(run.status).toBe("succeeded");
    expect(during).toEqual(before);
  });
});
