import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateFullDump } from "../../../../bench/kbo/generate.js";
import { createTestApp, type TestApp } from "../../../../test/harness.js";
import type { Role } from "../../../contracts/identity.js";
import { as, createUser, loginAs, type SignedIn } from "../../../../seed/factories/identity.js";
import { createOrganisation, relateOrganisations } from "../../../../seed/factories/organisations.js";
import { loadLimburgGeography } from "./kbo/test-helpers.js";
import { waitForKboImport } from "./start-kbo-import.js";

const GENK = "71016";
const HASSELT = "71072";
let t: TestApp;
const sessions = {} as Record<Role | "other_entrepreneur", SignedIn>;
const ids = {} as Record<string, string>;
const M = 1_000_000;

beforeAll(async () => {
  t = await createTestApp();
  await loadLimburgGeography(t.database);
  const db = t.database;
  ids.colruyt = (await createOrganisation(db, { name: "Colruyt Group", enterpriseNumber: "0400.378.485", postcode: "3600", place: "Genk", municipalityNis: GENK, headcount: 30_000, turnoverEur: 10_000 * M, balanceSheetEur: 5_000 * M, figuresYear: 2024, nace: [{ code: "47110" }] })).id;
  ids.umicore = (await createOrganisation(db, { name: "Umicore", enterpriseNumber: "BE0401574852", postcode: "3500", place: "Hasselt", municipalityNis: HASSELT, nace: [{ code: "20110" }] })).id;
  ids.kbc = (await createOrganisation(db, { name: "KBC Groep", altNames: ["KBC Group", "KBC Groupe"], enterpriseNumber: "0403227515", establishmentNis: [GENK] })).id;
  ids.cafe = (await createOrganisation(db, { name: "Café Ñandú", postcode: "3500", municipalityNis: HASSELT, headcount: 4, turnoverEur: 0.3 * M, balanceSheetEur: 0.2 * M, figuresYear: 2024, nace: [{ code: "56101" }] })).id;
  ids.uhasselt = (await createOrganisation(db, { name: "Universiteit Hasselt", kind: "knowledge_institution", municipalityNis: HASSELT })).id;
  ids.foreign = (await createOrganisation(db, { name: "Brainport Partner BV", kind: "foreign_partner", enterpriseNumber: null, country: "NL", foreignId: "NL123456789B01" })).id;
  // An SME whose partner pushes it out of the micro class, with a public shareholder under 25 %.
  ids.sme = (await createOrganisation(db, { name: "Robotica Limburg", headcount: 6, turnoverEur: 1 * M, balanceSheetEur: 1 * M, figuresYear: 2024, municipalityNis: GENK })).id;
  ids.partner = (await createOrganisation(db, { name: "Investeerder NV", headcount: 20, turnoverEur: 5 * M, balanceSheetEur: 4 * M, figuresYear: 2024 })).id;
  ids.city = (await createOrganisation(db, { name: "Stad Genk", kind: "municipality", municipalityNis: GENK })).id;
  await relateOrganisations(db, { organisationId: ids.sme, relatedId: ids.partner, relation: "partner", sharePct: 30 });
  await relateOrganisations(db, { organisationId: ids.sme, relatedId: ids.city, relation: "partner", sharePct: 10 });

  for (const role of ["administrator", "policy_analyst", "account_manager", "grant_officer", "reviewer", "municipality", "entrepreneur"] as Role[]) {
    const scopes = role === "municipality" ? [{ kind: "municipality" as const, ref: GENK }] : role === "entrepreneur" ? [{ kind: "organisation" as const, ref: ids.cafe }] : [];
    const u = await createUser(db, { roles: [role], scopes });
    sessions[role] = await loginAs(t.app, u.email, u.password);
  }
  const other = await createUser(db, { roles: ["entrepreneur"], scopes: [{ kind: "organisation", ref: ids.umicore }] });
  sessions.other_entrepreneur = await loginAs(t.app, other.email, other.password);
});
afterAll(async () => t.close());

const get = (url: string, who: keyof typeof sessions | "public" = "account_manager") =>
  t.app.inject({ method: "GET", url, headers: who === "public" ? {} : as(sessions[who]) });
const names = async (query: string, who: keyof typeof sessions = "account_manager") => {
  const res = await get(`/api/organisations?${query}`, who);
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as { items: { name: string }[] }).items.map((i) => i.name);
};

