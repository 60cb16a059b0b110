import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, count, eq, isNull } from "drizzle-orm";
import ExcelJS from "exceljs";
import { createTestApp, type TestApp } from "../../../../test/harness.js";
import { auditLog } from "../../db/schema/audit.js";
import { measurements } from "../../db/schema/compass.js";
import { MetricRegistry } from "../../platform/metrics.js";
import * as f from "../../../../seed/factories/compass.js";
import { as, createUser, loginAs, type SignedIn } from "../../../../seed/factories/identity.js";

let t: TestApp;
const sessions = new Map<string, SignedIn>();
const metrics = new MetricRegistry([{ key: "test.imp", module: "test", labelNl: "m", labelEn: "m", unit: "count", perMunicipality: false, valueAt: async () => 3, records: async () => [] }]);
let jobs: { id: string };
let perMuni: { id: string };

beforeAll(async () => {
  t = await createTestApp({ now: () => new Date("2027-06-30T10:00:00Z"), extraMetrics: metrics.list() });
  await f.ensureMunicipalities(t.database);
  for (const role of ["policy_analyst", "account_manager", "municipality"] as const) {
    const u = await createUser(t.database, { roles: [role], scopes: role === "municipality" ? [{ kind: "municipality", ref: f.GENK }] : [] });
    sessions.set(role, await loginAs(t.app, u.email, u.password));
  }
  jobs = await f.createIndicator(t.database, { code: "imp.jobs", unit: "jobs", targetValue: 2500 });
  perMuni = await f.createIndicator(t.database, { code: "imp.muni", perMunicipality: true, aggregation: "sum", targetValue: 100 });
  await f.createIndicator(t.database, { code: "imp.derived", kind: "derived", metricKey: "test.imp", metrics });
});
afterAll(async () => t.close());

const post = (file: { name: string; data: Buffer | string } | undefined, fields: Record<string, string> = { dryRun: "true" }, role = "policy_analyst") => {
  const body = f.multipart(fields, file);
  const headers = role === "public" ? body.headers : { ...body.headers, ...as(sessions.get(role)!) };
  return t.app.inject({ method: "POST", url: "/api/compass/imports", payload: body.payload, headers });
};
const total = async () => ({
  measurements: Number((await t.database.db.select({ n: count() }).from(measurements))[0].n),
  audit: Number((await t.database.db.select({ n: count() }).from(auditLog))[0].n),
});
const csv = (lines: string[]) => ({ name: "cijfers.csv", data: lines.join("\r\n") + "\r\n" });

