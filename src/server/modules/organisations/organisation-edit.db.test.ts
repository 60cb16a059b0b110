import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../test/harness.js";
import type { Role } from "../../../contracts/identity.js";
import { as, createUser, loginAs, type SignedIn } from "../../../../seed/factories/identity.js";
import { createOrganisation } from "../../../../seed/factories/organisations.js";
import { auditLog } from "../../db/schema/audit.js";
import { organisations } from "../../db/schema/organisations.js";
import { loadLimburgGeography } from "./kbo/test-helpers.js";

const GENK = "71016";
const HASSELT = "71072";
let t: TestApp;
type Who = Role | "other_entrepreneur" | "public";
const sessions = {} as Record<Exclude<Who, "public">, SignedIn>;
const ids = {} as Record<string, string>;

beforeAll(async () => {
  t = await createTestApp();
  await loadLimburgGeography(t.database);
  const db = t.database;
  ids.own = (await createOrganisation(db, { name: "Bakkerij Peeters", municipalityNis: GENK, headcount: 4, turnoverEur: 300_000, balanceSheetEur: 200_000, figuresYear: 2024 })).id;
  ids.other = (await createOrganisation(db, { name: "Staalbouw Hasselt", municipalityNis: HASSELT })).id;
  for (const role of ["administrator", "policy_analyst", "account_manager", "grant_officer", "reviewer", "municipality", "entrepreneur"] as Role[]) {
    const scopes = role === "municipality" ? [{ kind: "municipality" as const, ref: GENK }] : role === "entrepreneur" ? [{ kind: "organisation" as const, ref: ids.own }] : [];
    const u = await createUser(db, { roles: [role], scopes });
    sessions[role] = await loginAs(t.app, u.email, u.password);
  }
  const other = await createUser(db, { roles: ["entrepreneur"], scopes: [{ kind: "organisation", ref: ids.other }] });
  sessions.other_entrepreneur = await loginAs(t.app, other.email, other.password);
});
afterAll(async () => t.close());

const call = (method: "GET" | "POST" | "PATCH", url: string, who: Who, payload?: unknown) =>
  t.app.inject({ method, url, headers: who === "public" ? {} : as(sessions[who]), ...(payload === undefined ? {} : { payload: payload as object }) });
const row = async (id: string) => (await t.database.db.select().from(organisations).where(eq(organisations.id, id)))[0];
const auditOf = async (id: string) => t.database.db.select().from(auditLog).where(eq(auditLog.entityId, id));

