import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DrilldownRecord } from "../../../contracts/compass.js";
import { createTestApp, type TestApp } from "../../../../test/harness.js";
import { instrumentMetrics } from "../../app.js";
import { makeCtx, systemActor } from "../../platform/context.js";
import { MetricRegistry } from "../../platform/metrics.js";
import * as f from "../../../../seed/factories/compass.js";
import { as, createUser, loginAs, type SignedIn } from "../../../../seed/factories/identity.js";
import { createOrganisation } from "../../../../seed/factories/organisations.js";
import { createTrajectory, ensureProgrammes } from "../../../../seed/factories/support.js";
import { supportMetrics } from "./index.js";

const M = 1_000_000;
const now = () => new Date("2026-11-15T12:00:00Z");
let t: TestApp;
let am: SignedIn;
let genkUser: SignedIn;
const org = {} as Record<"bakery" | "foundry" | "giant" | "lab" | "unknown", string>;
const ind = {} as Record<"ai" | "jobs" | "supported", string>;
const metric = (key: string) => supportMetrics().find((m) => m.key === key)!;
const sys = () => makeCtx({ actor: systemActor("test"), db: t.database.db });

beforeAll(async () => {
  t = await createTestApp({ now });
  await f.ensureMunicipalities(t.database);
  await ensureProgrammes(t.database);
  const db = t.database;
  org.bakery = (await createOrganisation(db, { name: "Bakkerij Vreven", municipalityNis: f.GENK, headcount: 12, turnoverEur: 2 * M, balanceSheetEur: 1 * M, figuresYear: 2025 })).id;
  org.foundry = (await createOrganisation(db, { name: "Gieterij Maasland", municipalityNis: f.HASSELT, headcount: 140, turnoverEur: 30 * M, balanceSheetEur: 20 * M, figuresYear: 2025 })).id;
  org.giant = (await createOrganisation(db, { name: "Limburg Chemicals Group", municipalityNis: f.GENK, headcount: 2400, turnoverEur: 900 * M, balanceSheetEur: 700 * M, figuresYear: 2025 })).id;
  org.lab = (await createOrganisation(db, { name: "Kennislab Diepenbeek", kind: "knowledge_institution", municipalityNis: "71011" })).id;
  org.unknown = (await createOrganisation(db, { name: "Nog Onbekend BV", municipalityNis: f.GENK })).id;
  const registry = new MetricRegistry(instrumentMetrics());
  ind.ai = (await f.createIndicator(db, { code: "ai.smes_supported", unit: "companies", kind: "derived", metricKey: "support.smes_with_ai_in_use", perMunicipality: true, targetValue: 250, metrics: registry })).id;
  ind.jobs = (await f.createIndicator(db, { code: "jobs.high_skilled_additional", unit: "jobs", kind: "derived", metricKey: "support.high_skilled_jobs_created", perMunicipality: true, targetValue: 2500, metrics: registry })).id;
  ind.supported = (await f.createIndicator(db, { code: "support.cobot", kind: "derived", metricKey: "support.organisations_supported.cobot_centre", perMunicipality: true, metrics: registry })).id;
  const a = await createUser(db, { roles: ["account_manager"] });
  am = await loginAs(t.app, a.email, a.password);
  const g = await createUser(db, { roles: ["municipality"], scopes: [{ kind: "municipality", ref: f.GENK }] });
  genkUser = await loginAs(t.app, g.email, g.password);
});
afterAll(async () => t.close());

const get = (url: string, who: SignedIn = am) => t.app.inject({ method: "GET", url, headers: as(who) });
const post = (url: string, payload: object) => t.app.inject({ method: "POST", url, payload, headers: as(am) });
const current = async (id: string) => (await get(`/api/compass/indicators/${id}`)).json().status.current as number;
const drill = async (id: string, query = "", who: SignedIn = am) => (await get(`/api/compass/indicators/${id}/drilldown${query}`, who)).json() as DrilldownRecord[];

