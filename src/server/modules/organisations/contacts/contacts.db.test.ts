import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../../test/harness.js";
import type { Role } from "../../../../contracts/identity.js";
import { as, createUser, loginAs, type SignedIn } from "../../../../../seed/factories/identity.js";
import { createOrganisation } from "../../../../../seed/factories/organisations.js";
import { auditLog } from "../../../db/schema/audit.js";
import { contacts } from "../../../db/schema/organisations.js";
import { loadLimburgGeography } from "../kbo/test-helpers.js";

const GENK = "71016";
const HASSELT = "71072";
let t: TestApp;
type Who = Role | "other_entrepreneur" | "public";
const sessions = {} as Record<Exclude<Who, "public">, SignedIn>;
const ids = {} as Record<string, string>;

const person = {
  name: "Annelies Vanderstraeten",
  role: "Innovatiemanager",
  email: "Annelies.V@voorbeeld.be",
  phone: "+32 11 22 33 44",
  language: "nl",
  legalBasis: "legitimate_interest",
  legalBasisDate: "2026-03-02",
  legalBasisNote: "Ontmoet op de AI Space-infosessie",
  source: "infosessie",
  notes: "Wil een proof of concept rond beeldherkenning",
};
const PERSONAL = ["Annelies", "Vanderstraeten", "voorbeeld.be", "22 33 44", "Innovatiemanager", "beeldherkenning", "infosessie"];

beforeAll(async () => {
  t = await createTestApp();
  await loadLimburgGeography(t.database);
  ids.own = (await createOrganisation(t.database, { name: "Digitaal Drukwerk", municipalityNis: GENK })).id;
  ids.other = (await createOrganisation(t.database, { name: "Metaal Hasselt", municipalityNis: HASSELT })).id;
  for (const role of ["administrator", "policy_analyst", "account_manager", "grant_officer", "reviewer", "municipality", "entrepreneur"] as Role[]) {
    const scopes = role === "municipality" ? [{ kind: "municipality" as const, ref: GENK }] : role === "entrepreneur" ? [{ kind: "organisation" as const, ref: ids.own }] : [];
    const u = await createUser(t.database, { roles: [role], scopes });
    sessions[role] = await loginAs(t.app, u.email, u.password);
  }
  const other = await createUser(t.database, { roles: ["entrepreneur"], scopes: [{ kind: "organisation", ref: ids.other }] });
  sessions.other_entrepreneur = await loginAs(t.app, other.email, other.password);
});
afterAll(async () => t.close());

const call = (method: "GET" | "POST" | "PATCH", url: string, who: Who, payload?: unknown) =>
  t.app.inject({ method, url, headers: who === "public" ? {} : as(sessions[who]), ...(payload === undefined ? {} : { payload: payload as object }) });
const contactRow = async (id: string) => (await t.database.db.select().from(contacts).where(eq(contacts.id, id)))[0];
const contactAudit = async (id: string) => t.database.db.select().from(auditLog).where(eq(auditLog.entityId, id));
const create = async (organisationId: string, who: Who = "account_manager", extra: object = {}) => {
  const res = await call("POST", `/api/organisations/${organisationId}/contacts`, who, { ...person, ...extra });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; version: number };
};

