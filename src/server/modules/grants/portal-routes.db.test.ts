import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count } from "drizzle-orm";
import { createTestApp, type TestApp } from "../../../../test/harness.js";
import type { Role } from "../../../contracts/identity.js";
import { auditLog } from "../../db/schema/audit.js";
import { grantApplicationPartners, grantApplications, grantAttachments, grantCalls, grantEnvelopes, grantFunds, grantInformationRequests } from "../../db/schema/grants.js";
import { ensureMunicipalities, GENK, HASSELT, multipart } from "../../../../seed/factories/compass.js";
import { createApplication, createCall, createFund, TEST_FORM, TEST_RUBRIC } from "../../../../seed/factories/grants.js";
import { as, createUser, loginAs, type SignedIn } from "../../../../seed/factories/identity.js";
import { createOrganisation } from "../../../../seed/factories/organisations.js";

/*
 * HTTP access per endpoint and role: published calls are public, drafts and funds for grant officers and
 * administrators (funds readable by the other staff); applications for the lead's entrepreneur in full,
 * the partner's in the partner view, officers and administrators; 404 for another organisation's
 * entrepreneur, 403 for policy analysts, account managers, municipalities and reviewers, 401 for the public.
 * Refused or bad calls change nothing.
 */
type Who = Role | "partner" | "stranger" | "public";
const ALL: Who[] = ["administrator", "grant_officer", "policy_analyst", "account_manager", "reviewer", "municipality", "entrepreneur", "partner", "stranger", "public"];
const now = () => new Date("2026-11-15T12:00:00Z");
let t: TestApp;
const sessions = {} as Record<Exclude<Who, "public">, SignedIn>;
const ids = {} as Record<"call" | "draftCall" | "fund" | "app" | "partnerRow" | "leadOrg" | "partnerOrg" | "strangerOrg", string>;
let partnerNumber: string;

beforeAll(async () => {
  t = await createTestApp({ now });
  const db = t.database;
  await ensureMunicipalities(db);
  const lead = await createOrganisation(db, { name: "Genkse Precisiemechaniek", municipalityNis: GENK });
  const partner = await createOrganisation(db, { name: "Hasseltse Softwaregroep", municipalityNis: HASSELT });
  const stranger = await createOrganisation(db, { name: "Andere NV", municipalityNis: HASSELT });
  Object.assign(ids, { leadOrg: lead.id, partnerOrg: partner.id, strangerOrg: stranger.id });
  partnerNumber = partner.enterpriseNumber!;
  const scoped: Partial<Record<Who, string>> = { entrepreneur: lead.id, partner: partner.id, stranger: stranger.id };
  for (const who of ALL.filter((w) => w !== "public") as Exclude<Who, "public">[]) {
    const role: Role = who === "partner" || who === "stranger" ? "entrepreneur" : who;
    const scopes = scoped[who] ? [{ kind: "organisation" as const, ref: scoped[who]! }] : role === "municipality" ? [{ kind: "municipality" as const, ref: GENK }] : [];
    const u = await createUser(db, { roles: [role], scopes });
    sessions[who] = await loginAs(t.app, u.email, u.password);
  }
  const { call, fund } = await createCall(db, { code: "IP-HTTP", now, year: 2026 });
  ids.call = call.id;
  ids.fund = fund.id;
  ids.draftCall = (await createCall(db, { code: "IP-DRAFT", status: "draft", now })).call.id;
  const a = await createApplication(db, { callId: call.id, organisationId: lead.id, partners: [{ organisationId: partner.id, status: "invited" }] });
  ids.app = a.application.id;
  ids.partnerRow = a.partners.find((p) => p.role === "partner")!.id;
});
afterAll(async () => t.close());