async function openAiSpace(organisationId: string): Promise<string> {
  const res = await post("/api/support/trajectories", { programmeCode: "ai_space", organisationId, startDate: "2026-01-05" });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}
const move = async (id: string, stageCode: string, date?: string) => {
  const res = await post(`/api/support/trajectories/${id}/stage`, date ? { stageCode, date } : { stageCode });
  expect(res.statusCode, res.body).toBe(200);
};

describe("support.smes_with_ai_in_use behind ai.smes_supported", () => {
  let bakeryTrajectory: string;

  it("rises by one the moment an SME's AI Space trajectory reaches AI in use, with the company in the drill-down", async () => {
    expect(await current(ind.ai)).toBe(0);
    bakeryTrajectory = await openAiSpace(org.bakery);
    await move(bakeryTrajectory, "proof_of_concept", "2026-03-01");
    expect(await current(ind.ai)).toBe(0);
    await move(bakeryTrajectory, "ai_in_use", "2026-09-01");
    expect(await current(ind.ai)).toBe(1);
    expect(await drill(ind.ai)).toEqual([
      { id: org.bakery, label: "Bakkerij Vreven", entity: "organisation", municipalityNis: f.GENK, date: "2026-09-01", amount: null, href: `/app/organisaties/${org.bakery}` },
    ]);
    const detail = (await get(`/api/compass/indicators/${ind.ai}`)).json();
    expect(detail.municipalities.find((m: { nis: string }) => m.nis === f.GENK)).toMatchObject({ value: 1 });
    expect(detail.municipalities.find((m: { nis: string }) => m.nis === f.HASSELT)).toMatchObject({ value: 0 });
    expect((await drill(ind.ai, "", genkUser)).map((r) => r.id)).toEqual([org.bakery]);
  });

  it("counts from the date the stage was reached", async () => {
    const m = metric("support.smes_with_ai_in_use");
    expect(await m.valueAt(sys(), { date: "2026-08-31" })).toBe(0);
    expect(await m.valueAt(sys(), { date: "2026-09-01" })).toBe(1);
    expect(await m.valueAt(sys(), { date: "2026-09-01", municipalityNis: f.HASSELT })).toBe(0);
    expect((await drill(ind.ai, "?date=2026-08-31"))).toEqual([]);
  });

  it("drops again when the trajectory moves back, from the date of that move", async () => {
    await move(bakeryTrajectory, "implementation", "2026-10-01");
    expect(await current(ind.ai)).toBe(0);
    expect(await drill(ind.ai)).toEqual([]);
    const m = metric("support.smes_with_ai_in_use");
    expect(await m.valueAt(sys(), { date: "2026-09-15" })).toBe(1);
    await move(bakeryTrajectory, "ai_in_use");
    expect(await current(ind.ai)).toBe(1);
    expect((await drill(ind.ai))[0].date).toBe("2026-11-15");
  });

  it("does not count large companies or organisations whose size is unknown", async () => {
    for (const id of [org.giant, org.unknown]) {
      const trajectory = await openAiSpace(id);
      await move(trajectory, "ai_in_use");
    }
    expect(await current(ind.ai)).toBe(1);
  });

  it("counts a company with two AI Space trajectories once", async () => {
    expect((await post(`/api/support/trajectories/${bakeryTrajectory}/close`, { status: "closed", reason: "AI in gebruik" })).statusCode).toBe(200);
    const second = await openAiSpace(org.bakery);
    await move(second, "ai_in_use");
    expect(await current(ind.ai)).toBe(1);
    expect((await drill(ind.ai)).map((r) => r.id)).toEqual([org.bakery]);

    const foundry = await openAiSpace(org.foundry);
    await move(foundry, "ai_in_use");
    expect(await current(ind.ai)).toBe(2);
    expect((await drill(ind.ai, `?municipality=${f.HASSELT}`)).map((r) => r.label)).toEqual(["Gieterij Maasland"]);
  });

  it("counts AI Space trajectories only", async () => {
    const cobot = await createTrajectory(t.database, { organisationId: org.unknown, programmeCode: "cobot_centre", startDate: "2026-02-01", moves: [{ stageCode: "in_production" }], now });
    expect(cobot.stage.code).toBe("in_production");
    expect(await current(ind.ai)).toBe(2);
  });
});

