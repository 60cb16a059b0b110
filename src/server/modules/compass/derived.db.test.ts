import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { and, count, eq } from "drizzle-orm";
import type { DrilldownRecord } from "../../../contracts/compass.js";
import { createTestApp, type TestApp } from "../../../../test/harness.js";
import { testConfig } from "../../config.js";
import { auditLog } from "../../db/schema/audit.js";
import { measurements } from "../../db/schema/compass.js";
import { makeCtx, systemActor } from "../../platform/context.js";
import { MetricRegistry, type MetricDefinition } from "../../platform/metrics.js";
import * as f from "../../../../seed/factories/compass.js";
import { as, createUser, loginAs, type SignedIn } from "../../../../seed/factories/identity.js";
import { snapshotDerivedIndicators, startCompassJobs } from "./index.js";

/** An instrument's records, as a test metric sees them: SMEs that put AI to use, with their municipality. */
const records: DrilldownRecord[] = [
  { id: "r1", label: "Bakkerij Peeters", entity: "trajectory", municipalityNis: f.GENK, date: "2026-05-01", amount: null, href: "/app/support/r1" },
  { id: "r2", label: "Metaal Janssens", entity: "trajectory", municipalityNis: f.HASSELT, date: "2026-09-15", amount: null, href: null },
];
const upTo = (at: { date: string; municipalityNis?: string }) =>
  records.filter((r) => (r.date ?? "") <= at.date && (!at.municipalityNis || r.municipalityNis === at.municipalityNis));
const metric: MetricDefinition = {
  key: "test.smes_with_ai",
  module: "support",
  labelNl: "KMO's met AI in gebruik",
  labelEn: "SMEs with AI in use",
  unit: "companies",
  perMunicipality: true,
  valueAt: async (_ctx, at) => upTo(at).length,
  valuesByMunicipality: async (_ctx, at) => {
    const out = new Map<string, number>();
    for (const r of upTo(at)) if (r.municipalityNis) out.set(r.municipalityNis, (out.get(r.municipalityNis) ?? 0) + 1);
    return out;
  },
  records: async (_ctx, at) => upTo(at),
};

let now = new Date("2027-06-30T10:00:00Z");
const clock = () => now;
let t: TestApp;
let analyst: SignedIn;
let genk: SignedIn;
let ind: Awaited<ReturnType<typeof f.createIndicator>>;
const deps = () => ({ metrics: new MetricRegistry([metric]), now: clock });

beforeAll(async () => {
  t = await createTestApp({ now: clock, extraMetrics: [metric] });
  await f.ensureMunicipalities(t.database);
  const a = await createUser(t.database, { roles: ["policy_analyst"] });
  const g = await createUser(t.database, { roles: ["municipality"], scopes: [{ kind: "municipality", ref: f.GENK }] });
  analyst = await loginAs(t.app, a.email, a.password);
  genk = await loginAs(t.app, g.email, g.password);
  ind = await f.createIndicator(t.database, {
    code: "derived.smes_ai",
    kind: "derived",
    metricKey: metric.key,
    perMunicipality: true,
    unit: "companies",
    targetValue: 250,
    metrics: new MetricRegistry([metric]),
    published: true,
  });
});
afterAll(async () => t.close());

const get = (url: string, who: SignedIn | null = analyst) => t.app.inject({ method: "GET", url, headers: who ? as(who) : {} });
const snapshot = () => snapshotDerivedIndicators({ ctx: makeCtx({ actor: systemActor("test"), db: t.database.db }), deps: deps() });

