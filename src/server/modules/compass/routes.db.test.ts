import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count } from "drizzle-orm";
import { createTestApp, type TestApp } from "../../../../test/harness.js";
import { auditLog } from "../../db/schema/audit.js";
import { goals, indicators, measurements } from "../../db/schema/compass.js";
import { MetricRegistry } from "../../platform/metrics.js";
import * as f from "../../../../seed/factories/compass.js";
import { as, createUser, loginAs, type SignedIn } from "../../../../seed/factories/identity.js";

type Role = (typeof f.COMPASS_ROLES)[number];
let t: TestApp;
const sessions = {} as Record<Role, SignedIn>;
const metrics = new MetricRegistry([
  { key: "test.routes", module: "test", labelNl: "Testmetriek", labelEn: "Test metric", unit: "count", perMunicipality: true, valueAt: async () => 2, records: async () => [] },
]);
let measured: Awaited<ReturnType<typeof f.createIndicator>>;
let derived: Awaited<ReturnType<typeof f.createIndicator>>;
let goal: Awaited<ReturnType<typeof f.createGoal>>;
let seq = 0;

beforeAll(async () => {
  t = await createTestApp({ now: () => new Date("2027-06-30T10:00:00Z"), extraMetrics: metrics.list() });
  await f.ensureMunicipalities(t.database);
  for (const role of f.COMPASS_ROLES) {
    const u = await createUser(t.database, { roles: [role], scopes: role === "municipality" ? [{ kind: "municipality", ref: f.GENK }] : role === "entrepreneur" ? [{ kind: "organisation", ref: "7d3c2a1e-0b9f-4c61-9a52-3f1e2d4c5b6a" }] : [] });
    sessions[role] = await loginAs(t.app, u.email, u.password);
  }
  goal = await f.createGoal(t.database, { code: "R1" });
  measured = await f.createIndicator(t.database, { goalCode: "R1", code: "routes.measured", perMunicipality: true, published: true });
  derived = await f.createIndicator(t.database, { goalCode: "R1", code: "routes.derived", kind: "derived", metricKey: "test.routes", metrics });
  await f.addMeasurement(t.database, measured.id, { periodDate: "2026-12-31", value: 40, note: "Eerste meting" });
});
afterAll(async () => t.close());

const headersFor = (role: Role | "public") => (role === "public" ? {} : as(sessions[role]));
const totals = async () => ({
  goals: Number((await t.database.db.select({ n: count() }).from(goals))[0].n),
  indicators: Number((await t.database.db.select({ n: count() }).from(indicators))[0].n),
  measurements: Number((await t.database.db.select({ n: count() }).from(measurements))[0].n),
  audit: Number((await t.database.db.select({ n: count() }).from(auditLog))[0].n),
});

