import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { createTestApp, type TestApp } from "../../../../test/harness.js";
import type { Role } from "../../../contracts/identity.js";
import type { CampaignView, RetailCoreDetail, RetailCoreView, RetailPremisesView } from "../../../contracts/space-demand.js";
import * as f from "../../../../seed/factories/compass.js";
import { as, createUser, loginAs, type SignedIn } from "../../../../seed/factories/identity.js";
import { makeCtx, systemActor } from "../../platform/context.js";
import { retailVacancyRate } from "./retail-metrics.js";

/*
 * Retail cores over HTTP: a municipality keeps its own cores, premises change status with history, the vacancy
 * rate and its trend follow the history, campaigns list their merchants, and the compass metric per municipality
 * drills down to the vacant premises.
 */
type Who = Role | "other_municipality" | "public";
const now = () => new Date("2026-11-15T12:00:00Z");
let t: TestApp;
const sessions = {} as Record<Exclude<Who, "public">, SignedIn>;
let core: RetailCoreView;
const premises: RetailPremisesView[] = [];

const call = (method: "GET" | "POST" | "PUT" | "DELETE", url: string, who: Who, payload?: object) =>
  t.app.inject({ method, url, headers: who === "public" ? {} : as(sessions[who]), ...(payload ? { payload } : {}) });
const count = async (table: string) => Number(((await t.database.db.execute(sql.raw(`select count(*)::int as n from ${table}`))) as unknown as { rows: { n: number }[] }).rows[0].n);

beforeAll(async () => {
  t = await createTestApp({ now });
  await f.ensureMunicipalities(t.database);
  const users: [Exclude<Who, "public">, Role, string | null][] = [
    ["administrator", "administrator", null], ["account_manager", "account_manager", null], ["policy_analyst", "policy_analyst", null],
    ["grant_officer", "grant_officer", null], ["reviewer", "reviewer", null], ["entrepreneur", "entrepreneur", null],
    ["municipality", "municipality", f.GENK], ["other_municipality", "municipality", f.HASSELT],
  ];
  for (const [who, role, nis] of users) {
    const u = await createUser(t.database, { roles: [role], scopes: nis ? [{ kind: "municipality", ref: nis }] : [] });
    sessions[who] = await loginAs(t.app, u.email, u.password);
  }
});
afterAll(async () => t.close());

