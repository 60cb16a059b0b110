import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { createTestApp, type TestApp } from "../../../../test/harness.js";
import type { DemandDetail, DemandInput } from "../../../contracts/space-demand.js";
import type { Role } from "../../../contracts/identity.js";
import * as f from "../../../../seed/factories/compass.js";
import { as, createUser, loginAs, type SignedIn } from "../../../../seed/factories/identity.js";
import { createOrganisation } from "../../../../seed/factories/organisations.js";
import { setTestParcel, testPark, testParcel } from "./demand-test-supply.js";

/*
 * Space demands over HTTP: posting (the company itself or an account manager on its behalf), ranked
 * suggestions with every criterion and its weight, excluded items with the reason, suggestions following supply
 * changes, mail for new suggestions, introductions up to a deal, and the access matrix.
 */
type Who = Role | "other_entrepreneur" | "other_municipality" | "public";
const now = () => new Date("2026-11-15T12:00:00Z");
let t: TestApp;
const sessions = {} as Record<Exclude<Who, "public">, SignedIn>;
const org = {} as Record<"genk" | "hasselt", string>;
const parcel = {} as Record<"fit" | "wrongZoning" | "later", string>;
let demandId: string;

const n = async (q: string) => Number(((await t.database.db.execute(sql.raw(q))) as unknown as { rows: { n: number }[] }).rows[0].n);
const call = (method: "GET" | "POST" | "PUT", url: string, who: Who, payload?: object) =>
  t.app.inject({ method, url, headers: who === "public" ? {} : as(sessions[who]), ...(payload ? { payload } : {}) });

const demandBody = (over: Partial<DemandInput> = {}): DemandInput => ({
  organisationId: org.genk,
  title: "Nieuwe productiehal voor de freeslijn",
  kind: "land",
  transaction: "buy",
  areaMinM2: 8_000,
  areaMaxM2: 12_000,
  municipalities: [f.GENK],
  maxDistanceKm: { motorway: 5 },
  activity: "25.62",
  budget: { maxPricePerM2Cents: 10_000, maxTotalCents: null },
  wishes: { heatNetwork: true, sharedSolar: false, waterManagement: false, sharedServices: false, parkManagement: false },
  ...over,
});

beforeAll(async () => {
  t = await createTestApp({ now });
  const db = t.database;
  await f.ensureMunicipalities(db);
  org.genk = (await createOrganisation(db, { name: "Genkse Precisiemechaniek", municipalityNis: f.GENK })).id;
  org.hasselt = (await createOrganisation(db, { name: "Hasseltse Softwaregroep", municipalityNis: f.HASSELT })).id;
  const users: [Exclude<Who, "public">, Role, { kind: "organisation" | "municipality"; ref: string }[]][] = [
    ["administrator", "administrator", []],
    ["account_manager", "account_manager", []],
    ["policy_analyst", "policy_analyst", []],
    ["grant_officer", "grant_officer", []],
    ["reviewer", "reviewer", []],
    ["municipality", "municipality", [{ kind: "municipality", ref: f.GENK }]],
    ["other_municipality", "municipality", [{ kind: "municipality", ref: "73042" }]],
    ["entrepreneur", "entrepreneur", [{ kind: "organisation", ref: org.genk }]],
    ["other_entrepreneur", "entrepreneur", [{ kind: "organisation", ref: org.hasselt }]],
  ];
  for (const [who, role, scopes] of users) {
    const u = await createUser(db, { roles: [role], scopes, locale: who === "entrepreneur" ? "en" : "nl-BE" });
    sessions[who] = await loginAs(t.app, u.email, u.password);
  }
  const park = await testPark(db, { municipalityNis: f.GENK, allowedNace: ["C"], name: "Genk Zuid" });
  parcel.fit = await testParcel(db, { parkId: park, municipalityNis: f.GENK, areaM2: 10_000, zoning: "regionaal bedrijventerrein", salePricePerM2Cents: 8_000, confNotes: "Eigenaar wil snel verkopen" });
  parcel.wrongZoning = await testParcel(db, { parkId: park, municipalityNis: f.GENK, areaM2: 9_500, zoning: "logistiek", allowedNace: ["H", "52"], salePricePerM2Cents: 7_000 });
});
afterAll(async () => t.close());

