import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, count, eq, isNull } from "drizzle-orm";
import { createTestDatabase } from "../../../../test/db.js";
import type { Database } from "../../db/client.js";
import { auditLog } from "../../db/schema/audit.js";
import { indicatorSeries, measurements } from "../../db/schema/compass.js";
import { makeCtx, type Actor } from "../../platform/context.js";
import { AppError } from "../../platform/errors.js";
import { MetricRegistry } from "../../platform/metrics.js";
import * as f from "../../../../seed/factories/compass.js";
import { actorFor, createUser } from "../../../../seed/factories/identity.js";
import { correctMeasurement, getIndicator, listIndicators, listMeasurements, recordMeasurement, refreshIndicatorSeries } from "./index.js";

let database: Database & { drop(): Promise<void> };
const deps = { now: () => new Date("2027-06-30T10:00:00Z") };
type Role = (typeof f.COMPASS_ROLES)[number];
const actors = new Map<string, Actor>();
/** A real user (measurements reference who entered them) with this role; "municipality" acts for Genk. */
const user = (roles: Role[]): Actor => actors.get(roles.join(","))!;
const as = (actor: Actor) => makeCtx({ actor, db: database.db });
const analyst = () => as(user(["policy_analyst"]));
const genk = () => as(user(["municipality"]));

async function failure(p: Promise<unknown>): Promise<{ code: string; details?: { path: string; code: string }[] }> {
  try {
    await p;
    return { code: "ok" };
  } catch (e) {
    if (e instanceof AppError) return { code: e.code, details: e.details?.map((d) => ({ path: d.path, code: d.code })) };
    throw e;
  }
}
const rowsOf = async (indicatorId: string) => Number((await database.db.select({ n: count() }).from(measurements).where(eq(measurements.indicatorId, indicatorId)))[0].n);
const auditRows = async () => Number((await database.db.select({ n: count() }).from(auditLog))[0].n);
const seriesRows = async (indicatorId: string) =>
  (await database.db.select().from(indicatorSeries).where(eq(indicatorSeries.indicatorId, indicatorId)).orderBy(indicatorSeries.periodDate)).map((r) => ({
    date: r.periodDate,
    value: r.value,
    basis: r.basis,
    municipalities: r.municipalities,
  }));

beforeAll(async () => {
  database = await createTestDatabase();
  await f.ensureMunicipalities(database);
  for (const role of f.COMPASS_ROLES) {
    const u = await createUser(database, { roles: [role], scopes: role === "municipality" ? [{ kind: "municipality", ref: f.GENK }] : [] });
    actors.set(role, actorFor(u));
  }
});
afterAll(async () => database.drop());