describe("retail cores", () => {
  it("a municipality user delineates a core of its own municipality, not of another", async () => {
    const before = await count("retail_cores");
    expect((await call("POST", "/api/space/retail/cores", "municipality", { municipalityNis: f.HASSELT, name: "Centrum" })).statusCode).toBe(403);
    expect((await call("POST", "/api/space/retail/cores", "entrepreneur", { municipalityNis: f.GENK, name: "Centrum" })).statusCode).toBe(403);
    expect((await call("POST", "/api/space/retail/cores", "public", { municipalityNis: f.GENK, name: "Centrum" })).statusCode).toBe(401);
    expect((await call("POST", "/api/space/retail/cores", "municipality", { municipalityNis: "21004", name: "Centrum" })).statusCode).toBe(400);
    const selfIntersecting = { type: "Polygon", coordinates: [[[5.49, 50.96], [5.51, 50.97], [5.51, 50.96], [5.49, 50.97], [5.49, 50.96]]] };
    const bad = await call("POST", "/api/space/retail/cores", "municipality", { municipalityNis: f.GENK, name: "Centrum", contour: selfIntersecting });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0]).toMatchObject({ path: "contour", code: "self_intersecting" });
    expect(await count("retail_cores")).toBe(before);
    const contour = { type: "Polygon", coordinates: [[[5.49, 50.96], [5.51, 50.96], [5.51, 50.97], [5.49, 50.97], [5.49, 50.96]]] };
    const res = await call("POST", "/api/space/retail/cores", "municipality", { municipalityNis: f.GENK, name: "Centrum Genk", contour });
    expect(res.statusCode, res.body).toBe(201);
    core = res.json();
    expect(core).toMatchObject({ name: "Centrum Genk", premisesCount: 0, vacancyRate: null });
    expect((await call("POST", "/api/space/retail/cores", "municipality", { municipalityNis: f.GENK, name: "Centrum Genk" })).statusCode).toBe(409);
  });

  it("premises change status with history; the rate and the trend follow", async () => {
    const add = async (address: string, status: "occupied" | "vacant", since: string, sector = "fashion") => {
      const res = await call("POST", `/api/space/retail/cores/${core.id}/premises`, "municipality", { address, status, sector, since, floorAreaM2: 120 });
      expect(res.statusCode, res.body).toBe(201);
      premises.push(res.json());
    };
    await add("Stadsplein 1", "occupied", "2025-01-10");
    await add("Stadsplein 2", "occupied", "2025-01-10", "horeca");
    await add("Stadsplein 3", "vacant", "2025-06-01");
    await add("Stadsplein 4", "occupied", "2026-03-01", "electronics");
    expect((await call("POST", `/api/space/retail/cores/${core.id}/premises`, "municipality", { address: "Stadsplein 5", status: "vacant", sector: "food", since: "2027-01-01" })).statusCode).toBe(400);
    const vacated = await call("POST", `/api/space/retail/premises/${premises[0].id}/status`, "municipality", { version: 1, status: "vacant", date: "2026-09-01" });
    expect(vacated.statusCode, vacated.body).toBe(200);
    expect(vacated.json()).toMatchObject({ status: "vacant", vacantSince: "2026-09-01", history: [{ status: "occupied", date: "2025-01-10" }, { status: "vacant", date: "2026-09-01" }] });
    expect((await call("POST", `/api/space/retail/premises/${premises[0].id}/status`, "municipality", { version: 1, status: "occupied", date: "2026-10-01" })).statusCode).toBe(409);
    expect((await call("POST", `/api/space/retail/premises/${premises[0].id}/status`, "municipality", { version: 2, status: "occupied", date: "2026-08-01" })).statusCode).toBe(412);
    expect((await call("POST", `/api/space/retail/premises/${premises[0].id}/status`, "other_municipality", { version: 2, status: "occupied", date: "2026-10-01" })).statusCode).toBe(404);

    const detail = (await call("GET", `/api/space/retail/cores/${core.id}`, "municipality")).json() as RetailCoreDetail;
    expect(detail.core).toMatchObject({ premisesCount: 4, vacantCount: 2, vacancyRate: 0.5 });
    expect(detail.trend).toHaveLength(25);
    const at = (date: string) => detail.trend.find((p) => p.date === date);
    expect(at("2024-12-31")).toMatchObject({ premises: 0, rate: null });
    expect(at("2025-06-30")).toMatchObject({ premises: 3, vacant: 1 });
    expect(at("2026-08-31")).toMatchObject({ premises: 4, vacant: 1, rate: 0.25 });
    expect(at("2026-11-15")).toMatchObject({ premises: 4, vacant: 2, rate: 0.5 });
  });

  it("reading: staff and the own municipality; another municipality not found, entrepreneurs and reviewers forbidden, the public unauthenticated", async () => {
    const got: Record<string, number> = {};
    for (const who of ["administrator", "account_manager", "policy_analyst", "grant_officer", "municipality", "other_municipality", "entrepreneur", "reviewer", "public"] as Who[]) {
      got[who] = (await call("GET", `/api/space/retail/cores/${core.id}`, who)).statusCode;
    }
    expect(got).toEqual({ administrator: 200, account_manager: 200, policy_analyst: 200, grant_officer: 200, municipality: 200, other_municipality: 404, entrepreneur: 403, reviewer: 403, public: 401 });
    expect(((await call("GET", "/api/space/retail/cores", "other_municipality")).json() as unknown[]).length).toBe(0);
    expect(((await call("GET", "/api/space/retail/cores", "policy_analyst")).json() as unknown[]).length).toBe(1);
  });

  it("every list answers per role, and changing a core is for its keepers only", async () => {
    for (const url of ["/api/space/retail/cores", "/api/space/retail/campaigns"]) {
      const got: Record<string, number> = {};
      for (const who of ["administrator", "policy_analyst", "municipality", "other_municipality", "entrepreneur", "reviewer", "public"] as Who[]) got[who] = (await call("GET", url, who)).statusCode;
      expect(got, url).toEqual({ administrator: 200, policy_analyst: 200, municipality: 200, other_municipality: 200, entrepreneur: 403, reviewer: 403, public: 401 });
    }
    const body = { version: core.version, name: "Centrum Genk", description: "Afgebakend in 2026" };
    expect((await call("PUT", `/api/space/retail/cores/${core.id}`, "other_municipality", body)).statusCode).toBe(404);
    expect((await call("PUT", `/api/space/retail/cores/${core.id}`, "policy_analyst", body)).statusCode).toBe(403);
    expect((await call("PUT", `/api/space/retail/cores/${core.id}`, "municipality", { ...body, name: "" })).statusCode).toBe(400);
    const ok = await call("PUT", `/api/space/retail/cores/${core.id}`, "municipality", body);
    expect(ok.statusCode, ok.body).toBe(200);
    core = ok.json();
    expect(core).toMatchObject({ description: "Afgebakend in 2026", version: 2 });
    expect((await call("DELETE", `/api/space/retail/cores/${core.id}?version=2`, "other_municipality")).statusCode).toBe(404);
  });

  it("campaigns with their merchants; a core with premises is not deleted", async () => {
    const res = await call("POST", "/api/space/retail/campaigns", "municipality", { name: "Maand van de Markt 2026", kind: "month_of_the_market", municipalityNis: f.GENK, startsOn: "2026-06-01", endsOn: "2026-06-30" });
    expect(res.statusCode, res.body).toBe(201);
    const campaign = res.json() as CampaignView;
    expect((await call("POST", "/api/space/retail/campaigns", "municipality", { name: "Ik koop lokaal", kind: "buy_local", municipalityNis: null, startsOn: "2026-12-01", endsOn: "2026-12-31" })).statusCode).toBe(403);
    expect((await call("POST", "/api/space/retail/campaigns", "municipality", { name: "Omgekeerd", kind: "other", municipalityNis: f.GENK, startsOn: "2026-12-01", endsOn: "2026-11-01" })).statusCode).toBe(400);
    const joined = await call("POST", `/api/space/retail/campaigns/${campaign.id}/merchants`, "municipality", { merchantName: "Bakkerij Peeters", premisesId: premises[1].id });
    expect(joined.statusCode, joined.body).toBe(201);
    expect(joined.json().merchants).toEqual([expect.objectContaining({ merchantName: "Bakkerij Peeters", address: "Stadsplein 2" })]);
    expect((await call("POST", `/api/space/retail/campaigns/${campaign.id}/merchants`, "municipality", { merchantName: "bakkerij peeters" })).statusCode).toBe(409);
    expect((await call("POST", `/api/space/retail/campaigns/${campaign.id}/merchants`, "other_municipality", { merchantName: "Slager" })).statusCode).toBe(404);
    const detail = (await call("GET", `/api/space/retail/cores/${core.id}`, "administrator")).json() as RetailCoreDetail;
    expect(detail.campaigns.map((c) => c.name)).toEqual(["Maand van de Markt 2026"]);
    expect((await call("DELETE", `/api/space/retail/cores/${core.id}?version=${core.version}`, "municipality")).statusCode).toBe(412);
  });

  it("the compass metric: vacancy per municipality at a date, drilling down to the vacant premises", async () => {
    const ctx = makeCtx({ actor: systemActor("test"), db: t.database.db });
    expect(await retailVacancyRate.valueAt(ctx, { date: "2026-11-15", municipalityNis: f.GENK })).toBe(50);
    expect(await retailVacancyRate.valueAt(ctx, { date: "2026-08-31" })).toBe(25);
    expect(await retailVacancyRate.valueAt(ctx, { date: "2026-11-15", municipalityNis: f.HASSELT })).toBe(0);
    expect([...(await retailVacancyRate.valuesByMunicipality!(ctx, { date: "2026-11-15" }))]).toEqual([[f.GENK, 50]]);
    const records = await retailVacancyRate.records(ctx, { date: "2026-11-15" });
    expect(records.map((r) => [r.label, r.date])).toEqual([["Stadsplein 1 (Centrum Genk)", "2026-09-01"], ["Stadsplein 3 (Centrum Genk)", "2025-06-01"]]);
    expect(records[0].href).toBe(`/app/ruimte/kernen/${core.id}`);
    const audit = await count("audit_log where action like 'retail_%'");
    expect(audit).toBe(1 + 4 + 1 + 1 + 1 + 1);
  });
});
