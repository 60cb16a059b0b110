import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count, eq } from "drizzle-orm";
import { createTestDatabase } from "../../../../test/db.js";
import { auditLog } from "../../db/schema/audit.js";
import { grantApplications, grantEnvelopes } from "../../db/schema/grants.js";
import { grantAwards, grantDecisions } from "../../db/schema/grants-decisions.js";
import { outboxMessages } from "../../db/schema/outbox.js";
import { makeCtx, type Ctx } from "../../platform/context.js";
import { AppError } from "../../platform/errors.js";
import { ensureMunicipalities, GENK, HASSELT } from "../../../../seed/factories/compass.js";
import { actorFor, createUser } from "../../../../seed/factories/identity.js";
import { createCall } from "../../../../seed/factories/grants.js";
import { OPEN_RULES, applicationUnderReview, createSme, linkCompanies } from "../../../../seed/factories/grants-decisions.js";
import { checkEligibility, decideApplication, getDecisionLetter } from "./index.js";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let officer: Ctx;

beforeAll(async () => {
  database = await createTestDatabase();
  await ensureMunicipalities(database);
  const u = await createUser(database, { roles: ["grant_officer"] });
  officer = makeCtx({ actor: actorFor(u), db: database.db });
});
afterAll(async () => database.drop());

const at = (iso: string) => ({ now: () => new Date(`${iso}T10:00:00Z`) });
const code = async (p: Promise<unknown>) => {
  try {
    await p;
    return "ok";
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
};

describe("eligibility: the consortium rule", () => {
  it("does not count a third company linked to the first as a second independent company", async () => {
    const a = await createSme(database, { name: "Alfa Robotics", municipalityNis: GENK });
    const c = await createSme(database, { name: "Alfa Services", municipalityNis: GENK });
    await linkCompanies(database, a.id, c.id);
    const { application } = await applicationUnderReview(database, { call: { fundCode: "innovation_premium" }, leadId: a.id, partnerIds: [c.id] });

    const view = await checkEligibility({ ctx: officer, input: { id: application.id }, deps: at("2026-11-15") });
    const rule = view.consortium.rules.find((r) => r.rule === "min_independent_companies")!;
    expect(rule.status).toBe("failed");
    expect(rule.reasons[0].params).toMatchObject({ independent: 1, companies: 2, required: 2 });
    expect(rule.reasons.map((r) => r.code)).toContain("consortium.linked_counts_as_one");
    expect(view.passed).toBe(false);
    expect(view.failedRules).toContain("min_independent_companies");
    expect(view.consortium.groups).toHaveLength(1);
    // the SME class of each company is shown with its reasons and its linked enterprises
    const alfa = view.companies.find((x) => x.organisationId === a.id)!;
    expect(alfa.smeClass).not.toBe("unknown");
    expect(alfa.related.map((r) => r.id)).toContain(c.id);

    // an independent partner makes two: the rule passes
    const b = await createSme(database, { name: "Beta Sensors", municipalityNis: HASSELT });
    const second = await applicationUnderReview(database, { call: { fundCode: "innovation_premium" }, leadId: a.id, partnerIds: [c.id, b.id] });
    const ok = await checkEligibility({ ctx: officer, input: { id: second.application.id }, deps: at("2026-11-15") });
    expect(ok.consortium.rules.find((r) => r.rule === "min_independent_companies")!.status).toBe("passed");
    expect(ok.consortium.groups).toHaveLength(2);
    expect(ok.passed).toBe(true);
  });

  it("can be decided against a broken rule only with a recorded override and reason", async () => {
    const a = await createSme(database, { municipalityNis: GENK });
    const { application } = await applicationUnderReview(database, { call: { fundCode: "innovation_premium", rules: { maxAmountCents: null } }, leadId: a.id });
    const decide = (overrideReason?: string) =>
      decideApplication({ ctx: officer, input: { id: application.id, outcome: "approved", amountCents: 2_000_000, reasons: "Sterk project met snelle resultaten.", purpose: "Cobotcel", ...(overrideReason ? { overrideReason } : {}) }, deps: at("2026-11-15") });
    expect(await code(decide())).toBe("precondition_failed");
    expect(await database.db.select().from(grantDecisions).where(eq(grantDecisions.applicationId, application.id))).toHaveLength(0);
    const d = await decide("De partner trekt zich pas na de indiening terug; de deputatie beslist toch.");
    expect(d.outcome).toBe("approved");
    expect(d.overrideReason).toMatch(/deputatie/);
    expect(d.overriddenRules).toContain("min_independent_companies");
  });
});

describe("de minimis per single undertaking", () => {
  it("refuses EUR 60,000 on top of EUR 250,000 granted 35 months ago, and grants it once that aid is older than three years", async () => {
    const firm = await createSme(database, { name: "Gamma Metaal", municipalityNis: GENK });
    const rules = { ...OPEN_RULES, deMinimis: true };
    const { call } = await createCall(database, { rules, envelopeAmountCents: 100_000_000, year: 2024 });
    const first = await applicationUnderReview(database, { callId: call.id, leadId: firm.id, amountRequestedCents: 25_000_000 });
    await decideApplication({ ctx: officer, input: { id: first.application.id, outcome: "approved", amountCents: 25_000_000, reasons: "Eerste steun in Koers.", purpose: "Nieuwe productielijn" }, deps: at("2024-02-01") });

    const second = await applicationUnderReview(database, { callId: call.id, leadId: firm.id, amountRequestedCents: 6_000_000 });
    const input = { id: second.application.id, outcome: "approved" as const, amountCents: 6_000_000, reasons: "Tweede steun, aanvullend.", purpose: "Uitbreiding" };
    const envelopeBefore = (await database.db.select().from(grantEnvelopes).where(eq(grantEnvelopes.id, call.envelopeId)))[0];

    // 35 months later: 250,000 + 60,000 = 310,000 > 300,000
    const view = await checkEligibility({ ctx: officer, input: { id: second.application.id }, deps: at("2027-01-01") });
    const dm = view.deMinimis.undertakings[0].result;
    expect(dm.verdict).toBe("exceeds");
    expect(dm.window).toEqual({ from: "2024-01-01", to: "2027-01-01" });
    expect(dm.sumInWindowCents).toBe(25_000_000);
    expect(dm.totalWithAwardCents).toBe(31_000_000);
    expect(view.failedRules).toEqual(["de_minimis"]);
    const refused = await decideApplication({ ctx: officer, input, deps: at("2027-01-01") }).catch((e: AppError) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe("precondition_failed");
    expect(await database.db.select().from(grantDecisions).where(eq(grantDecisions.applicationId, second.application.id))).toHaveLength(0);
    expect((await database.db.select().from(grantEnvelopes).where(eq(grantEnvelopes.id, call.envelopeId)))[0].committedCents).toBe(envelopeBefore.committedCents);

    // once the first aid is older than three years, the same award fits
    const later = await checkEligibility({ ctx: officer, input: { id: second.application.id }, deps: at("2027-02-02") });
    expect(later.deMinimis.undertakings[0].result.verdict).toBe("fits");
    expect(later.deMinimis.undertakings[0].result.sumInWindowCents).toBe(0);
    const granted = await decideApplication({ ctx: officer, input, deps: at("2027-02-02") });
    expect(granted).toMatchObject({ outcome: "approved", amountCents: 6_000_000, decisionDate: "2027-02-02", deMinimis: true });
  });

  it("counts declared aid and the aid of linked companies in the same single undertaking", async () => {
    const parent = await createSme(database, { name: "Delta Holding", municipalityNis: HASSELT });
    const daughter = await createSme(database, { name: "Delta Productie", municipalityNis: HASSELT });
    await linkCompanies(database, parent.id, daughter.id);
    const { call } = await createCall(database, { rules: { ...OPEN_RULES, deMinimis: true } });
    const { application } = await applicationUnderReview(database, {
      callId: call.id,
      leadId: daughter.id,
      amountRequestedCents: 5_000_000,
      application: { declarations: [{ organisationId: daughter.id, amountCents: 26_000_000, aidDate: "2025-06-30", grantingAuthority: "VLAIO" }] },
    });
    const view = await checkEligibility({ ctx: officer, input: { id: application.id }, deps: at("2026-11-15") });
    const u = view.deMinimis.undertakings[0];
    expect(u.memberIds.sort()).toEqual([parent.id, daughter.id].sort());
    expect(u.result).toMatchObject({ verdict: "exceeds", sumInWindowCents: 26_000_000, totalWithAwardCents: 31_000_000, headroomCents: 4_000_000 });
  });
});

describe("the envelope", () => {
  it("never commits more than it holds when 20 decisions are taken at the same moment", async () => {
    const { call, envelope } = await createCall(database, { rules: OPEN_RULES, envelopeAmountCents: 10 * 1_000_000 });
    const apps = [];
    for (let i = 0; i < 20; i++) {
      const lead = await createSme(database, { name: `Concurrent ${i}` });
      apps.push((await applicationUnderReview(database, { callId: call.id, leadId: lead.id, amountRequestedCents: 1_000_000 })).application);
    }
    const results = await Promise.allSettled(
      apps.map((a) =>
        decideApplication({
          ctx: makeCtx({ actor: officer.actor, db: database.db }),
          input: { id: a.id, outcome: "approved", amountCents: 1_000_000, reasons: "Goed gerangschikt in de oproep.", purpose: "Innovatie" },
          deps: at("2026-11-15"),
        }),
      ),
    );
    const ok = results.filter((r) => r.status === "fulfilled");
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(ok).toHaveLength(10);
    expect(failed.every((r) => r.reason instanceof AppError && r.reason.code === "precondition_failed")).toBe(true);
    const [env] = await database.db.select().from(grantEnvelopes).where(eq(grantEnvelopes.id, envelope.id));
    expect(env.committedCents).toBe(10_000_000);
    const awards = await database.db.select({ n: count() }).from(grantAwards).where(eq(grantAwards.callId, call.id));
    expect(Number(awards[0].n)).toBe(10);
    const statuses = await database.db.select({ s: grantApplications.status }).from(grantApplications).where(eq(grantApplications.callId, call.id));
    expect(statuses.filter((s) => s.s === "committed")).toHaveLength(10);
    expect(statuses.filter((s) => s.s === "under_review")).toHaveLength(10);
  });
});

describe("refusal, letter and mail", () => {
  it("refuses with reasons, queues the mail in the applicant's language and renders the letter", async () => {
    const applicant = await createUser(database, { roles: ["entrepreneur"], locale: "en" });
    const firm = await createSme(database, { name: "Epsilon Labs" });
    const { application } = await applicationUnderReview(database, { call: { rules: OPEN_RULES }, leadId: firm.id, application: { language: "en", createdBy: applicant.id } });
    const auditsBefore = Number((await database.db.select({ n: count() }).from(auditLog))[0].n);
    const d = await decideApplication({ ctx: officer, input: { id: application.id, outcome: "refused", reasons: "The project does not fit the call's aims." }, deps: at("2026-11-15") });
    expect(d).toMatchObject({ outcome: "refused", amountCents: null, letterLanguage: "en", applicationStatus: "decided_refused" });
    const mails = await database.db.select().from(outboxMessages).where(eq(outboxMessages.entityId, application.id));
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ to: applicant.email, language: "en", template: "grants.decision.refused", status: "queued" });
    expect(mails[0].subject).toContain(application.reference);
    expect(Number((await database.db.select({ n: count() }).from(auditLog))[0].n)).toBe(auditsBefore + 1);
    const letter = await getDecisionLetter({ ctx: officer, input: { id: application.id } });
    expect(letter.pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(letter.language).toBe("en");
    // a second decision is refused and changes nothing
    expect(await code(decideApplication({ ctx: officer, input: { id: application.id, outcome: "refused", reasons: "Nog een keer weigeren." }, deps: at("2026-11-15") }))).toBe("conflict");
  });
});