describe("recording", () => {
  it("records a province value with the status after it, audited, in the series", async () => {
    const ind = await f.createIndicator(database, { targetValue: 2500, unit: "jobs" });
    const r = await recordMeasurement({ ctx: analyst(), input: { indicatorId: ind.id, periodDate: "2026-12-31", value: 600, municipalityNis: null, source: "VDAB", note: "" }, deps });
    expect(r).toMatchObject({ periodDate: "2026-12-31", value: 600, source: "VDAB", origin: "manual", municipalityNis: null, supersededAt: null });
    expect(r.status).toMatchObject({ status: "on_track", current: 600 });
    expect(r.status.sentence).toMatch(/^In dit tempo 3\.00\d van 2\.500 tegen 31-12-2030\.$/);
    const [audit] = await database.db.select().from(auditLog).where(and(eq(auditLog.action, "measurement.record"), eq(auditLog.entityId, r.id)));
    expect(audit.after).toMatchObject({ value: 600, origin: "manual", indicatorId: ind.id });
    expect(audit.actorId).toBe((user(["policy_analyst"]) as { userId: string }).userId);
    expect(r.enteredBy).toMatch(/^Test policy_analyst/);
    expect(await seriesRows(ind.id)).toEqual([{ date: "2026-12-31", value: 600, basis: "province", municipalities: 0 }]);
  });

  it("supersedes the current value of the same period and keeps it in the history", async () => {
    const ind = await f.createIndicator(database);
    const first = await f.addMeasurement(database, ind.id, { periodDate: "2026-12-31", value: 10 });
    const second = await recordMeasurement({ ctx: analyst(), input: { indicatorId: ind.id, periodDate: "2026-12-31", value: 12, municipalityNis: null, source: "", note: "Herziene cijfers" }, deps });
    const current = await listMeasurements({ ctx: analyst(), input: { indicatorId: ind.id } });
    expect(current.map((m) => m.value)).toEqual([12]);
    const all = await listMeasurements({ ctx: analyst(), input: { indicatorId: ind.id, includeSuperseded: true } });
    expect(all.map((m) => [m.value, m.supersededBy])).toEqual([
      [12, null],
      [10, second.id],
    ]);
    expect(all[1].supersededAt).not.toBeNull();
    expect(all[1].id).toBe(first.id);
    expect(await seriesRows(ind.id)).toMatchObject([{ date: "2026-12-31", value: 12 }]);
    const [audit] = await database.db.select().from(auditLog).where(and(eq(auditLog.action, "measurement.correct"), eq(auditLog.entityId, second.id)));
    expect(audit.before).toMatchObject({ id: first.id, value: 10 });
  });

  it("lists measurements newest first", async () => {
    const ind = await f.createIndicator(database);
    for (const [periodDate, value] of [["2026-03-31", 1], ["2026-12-31", 3], ["2026-06-30", 2]] as const) await f.addMeasurement(database, ind.id, { periodDate, value });
    expect((await listMeasurements({ ctx: analyst(), input: { indicatorId: ind.id } })).map((m) => m.periodDate)).toEqual(["2026-12-31", "2026-06-30", "2026-03-31"]);
  });

  it("requires a note when a value turns the indicator off track, and saves nothing without it", async () => {
    const ind = await f.createIndicator(database, { targetValue: 1000 });
    await f.addMeasurement(database, ind.id, { periodDate: "2026-06-30", value: 100 }); // on pace: 1.000 by 2030
    const before = { rows: await rowsOf(ind.id), audit: await auditRows(), series: await seriesRows(ind.id) };
    const input = { indicatorId: ind.id, periodDate: "2026-12-31", value: 105, municipalityNis: null, source: "", note: "" };
    const refused = await failure(recordMeasurement({ ctx: analyst(), input, deps }));
    expect(refused).toEqual({ code: "precondition_failed", details: [{ path: "note", code: "note_required" }] });
    expect({ rows: await rowsOf(ind.id), audit: await auditRows(), series: await seriesRows(ind.id) }).toEqual(before);
    const withNote = await recordMeasurement({ ctx: analyst(), input: { ...input, note: "Vertraging door een uitgestelde investering" }, deps });
    expect(withNote.status.status).toBe("off_track");
    expect(withNote.note).toBe("Vertraging door een uitgestelde investering");
    // Already off track: a further value needs no note.
    expect((await recordMeasurement({ ctx: analyst(), input: { ...input, periodDate: "2027-03-31", value: 106 }, deps })).status.status).toBe("off_track");
  });

  it("refuses derived indicators, municipality values on province indicators and unknown municipalities", async () => {
    const metrics = new MetricRegistry([{ key: "test.m", module: "test", labelNl: "m", labelEn: "m", unit: "count", perMunicipality: false, valueAt: async () => 1, records: async () => [] }]);
    const derived = await f.createIndicator(database, { kind: "derived", metricKey: "test.m", metrics });
    const input = { periodDate: "2026-12-31", value: 1, municipalityNis: null, source: "", note: "" };
    expect(await failure(recordMeasurement({ ctx: analyst(), input: { ...input, indicatorId: derived.id }, deps }))).toMatchObject({ code: "precondition_failed", details: [{ code: "derived_indicator" }] });
    const province = await f.createIndicator(database);
    expect(await failure(recordMeasurement({ ctx: analyst(), input: { ...input, indicatorId: province.id, municipalityNis: f.GENK }, deps }))).toMatchObject({ code: "validation", details: [{ path: "municipalityNis", code: "not_per_municipality" }] });
    const broken = await f.createIndicator(database, { perMunicipality: true });
    expect(await failure(recordMeasurement({ ctx: analyst(), input: { ...input, indicatorId: broken.id, municipalityNis: "79999" }, deps }))).toMatchObject({ code: "validation", details: [{ path: "municipalityNis", code: "unknown_municipality" }] });
    expect(await failure(recordMeasurement({ ctx: analyst(), input: { ...input, indicatorId: broken.id, municipalityNis: "7101" }, deps }))).toMatchObject({ code: "validation" });
    expect(await failure(recordMeasurement({ ctx: analyst(), input: { ...input, indicatorId: "00000000-0000-4000-8000-00000000dead" }, deps }))).toMatchObject({ code: "not_found" });
    expect(await rowsOf(broken.id)).toBe(0);
  });

  it("refuses roles that may not write, and the public", async () => {
    const ind = await f.createIndicator(database);
    const input = { indicatorId: ind.id, periodDate: "2026-12-31", value: 1, municipalityNis: null, source: "", note: "Eerste meting" };
    for (const role of ["account_manager", "grant_officer", "reviewer", "entrepreneur"] as const) {
      expect((await failure(recordMeasurement({ ctx: as(user([role])), input, deps }))).code).toBe("forbidden");
    }
    expect((await failure(recordMeasurement({ ctx: as({ kind: "public", label: "public" }), input, deps }))).code).toBe("unauthenticated");
    expect((await failure(recordMeasurement({ ctx: as(user(["administrator"])), input, deps }))).code).toBe("ok");
  });
});