describe("posting a demand and its suggestions", () => {
  it("an entrepreneur posts for its own organisation and sees the parcel ranked with every criterion, and the excluded parcel with its reason", async () => {
    const res = await call("POST", "/api/space/demands", "entrepreneur", demandBody());
    expect(res.statusCode, res.body).toBe(201);
    const detail = res.json() as DemandDetail;
    demandId = detail.demand.id;
    expect(detail.demand.organisationName).toBe("Genkse Precisiemechaniek");
    expect(detail.suggestions.map((s) => s.item.id)).toEqual([parcel.fit]);
    const s = detail.suggestions[0];
    expect(s.rank).toBe(1);
    expect(s.item).toMatchObject({ kind: "parcel", parkName: "Genk Zuid", areaM2: 10_000, availability: "available" });
    expect(s.item).not.toHaveProperty("confNotes");
    expect(JSON.stringify(detail)).not.toContain("Eigenaar wil snel verkopen");
    const byKey = Object.fromEntries(s.criteria.map((c) => [c.criterion, c]));
    expect(byKey.area).toMatchObject({ outcome: "met", weight: 20 });
    expect(byKey.location).toMatchObject({ outcome: "met", weight: 15 });
    expect(byKey.access).toMatchObject({ outcome: "met", weight: 10 });
    expect(byKey.budget).toMatchObject({ outcome: "met", weight: 15 });
    expect(byKey.heat_network).toMatchObject({ outcome: "met", weight: 5 });
    expect(s.score).toBe(100);
    expect(detail.excluded.map((x) => x.item.id)).toEqual([parcel.wrongZoning]);
    expect(detail.excluded[0].exclusions).toEqual([expect.objectContaining({ code: "activity_not_allowed", params: { activity: "25.62", allowed: ["H", "52"] } })]);
  });

  it("the owners are mailed about the new suggestion once, in their language", async () => {
    const mails = (await t.database.db.execute(sql`select "to", subject, language, text from outbox_messages where entity = 'space_demand' and entity_id = ${demandId}`)) as unknown as { rows: { subject: string; language: string; text: string }[] };
    expect(mails.rows).toHaveLength(1);
    expect(mails.rows[0]).toMatchObject({ language: "en", subject: 'New suggestions for your space demand "Nieuwe productiehal voor de freeslijn"' });
    const detail = (await call("GET", `/api/space/demands/${demandId}`, "entrepreneur")).json() as DemandDetail;
    expect(detail.suggestions[0].notifiedAt).not.toBeNull();
  });

  it("a new parcel in supply joins the suggestions and only it is announced; a sold one leaves them", async () => {
    parcel.later = await testParcel(t.database, { municipalityNis: f.GENK, areaM2: 11_000, salePricePerM2Cents: 12_000 });
    let detail = (await call("GET", `/api/space/demands/${demandId}`, "entrepreneur")).json() as DemandDetail;
    expect(detail.suggestions.map((s) => s.item.id)).toEqual([parcel.fit, parcel.later]);
    const later = detail.suggestions[1];
    expect(later.criteria.find((c) => c.criterion === "budget")).toMatchObject({ outcome: "not_met", weight: 15, code: "budget_over" });
    expect(later.criteria.find((c) => c.criterion === "heat_network")).toMatchObject({ outcome: "not_met" });
    expect(await n(`select count(*)::int as n from outbox_messages where entity_id = '${demandId}'`)).toBe(2);
    await setTestParcel(t.database, parcel.later, "not_available");
    detail = (await call("GET", `/api/space/demands/${demandId}`, "entrepreneur")).json() as DemandDetail;
    expect(detail.suggestions.map((s) => s.item.id)).toEqual([parcel.fit]);
    await setTestParcel(t.database, parcel.later, "available");
    detail = (await call("GET", `/api/space/demands/${demandId}`, "entrepreneur")).json() as DemandDetail;
    expect(detail.suggestions).toHaveLength(2);
    expect(await n(`select count(*)::int as n from outbox_messages where entity_id = '${demandId}'`)).toBe(2);
  });

  it("changing the demand re-ranks: a building demand has no land suggestions", async () => {
    const current = (await call("GET", `/api/space/demands/${demandId}`, "entrepreneur")).json() as DemandDetail;
    const { organisationId: _o, ...rest } = demandBody({ kind: "building" });
    const res = await call("PUT", `/api/space/demands/${demandId}`, "entrepreneur", { ...rest, version: current.demand.version });
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as DemandDetail).suggestions).toEqual([]);
    const stale = await call("PUT", `/api/space/demands/${demandId}`, "entrepreneur", { ...rest, version: current.demand.version });
    expect(stale.statusCode).toBe(409);
    const back = await call("PUT", `/api/space/demands/${demandId}`, "entrepreneur", { ...demandBody(), organisationId: undefined, version: current.demand.version + 1 });
    expect(back.statusCode, back.body).toBe(200);
    expect((back.json() as DemandDetail).suggestions.map((s) => s.item.id)).toEqual([parcel.fit, parcel.later]);
  });

  it("an account manager posts on a company's behalf; an entrepreneur cannot post for another organisation", async () => {
    const before = await n("select count(*)::int as n from space_demands");
    const other = await call("POST", "/api/space/demands", "other_entrepreneur", demandBody());
    expect(other.statusCode).toBe(403);
    expect(await n("select count(*)::int as n from space_demands")).toBe(before);
    const am = await call("POST", "/api/space/demands", "account_manager", demandBody({ organisationId: org.hasselt, title: "Kantoor", municipalities: [f.HASSELT] }));
    expect(am.statusCode, am.body).toBe(201);
    expect(await n("select count(*)::int as n from space_demands")).toBe(before + 1);
  });

  it("bad input answers validation and changes nothing", async () => {
    const before = [await n("select count(*)::int as n from space_demands"), await n("select count(*)::int as n from audit_log")];
    for (const body of [
      demandBody({ areaMinM2: 20_000, areaMaxM2: 10_000 }),
      demandBody({ municipalities: ["21004"] }),
      demandBody({ activity: "abc" }),
      demandBody({ activity: "04.10" }),
      { ...demandBody(), kind: "castle" },
    ]) {
      const res = await call("POST", "/api/space/demands", "entrepreneur", body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.code).toBe("validation");
    }
    expect([await n("select count(*)::int as n from space_demands"), await n("select count(*)::int as n from audit_log")]).toEqual(before);
  });
});