describe("support.high_skilled_jobs_created behind jobs.high_skilled_additional", () => {
  it("sums the high-skilled jobs recorded up to the date, per organisation and municipality", async () => {
    expect(await current(ind.jobs)).toBe(0);
    const fdi = await createTrajectory(t.database, { organisationId: org.giant, programmeCode: "foreign_investment", startDate: "2026-01-10", now });
    const health = await createTrajectory(t.database, { organisationId: org.lab, programmeCode: "digital_health_hub", startDate: "2026-02-10", now });
    const record = async (id: string, date: string, values: object) =>
      expect((await post(`/api/support/trajectories/${id}/outcomes`, { date, values })).statusCode).toBe(201);
    await record(fdi.id, "2026-05-01", { jobs_created: 60, high_skilled_jobs: 35, investment_eur: 20 * M });
    expect(await current(ind.jobs)).toBe(35);
    await record(fdi.id, "2026-10-01", { high_skilled_jobs: 15 });
    await record(health.id, "2026-06-15", { jobs_created: 4, high_skilled_jobs: 4 });
    await record(health.id, "2026-07-01", { jobs_created: 3 });
    expect(await current(ind.jobs)).toBe(54);
    expect(await drill(ind.jobs)).toEqual([
      { id: org.lab, label: "Kennislab Diepenbeek", entity: "organisation", municipalityNis: "71011", date: "2026-06-15", amount: 4, href: `/app/organisaties/${org.lab}` },
      { id: org.giant, label: "Limburg Chemicals Group", entity: "organisation", municipalityNis: f.GENK, date: "2026-10-01", amount: 50, href: `/app/organisaties/${org.giant}` },
    ]);
    const m = metric("support.high_skilled_jobs_created");
    expect(await m.valueAt(sys(), { date: "2026-09-30" })).toBe(39);
    expect(await m.valueAt(sys(), { date: "2026-11-15", municipalityNis: f.GENK })).toBe(50);
    expect(Object.fromEntries(await m.valuesByMunicipality!(sys(), { date: "2026-11-15" }))).toEqual({ [f.GENK]: 50, "71011": 4 });
  });
});

describe("support.organisations_supported.<programme>", () => {
  it("gives one metric per programme, counting organisations with a trajectory opened up to the date", async () => {
    expect(supportMetrics().map((m) => m.key).filter((k) => k.startsWith("support.organisations_supported.")).sort()).toEqual([
      "support.organisations_supported.ai_space", "support.organisations_supported.big_science_hub", "support.organisations_supported.cobot_centre",
      "support.organisations_supported.digital_health_hub", "support.organisations_supported.europe_direct",
      "support.organisations_supported.foreign_investment", "support.organisations_supported.investor_network",
    ]);
    const ai = metric("support.organisations_supported.ai_space");
    expect(await ai.valueAt(sys(), { date: "2026-11-15" })).toBe(4); // bakery (twice), giant, unknown, foundry
    expect(await ai.valueAt(sys(), { date: "2026-01-04" })).toBe(0);
    expect(await current(ind.supported)).toBe(1);
    expect((await drill(ind.supported)).map((r) => [r.label, r.date])).toEqual([["Nog Onbekend BV", "2026-02-01"]]);
  });

  it("are all listed for binding, per municipality", async () => {
    const res = await get("/api/compass/metrics");
    expect(res.statusCode).toBe(200);
    const keys = (res.json() as { key: string; module: string; perMunicipality: boolean }[]).filter((m) => m.module === "support");
    expect(keys).toHaveLength(9);
    expect(keys.every((m) => m.perMunicipality)).toBe(true);
  });
});
