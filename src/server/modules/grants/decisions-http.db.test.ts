import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count } from "drizzle-orm";
import { createTestApp, type TestApp } from "../../../../test/harness.js";
import type { Role } from "../../../contracts/identity.js";
import { auditLog } from "../../db/schema/audit.js";
import { grantDecisions, grantPayments, grantReviewAssignments } from "../../db/schema/grants-decisions.js";
import { makeCtx, systemActor } from "../../platform/context.js";
import { ensureMunicipalities, GENK, HASSELT } from "../../../../seed/factories/compass.js";
import { as, createUser, loginAs, type SignedIn } from "../../../../seed/factories/identity.js";
import { createApplication, createCall } from "../../../../seed/factories/grants.js";
import { createSme } from "../../../../seed/factories/grants-decisions.js";
import { grantMetrics } from "./index.js";

/*
 * The HTTP API after submission, role by role: grant officers act; administrators and policy analysts
 * read rankings, money and registers; a reviewer sees only their own assignment and nothing of it before
 * declaring no conflict; an entrepreneur reads the decision of their own application only (others: 404);
 * the public reads the list of awarded aid. Bad input answers 400 and changes nothing.
 */
type Who = Role | "other_reviewer" | "other_entrepreneur" | "partner_entrepreneur" | "public";
const now = () => new Date("2026-11-15T10:00:00Z");
let t: TestApp;
const s = {} as Record<Exclude<Who, "public">, SignedIn>;
const ids = {} as Record<string, string>;
let applicationId = "";
let callId = "";

beforeAll(async () => {
  t = await createTestApp({ now });
  const db = t.database;
  await ensureMunicipalities(db);
  const lead = await createSme(db, { name: "Cobotix Genk", municipalityNis: GENK });
  const partner = await createSme(db, { name: "Visiontech Hasselt", municipalityNis: HASSELT, headcount: 8 });
  const other = await createSme(db, { name: "Andere Onderneming", municipalityNis: GENK });
  ids.lead = lead.id;
  ids.partner = partner.id;
  const scoped: Partial<Record<Who, string>> = { entrepreneur: lead.id, partner_entrepreneur: partner.id, other_entrepreneur: other.id };
  for (const who of ["grant_officer", "administrator", "policy_analyst", "reviewer", "other_reviewer", "municipality", "entrepreneur", "partner_entrepreneur", "other_entrepreneur"] as const) {
    const role: Role = who === "other_reviewer" ? "reviewer" : who.endsWith("entrepreneur") ? "entrepreneur" : (who as Role);
    const scopes = scoped[who] ? [{ kind: "organisation" as const, ref: scoped[who]! }] : role === "municipality" ? [{ kind: "municipality" as const, ref: GENK }] : [];
    const u = await createUser(db, { roles: [role], scopes });
    ids[who] = u.id;
    s[who] = await loginAs(t.app, u.email, u.password);
  }
  const { call } = await createCall(db, { fundCode: "innovation_premium", envelopeAmountCents: 20_000_000 });
  callId = call.id;
  const { application } = await createApplication(db, {
    callId,
    organisationId: lead.id,
    status: "submitted",
    amountRequestedCents: 4_000_000,
    createdBy: ids.entrepreneur,
    partners: [{ organisationId: partner.id }],
  });
  applicationId = application.id;
});
afterAll(async () => t.close());

const req = (method: "GET" | "POST" | "PUT", url: string, who: Who, payload?: object) =>
  t.app.inject({ method, url, headers: who === "public" ? {} : as(s[who]), ...(payload ? { payload } : {}) });
async function matrix(method: "GET" | "POST" | "PUT", url: string, expected: Partial<Record<Who, number>>, payload?: object) {
  const got: Partial<Record<Who, number>> = {};
  for (const who of Object.keys(expected) as Who[]) {
    const res = await req(method, url, who, payload);
    got[who] = res.statusCode;
    if (res.statusCode >= 400) expect(res.json().error.code, `${who} ${method} ${url}`).toBeTypeOf("string");
  }
  expect(got, `${method} ${url}`).toEqual(expected);
}
const totals = async () => {
  const n = async (table: typeof auditLog | typeof grantDecisions | typeof grantPayments | typeof grantReviewAssignments) => Number((await t.database.db.select({ n: count() }).from(table))[0].n);
  return [await n(auditLog), await n(grantDecisions), await n(grantPayments), await n(grantReviewAssignments)];
};
const app = () => `/api/grants/applications/${applicationId}`;
let assignmentId = "";