describe("province figures from municipal values", () => {
  it("sums municipal values into the province series, unless a province value is recorded", async () => {
    const ind = await f.createIndicator(database, { perMunicipality: true, aggregation: "sum", targetValue: 1000 });
    await f.addMeasurement(database, ind.id, { periodDate: "2026-12-31", municipalityNis: f.GENK, value: 40 });
    await f.addMeasurement(database, ind.id, { periodDate: "2026-12-31", municipalityNis: f.HASSELT, value: 60 });
    expect(await seriesRows(ind.id)).toEqual([{ date: "2026-12-31", value: 100, basis: "sum", municipalities: 2 }]);
    await f.addMeasurement(database, ind.id, { periodDate: "2026-12-31", municipalityNis: f.GENK, value: 50 }); // a correction
    expect(await seriesRows(ind.id)).toMatchObject([{ value: 110, municipalities: 2 }]);
    await f.addMeasurement(database, ind.id, { periodDate: "2026-12-31", value: 120 }); // the province's own figure wins
    expect(await seriesRows(ind.id)).toEqual([{ date: "2026-12-31", value: 120, basis: "province", municipalities: 0 }]);
    const detail = await getIndicator({ ctx: analyst(), input: { id: ind.id }, deps });
    expect(detail.series).toEqual([{ date: "2026-12-31", value: 120 }]);
    expect(detail.municipalities).toHaveLength(38);
    expect(detail.municipalities.find((m) => m.nis === f.GENK)).toMatchObject({ value: 50, periodDate: "2026-12-31", name: "Genk" });
    expect(detail.municipalities.find((m) => m.nis === "73028")).toMatchObject({ value: null, periodDate: null });
  });

  it("keeps the sum exact when municipalities record at the same time", async () => {
    const ind = await f.createIndicator(database, { perMunicipality: true, aggregation: "sum", targetValue: 10 });
    const nis = ["71002", "71004", "71011", "71016", "71017", "71020", "71024", "71034", "71037", "71045"];
    await Promise.all(nis.map((n, i) => f.addMeasurement(database, ind.id, { periodDate: "2026-12-31", municipalityNis: n, value: i + 1 })));
    expect(await seriesRows(ind.id)).toEqual([{ date: "2026-12-31", value: 55, basis: "sum", municipalities: 10 }]);
  });

  it("rebuilds the series after a bulk load that bypassed the verbs (administrators and the system only)", async () => {
    const ind = await f.createIndicator(database, { perMunicipality: true, aggregation: "sum", targetValue: 100 });
    await database.db.insert(measurements).values([
      { indicatorId: ind.id, periodDate: "2026-06-30", municipalityNis: f.GENK, value: 10, origin: "import" },
      { indicatorId: ind.id, periodDate: "2026-06-30", municipalityNis: f.HASSELT, value: 15, origin: "import" },
      { indicatorId: ind.id, periodDate: "2026-12-31", value: 40, origin: "import" },
    ]);
    expect(await seriesRows(ind.id)).toEqual([]);
    expect((await failure(refreshIndicatorSeries({ ctx: analyst() }))).code).toBe("forbidden");
    await refreshIndicatorSeries({ ctx: as(user(["administrator"])), input: { indicatorIds: [ind.id] } });
    expect(await seriesRows(ind.id)).toEqual([
      { date: "2026-06-30", value: 25, basis: "sum", municipalities: 2 },
      { date: "2026-12-31", value: 40, basis: "province", municipalities: 0 },
    ]);
    const [summary] = await listIndicators({ ctx: analyst(), input: { q: ind.code }, deps });
    expect(summary.status).toMatchObject({ status: "on_track", current: 40, currentDate: "2026-12-31" });
    expect(summary.sparkline).toEqual([
      { date: "2026-06-30", value: 25 },
      { date: "2026-12-31", value: 40 },
    ]);
  });

  it("does not sum for aggregation none", async () => {
    const ind = await f.createIndicator(database, { perMunicipality: true, aggregation: "none", unit: "percent" });
    await f.addMeasurement(database, ind.id, { periodDate: "2026-12-31", municipalityNis: f.GENK, value: 7.5 });
    expect(await seriesRows(ind.id)).toEqual([]);
  });
});