const req = (method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE", url: string, who: Who, payload?: object | Buffer, headers: Record<string, string> = {}) =>
  t.app.inject({ method, url, headers: { ...(who === "public" ? {} : as(sessions[who])), ...headers }, ...(payload ? { payload } : {}) });
const statuses = async (method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE", url: string, payload?: (who: Who) => object) => {
  const out = {} as Record<Who, number>;
  for (const who of ALL) out[who] = (await req(method, url, who, payload?.(who))).statusCode;
  return out;
};
const totals = async () => {
  const db = t.database.db;
  const c = async (table: typeof grantApplications | typeof grantApplicationPartners | typeof grantAttachments | typeof grantCalls | typeof grantFunds | typeof grantEnvelopes | typeof grantInformationRequests | typeof auditLog) => Number((await db.select({ n: count() }).from(table))[0].n);
  return [await c(grantApplications), await c(grantApplicationPartners), await c(grantAttachments), await c(grantCalls), await c(grantFunds), await c(grantEnvelopes), await c(grantInformationRequests), await c(auditLog)];
};
const matrix = (allowed: Partial<Record<Who, number>>, otherwise: Partial<Record<Who, number>> = {}) =>
  Object.fromEntries(ALL.map((w) => [w, allowed[w] ?? otherwise[w] ?? (w === "public" ? 401 : 403)]));

describe("funds and calls over HTTP", () => {
  it("funds: staff read, officers write", async () => {
    expect(await statuses("GET", "/api/grants/funds")).toEqual(matrix({ administrator: 200, grant_officer: 200, policy_analyst: 200, account_manager: 200 }));
    const before = await totals();
    const denied = await statuses("POST", "/api/grants/funds", (w) => ({ code: `f_${String(w).replace(/[^a-z]/g, "")}`, nameNl: "F", nameEn: "F", fundingSource: "Provincie" }));
    expect(denied).toEqual(matrix({ administrator: 201, grant_officer: 201 }));
    const after = await totals();
    expect(after[4]).toBe(before[4] + 2);
    const bad = await req("POST", "/api/grants/funds", "grant_officer", { code: "Bad Code", nameNl: "", nameEn: "F", fundingSource: "P" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe("validation");
    expect(await totals()).toEqual(after);
    const env = await req("PUT", `/api/grants/funds/${ids.fund}/envelopes`, "grant_officer", { year: 2027, amountCents: 5_000_000 });
    expect(env.statusCode).toBe(200);
    expect(env.json()).toMatchObject({ year: 2027, amountCents: 5_000_000, availableCents: 5_000_000 });
    expect((await req("PUT", `/api/grants/funds/${ids.fund}/envelopes`, "grant_officer", { year: 2027, amountCents: -1 })).statusCode).toBe(400);
  });

  it("calls: published ones public, drafts for officers only", async () => {
    const open = await req("GET", "/api/grants/calls?state=open", "public");
    expect(open.statusCode).toBe(200);
    expect(open.json().map((c: { code: string }) => c.code)).toEqual(["IP-HTTP"]);
    expect(await statuses("GET", `/api/grants/calls/${ids.call}`)).toEqual(Object.fromEntries(ALL.map((w) => [w, 200])));
    expect(await statuses("GET", `/api/grants/calls/${ids.draftCall}`)).toEqual(matrix({ administrator: 200, grant_officer: 200 }, Object.fromEntries(ALL.map((w) => [w, 404]))));
    const input = { fundCode: "innovation_premium", year: 2026, code: "IP-NEW", nameNl: "N", nameEn: "N", opensAtLocal: "2026-12-01T09:00", closesAtLocal: "2027-01-31T17:00", rules: {}, form: TEST_FORM, rubric: TEST_RUBRIC };
    const before = await totals();
    for (const who of ["policy_analyst", "entrepreneur", "reviewer", "public"] as Who[]) expect((await req("POST", "/api/grants/calls", who, input)).statusCode).toBe(who === "public" ? 401 : 403);
    expect((await req("POST", "/api/grants/calls", "grant_officer", { ...input, opensAtLocal: "1 december" })).statusCode).toBe(400);
    expect(await totals()).toEqual(before);
  });
});

describe("applications over HTTP", () => {
  it("reading: lead full, partner the partnership part, officers all, others nothing", async () => {
    expect(await statuses("GET", `/api/grants/applications/${ids.app}`)).toEqual(matrix({ administrator: 200, grant_officer: 200, entrepreneur: 200, partner: 200, stranger: 404 }));
    const partnerView = (await req("GET", `/api/grants/applications/${ids.app}`, "partner")).json();
    expect(partnerView).toMatchObject({ view: "partner", answers: {}, amountRequestedCents: null, attachments: [], informationRequests: [] });
    const list = await statuses("GET", "/api/grants/applications");
    expect(list).toEqual(matrix({ administrator: 200, grant_officer: 200, entrepreneur: 200, partner: 200, stranger: 200 }));
    expect((await req("GET", "/api/grants/applications", "stranger")).json().total).toBe(0);
  });

  it("writing: only the lead's entrepreneur saves, invites and uploads; bad input changes nothing", async () => {
    const before = await totals();
    const save = await statuses("PATCH", `/api/grants/applications/${ids.app}`, () => ({ version: 1, title: "X" }));
    expect(save).toEqual(matrix({ entrepreneur: 200, partner: 403, stranger: 404, administrator: 403, grant_officer: 403 }));
    const afterSave = await totals();
    expect(afterSave[7]).toBe(before[7] + 1);
    expect((await req("PATCH", `/api/grants/applications/${ids.app}`, "entrepreneur", { version: 1, title: "Stale" })).statusCode).toBe(409);
    expect((await req("PATCH", `/api/grants/applications/${ids.app}`, "entrepreneur", { version: 2, amountRequestedCents: -5 })).statusCode).toBe(400);
    expect((await req("PATCH", `/api/grants/applications/${ids.app}`, "entrepreneur", { version: 2, answers: { cofinancing: "soms" } })).json().error.details[0]).toMatchObject({ path: "answers.cofinancing" });
    expect((await req("POST", `/api/grants/applications/${ids.app}/partners`, "entrepreneur", { enterpriseNumber: "0000.000.000" })).statusCode).toBe(400);
    expect((await req("POST", `/api/grants/applications/${ids.app}/partners`, "partner", { enterpriseNumber: partnerNumber })).statusCode).toBe(403);
    const file = multipart({ fieldKey: "plan" }, { name: "plan.pdf", data: "%PDF-1.4", type: "application/pdf" });
    expect((await req("POST", `/api/grants/applications/${ids.app}/attachments`, "stranger", file.payload, file.headers)).statusCode).toBe(404);
    const exe = multipart({ fieldKey: "plan" }, { name: "plan.exe", data: "MZ", type: "application/x-msdownload" });
    expect((await req("POST", `/api/grants/applications/${ids.app}/attachments`, "entrepreneur", exe.payload, exe.headers)).statusCode).toBe(400);
    expect(await totals()).toEqual(afterSave);
    const ok = await req("POST", `/api/grants/applications/${ids.app}/attachments`, "entrepreneur", file.payload, file.headers);
    expect(ok.statusCode).toBe(200);
    const attachmentId = ok.json().attachments[0].id;
    expect(await statuses("GET", `/api/grants/applications/${ids.app}/attachments/${attachmentId}`)).toEqual(matrix({ administrator: 200, grant_officer: 200, entrepreneur: 200, partner: 404, stranger: 404 }));
    expect((await req("GET", `/api/grants/applications/${ids.app}/attachments/${attachmentId}`, "entrepreneur")).body).toBe("%PDF-1.4");
  });

  it("the partner answers its own invitation only, and submission lists what is missing", async () => {
    const url = `/api/grants/applications/${ids.app}/partners/${ids.partnerRow}/response`;
    for (const who of ["entrepreneur", "grant_officer", "stranger", "reviewer", "public"] as Who[]) {
      expect((await req("POST", url, who, { accept: true, aids: [] })).statusCode, who).toBe(who === "public" ? 401 : who === "stranger" ? 404 : 403);
    }
    expect((await req("POST", url, "partner", { accept: true, aids: [{ grantingAuthority: "", aidDate: "2025-01-01", amountCents: 10 }] })).statusCode).toBe(400);
    expect((await req("POST", url, "partner", { accept: true, aids: [{ grantingAuthority: "VLAIO", aidDate: "2025-01-01", amountCents: 1_000_000 }] })).statusCode).toBe(200);
    const current = (await req("GET", `/api/grants/applications/${ids.app}`, "entrepreneur")).json();
    const before = await totals();
    await req("PATCH", `/api/grants/applications/${ids.app}`, "entrepreneur", { version: current.version, amountRequestedCents: null });
    const latest = (await req("GET", `/api/grants/applications/${ids.app}`, "entrepreneur")).json();
    const refused = await req("POST", `/api/grants/applications/${ids.app}/submit`, "entrepreneur", { version: latest.version });
    expect(refused.statusCode).toBe(412);
    expect(refused.json().error.details.map((d: { code: string }) => d.code)).toContain("application.amount_missing");
    expect((await totals())[7]).toBe(before[7] + 1); // only the save was audited
  });

  it("information requests: officers ask, reviewers and applicants cannot", async () => {
    const url = `/api/grants/applications/${ids.app}/information-requests`;
    for (const who of ["entrepreneur", "reviewer", "policy_analyst"] as Who[]) expect((await req("POST", url, who, { question: "Welke cobot kiest u?" })).statusCode).toBe(403);
    // a draft cannot be asked about
    expect((await req("POST", url, "grant_officer", { question: "Welke cobot kiest u?" })).statusCode).toBe(409);
    expect((await req("POST", url, "grant_officer", { question: "kort" })).statusCode).toBe(400);
  });
});