describe("review", () => {
  it("only grant officers assign reviewers; bad reviewer ids change nothing", async () => {
    const before = await totals();
    await matrix("POST", `${app()}/reviewers`, { administrator: 403, policy_analyst: 403, reviewer: 403, entrepreneur: 403, municipality: 403, public: 401 }, { reviewerIds: [ids.reviewer] });
    const bad = await req("POST", `${app()}/reviewers`, "grant_officer", { reviewerIds: [ids.entrepreneur] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0]).toMatchObject({ path: "body.reviewerIds.0", code: "not_a_reviewer" });
    expect(await totals()).toEqual(before);
    await matrix("GET", "/api/grants/reviewers", { grant_officer: 200, administrator: 403, reviewer: 403, entrepreneur: 403, public: 401 });
    expect((await req("GET", "/api/grants/reviewers", "grant_officer")).json().map((r: { id: string }) => r.id).sort()).toEqual([ids.reviewer, ids.other_reviewer].sort());
    const ok = await req("POST", `${app()}/reviewers`, "grant_officer", { reviewerIds: [ids.reviewer, ids.other_reviewer] });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().map((a: { status: string }) => a.status)).toEqual(["assigned", "assigned"]);
    const mine = await req("GET", "/api/grants/reviews", "reviewer");
    assignmentId = mine.json()[0].assignmentId;
  });

  it("a reviewer who has not declared sees nothing of the application", async () => {
    const inbox = (await req("GET", "/api/grants/reviews", "reviewer")).json();
    expect(inbox).toHaveLength(1);
    expect(Object.keys(inbox[0]).sort()).toEqual(["assignedAt", "assignmentId", "callNameEn", "callNameNl", "participants", "reference", "status"]);
    expect(JSON.stringify(inbox)).not.toContain("Samen een cobotcel bouwen"); // the title
    const res = await req("GET", `/api/grants/reviews/${assignmentId}`, "reviewer");
    expect(res.statusCode).toBe(412);
    expect(res.json().error.details[0].code).toBe("declaration_required");
    expect(res.body).not.toContain("cobotcel");
    expect(res.body).not.toContain("4000000");
    const before = await totals();
    const score = await req("PUT", `/api/grants/reviews/${assignmentId}/scores`, "reviewer", { scores: [{ criterion: "innovation", score: 8, comment: "Goed" }] });
    expect(score.statusCode).toBe(412);
    expect(await totals()).toEqual(before);
    // nobody else reads this reviewer's assignment
    await matrix("GET", `/api/grants/reviews/${assignmentId}`, { other_reviewer: 404, grant_officer: 403, entrepreneur: 403, public: 401 });
    await matrix("GET", "/api/grants/reviews", { grant_officer: 403, entrepreneur: 403, public: 401 });
  });

  it("a declared conflict ends the assignment; no conflict opens the application; scores follow the rubric", async () => {
    const other = (await req("GET", "/api/grants/reviews", "other_reviewer")).json()[0].assignmentId;
    const noNote = await req("POST", `/api/grants/reviews/${other}/declaration`, "other_reviewer", { conflict: true });
    expect(noNote.statusCode).toBe(400);
    const c = await req("POST", `/api/grants/reviews/${other}/declaration`, "other_reviewer", { conflict: true, note: "Ik ben bestuurder bij Cobotix." });
    expect(c.statusCode).toBe(200);
    expect((await req("GET", "/api/grants/reviews", "other_reviewer")).json()).toEqual([]);
    expect((await req("GET", `/api/grants/reviews/${other}`, "other_reviewer")).statusCode).toBe(404);
    expect((await req("GET", `${app()}/reviewers`, "grant_officer")).json().map((a: { status: string }) => a.status).sort()).toEqual(["assigned", "conflict"]);

    expect((await req("POST", `/api/grants/reviews/${assignmentId}/declaration`, "reviewer", { conflict: false })).statusCode).toBe(200);
    expect((await req("POST", `/api/grants/reviews/${assignmentId}/declaration`, "reviewer", { conflict: false })).statusCode).toBe(409);
    const open = await req("GET", `/api/grants/reviews/${assignmentId}`, "reviewer");
    expect(open.statusCode).toBe(200);
    expect(open.json().application.title).toBe("Samen een cobotcel bouwen");

    const before = await totals();
    const missing = await req("PUT", `/api/grants/reviews/${assignmentId}/scores`, "reviewer", { scores: [{ criterion: "innovation", score: 11, comment: "Te hoog" }] });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details.map((d: { code: string }) => d.code)).toEqual(expect.arrayContaining(["out_of_scale", "missing_criterion"]));
    expect(await totals()).toEqual(before);
    const scored = await req("PUT", `/api/grants/reviews/${assignmentId}/scores`, "reviewer", {
      scores: [
        { criterion: "innovation", score: 8, comment: "Nieuw voor de sector" },
        { criterion: "impact", score: 7, comment: "Twee kmo's versterkt" },
        { criterion: "feasibility", score: 9, comment: "Duidelijk plan" },
      ],
    });
    expect(scored.statusCode).toBe(200);
    expect(scored.json().weightedScore).toBe(7.8);
  });

  it("ranks the call for grant staff only", async () => {
    await matrix("GET", `/api/grants/calls/${callId}/ranking`, { grant_officer: 200, administrator: 200, policy_analyst: 200, reviewer: 403, entrepreneur: 403, municipality: 403, public: 401 });
    const r = (await req("GET", `/api/grants/calls/${callId}/ranking`, "grant_officer")).json();
    expect(r.ranked[0]).toMatchObject({ applicationId, rank: 1, score: 7.8, reviews: 1 });
    expect(r.ranked[0].comments).toHaveLength(3);
  });
});

