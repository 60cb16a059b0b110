import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { createTestApp, type TestApp } from "../../../../test/harness.js";
import { makeCtx, systemActor } from "../../platform/context.js";
import { AppError } from "../../platform/errors.js";
import * as f from "../../../../seed/factories/compass.js";
import { as, createUser, loginAs, type SignedIn } from "../../../../seed/factories/identity.js";
import { exportMeasurements } from "./export-measurements.js";

let t: TestApp;
let analyst: SignedIn;
let genk: SignedIn;

beforeAll(async () => {
  t = await createTestApp({ now: () => new Date("2027-06-30T10:00:00Z") });
  await f.ensureMunicipalities(t.database);
  const a = await createUser(t.database, { roles: ["policy_analyst"] });
  const g = await createUser(t.database, { roles: ["municipality"], scopes: [{ kind: "municipality", ref: f.GENK }] });
  analyst = await loginAs(t.app, a.email, a.password);
  genk = await loginAs(t.app, g.email, g.password);
  await f.createGoal(t.database, { code: "E1" });
  const rate = await f.createIndicator(t.database, { goalCode: "E1", code: "exp.rate", unit: "percent", perMunicipality: true, aggregation: "none", direction: "keep", targetValue: 80 });
  const jobs = await f.createIndicator(t.database, { goalCode: "E1", code: "exp.jobs", targetValue: 2500 });
  await f.addMeasurement(t.database, rate.id, { periodDate: "2026-12-31", value: 78.5, source: "Statbel" });
  await f.addMeasurement(t.database, rate.id, { periodDate: "2026-12-31", municipalityNis: f.GENK, value: 71.25, source: "Statbel", note: "Genk; met puntkomma" });
  await f.addMeasurement(t.database, rate.id, { periodDate: "2026-12-31", municipalityNis: f.HASSELT, value: 80, source: "Statbel" });
  await f.addMeasurement(t.database, jobs.id, { periodDate: "2026-12-31", value: 1840, source: "VDAB" });
});
afterAll(async () => t.close());

const lines = (body: string) => body.replace(/^\uFEFF/, "").trim().split(/\r?\n/);

describe("CSV export", () => {
  it("writes semicolons and decimal commas, with the import's columns first", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/compass/export.csv?goal=E1", headers: as(analyst) });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^text\/csv/);
    expect(res.headers["content-disposition"]).toContain("attachment");
    expect(res.body.startsWith("\uFEFF")).toBe(true);
    expect(lines(res.body)).toEqual([
      "indicator;period;value;municipality;source;note;indicator_name;unit;municipality_name;origin",
      "exp.jobs;2026-12-31;1840;;VDAB;;Testindicator exp.jobs;count;;seed",
      "exp.rate;2026-12-31;78,5;;Statbel;;Testindicator exp.rate;percent;;seed",
      `exp.rate;2026-12-31;71,25;${f.GENK};Statbel;"Genk; met puntkomma";Testindicator exp.rate;percent;Genk;seed`,
      `exp.rate;2026-12-31;80;${f.HASSELT};Statbel;;Testindicator exp.rate;percent;Hasselt;seed`,
    ]);
  });

  it("gives a municipality user the province rows and their own municipality's only", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/compass/export.csv?goal=E1", headers: as(genk) });
    expect(res.statusCode).toBe(200);
    const body = lines(res.body);
    expect(body).toHaveLength(4);
    expect(body.some((l) => l.includes(f.HASSELT))).toBe(false);
    expect(body.some((l) => l.includes(f.GENK))).toBe(true);
  });

  it("imports again unchanged (the export is the import's format)", async () => {
    const exported = await t.app.inject({ method: "GET", url: "/api/compass/export.csv?goal=E1", headers: as(analyst) });
    const body = f.multipart({ dryRun: "true" }, { name: "export.csv", data: exported.rawPayload });
    const res = await t.app.inject({ method: "POST", url: "/api/compass/imports", payload: body.payload, headers: { ...body.headers, ...as(analyst) } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().errors).toEqual([]);
    expect(res.json().changes.map((c: { action: string; newValue: number }) => [c.action, c.newValue])).toEqual([
      ["unchanged", 1840],
      ["unchanged", 78.5],
      ["unchanged", 71.25],
      ["unchanged", 80],
    ]);
    expect(res.json().ignoredColumns).toEqual(["indicator_name", "unit", "municipality_name", "origin"]);
  });
});

describe("XLSX export", () => {
  it("holds a sheet of indicators with their status and a sheet of values as numbers", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/compass/export.xlsx?goal=E1", headers: as(analyst) });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(["Indicatoren", "Metingen"]);
    const summary = book.getWorksheet("Indicatoren")!;
    expect(summary.getRow(1).getCell(1).value).toBe("code");
    expect(summary.getRow(2).getCell(1).value).toBe("exp.jobs");
    expect(summary.getRow(2).getCell(12).value).toBe("on_track"); // 1.840 in the first year: well ahead of 2.500 by 2030
    expect(String(summary.getRow(2).getCell(15).value)).toMatch(/^In dit tempo/);
    const values = book.getWorksheet("Metingen")!;
    expect(values.getRow(2).getCell(3).value).toBe(1840);
    expect(values.getRow(4).getCell(3).value).toBe(71.25);
    expect(values.actualRowCount).toBe(5);
  });

  it("refuses more rows than a spreadsheet holds", async () => {
    const ctx = makeCtx({ actor: systemActor("test"), db: t.database.db });
    await expect(exportMeasurements({ ctx, input: { goal: "E1" }, maxRows: 3 })).rejects.toSatisfy((e) => e instanceof AppError && e.code === "limit_exceeded");
  });

  it("is closed to reviewers, entrepreneurs and the public", async () => {
    const reviewer = await createUser(t.database, { roles: ["reviewer"] });
    const session = await loginAs(t.app, reviewer.email, reviewer.password);
    expect((await t.app.inject({ method: "GET", url: "/api/compass/export.xlsx", headers: as(session) })).statusCode).toBe(403);
    expect((await t.app.inject({ method: "GET", url: "/api/compass/export.csv" })).statusCode).toBe(401);
  });
});
