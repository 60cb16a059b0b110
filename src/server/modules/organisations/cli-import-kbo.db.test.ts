import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateFullDump, type GeneratedFull } from "../../../../bench/kbo/generate.js";
import { replaceLine, rewriteZip } from "../../../../bench/kbo/zip-tools.js";
import type { Database } from "../../db/client.js";
import { createTestDatabase } from "../../../../test/db.js";
import { progressLine, runImportKboCommand } from "./cli-import-kbo.js";
import { kboCounts, loadLimburgGeography } from "./kbo/test-helpers.js";

describe("koers import-kbo", () => {
  let database: Database & { drop(): Promise<void> };
  let full: GeneratedFull;
  let dir: string;
  beforeAll(async () => {
    database = await createTestDatabase();
    await loadLimburgGeography(database);
    dir = mkdtempSync(join(tmpdir(), "kbo-cli-"));
    full = await generateFullDump({ dir, enterprises: 150, seed: 31 });
  });
  afterAll(async () => database.drop());

  const capture = () => {
    const out: string[] = [];
    return { out, err: { write: (s: string) => out.push(s), isTTY: true } };
  };

  it("imports with a progress bar on stderr and exits 0", async () => {
    const { out, err } = capture();
    expect(await runImportKboCommand(database, [full.path, "--scope", "belgium"], err)).toBe(0);
    const text = out.join("");
    expect(text).toMatch(/Starting import .* \(full, scope belgium\)/);
    expect(text).toMatch(/\r\[#+-*\] +\d+\.\d%/);
    expect(text).toMatch(/rows\/s/);
    expect(text).toMatch(/Import succeeded/);
    expect(await kboCounts(database)).toEqual(full.counts);
  });

  it("exits 1 naming file and line when a file is bad, and 2 without a file", async () => {
    mkdirSync(join(dir, "bad"));
    const bad = join(dir, "bad", full.fileName);
    await rewriteZip(full.path, bad, (n, t) => (n === "address.csv" ? replaceLine(t, 5, '"0400.000.185","REGO"') : t));
    const { out, err } = capture();
    expect(await runImportKboCommand(database, [bad], err)).toBe(1);
    expect(out.join("")).toMatch(/Import failed: address\.csv line 5: expected 13 columns, found 2/);
    expect(await kboCounts(database)).toEqual(full.counts);
    expect(await runImportKboCommand(database, [], capture().err)).toBe(2);
    const missing = capture();
    expect(await runImportKboCommand(database, [join(dir, "KboOpenData_0001_2025_01_Full.zip")], missing.err)).toBe(1);
    expect(missing.out.join("")).toMatch(/no file at this path/);
  });

  it("draws a bar with percentage, rows and rate", () => {
    const line = progressLine({ runId: "r", phase: "load", file: "activity.csv", rowsDone: 500_000, rowsTotalEstimate: 1_000_000, bytesDone: 50, bytesTotal: 100 }, 0, 10_000);
    expect(line).toContain("[###############---------------]  50.0%");
    expect(line).toContain("500,000 / ~1,000,000 rows");
    expect(line).toContain("50,000 rows/s");
  });
});