describe("import of measurements", () => {
  it("reports every bad row in a dry run, writes nothing, then commits the fixed file", async () => {
    const before = await total();
    const bad = csv([
      "Indicator;Periode;Waarde;Gemeente;Bron;Opmerking",
      "imp.jobs;31-12-2026;500;;VDAB;",
      "imp.jobs;2027-06;1.5;;VDAB;",
      "imp.muni;2026;30;Genk;Gemeente;",
      "imp.muni;2026;45;71072;Gemeente;",
      "imp.nope;2026;1;;;",
      "imp.muni;2026-02-30;1;Genk;;",
      "imp.muni;2025;1;Kortessem;;",
      "imp.muni;2026;31;Genk;;",
      "imp.derived;2026;1;;;",
      "imp.jobs;2027;1;Genk;;",
    ]);
    const dry = await post(bad);
    expect(dry.statusCode, dry.body).toBe(200);
    const report = dry.json();
    expect(report).toMatchObject({ dryRun: true, committed: false, fileName: "cijfers.csv", rows: 10, ignoredColumns: [] });
    expect(report.errors.map((e: { row: number; column: string; code: string }) => [e.row, e.column, e.code])).toEqual([
      [3, "value", "not_a_number"],
      [6, "indicator", "unknown_indicator"],
      [7, "period", "invalid_date"],
      [8, "municipality", "unknown_municipality"],
      [9, "indicator", "duplicate_row"],
      [10, "indicator", "derived_indicator"],
      [11, "municipality", "not_per_municipality"],
    ]);
    expect(report.errors[0].message).toContain("Write decimals with a comma");
    expect(report.errors[3].message).toContain("Hasselt");
    expect(report.changes).toEqual([
      { row: 2, indicatorCode: "imp.jobs", periodDate: "2026-12-31", municipalityNis: null, oldValue: null, newValue: 500, action: "insert" },
      { row: 4, indicatorCode: "imp.muni", periodDate: "2026-12-31", municipalityNis: f.GENK, oldValue: null, newValue: 30, action: "insert" },
      { row: 5, indicatorCode: "imp.muni", periodDate: "2026-12-31", municipalityNis: f.HASSELT, oldValue: null, newValue: 45, action: "insert" },
    ]);
    expect(report.statusChanges).toContainEqual({ indicatorCode: "imp.jobs", from: "no_data", to: "on_track", sentence: expect.stringMatching(/^In dit tempo .* van 2\.500 tegen 31-12-2030\.$/) });
    expect(await total()).toEqual(before);

    const commitBad = await post(bad, { dryRun: "false" });
    expect(commitBad.statusCode).toBe(400);
    expect(commitBad.json().error.code).toBe("validation");
    expect(commitBad.json().error.details[0]).toMatchObject({ path: "row 3.value", code: "not_a_number" });
    expect(await total()).toEqual(before);

    const fixed = csv(["Indicator;Periode;Waarde;Gemeente;Bron;Opmerking", "imp.jobs;31-12-2026;500;;VDAB;", "imp.muni;2026;30;Genk;Gemeente;", "imp.muni;2026;1.045;71072;Gemeente;Herziene telling"]);
    const ok = await post(fixed, { dryRun: "false" });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ dryRun: false, committed: true, errors: [] });
    expect(ok.json().statusChanges.map((s: { indicatorCode: string; to: string }) => [s.indicatorCode, s.to])).toEqual([
      ["imp.jobs", "on_track"],
      ["imp.muni", "achieved"],
    ]);
    const after = await total();
    expect(after.measurements).toBe(before.measurements + 3);
    expect(after.audit).toBe(before.audit + 4); // one measurement.import and one row per change
    const [imported] = await t.database.db.select({ n: count() }).from(auditLog).where(eq(auditLog.action, "measurement.import"));
    expect(imported.n).toBe(1);
    const rows = await t.database.db.select().from(measurements).where(eq(measurements.indicatorId, perMuni.id));
    expect(rows.map((r) => [r.municipalityNis, r.value, r.origin]).sort()).toEqual([
      [f.GENK, 30, "import"],
      [f.HASSELT, 1045, "import"],
    ]);
    const detail = await t.app.inject({ method: "GET", url: `/api/compass/indicators/${perMuni.id}`, headers: as(sessions.get("policy_analyst")!) });
    expect(detail.json().series).toEqual([{ date: "2026-12-31", value: 1075 }]);
  });

  it("corrects existing values, leaves equal ones alone and keeps the history", async () => {
    const file = csv(["indicator,period,value", "imp.jobs,2026-12-31,520", "imp.muni,2026-12-31,1075"]);
    const dry = (await post(file)).json();
    expect(dry.changes.map((c: { action: string; oldValue: number | null; newValue: number }) => [c.action, c.oldValue, c.newValue])).toEqual([
      ["correct", 500, 520],
      ["insert", null, 1075],
    ]);
    expect((await post(file, { dryRun: "false" })).statusCode).toBe(200);
    const again = (await post(file)).json();
    expect(again.changes.map((c: { action: string }) => c.action)).toEqual(["unchanged", "unchanged"]);
    const history = await t.database.db.select().from(measurements).where(and(eq(measurements.indicatorId, jobs.id), eq(measurements.periodDate, "2026-12-31")));
    expect(history.map((h) => [h.value, h.supersededAt === null]).sort()).toEqual([
      [500, false],
      [520, true],
    ]);
  });

  it("asks for a note when a row turns an indicator off track", async () => {
    const before = await total();
    const slow = csv(["indicator;period;value;note", "imp.jobs;2027-06-30;525;"]);
    const dry = (await post(slow)).json();
    expect(dry.errors).toEqual([{ row: 2, column: "note", code: "note_required", message: expect.stringContaining("off track") }]);
    expect(dry.statusChanges).toEqual([{ indicatorCode: "imp.jobs", from: "on_track", to: "off_track", sentence: expect.any(String) }]);
    const refused = await post(slow, { dryRun: "false" });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details).toEqual([{ path: "row 2.note", code: "note_required", message: expect.any(String) }]);
    expect(await total()).toEqual(before);
    const explained = await post(csv(["indicator;period;value;note", "imp.jobs;2027-06-30;525;Aanwervingen uitgesteld"]), { dryRun: "false" });
    expect(explained.statusCode).toBe(200);
    expect(explained.json().statusChanges[0].to).toBe("off_track");
  });

  it("reads the first sheet of an XLSX with number and date cells, and ignores extra columns", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Cijfers");
    sheet.addRow(["Indicatorcode", "Periode", "Waarde", "Gemeente", "Toelichting"]);
    sheet.addRow(["imp.muni", new Date(Date.UTC(2027, 2, 31)), 12.5, "genk", "x"]);
    sheet.addRow(["imp.muni", "2027-03", "1.000,5", "Hasselt", "y"]);
    book.addWorksheet("Niet gelezen").addRow(["indicator", "period", "value"]);
    const data = Buffer.from(await book.xlsx.writeBuffer());
    const res = await post({ name: "cijfers.xlsx", data }, { dryRun: "false" });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().ignoredColumns).toEqual(["Toelichting"]);
    expect(res.json().changes.map((c: { row: number; periodDate: string; municipalityNis: string; newValue: number }) => [c.row, c.periodDate, c.municipalityNis, c.newValue])).toEqual([
      [2, "2027-03-31", f.GENK, 12.5],
      [3, "2027-03-31", f.HASSELT, 1000.5],
    ]);
  });

  it("answers unusable files with a 4xx in the error format and changes nothing", async () => {
    const before = await total();
    const cases: [string, Promise<{ statusCode: number; json(): { error: { code: string } } }>, number][] = [
      ["broken csv", post({ name: "x.csv", data: 'indicator,period,value\n"imp.jobs,2026,1\n' }), 400],
      ["broken xlsx", post({ name: "x.xlsx", data: Buffer.from("PK\u0003\u0004 not really a zip") }), 400],
      ["wrong extension", post({ name: "x.txt", data: "indicator,period,value\n" }), 400],
      ["missing columns", post(csv(["indicator;waarde", "imp.jobs;1"])), 400],
      ["empty file", post({ name: "x.csv", data: "" }), 400],
      ["only blank lines", post({ name: "x.csv", data: "\r\n\r\n" }), 400],
      ["binary", post({ name: "x.csv", data: Buffer.from([0, 1, 2, 3, 0]) }), 400],
      ["no file", post(undefined), 400],
      ["no dryRun", post(csv(["indicator,period,value", "imp.jobs,2026,1"]), {}), 400],
      ["bad dryRun", post(csv(["indicator,period,value", "imp.jobs,2026,1"]), { dryRun: "yes" }), 400],
      ["unknown field", post(csv(["indicator,period,value", "imp.jobs,2026,1"]), { dryRun: "true", extra: "1" }), 400],
      ["oversized", post({ name: "x.csv", data: Buffer.alloc(10 * 1024 * 1024 + 10, 0x41) }), 413],
      ["not multipart", t.app.inject({ method: "POST", url: "/api/compass/imports", payload: { dryRun: "true" }, headers: as(sessions.get("policy_analyst")!) }), 400],
    ];
    for (const [name, p, status] of cases) {
      const res = await p;
      expect(res.statusCode, name).toBe(status);
      expect(res.json().error.code, name).toMatch(/^(validation|limit_exceeded)$/);
    }
    const missing = (await post(csv(["indicator;waarde", "imp.jobs;1"]))).json();
    expect(missing.error.details).toEqual([{ path: "file.columns.period", code: "missing_column", message: expect.any(String) }]);
    expect(await total()).toEqual(before);
  });

  it("is for administrators and policy analysts only", async () => {
    const file = csv(["indicator,period,value", "imp.jobs,2026,1"]);
    expect((await post(file, { dryRun: "true" }, "account_manager")).statusCode).toBe(403);
    expect((await post(file, { dryRun: "true" }, "municipality")).statusCode).toBe(403);
    expect((await post(file, { dryRun: "true" }, "public")).statusCode).toBe(401);
  });

  it("keeps the province series consistent with the current rows", async () => {
    const current = await t.database.db
      .select({ value: measurements.value })
      .from(measurements)
      .where(and(eq(measurements.indicatorId, perMuni.id), eq(measurements.periodDate, "2027-03-31"), isNull(measurements.supersededAt)));
    const detail = (await t.app.inject({ method: "GET", url: `/api/compass/indicators/${perMuni.id}`, headers: as(sessions.get("policy_analyst")!) })).json();
    expect(detail.series.find((p: { date: string }) => p.date === "2027-03-31").value).toBe(current.reduce((s, r) => s + r.value, 0));
  });
});