describe("search", () => {
  it("finds misspelt and accent-free names", async () => {
    expect((await names("q=Colruit"))[0]).toBe("Colruyt Group");
    expect((await names("q=Umicor"))[0]).toBe("Umicore");
    expect(await names("q=cafe nandu")).toEqual(["Café Ñandú"]);
    expect(await names("q=KBC Group")).toContain("KBC Groep");
    expect(await names("q=universiteit")).toEqual(["Universiteit Hasselt"]);
    expect(await names("q=zzzqqq")).toEqual([]);
  });

  it("matches a query of one or two letters against the start of the name, accent-free, in order", async () => {
    expect(await names("q=c")).toEqual(["Café Ñandú", "Colruyt Group"]);
    expect(await names("q=CA")).toEqual(["Café Ñandú"]);
    expect(await names(`q=${encodeURIComponent("Ü")}`)).toEqual(["Umicore", "Universiteit Hasselt"]);
    expect(await names("q=%25")).toEqual([]);
    expect(await names("q=c&sort=-name")).toEqual(["Colruyt Group", "Café Ñandú"]);
    expect(await names("q=u&municipality=71072&kind=knowledge_institution")).toEqual(["Universiteit Hasselt"]);
  });

  it("finds an enterprise number in every written form", async () => {
    for (const form of ["0400.378.485", "BE0400378485", "BE 0400 378 485", "400378485", "BE0400.378.485"]) {
      expect(await names(`q=${encodeURIComponent(form)}`), form).toEqual(["Colruyt Group"]);
    }
    expect(await names("q=0400.378.486")).toEqual([]); // bad check digits: searched as text, matches nothing
  });

  it("filters by NACE prefix, municipality (seat or establishment), kind and SME class", async () => {
    expect(await names("nace=47")).toEqual(["Colruyt Group"]);
    expect(await names("nace=5610")).toEqual(["Café Ñandú"]);
    expect((await names(`municipality=${GENK}&sort=name`))).toEqual(["Colruyt Group", "KBC Groep", "Robotica Limburg", "Stad Genk"]);
    expect(await names("kind=knowledge_institution")).toEqual(["Universiteit Hasselt"]);
    expect(await names("size=micro&sort=name")).toEqual(["Café Ñandú", "Robotica Limburg"]);
    expect(await names("size=large")).toEqual(["Colruyt Group"]);
    const page = (await get("/api/organisations?sort=name&limit=2&offset=1")).json() as { total: number; items: { name: string }[] };
    expect(page.total).toBe(9);
    expect(page.items.map((i) => i.name)).toEqual(["Café Ñandú", "Colruyt Group"]);
    // The total is right whether the page is full, the last one, or past the end.
    for (const [query, total, items] of [["limit=9", 9, 9], ["limit=4&offset=8", 9, 1], ["limit=4&offset=20", 9, 0], ["q=Colruit&limit=5", 1, 1]] as const) {
      const res = (await get(`/api/organisations?${query}`)).json() as { total: number; totalCapped: boolean; items: unknown[] };
      expect({ total: res.total, capped: res.totalCapped, items: res.items.length }, query).toEqual({ total, capped: false, items });
    }
  });

  it("answers bad filters with a validation error", async () => {
    for (const q of ["nace=abc", "municipality=7101", "kind=bank", "size=huge", "limit=0", "limit=5000", "sort=random"]) {
      const res = await get(`/api/organisations?${q}`);
      expect(res.statusCode, q).toBe(400);
      expect(res.json().error.code).toBe("validation");
    }
  });

  it("exports the same query as CSV and XLSX", async () => {
    const csv = await get("/api/organisations/export.csv?municipality=71016&sort=name");
    expect(csv.statusCode).toBe(200);
    expect(csv.headers["content-type"]).toContain("text/csv");
    const lines = csv.body.replace(/^\uFEFF/, "").trim().split("\n");
    expect(lines[0]).toContain("Ondernemingsnummer");
    expect(lines.slice(1).map((l) => l.split(",")[1])).toEqual(["Colruyt Group", "KBC Groep", "Robotica Limburg", "Stad Genk"]);
    expect(lines[1]).toContain("0400.378.485");
    const xlsx = await get("/api/organisations/export.xlsx?q=umicor");
    expect(xlsx.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as never);
    expect(book.worksheets[0].getRow(2).getCell(2).value).toBe("Umicore");
  });
});

describe("profile", () => {
  it("shows the SME class with the reasons and the enterprises added", async () => {
    const res = await get(`/api/organisations/${ids.sme}`);
    expect(res.statusCode).toBe(200);
    const p = res.json();
    expect(p.sme).toMatchObject({ class: "small", ownClass: "micro", decidedBy: "headcount", publicBodySharePct: 10 });
    expect(p.sme.totals.headcount).toBe(12);
    expect(p.sme.enterprises).toEqual([expect.objectContaining({ name: "Investeerder NV", relation: "partner", sharePct: 30, appliedPct: 30 })]);
    expect(p.sme.reasons[0].code).toBe("headcount_exceeds");
  });

  it("formats numbers and lists hand-made activities", async () => {
    const p = (await get(`/api/organisations/${ids.colruyt}`)).json();
    expect(p).toMatchObject({ enterpriseNumber: "0400.378.485", vatNumber: "BE0400378485", smeClass: "large" });
    expect(p.activities).toEqual([expect.objectContaining({ naceCode: "47110", source: "manual" })]);
    const f = (await get(`/api/organisations/${ids.foreign}`)).json();
    expect(f).toMatchObject({ enterpriseNumber: null, country: "NL", foreignId: "NL123456789B01", kind: "foreign_partner" });
  });

  it("answers not found for an unknown id", async () => {
    expect((await get("/api/organisations/7d3c2a1e-0b9f-4c61-9a52-3f1e2d4c5b6a")).statusCode).toBe(404);
  });
});