describe("access", () => {
  it("reading a demand: staff, the owner and the municipality it names; others not found, reviewers forbidden, the public unauthenticated", async () => {
    const got: Record<string, number> = {};
    for (const who of ["administrator", "account_manager", "policy_analyst", "grant_officer", "municipality", "entrepreneur", "other_entrepreneur", "other_municipality", "reviewer", "public"] as Who[]) {
      got[who] = (await call("GET", `/api/space/demands/${demandId}`, who)).statusCode;
    }
    expect(got).toEqual({ administrator: 200, account_manager: 200, policy_analyst: 200, grant_officer: 200, municipality: 200, entrepreneur: 200, other_entrepreneur: 404, other_municipality: 404, reviewer: 403, public: 401 });
  });

  it("the municipality does not see the company's budget; lists are scoped", async () => {
    const mun = (await call("GET", `/api/space/demands/${demandId}`, "municipality")).json() as DemandDetail;
    expect(mun.demand.budget).toBeNull();
    expect(mun.canEdit).toBe(false);
    const own = (await call("GET", `/api/space/demands/${demandId}`, "entrepreneur")).json() as DemandDetail;
    expect(own.demand.budget).toEqual({ maxPricePerM2Cents: 10_000, maxTotalCents: null });
    const list = async (who: Who) => ((await call("GET", "/api/space/demands", who)).json() as { items: { id: string }[] }).items.map((d) => d.id);
    expect(await list("entrepreneur")).toEqual([demandId]);
    expect(await list("other_entrepreneur")).not.toContain(demandId);
    expect(await list("other_municipality")).toEqual([]);
    // The Hasselt company's demand names Hasselt only, but its suggestions lie in Genk: Genk sees it too.
    expect(await list("municipality")).toHaveLength(2);
    expect((await list("administrator")).length).toBe(2);
    expect((await call("GET", "/api/space/demands", "reviewer")).statusCode).toBe(403);
    expect((await call("GET", "/api/space/demands", "public")).statusCode).toBe(401);
  });

  it("changing a demand: the owner and account managers; not the municipality, nor another company", async () => {
    const current = (await call("GET", `/api/space/demands/${demandId}`, "entrepreneur")).json() as DemandDetail;
    const { organisationId: _o, ...rest } = demandBody();
    for (const [who, code] of [["municipality", 403], ["other_entrepreneur", 404], ["policy_analyst", 403], ["public", 401]] as [Who, number][]) {
      expect((await call("PUT", `/api/space/demands/${demandId}`, who, { ...rest, version: current.demand.version })).statusCode, who).toBe(code);
    }
  });
});