describe("contacts", () => {
  it("creates a contact with its legal basis, lists it, and audits field names without personal data", async () => {
    const c = await create(ids.own);
    expect(c).toMatchObject({ name: person.name, email: "annelies.v@voorbeeld.be", legalBasis: "legitimate_interest", legalBasisDate: "2026-03-02", erased: false, version: 1 });
    const list = await call("GET", `/api/organisations/${ids.own}/contacts`, "policy_analyst");
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((i: { id: string }) => i.id)).toContain(c.id);
    const audit = await contactAudit(c.id);
    expect(audit.map((a) => a.action)).toEqual(["contact.create"]);
    expect(audit[0].after).toMatchObject({ organisationId: ids.own, fields: expect.arrayContaining(["name", "email", "phone", "legalBasis"]) });
    const text = JSON.stringify(audit);
    for (const p of PERSONAL) expect(text).not.toContain(p);
  });

  it("updates with a version, audits only the names of the changed fields, and refuses a stale version", async () => {
    const c = await create(ids.own);
    const res = await call("PATCH", `/api/contacts/${c.id}`, "account_manager", { version: 1, email: "nieuw.adres@voorbeeld.be", legalBasis: "consent", legalBasisDate: "2026-04-01" });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ email: "nieuw.adres@voorbeeld.be", legalBasis: "consent", version: 2 });
    const update = (await contactAudit(c.id)).find((a) => a.action === "contact.update")!;
    expect(update.after).toEqual({ organisationId: ids.own, fields: ["email", "legalBasis", "legalBasisDate"] });
    expect(update.before).toBeNull();
    expect(JSON.stringify(update)).not.toContain("nieuw.adres");
    const stale = await call("PATCH", `/api/contacts/${c.id}`, "account_manager", { version: 1, role: "CEO" });
    expect(stale.statusCode).toBe(409);
    expect((await contactRow(c.id)).role).toBe(person.role);
  });

  it("answers bad input with 400 and changes nothing", async () => {
    const c = await create(ids.own);
    const before = await contactRow(c.id);
    for (const payload of [
      { version: 1, email: "geen e-mail" },
      { version: 1, legalBasis: "because" },
      { version: 1, legalBasisDate: "02-03-2026" },
      { version: 1, phone: "abc" },
      { version: 1, name: "" },
      { version: 1, hobby: "golf" },
      { name: "zonder versie" },
    ]) {
      const res = await call("PATCH", `/api/contacts/${c.id}`, "administrator", payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
    }
    expect(await contactRow(c.id)).toEqual(before);
    const count = (await t.database.db.select().from(contacts)).length;
    for (const payload of [{ ...person, legalBasis: undefined }, { ...person, legalBasisDate: undefined }, { ...person, email: "x@" }, { ...person, extra: 1 }]) {
      const res = await call("POST", `/api/organisations/${ids.own}/contacts`, "administrator", payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
    }
    expect((await t.database.db.select().from(contacts)).length).toBe(count);
    expect((await call("POST", "/api/contacts/" + c.id + "/erase", "administrator", {})).statusCode).toBe(400);
    expect(await contactRow(c.id)).toEqual(before);
  });

  it("erases the personal data on request, keeps the row, its id and a meaningful audit, and exports one person's data", async () => {
    const c = await create(ids.own);
    await call("PATCH", `/api/contacts/${c.id}`, "account_manager", { version: 1, notes: "Belt liever 's ochtends" });
    const exported = await call("GET", `/api/contacts/${c.id}/export`, "administrator");
    expect(exported.statusCode, exported.body).toBe(200);
    expect(exported.json()).toMatchObject({
      contact: { id: c.id, name: person.name, email: "annelies.v@voorbeeld.be" },
      organisations: [{ id: ids.own, name: "Digitaal Drukwerk" }],
      audit: [{ action: "contact.create" }, { action: "contact.update", fields: ["notes"] }],
    });

    expect((await call("POST", `/api/contacts/${c.id}/erase`, "account_manager", { reason: "Verzoek tot wissing van 3 mei" })).statusCode).toBe(403);
    const erased = await call("POST", `/api/contacts/${c.id}/erase`, "administrator", { reason: "Verzoek tot wissing van 3 mei" });
    expect(erased.statusCode, erased.body).toBe(200);
    expect(erased.json()).toMatchObject({ id: c.id, name: "[erased]", role: null, email: null, phone: null, notes: null, legalBasisNote: null, source: null, erased: true, organisationId: ids.own });
    const row = await contactRow(c.id);
    expect(row.erasedAt).not.toBeNull();
    const stored = JSON.stringify(row);
    for (const p of PERSONAL) expect(stored).not.toContain(p);
    const audit = await contactAudit(c.id);
    expect(audit.map((a) => a.action)).toEqual(["contact.create", "contact.update", "contact.erase"]);
    const auditText = JSON.stringify(audit);
    for (const p of [...PERSONAL, "ochtends"]) expect(auditText).not.toContain(p);

    const after = await call("GET", `/api/contacts/${c.id}/export`, "administrator");
    expect(JSON.stringify(after.json())).not.toContain("Annelies");
    expect(after.json().audit.map((a: { action: string }) => a.action)).toEqual(["contact.create", "contact.update", "contact.erase"]);
    expect((await call("PATCH", `/api/contacts/${c.id}`, "administrator", { version: row.version, name: "Terug" })).statusCode).toBe(412);
    expect((await call("POST", `/api/contacts/${c.id}/erase`, "administrator", { reason: "Nog eens" })).statusCode).toBe(412);
  });
});