describe("access", () => {
  it("lets staff read everything", async () => {
    for (const role of ["administrator", "policy_analyst", "account_manager", "grant_officer"] as const) {
      const res = await get("/api/organisations?limit=200", role);
      expect(res.json().total, role).toBe(9);
      expect((await get(`/api/organisations/${ids.umicore}`, role)).statusCode).toBe(200);
    }
  });

  it("shows an entrepreneur only their own organisations; others are not found", async () => {
    expect(await names("limit=200", "entrepreneur")).toEqual(["Café Ñandú"]);
    expect((await get(`/api/organisations/${ids.cafe}`, "entrepreneur")).statusCode).toBe(200);
    expect((await get(`/api/organisations/${ids.umicore}`, "entrepreneur")).statusCode).toBe(404);
    expect((await get(`/api/organisations/${ids.cafe}`, "other_entrepreneur")).statusCode).toBe(404);
    expect(await names("q=Colruyt", "entrepreneur")).toEqual([]);
  });

  it("shows a municipality user the organisations seated or established in their municipality", async () => {
    expect((await names("sort=name", "municipality"))).toEqual(["Colruyt Group", "KBC Groep", "Robotica Limburg", "Stad Genk"]);
    expect((await get(`/api/organisations/${ids.kbc}`, "municipality")).statusCode).toBe(200);
    expect((await get(`/api/organisations/${ids.umicore}`, "municipality")).statusCode).toBe(404);
  });

  it("refuses reviewers and the public", async () => {
    expect((await get("/api/organisations", "reviewer")).statusCode).toBe(403);
    expect((await get(`/api/organisations/${ids.cafe}`, "reviewer")).statusCode).toBe(403);
    for (const url of ["/api/organisations", `/api/organisations/${ids.cafe}`, "/api/organisations/export.csv", "/api/organisations/imports"]) {
      const res = await get(url, "public");
      expect(res.statusCode, url).toBe(401);
      expect(res.json().error.code).toBe("unauthenticated");
    }
  });
});

describe("imports over HTTP", () => {
  it("lets only an administrator start an import; staff follow its progress", async () => {
    const dump = await generateFullDump({ dir: mkdtempSync(join(tmpdir(), "kbo-http-")), enterprises: 200, seed: 21 });
    for (const role of ["account_manager", "municipality", "entrepreneur"] as const) {
      const res = await t.app.inject({ method: "POST", url: "/api/organisations/imports", payload: { path: dump.path, scope: "limburg" }, headers: as(sessions[role]) });
      expect(res.statusCode, role).toBe(403);
    }
    const csrfless = await t.app.inject({ method: "POST", url: "/api/organisations/imports", payload: { path: dump.path }, headers: { cookie: sessions.administrator.cookie } });
    expect(csrfless.statusCode).toBe(403);
    const bad = await t.app.inject({ method: "POST", url: "/api/organisations/imports", payload: { path: dump.path, extra: 1 }, headers: as(sessions.administrator) });
    expect(bad.statusCode).toBe(400);
    const res = await t.app.inject({ method: "POST", url: "/api/organisations/imports", payload: { path: dump.path, scope: "limburg" }, headers: as(sessions.administrator) });
    expect(res.statusCode, res.body).toBe(202);
    const run = res.json();
    expect(run).toMatchObject({ status: "running", kind: "full", scope: "limburg", fileName: dump.fileName });
    await waitForKboImport();
    const done = await get(`/api/organisations/imports/${run.id}`, "policy_analyst");
    expect(done.json()).toMatchObject({ status: "succeeded", percent: 100 });
    const list = await get("/api/organisations/imports", "administrator");
    expect(list.json().items[0].id).toBe(run.id);
    expect((await get("/api/organisations/imports", "entrepreneur")).statusCode).toBe(403);
    // the imported enterprises are in the registry next to the hand-made ones
    expect((await get("/api/organisations?limit=1", "account_manager")).json().total).toBe(9 + dump.limburgEnterprises);
  });

  it("accepts a multipart upload", async () => {
    const dump = await generateFullDump({ dir: mkdtempSync(join(tmpdir(), "kbo-up-")), enterprises: 50, seed: 22, extractNumber: 160 });
    const { readFileSync } = await import("node:fs");
    const boundary = "----koerskbo";
    const body = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="scope"\r\n\r\nbelgium\r\n`),
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${dump.fileName}"\r\nContent-Type: application/zip\r\n\r\n`),
      readFileSync(dump.path),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const res = await t.app.inject({
      method: "POST", url: "/api/organisations/imports", payload: body,
      headers: { ...as(sessions.administrator), "content-type": `multipart/form-data; boundary=${boundary}` },
    });
    expect(res.statusCode, res.body).toBe(202);
    expect(res.json()).toMatchObject({ scope: "belgium", fileName: dump.fileName });
    await waitForKboImport();
    expect((await get(`/api/organisations/imports/${res.json().id}`, "administrator")).json().status).toBe("succeeded");
  });
});