describe("a derived indicator", () => {
  it("reads its value live from the metric and moves when the records change", async () => {
    const before = (await get(`/api/compass/indicators/${ind.id}`)).json();
    expect(before.status.current).toBe(2);
    expect(before.series.at(-1)).toEqual({ date: "2027-06-30", value: 2 });
    expect(before.municipalities.find((m: { nis: string }) => m.nis === f.GENK)).toMatchObject({ value: 1, periodDate: "2027-06-30" });
    expect(before.municipalities.find((m: { nis: string }) => m.nis === "73028")).toMatchObject({ value: 0 });

    records.push({ id: "r3", label: "Drukkerij Claes", entity: "trajectory", municipalityNis: f.GENK, date: "2027-06-01", amount: null, href: null });
    const after = (await get(`/api/compass/indicators?q=derived.smes_ai`)).json();
    expect(after[0].status.current).toBe(3);
    const publicView = (await get(`/api/public/indicators/${ind.id}`, null)).json();
    expect(publicView.status.current).toBe(3);
  });

  it("lists the records behind the value, scoped for a municipality user", async () => {
    const all = (await get(`/api/compass/indicators/${ind.id}/drilldown`)).json();
    expect(all.map((r: DrilldownRecord) => r.id)).toEqual(["r1", "r2", "r3"]);
    expect((await get(`/api/compass/indicators/${ind.id}/drilldown?date=2026-12-31`)).json().map((r: DrilldownRecord) => r.id)).toEqual(["r1", "r2"]);
    expect((await get(`/api/compass/indicators/${ind.id}/drilldown?municipality=${f.HASSELT}`)).json().map((r: DrilldownRecord) => r.id)).toEqual(["r2"]);
    const own = await get(`/api/compass/indicators/${ind.id}/drilldown`, genk);
    expect(own.json().map((r: DrilldownRecord) => r.id)).toEqual(["r1", "r3"]);
    expect((await get(`/api/compass/indicators/${ind.id}/drilldown?municipality=${f.HASSELT}`, genk)).statusCode).toBe(403);
    expect((await get(`/api/compass/indicators/${ind.id}/drilldown`, null)).statusCode).toBe(401);
  });

  it("refuses values entered by hand", async () => {
    const res = await t.app.inject({ method: "POST", url: `/api/compass/indicators/${ind.id}/measurements`, payload: { periodDate: "2027-06-30", value: 9, note: "x" }, headers: as(analyst) });
    expect(res.statusCode).toBe(412);
    expect(res.json().error.details[0].code).toBe("derived_indicator");
  });
});

describe("snapshots", () => {
  const snapshotRows = async () =>
    t.database.db.select().from(measurements).where(and(eq(measurements.indicatorId, ind.id), eq(measurements.origin, "snapshot"))).orderBy(measurements.enteredAt);

  it("write today's value once a day (province and per municipality), superseding when it changed", async () => {
    const first = await snapshot();
    expect(first).toMatchObject({ date: "2027-06-30", indicators: 1, written: 3, failed: [] }); // province, Genk, Hasselt
    const rows = await snapshotRows();
    expect(rows.map((r) => [r.municipalityNis, r.value]).sort()).toEqual([
      [f.GENK, 2],
      [f.HASSELT, 1],
      [null, 3],
    ].sort());
    expect(rows.every((r) => r.periodDate === "2027-06-30" && r.enteredBy === null)).toBe(true);

    expect(await snapshot()).toMatchObject({ written: 0, unchanged: 3 });
    expect(await snapshotRows()).toHaveLength(3);

    records.push({ id: "r4", label: "Brouwerij Martens", entity: "trajectory", municipalityNis: f.HASSELT, date: "2027-06-20", amount: null, href: null });
    expect(await snapshot()).toMatchObject({ written: 2, unchanged: 1 });
    const history = await snapshotRows();
    expect(history).toHaveLength(5);
    expect(history.filter((r) => r.supersededAt !== null).map((r) => [r.municipalityNis, r.value]).sort()).toEqual([[f.HASSELT, 1], [null, 3]].sort());
    const audits = await t.database.db.select({ n: count() }).from(auditLog).where(and(eq(auditLog.action, "indicator.snapshot"), eq(auditLog.entityId, ind.id)));
    expect(audits[0].n).toBe(2);
  });

  it("give the series its history, with the live value last", async () => {
    now = new Date("2027-07-31T10:00:00Z");
    const a = await createUser(t.database, { roles: ["policy_analyst"] });
    analyst = await loginAs(t.app, a.email, a.password); // a month later: a new session
    await snapshot();
    records.push({ id: "r5", label: "Garage Wouters", entity: "trajectory", municipalityNis: f.GENK, date: "2027-07-31", amount: null, href: null });
    const detail = (await get(`/api/compass/indicators/${ind.id}`)).json();
    expect(detail.series).toEqual([
      { date: "2027-06-30", value: 4 },
      { date: "2027-07-31", value: 5 },
    ]);
    const list = (await get(`/api/compass/indicators/${ind.id}/measurements`)).json();
    expect(list.every((m: { origin: string }) => m.origin === "snapshot")).toBe(true);
  });

  it("run on the configured interval and stop cleanly", async () => {
    expect(typeof startCompassJobs({ config: testConfig({ snapshotIntervalMinutes: 0 }), database: t.database, ...deps() })).toBe("function");
    now = new Date("2027-08-31T10:00:00Z");
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    try {
      const stop = startCompassJobs({ config: testConfig({ snapshotIntervalMinutes: 5 }), database: t.database, ...deps() });
      vi.advanceTimersByTime(5 * 60_000);
      await stop();
    } finally {
      vi.useRealTimers();
    }
    const rows = await t.database.db.select().from(measurements).where(and(eq(measurements.indicatorId, ind.id), eq(measurements.periodDate, "2027-08-31")));
    expect(rows.length).toBeGreaterThan(0);
  });
});