describe("decision and money", () => {
  it("eligibility for grant officers only", async () => {
    await matrix("GET", `${app()}/eligibility`, { grant_officer: 200, administrator: 403, reviewer: 403, entrepreneur: 403, public: 401 });
    const e = (await req("GET", `${app()}/eligibility?amountCents=4000000`, "grant_officer")).json();
    expect(e.passed).toBe(true);
    expect(e.companies.map((c: { name: string }) => c.name)).toEqual(["Cobotix Genk", "Visiontech Hasselt"]);
    expect(e.deMinimis.undertakings).toHaveLength(2);
    // Each company is its own single undertaking, carrying its own share of the amount.
    expect(e.deMinimis.undertakings.map((u: { participantIds: string[] }) => u.participantIds.length)).toEqual([1, 1]);
    expect(e.deMinimis.undertakings.reduce((s: number, u: { awardCents: number }) => s + u.awardCents, 0)).toBe(4_000_000);
    expect((await req("GET", `${app()}/eligibility?amountCents=-3`, "grant_officer")).statusCode).toBe(400);
  });

  it("bad input and other roles change nothing; the officer approves with tranches", async () => {
    const before = await totals();
    const body = { outcome: "approved", amountCents: 4_000_000, reasons: "Sterke samenwerking tussen twee kmo's.", purpose: "Cobotcel voor kleine series", tranches: [{ label: "Voorschot", amountCents: 2_400_000, due: "bij ondertekening" }, { label: "Saldo", amountCents: 1_600_000, due: "na het eindrapport" }] };
    await matrix("POST", `${app()}/decision`, { administrator: 403, reviewer: 403, entrepreneur: 403, public: 401 }, body);
    for (const bad of [{ ...body, amountCents: -5 }, { ...body, reasons: "kort" }, { ...body, tranches: [{ label: "Alles", amountCents: 100, due: "nu" }] }, { outcome: "maybe" }]) {
      const res = await req("POST", `${app()}/decision`, "grant_officer", bad);
      expect(res.statusCode, JSON.stringify(bad)).toBe(400);
      expect(res.json().error.code).toBe("validation");
    }
    expect(await totals()).toEqual(before);
    // no letter before the decision
    expect((await req("GET", `${app()}/decision/letter.pdf`, "entrepreneur")).statusCode).toBe(404);
    const ok = await req("POST", `${app()}/decision`, "grant_officer", body);
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ outcome: "approved", amountCents: 4_000_000, applicationStatus: "committed", shares: [{ name: "Cobotix Genk", amountCents: 2_000_000 }, { name: "Visiontech Hasselt", amountCents: 2_000_000 }] });
  });

  it("shows the decision and the letter to grant staff and to the applicant's organisations only", async () => {
    await matrix("GET", `${app()}/decision`, { grant_officer: 200, administrator: 200, policy_analyst: 200, entrepreneur: 200, partner_entrepreneur: 200, other_entrepreneur: 404, reviewer: 403, municipality: 403, public: 401 });
    // the letter as the decision: the lead's and the confirmed partner's entrepreneurs and grant staff; another company never
    await matrix("GET", `${app()}/decision/letter.pdf`, { grant_officer: 200, administrator: 200, policy_analyst: 200, entrepreneur: 200, partner_entrepreneur: 200, other_entrepreneur: 404, reviewer: 403, other_reviewer: 403, municipality: 403, public: 401 });
    expect((await req("GET", "/api/grants/applications/not-a-uuid/decision/letter.pdf", "entrepreneur")).statusCode).toBe(400);
    const letter = await req("GET", `${app()}/decision/letter.pdf`, "entrepreneur");
    expect(letter.headers["content-type"]).toBe("application/pdf");
    expect(letter.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
    expect((await req("GET", `${app()}/decision`, "entrepreneur")).json().overrideReason).toBeNull();
  });

  it("pays a tranche only to an IBAN that passes the Belgian national check, once", async () => {
    await matrix("POST", "/api/grants/iban-check", { grant_officer: 200, administrator: 403, entrepreneur: 403, public: 401 }, { iban: "BE68 5390 0754 7034" });
    const check = (await req("POST", "/api/grants/iban-check", "grant_officer", { iban: "BE54310100270000" })).json();
    expect(check).toMatchObject({ valid: false, problem: "national_checksum" });
    const before = await totals();
    const bad = await req("POST", `${app()}/payments`, "grant_officer", { trancheNumber: 1, iban: "BE54 3101 0027 0000" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0]).toMatchObject({ path: "body.iban", code: "iban_national_checksum" });
    expect((await req("POST", `${app()}/payments`, "grant_officer", { trancheNumber: 7, iban: "BE68539007547034" })).statusCode).toBe(400);
    await matrix("POST", `${app()}/payments`, { administrator: 403, entrepreneur: 403, public: 401 }, { trancheNumber: 1, iban: "BE68539007547034" });
    expect(await totals()).toEqual(before);
    const paid = await req("POST", `${app()}/payments`, "grant_officer", { trancheNumber: 1, iban: "BE68 5390 0754 7034" });
    expect(paid.statusCode).toBe(201);
    expect(paid.json()).toMatchObject({ status: "paid_partially", paidCents: 2_400_000, envelope: { committedCents: 4_000_000, paidCents: 2_400_000 } });
    expect(paid.json().tranches[0].payment).toMatchObject({ iban: "BE68539007547034", paidOn: "2026-11-15" });
    expect((await req("POST", `${app()}/payments`, "grant_officer", { trancheNumber: 1, iban: "BE68539007547034" })).statusCode).toBe(409);
    await matrix("GET", `${app()}/money`, { grant_officer: 200, administrator: 200, policy_analyst: 200, entrepreneur: 403, reviewer: 403, public: 401 });
  });

  it("lets only grant officers record recoveries, repayments and stored eligibility checks", async () => {
    const before = await totals();
    await matrix("POST", `${app()}/recoveries`, { administrator: 403, policy_analyst: 403, reviewer: 403, entrepreneur: 403, public: 401 }, { kind: "ordered", amountCents: 100, reason: "Een reden van tien tekens." });
    await matrix("POST", `${app()}/repayments`, { administrator: 403, entrepreneur: 403, public: 401 }, { amountCents: 100 });
    await matrix("POST", `${app()}/eligibility`, { administrator: 403, reviewer: 403, entrepreneur: 403, public: 401 }, {});
    await matrix("POST", `${app()}/recoveries`, { grant_officer: 400 }, { kind: "ordered", amountCents: 100, reason: "kort" });
    await matrix("POST", `${app()}/repayments`, { grant_officer: 412 }, { amountCents: 100 });
    expect(await totals()).toEqual(before);
  });

  it("orders a recovery of at most what was paid and records what comes back", async () => {
    const tooMuch = await req("POST", `${app()}/recoveries`, "grant_officer", { kind: "ordered", amountCents: 3_000_000, reason: "Het project werd stopgezet." });
    expect(tooMuch.statusCode).toBe(412);
    const ordered = await req("POST", `${app()}/recoveries`, "grant_officer", { kind: "ordered", amountCents: 1_000_000, reason: "Een deel van de kosten was niet subsidiabel." });
    expect(ordered.statusCode).toBe(201);
    expect(ordered.json().status).toBe("recovery_ordered");
    const back = await req("POST", `${app()}/recoveries`, "grant_officer", { kind: "received", amountCents: 1_000_000 });
    expect(back.json()).toMatchObject({ status: "recovered", recoveredCents: 1_000_000 });
  });
});