interface Endpoint {
  name: string;
  method: "GET" | "POST" | "PATCH" | "PUT";
  url: () => string | Promise<string>;
  payload?: () => unknown | Promise<unknown>;
  ok: number;
  allowed: Role[];
}
const READERS: Role[] = ["administrator", "policy_analyst", "account_manager", "grant_officer", "municipality"];
const DEFINERS: Role[] = ["administrator", "policy_analyst"];
const endpoints: Endpoint[] = [
  { name: "list goals", method: "GET", url: () => "/api/compass/goals", ok: 200, allowed: READERS },
  { name: "list indicators", method: "GET", url: () => "/api/compass/indicators?sort=status", ok: 200, allowed: READERS },
  { name: "indicator", method: "GET", url: () => `/api/compass/indicators/${measured.id}`, ok: 200, allowed: READERS },
  { name: "measurements", method: "GET", url: () => `/api/compass/indicators/${measured.id}/measurements?includeSuperseded=true`, ok: 200, allowed: READERS },
  { name: "drilldown", method: "GET", url: () => `/api/compass/indicators/${derived.id}/drilldown`, ok: 200, allowed: READERS },
  { name: "metrics", method: "GET", url: () => "/api/compass/metrics", ok: 200, allowed: READERS },
  { name: "export csv", method: "GET", url: () => "/api/compass/export.csv", ok: 200, allowed: READERS },
  { name: "export xlsx", method: "GET", url: () => "/api/compass/export.xlsx", ok: 200, allowed: READERS },
  { name: "create goal", method: "POST", url: () => "/api/compass/goals", payload: () => ({ kind: "objective", code: `R1.${++seq}`, parentCode: "R1", titleNl: "Doel", titleEn: "Goal", section: "1" }), ok: 201, allowed: DEFINERS },
  { name: "update goal", method: "PATCH", url: () => `/api/compass/goals/${goal.id}`, payload: async () => ({ version: (await t.database.db.query.goals.findFirst({ where: (g, { eq }) => eq(g.id, goal.id) }))!.version, owner: `Eigenaar ${++seq}` }), ok: 200, allowed: DEFINERS },
  { name: "create indicator", method: "POST", url: () => "/api/compass/indicators", payload: () => ({ code: `routes.new_${++seq}`, goalCode: "R1", nameNl: "Nieuw", nameEn: "New", unit: "count", direction: "raise" }), ok: 201, allowed: DEFINERS },
  { name: "update indicator", method: "PATCH", url: () => `/api/compass/indicators/${measured.id}`, payload: async () => ({ version: (await t.database.db.query.indicators.findFirst({ where: (i, { eq }) => eq(i.id, measured.id) }))!.version, owner: `Eigenaar ${++seq}` }), ok: 200, allowed: DEFINERS },
  { name: "record province value", method: "POST", url: () => `/api/compass/indicators/${measured.id}/measurements`, payload: () => ({ periodDate: "2027-03-31", value: 50 + ++seq, note: "Kwartaalcijfer" }), ok: 201, allowed: DEFINERS },
  {
    name: "correct a province value",
    method: "PUT",
    url: async () => {
      const m = await t.database.db.query.measurements.findFirst({ where: (m, { and, eq, isNull }) => and(eq(m.indicatorId, measured.id), isNull(m.municipalityNis), isNull(m.supersededAt), eq(m.periodDate, "2026-12-31")) });
      return `/api/compass/measurements/${m!.id}`;
    },
    payload: () => ({ value: 40 + ++seq, note: "Correctie" }),
    ok: 200,
    allowed: DEFINERS,
  },
];

describe("access per endpoint and role", () => {
  for (const e of endpoints) {
    it(`${e.name}: ${e.allowed.join(", ")} yes; other roles 403; the public 401`, async () => {
      for (const role of [...f.COMPASS_ROLES, "public" as const]) {
        const before = e.method === "GET" ? null : await totals();
        const res = await t.app.inject({ method: e.method, url: await e.url(), payload: (await e.payload?.()) as never, headers: headersFor(role) });
        const expected = role === "public" ? 401 : e.allowed.includes(role as Role) ? e.ok : 403;
        expect(res.statusCode, `${role}: ${res.body.slice(0, 300)}`).toBe(expected);
        if (expected >= 400) {
          expect(res.json().error.code).toBe(expected === 401 ? "unauthenticated" : "forbidden");
          if (before) expect(await totals(), role).toEqual(before);
        }
      }
    });
  }

  it("refuses a mutation without the CSRF token", async () => {
    const before = await totals();
    const res = await t.app.inject({ method: "POST", url: "/api/compass/goals", payload: { kind: "chapter", code: "RX", titleNl: "x", titleEn: "x", section: "9" }, headers: { cookie: sessions.policy_analyst.cookie } });
    expect(res.statusCode).toBe(403);
    expect(await totals()).toEqual(before);
  });
});