describe("introductions", () => {
  it("bad introductions answer validation and change nothing", async () => {
    const before = await n("select count(*)::int as n from space_introductions");
    for (const body of [{}, { parcelId: parcel.fit, premisesId: parcel.fit }, { parcelId: "6f1c2a4e-1d2b-4c3d-8e9f-0a1b2c3d4e5f" }, { parcelId: "nope" }]) {
      const res = await call("POST", `/api/space/demands/${demandId}/introductions`, "account_manager", body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.code).toBe("validation");
    }
    expect(await n("select count(*)::int as n from space_introductions")).toBe(before);
    expect((await call("POST", `/api/space/demands/${demandId}/introductions`, "public", { parcelId: parcel.fit })).statusCode).toBe(401);
    expect((await call("POST", `/api/space/demands/${demandId}/introductions`, "municipality", { parcelId: parcel.fit })).statusCode).toBe(403);
  });

  it("an account manager follows an introduction from suggestion to a deal, which sells the parcel and closes the demand", async () => {
    expect((await call("POST", `/api/space/demands/${demandId}/introductions`, "entrepreneur", { parcelId: parcel.fit })).statusCode).toBe(403);
    const res = await call("POST", `/api/space/demands/${demandId}/introductions`, "account_manager", { parcelId: parcel.fit, notes: "Bezoek gepland" });
    expect(res.statusCode, res.body).toBe(201);
    let intro = res.json();
    expect(intro.stage).toBe("suggested");
    expect((await call("POST", `/api/space/demands/${demandId}/introductions`, "account_manager", { parcelId: parcel.fit })).statusCode).toBe(409);
    for (const stage of ["visit", "option"]) {
      const moved = await call("POST", `/api/space/introductions/${intro.id}/stage`, "account_manager", { version: intro.version, stage, date: "2026-11-15" });
      expect(moved.statusCode, moved.body).toBe(200);
      intro = moved.json();
    }
    const back = await call("POST", `/api/space/introductions/${intro.id}/stage`, "account_manager", { version: intro.version, stage: "visit", date: "2026-11-15" });
    expect(back.statusCode).toBe(412);
    const own = (await call("GET", `/api/space/demands/${demandId}`, "entrepreneur")).json() as DemandDetail;
    expect(own.introductions[0]).toMatchObject({ stage: "option", notes: "" });
    expect(own.suggestions.find((s) => s.item.id === parcel.fit)?.introductionStage).toBe("option");
    const deal = await call("POST", `/api/space/introductions/${intro.id}/stage`, "account_manager", { version: intro.version, stage: "deal", date: "2026-11-15" });
    expect(deal.statusCode, deal.body).toBe(200);
    const after = (await call("GET", `/api/space/demands/${demandId}`, "administrator")).json() as DemandDetail;
    expect(after.demand.status).toBe("closed");
    expect(after.introductions[0]).toMatchObject({ stage: "deal", dealOn: "2026-11-15", notes: "Bezoek gepland" });
    const [p] = ((await t.database.db.execute(sql`select availability, owner_organisation_id as owner from space_parcels where id = ${parcel.fit}::uuid`)) as unknown as { rows: { availability: string; owner: string }[] }).rows;
    expect(p).toEqual({ availability: "sold", owner: org.genk });
    expect(await n(`select count(*)::int as n from audit_log where action in ('space_introduction.move', 'parcel.deal', 'space_demand.close')`)).toBe(5);
  });

  it("a parcel sold to a company through the supply side closes the company's demand on which it was suggested", async () => {
    const posted = (await call("POST", "/api/space/demands", "account_manager", demandBody({ organisationId: org.hasselt, title: "Uitbreiding" }))).json() as DemandDetail;
    expect(posted.suggestions.map((s) => s.item.id)).toContain(parcel.later);
    await setTestParcel(t.database, parcel.later, "sold", org.hasselt);
    const after = (await call("GET", `/api/space/demands/${posted.demand.id}`, "administrator")).json() as DemandDetail;
    expect(after.demand).toMatchObject({ status: "closed", closeReason: "bought" });
  });
});