describe("registers and metrics", () => {
  it("lists awarded aid publicly, without personal data", async () => {
    const res = await req("GET", "/api/public/grants/awards?fund=innovation_premium", "public");
    expect(res.statusCode).toBe(200);
    const page = res.json();
    expect(page.items.map((i: { beneficiary: string }) => i.beneficiary).sort()).toEqual(["Cobotix Genk", "Visiontech Hasselt"]);
    expect(page.items[0]).toMatchObject({ instrumentNl: "Provinciale innovatiepremie", amountCents: 2_000_000, grantDate: "2026-11-15", purpose: "Cobotcel voor kleine series" });
    expect(res.body).not.toMatch(/@|contact|street/i);
    expect((await req("GET", "/api/public/grants/awards?pageSize=1000", "public")).statusCode).toBe(400);
  });

  it("exports the de minimis register per single undertaking and the call, for grant staff", async () => {
    await matrix("GET", "/api/grants/registers/de-minimis.csv", { grant_officer: 200, administrator: 200, policy_analyst: 200, entrepreneur: 403, reviewer: 403, public: 401 });
    const csv = (await req("GET", "/api/grants/registers/de-minimis.csv", "grant_officer")).body;
    expect(csv).toContain("Cobotix Genk");
    expect(csv).toContain("Visiontech Hasselt");
    expect(csv).toContain("20000");
    const xlsx = await req("GET", "/api/grants/registers/de-minimis.xlsx", "grant_officer");
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe("PK");
    await matrix("GET", `/api/grants/calls/${callId}/export.xlsx`, { grant_officer: 200, policy_analyst: 200, entrepreneur: 403, public: 401 });
  });

  it("gives the compass the companies supported per instrument (both companies of the consortium), with the statement's figure", async () => {
    const ctx = makeCtx({ actor: systemActor("test"), db: t.database.db });
    const m = grantMetrics().find((x) => x.key === "grants.innovation_premium_companies")!;
    expect(await m.valueAt(ctx, { date: "2026-11-15" })).toBe(162);
    expect(await m.valueAt(ctx, { date: "2026-11-14" })).toBe(160);
    expect(await m.valueAt(ctx, { date: "2026-11-15", municipalityNis: GENK })).toBe(1);
    const records = await m.records(ctx, { date: "2026-11-15" });
    expect(records.map((r) => r.label)).toEqual(expect.arrayContaining(["Cobotix Genk", "Visiontech Hasselt"]));
    expect(records[0].entity).toBe("statement");
    const eur = grantMetrics().find((x) => x.key === "grants.innovation_premium_eur_committed")!;
    expect(await eur.valueAt(ctx, { date: "2026-11-15" })).toBe(4_040_000);
    const paid = grantMetrics().find((x) => x.key === "grants.innovation_premium_eur_paid")!;
    expect(await paid.valueAt(ctx, { date: "2026-11-15" })).toBe(24_000);
    expect(Object.fromEntries(await paid.valuesByMunicipality!(ctx, { date: "2026-11-15" }))).toEqual({ [GENK]: 12_000, [HASSELT]: 12_000 });
  });
});