describe("answers", () => {
  const analyst = () => headersFor("policy_analyst");

  it("records a value: 201 with the measurement and the status", async () => {
    const res = await t.app.inject({ method: "POST", url: `/api/compass/indicators/${measured.id}/measurements?locale=en`, payload: { periodDate: "2027-06-30", value: 70, source: "Test" }, headers: analyst() });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ measurement: { periodDate: "2027-06-30", value: 70, origin: "manual", enteredBy: expect.stringMatching(/^Test policy_analyst/) }, status: { status: expect.any(String), sentence: expect.any(String) } });
    expect(res.json().status.explanation.key).toMatch(/^status\./);
  });

  it("answers 412 with note_required when a value turns the indicator off track", async () => {
    const ind = await f.createIndicator(t.database, { goalCode: "R1", targetValue: 1000 });
    await f.addMeasurement(t.database, ind.id, { periodDate: "2026-06-30", value: 150 });
    const before = await totals();
    const res = await t.app.inject({ method: "POST", url: `/api/compass/indicators/${ind.id}/measurements`, payload: { periodDate: "2027-06-30", value: 151 }, headers: analyst() });
    expect(res.statusCode).toBe(412);
    expect(res.json().error).toMatchObject({ code: "precondition_failed", details: [{ path: "note", code: "note_required" }] });
    expect(await totals()).toEqual(before);
  });

  it("lets a municipality user record their own municipality's value only", async () => {
    const genk = headersFor("municipality");
    const own = await t.app.inject({ method: "POST", url: `/api/compass/indicators/${measured.id}/measurements`, payload: { periodDate: "2026-12-31", municipalityNis: f.GENK, value: 3, note: "Gemeentelijke telling" }, headers: genk });
    expect(own.statusCode, own.body).toBe(201);
    const other = await t.app.inject({ method: "POST", url: `/api/compass/indicators/${measured.id}/measurements`, payload: { periodDate: "2026-12-31", municipalityNis: f.HASSELT, value: 3, note: "x" }, headers: genk });
    expect(other.statusCode).toBe(403);
    const list = await t.app.inject({ method: "GET", url: `/api/compass/indicators/${measured.id}/measurements?municipality=${f.HASSELT}`, headers: genk });
    expect(list.statusCode).toBe(403);
  });

  it("refuses unknown fields and wrong types with 400 and changes nothing", async () => {
    const before = await totals();
    const cases = [
      { method: "POST" as const, url: "/api/compass/goals", payload: { kind: "chapter", code: "RZ", titleNl: "x", titleEn: "x", section: "1", colour: "red" } },
      { method: "POST" as const, url: "/api/compass/indicators", payload: { code: "routes.bad", goalCode: "R1", nameNl: "x", nameEn: "x", unit: "count", direction: "raise", targetValue: "veel" } },
      { method: "POST" as const, url: "/api/compass/indicators", payload: { code: "routes.bad2", goalCode: "R1", nameNl: "x", nameEn: "x", unit: "count", direction: "raise", kind: "derived", metricKey: "nope.unknown" } },
      { method: "PATCH" as const, url: `/api/compass/indicators/${measured.id}`, payload: { version: 1, hack: true } },
      { method: "POST" as const, url: `/api/compass/indicators/${measured.id}/measurements`, payload: { periodDate: "31-12-2026", value: 1 } },
      { method: "POST" as const, url: `/api/compass/indicators/${measured.id}/measurements`, payload: { periodDate: "2026-12-31", value: "1.840" } },
      { method: "POST" as const, url: `/api/compass/indicators/not-a-uuid/measurements`, payload: { periodDate: "2026-12-31", value: 1 } },
      { method: "GET" as const, url: "/api/compass/indicators?sort=colour" },
      { method: "GET" as const, url: "/api/compass/indicators?unknown=1" },
    ];
    for (const c of cases) {
      const res = await t.app.inject({ ...c, headers: analyst() });
      expect(res.statusCode, `${c.url}: ${res.body}`).toBe(400);
      expect(res.json().error.code).toBe("validation");
      expect(res.json().error.details.length).toBeGreaterThan(0);
    }
    const unknownMetric = await t.app.inject({ method: "POST", url: "/api/compass/indicators", payload: cases[2].payload, headers: analyst() });
    expect(unknownMetric.json().error.details).toEqual([{ path: "metricKey", code: "unknown_metric", message: expect.any(String) }]);
    expect(await totals()).toEqual(before);
  });

  it("changes only the fields a PATCH mentions", async () => {
    const ind = await f.createIndicator(t.database, { goalCode: "R1", published: true, perMunicipality: true, targetValue: 321, sourceNote: "Bron: VDAB" });
    const res = await t.app.inject({ method: "PATCH", url: `/api/compass/indicators/${ind.id}`, payload: { version: 1, owner: "POM" }, headers: analyst() });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ owner: "POM", published: true, perMunicipality: true, targetValue: 321, sourceNote: "Bron: VDAB", version: 2 });
  });

  it("answers 404 for an unknown indicator and 409 for a stale version", async () => {
    expect((await t.app.inject({ method: "GET", url: "/api/compass/indicators/00000000-0000-4000-8000-00000000dead", headers: analyst() })).statusCode).toBe(404);
    const stale = await t.app.inject({ method: "PATCH", url: `/api/compass/goals/${goal.id}`, payload: { version: 1, owner: "x" }, headers: analyst() });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe("conflict");
  });

  it("lists the metric registry and refuses a drill-down of a measured indicator", async () => {
    const list = await t.app.inject({ method: "GET", url: "/api/compass/metrics", headers: analyst() });
    expect(list.json()).toContainEqual({ key: "test.routes", labelNl: "Testmetriek", labelEn: "Test metric", unit: "count", module: "test", perMunicipality: true });
    const res = await t.app.inject({ method: "GET", url: `/api/compass/indicators/${measured.id}/drilldown`, headers: analyst() });
    expect(res.statusCode).toBe(412);
  });

  it("documents every route in the OpenAPI document", async () => {
    const paths = Object.keys((await t.app.inject({ method: "GET", url: "/api/openapi.json" })).json().paths);
    for (const p of [
      "/api/compass/goals", "/api/compass/goals/{id}", "/api/compass/indicators", "/api/compass/indicators/{id}", "/api/compass/indicators/{id}/measurements",
      "/api/compass/measurements/{id}", "/api/compass/indicators/{id}/drilldown", "/api/compass/metrics", "/api/compass/imports", "/api/compass/export.csv",
      "/api/compass/export.xlsx", "/api/public/goals", "/api/public/indicators", "/api/public/indicators/{id}", "/api/public/indicators/{id}/data.csv",
      "/api/public/indicators/{id}/data.json",
    ]) expect(paths, p).toContain(p);
  });
});