describe("a municipality user", () => {
  it("records values for their own municipality only, on indicators broken down per municipality", async () => {
    const ind = await f.createIndicator(database, { perMunicipality: true });
    const province = await f.createIndicator(database);
    const input = { periodDate: "2026-12-31", value: 5, source: "", note: "Telling van de gemeente" };
    const own = await recordMeasurement({ ctx: genk(), input: { ...input, indicatorId: ind.id, municipalityNis: f.GENK }, deps });
    expect(own.municipalityNis).toBe(f.GENK);
    expect((await failure(recordMeasurement({ ctx: genk(), input: { ...input, indicatorId: ind.id, municipalityNis: f.HASSELT }, deps }))).code).toBe("forbidden");
    expect((await failure(recordMeasurement({ ctx: genk(), input: { ...input, indicatorId: ind.id, municipalityNis: null }, deps }))).code).toBe("forbidden");
    expect((await failure(recordMeasurement({ ctx: genk(), input: { ...input, indicatorId: province.id, municipalityNis: f.GENK }, deps }))).code).toBe("forbidden");
    expect(Number((await database.db.select({ n: count() }).from(measurements).where(and(eq(measurements.indicatorId, ind.id), isNull(measurements.supersededAt))))[0].n)).toBe(1);
  });

  it("sees the province rows and their own municipality's, nothing else", async () => {
    const ind = await f.createIndicator(database, { perMunicipality: true });
    await f.addMeasurement(database, ind.id, { periodDate: "2026-12-31", value: 100 });
    const genkRow = await f.addMeasurement(database, ind.id, { periodDate: "2026-12-31", municipalityNis: f.GENK, value: 30 });
    const hasseltRow = await f.addMeasurement(database, ind.id, { periodDate: "2026-12-31", municipalityNis: f.HASSELT, value: 70 });
    const seen = await listMeasurements({ ctx: genk(), input: { indicatorId: ind.id, includeSuperseded: true } });
    expect(seen.map((m) => m.municipalityNis).sort()).toEqual([f.GENK, null].sort());
    expect((await failure(listMeasurements({ ctx: genk(), input: { indicatorId: ind.id, municipality: f.HASSELT } }))).code).toBe("forbidden");
    expect((await listMeasurements({ ctx: genk(), input: { indicatorId: ind.id, municipality: f.GENK } })).map((m) => m.id)).toEqual([genkRow.id]);
    const detail = await getIndicator({ ctx: genk(), input: { id: ind.id }, deps });
    expect(detail.municipalities.map((m) => m.nis)).toEqual([f.GENK]);
    expect(detail.status.current).toBe(100); // province-level figures are fine
    // Correcting another municipality's value: not found (outside their rows).
    expect((await failure(correctMeasurement({ ctx: genk(), input: { id: hasseltRow.id, value: 1, note: "x" }, deps }))).code).toBe("not_found");
    expect((await correctMeasurement({ ctx: genk(), input: { id: genkRow.id, value: 31, note: "Telfout" }, deps })).value).toBe(31);
  });
});

describe("corrections", () => {
  it("supersede the row, keep the history, carry a note and are audited", async () => {
    const ind = await f.createIndicator(database);
    const m = await f.addMeasurement(database, ind.id, { periodDate: "2026-12-31", value: 40, source: "Statbel" });
    expect((await failure(correctMeasurement({ ctx: analyst(), input: { id: m.id, value: 41, note: "" }, deps }))).code).toBe("validation");
    const fixed = await correctMeasurement({ ctx: analyst(), input: { id: m.id, value: 42, note: "Tikfout" }, deps });
    expect(fixed).toMatchObject({ value: 42, note: "Tikfout", source: "Statbel", periodDate: "2026-12-31" });
    expect(fixed.status.current).toBe(42);
    const history = await listMeasurements({ ctx: analyst(), input: { indicatorId: ind.id, includeSuperseded: true } });
    expect(history.map((h) => [h.value, h.supersededBy])).toEqual([
      [42, null],
      [40, fixed.id],
    ]);
    expect((await failure(correctMeasurement({ ctx: analyst(), input: { id: m.id, value: 43, note: "Nog eens" }, deps }))).code).toBe("conflict");
    expect((await failure(correctMeasurement({ ctx: as(user(["account_manager"])), input: { id: fixed.id, value: 43, note: "x" }, deps }))).code).toBe("forbidden");
    const [audit] = await database.db.select().from(auditLog).where(and(eq(auditLog.action, "measurement.correct"), eq(auditLog.entityId, fixed.id)));
    expect(audit.before).toMatchObject({ id: m.id, value: 40 });
    expect(audit.after).toMatchObject({ value: 42, note: "Tikfout" });
  });
});
