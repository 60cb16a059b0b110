import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateFullDump, type GeneratedFull } from "../../../../bench/kbo/generate.js";
import { replaceLine, rewriteZip, truncateFile } from "../../../../bench/kbo/zip-tools.js";
import type { Database } from "../../db/client.js";
import { createTestDatabase } from "../../../../test/db.js";
import { startKboImport } from "./start-kbo-import.js";
import { dataChecksum, loadLimburgGeography, runImport, systemCtx } from "./kbo/test-helpers.js";

describe("bad KBO files", () => {
  let database: Database & { drop(): Promise<void> };
  let full: GeneratedFull;
  let dir: string;
  let before: string;
  const bad = (name: string) => join(dir, name, "KboOpenData_0150_2025_11_02_Full.zip");

  beforeAll(async () => {
    database = await createTestDatabase();
    await loadLimburgGeography(database);
    dir = mkdtempSync(join(tmpdir(), "kbo-bad-"));
    full = await generateFullDump({ dir, enterprises: 300, seed: 11 });
    expect((await runImport(database, full.path, "belgium")).status).toBe("succeeded");
    before = await dataChecksum(database);
  });
  afterAll(async () => database.drop());

  async function expectFailure(path: string, scope: "belgium" | "limburg", file: string, line: number | null, message: RegExp) {
    const run = await runImport(database, path, scope);
    expect(run.status).toBe("failed");
    expect(run.error).toMatchObject({ file, line });
    expect(run.error!.message).toMatch(message);
    if (line !== null) expect(run.error!.message).toContain(`${file} line ${line}`);
    expect(await dataChecksum(database)).toBe(before);
    const stages = (await database.db.execute("select count(*)::int as n from pg_tables where tablename like 'kbo\\_stage\\_%'")) as unknown as { rows: { n: number }[] };
    expect(Number(stages.rows[0].n)).toBe(0);
  }

  it("names a truncated zip and leaves the data as it was", async () => {
    const { mkdirSync } = await import("node:fs");
    mkdirSync(join(dir, "trunc"), { recursive: true });
    truncateFile(full.path, bad("trunc"), 0.6);
    await expectFailure(bad("trunc"), "belgium", "KboOpenData_0150_2025_11_02_Full.zip", null, /truncated or damaged/);
  });

  for (const scope of ["belgium", "limburg"] as const) {
    it(`names file and line of a wrong header (${scope})`, async () => {
      const path = join(dir, `hdr-${scope}`, "KboOpenData_0150_2025_11_02_Full.zip");
      (await import("node:fs")).mkdirSync(join(dir, `hdr-${scope}`), { recursive: true });
      await rewriteZip(full.path, path, (n, t) => (n === "contact.csv" ? replaceLine(t, 1, '"EntityNumber","Contact","ContactType","Value"') : t));
      await expectFailure(path, scope, "contact.csv", 1, /unexpected header/);
    });

    it(`names file and line of a row with too many columns (${scope})`, async () => {
      const path = join(dir, `cols-${scope}`, "KboOpenData_0150_2025_11_02_Full.zip");
      (await import("node:fs")).mkdirSync(join(dir, `cols-${scope}`), { recursive: true });
      await rewriteZip(full.path, path, (n, t) => (n === "activity.csv" ? replaceLine(t, 7, '"0400.000.086","001","2008","01110","MAIN","extra"') : t));
      await expectFailure(path, scope, "activity.csv", 7, /column/);
    });

    it(`names file and line of an impossible date (${scope})`, async () => {
      const path = join(dir, `date-${scope}`, "KboOpenData_0150_2025_11_02_Full.zip");
      (await import("node:fs")).mkdirSync(join(dir, `date-${scope}`), { recursive: true });
      await rewriteZip(full.path, path, (n, t) => (n === "establishment.csv" ? replaceLine(t, 4, `${t.split("\n")[3].split(",")[0]},31-02-2020,${t.split("\n")[3].split(",")[2]}`) : t));
      await expectFailure(path, scope, "establishment.csv", 4, /date/);
    });
  }

  it("names a member cut off in the middle of a quoted value", async () => {
    const path = join(dir, "cut", "KboOpenData_0150_2025_11_02_Full.zip");
    (await import("node:fs")).mkdirSync(join(dir, "cut"), { recursive: true });
    await rewriteZip(full.path, path, (n, t) => (n === "denomination.csv" ? `${t.split("\n").slice(0, 10).join("\n")}\n"0400.000.383","2","001","Half a na` : t));
    const run = await runImport(database, path, "belgium");
    expect(run.status).toBe("failed");
    expect(run.error!.file).toBe("denomination.csv");
    expect(run.error!.line).toBe(11);
    expect(await dataChecksum(database)).toBe(before);
  });

  it("names the missing member and a duplicate key", async () => {
    const path = join(dir, "missing", "KboOpenData_0150_2025_11_02_Full.zip");
    (await import("node:fs")).mkdirSync(join(dir, "missing"), { recursive: true });
    await rewriteZip(full.path, path, (n, t) => (n === "branch.csv" ? null : t));
    const run = await runImport(database, path, "belgium");
    expect(run.error!.message).toMatch(/has no branch\.csv/);

    const dup = join(dir, "dup", "KboOpenData_0150_2025_11_02_Full.zip");
    (await import("node:fs")).mkdirSync(join(dir, "dup"), { recursive: true });
    await rewriteZip(full.path, dup, (n, t) => (n === "enterprise.csv" ? replaceLine(t, 3, t.split("\n")[1]) : t));
    const run2 = await runImport(database, dup, "belgium");
    expect(run2.status).toBe("failed");
    expect(run2.error!.file).toBe("enterprise.csv");
    expect(run2.error!.message).toMatch(/duplicate/);
    expect(await dataChecksum(database)).toBe(before);
  });

  it("refuses a path that is not a KBO zip or does not exist, before starting", async () => {
    const ctx = systemCtx(database);
    await expect(startKboImport({ ctx, input: { path: join(dir, "data.zip"), scope: "limburg" } })).rejects.toMatchObject({ code: "validation" });
    await expect(startKboImport({ ctx, input: { path: join(dir, "KboOpenData_0001_2025_01_Full.zip") } })).rejects.toMatchObject({ code: "validation" });
    await expect(startKboImport({ ctx, input: { path: full.path, scope: "world" } })).rejects.toMatchObject({ code: "validation" });
  });
});