describe("PATCH /api/organisations/:id", () => {
  it("lets an account manager change the display name, kind, website, description and figures; the name is marked overridden and the SME class recomputed", async () => {
    const before = await row(ids.own);
    expect(before.smeClass).toBe("micro");
    const res = await call("PATCH", `/api/organisations/${ids.own}`, "account_manager", {
      version: before.version,
      name: "Bakkerij Peeters & Zonen",
      website: "https://peeters.example",
      description: "Ambachtelijke bakker",
      figures: { headcount: 60, turnoverEur: 12_000_000, balanceSheetEur: 9_000_000, year: 2025 },
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ name: "Bakkerij Peeters & Zonen", website: "https://peeters.example", description: "Ambachtelijke bakker", smeClass: "medium", version: before.version + 1 });
    expect(body.overridden).toEqual(["name"]);
    expect(body.figures).toEqual({ headcount: 60, turnoverEur: 12_000_000, balanceSheetEur: 9_000_000, year: 2025 });
    const audit = (await auditOf(ids.own)).filter((a) => a.action === "organisation.update");
    expect(audit).toHaveLength(1);
    expect(audit[0].after).toMatchObject({ name: "Bakkerij Peeters & Zonen", smeClass: "medium" });
  });

  it("refuses a stale version with 409 and changes nothing", async () => {
    const before = await row(ids.own);
    const res = await call("PATCH", `/api/organisations/${ids.own}`, "administrator", { version: before.version - 1, description: "x" });
    expect(res.statusCode).toBe(409);
    expect(await row(ids.own)).toEqual(before);
  });

  it("answers bad input with 400 and changes nothing", async () => {
    const before = await row(ids.own);
    for (const payload of [
      { version: before.version, website: "not a url" },
      { version: before.version, figures: { headcount: -1 } },
      { version: before.version, kind: "bank" },
      { version: before.version, enterpriseNumber: "0403.227.515" },
      { description: "no version" },
    ]) {
      const res = await call("PATCH", `/api/organisations/${ids.own}`, "account_manager", payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
    }
    expect(await row(ids.own)).toEqual(before);
  });

  it("lets an entrepreneur change only description, website and figures of their own organisation", async () => {
    const before = await row(ids.own);
    const ok = await call("PATCH", `/api/organisations/${ids.own}`, "entrepreneur", { version: before.version, description: "Brood en banket", figures: { headcount: 5, year: 2025 } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ description: "Brood en banket", figures: { headcount: 5, year: 2025 } });
    const after = await row(ids.own);
    const name = await call("PATCH", `/api/organisations/${ids.own}`, "entrepreneur", { version: after.version, name: "Iets anders" });
    expect(name.statusCode).toBe(403);
    const kind = await call("PATCH", `/api/organisations/${ids.own}`, "entrepreneur", { version: after.version, kind: "public_body" });
    expect(kind.statusCode).toBe(403);
    expect(await row(ids.own)).toEqual(after);
    const other = await call("PATCH", `/api/organisations/${ids.other}`, "entrepreneur", { version: 1, description: "x" });
    expect(other.statusCode).toBe(404);
  });

  it("refuses the other roles", async () => {
    const before = await row(ids.own);
    const expected: [Who, number][] = [
      ["policy_analyst", 403], ["grant_officer", 403], ["municipality", 403], ["reviewer", 403], ["other_entrepreneur", 404], ["public", 401],
    ];
    for (const [who, status] of expected) {
      const res = await call("PATCH", `/api/organisations/${ids.own}`, who, { version: before.version, description: "x" });
      expect(res.statusCode, who).toBe(status);
    }
    const hasselt = await call("PATCH", `/api/organisations/${ids.other}`, "municipality", { version: 1, description: "x" });
    expect(hasselt.statusCode).toBe(404);
    expect(await row(ids.own)).toEqual(before);
  });
});

describe("POST /api/organisations", () => {
  it("creates a hand-made record with an enterprise number in any written form, its municipality from the postcode and its SME class", async () => {
    const res = await call("POST", "/api/organisations", "account_manager", {
      name: "Cobot Genk", kind: "company", enterpriseNumber: "BE 0417.497.106", postcode: "3600", place: "Genk",
      figures: { headcount: 12, turnoverEur: 1_500_000, balanceSheetEur: 900_000, year: 2024 },
    });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ name: "Cobot Genk", enterpriseNumber: "0417.497.106", source: "manual", smeClass: "small", municipalityNis: GENK, version: 1 });
    expect((await auditOf(body.id)).map((a) => a.action)).toEqual(["organisation.create"]);
    const dup = await call("POST", "/api/organisations", "administrator", { name: "Cobot bis", kind: "company", enterpriseNumber: "0417497106" });
    expect(dup.statusCode).toBe(409);
  });

  it("creates one without a number, and a foreign partner with country and national id", async () => {
    const plain = await call("POST", "/api/organisations", "administrator", { name: "Vereniging in oprichting", kind: "company" });
    expect(plain.statusCode, plain.body).toBe(201);
    expect(plain.json()).toMatchObject({ enterpriseNumber: null, smeClass: "unknown", country: "BE" });
    const foreign = await call("POST", "/api/organisations", "account_manager", { name: "Brightlands BV", kind: "foreign_partner", country: "NL", foreignId: "NL859123456B01" });
    expect(foreign.statusCode, foreign.body).toBe(201);
    expect(foreign.json()).toMatchObject({ kind: "foreign_partner", country: "NL", foreignId: "NL859123456B01", enterpriseNumber: null });
    const again = await call("POST", "/api/organisations", "account_manager", { name: "Brightlands", kind: "foreign_partner", country: "NL", foreignId: "NL859123456B01" });
    expect(again.statusCode).toBe(409);
  });

  it("answers bad input with 400 and creates nothing", async () => {
    const count = async () => (await t.database.db.select({ id: organisations.id }).from(organisations)).length;
    const n = await count();
    for (const payload of [
      { name: "Slecht nummer", kind: "company", enterpriseNumber: "0403.227.516" },
      { name: "Geen land", kind: "foreign_partner", foreignId: "X1" },
      { name: "Geen id", kind: "foreign_partner", country: "DE" },
      { name: "Buitenlands bedrijf", kind: "company", country: "FR" },
      { name: "", kind: "company" },
      { name: "Onbekend veld", kind: "company", colour: "blue" },
    ]) {
      const res = await call("POST", "/api/organisations", "administrator", payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
    }
    const checksum = await call("POST", "/api/organisations", "administrator", { name: "Slecht nummer", kind: "company", enterpriseNumber: "0403.227.516" });
    expect(checksum.json().error.details[0]).toMatchObject({ path: "enterpriseNumber", code: "checksum" });
    expect(await count()).toBe(n);
  });

  it("is for administrators and account managers only", async () => {
    const expected: [Who, number][] = [
      ["policy_analyst", 403], ["grant_officer", 403], ["municipality", 403], ["reviewer", 403], ["entrepreneur", 403], ["public", 401],
    ];
    for (const [who, status] of expected) {
      const res = await call("POST", "/api/organisations", who, { name: `Door ${who}`, kind: "company" });
      expect(res.statusCode, who).toBe(status);
    }
  });
});