describe("public routes", () => {
  it("show published indicators only, without who entered a value, to anyone", async () => {
    const hiddenGoal = await f.createGoal(t.database, { code: "P9" });
    const hidden = await f.createIndicator(t.database, { goalCode: hiddenGoal.code, code: "routes.hidden" });
    const chapter = await f.createGoal(t.database, { code: "P1" });
    const objective = await f.createGoal(t.database, { code: "P1.1", parentCode: "P1" });
    const shown = await f.createIndicator(t.database, { goalCode: objective.code, code: "routes.shown", published: true, perMunicipality: true });
    await f.addMeasurement(t.database, shown.id, { periodDate: "2026-12-31", value: 30, note: "Interne opmerking" });
    await f.addMeasurement(t.database, shown.id, { periodDate: "2026-12-31", municipalityNis: f.GENK, value: 12, note: "Interne opmerking" });

    const goalsRes = await t.app.inject({ method: "GET", url: "/api/public/goals" });
    expect(goalsRes.statusCode).toBe(200);
    const codes = goalsRes.json().map((g: { code: string }) => g.code);
    expect(codes).toEqual(expect.arrayContaining(["P1", "P1.1", "R1"]));
    expect(codes).not.toContain("P9");
    expect(codes.indexOf("P1")).toBeLessThan(codes.indexOf("P1.1"));

    const list = (await t.app.inject({ method: "GET", url: "/api/public/indicators?locale=en" })).json();
    expect(list.map((i: { code: string }) => i.code)).toContain("routes.shown");
    expect(list.map((i: { code: string }) => i.code)).not.toContain("routes.hidden");
    expect(list.every((i: { published: boolean }) => i.published)).toBe(true);

    expect((await t.app.inject({ method: "GET", url: `/api/public/indicators/${hidden.id}` })).statusCode).toBe(404);
    expect((await t.app.inject({ method: "GET", url: `/api/public/indicators/${hidden.id}/data.json` })).statusCode).toBe(404);
    expect((await t.app.inject({ method: "GET", url: `/api/public/indicators/${hidden.id}/data.csv` })).statusCode).toBe(404);
    const detail = await t.app.inject({ method: "GET", url: `/api/public/indicators/${shown.id}` });
    expect(detail.statusCode).toBe(200);
    expect(detail.json().municipalities).toHaveLength(38);

    const json = await t.app.inject({ method: "GET", url: `/api/public/indicators/${shown.id}/data.json` });
    expect(json.json()).toMatchObject({ code: "routes.shown", series: [{ date: "2026-12-31", value: 30 }] });
    expect(json.json().measurements).toEqual([
      { periodDate: "2026-12-31", municipalityNis: null, value: 30, source: "Test" },
      { periodDate: "2026-12-31", municipalityNis: f.GENK, value: 12, source: "Test" },
    ]);
    expect(json.body).not.toMatch(/enteredBy|Interne opmerking|note/);
    const csv = await t.app.inject({ method: "GET", url: `/api/public/indicators/${shown.id}/data.csv` });
    expect(csv.headers["content-type"]).toMatch(/^text\/csv/);
    expect(csv.body.trim().split("\n")).toEqual(["indicator,period,municipality,value,source", "routes.shown,2026-12-31,,30,Test", `routes.shown,2026-12-31,${f.GENK},12,Test`]);
    // The back office is closed to the public.
    expect((await t.app.inject({ method: "GET", url: `/api/compass/indicators/${shown.id}` })).statusCode).toBe(401);
  });
});