describe("contact access per role", () => {
  it("lets an entrepreneur read and edit the contacts of their own organisation only", async () => {
    const c = await create(ids.own, "entrepreneur");
    expect((await call("GET", `/api/organisations/${ids.own}/contacts`, "entrepreneur")).statusCode).toBe(200);
    expect((await call("PATCH", `/api/contacts/${c.id}`, "entrepreneur", { version: 1, role: "Zaakvoerder" })).statusCode).toBe(200);
    const theirs = await create(ids.other, "other_entrepreneur");
    expect((await call("GET", `/api/organisations/${ids.other}/contacts`, "entrepreneur")).statusCode).toBe(404);
    expect((await call("POST", `/api/organisations/${ids.other}/contacts`, "entrepreneur", person)).statusCode).toBe(404);
    expect((await call("PATCH", `/api/contacts/${theirs.id}`, "entrepreneur", { version: 1, role: "x" })).statusCode).toBe(404);
    expect((await call("GET", `/api/contacts/${theirs.id}/export`, "entrepreneur")).statusCode).toBe(403);
    expect((await call("POST", `/api/contacts/${theirs.id}/erase`, "entrepreneur", { reason: "Verzoek" })).statusCode).toBe(403);
    expect((await contactRow(theirs.id)).role).toBe(person.role);
  });

  it("answers each endpoint per role", async () => {
    const c = await create(ids.own);
    const table: [Who, { list: number; create: number; update: number; exportData: number; erase: number }][] = [
      ["administrator", { list: 200, create: 201, update: 200, exportData: 200, erase: 200 }],
      ["account_manager", { list: 200, create: 201, update: 200, exportData: 200, erase: 403 }],
      ["policy_analyst", { list: 200, create: 403, update: 403, exportData: 403, erase: 403 }],
      ["grant_officer", { list: 200, create: 403, update: 403, exportData: 403, erase: 403 }],
      ["municipality", { list: 403, create: 403, update: 403, exportData: 403, erase: 403 }],
      ["reviewer", { list: 403, create: 403, update: 403, exportData: 403, erase: 403 }],
      ["other_entrepreneur", { list: 404, create: 404, update: 404, exportData: 403, erase: 403 }],
      ["public", { list: 401, create: 401, update: 401, exportData: 401, erase: 401 }],
    ];
    for (const [who, want] of table) {
      const target = who === "administrator" ? (await create(ids.own)).id : c.id;
      const version = (await contactRow(target)).version;
      const got = {
        list: (await call("GET", `/api/organisations/${ids.own}/contacts`, who)).statusCode,
        create: (await call("POST", `/api/organisations/${ids.own}/contacts`, who, person)).statusCode,
        update: (await call("PATCH", `/api/contacts/${target}`, who, { version, role: `Rol ${who}` })).statusCode,
        exportData: (await call("GET", `/api/contacts/${target}/export`, who)).statusCode,
        erase: (await call("POST", `/api/contacts/${target}/erase`, who, { reason: "Verzoek van de betrokkene" })).statusCode,
      };
      expect(got, who).toEqual(want);
    }
    expect((await call("GET", `/api/organisations/${ids.other}/contacts`, "municipality")).statusCode).toBe(404);
  });
});
