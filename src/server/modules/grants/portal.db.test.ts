import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, count, eq } from "drizzle-orm";
import { createTestDatabase } from "../../../../test/db.js";
import type { Role } from "../../../contracts/identity.js";
import type { Database } from "../../db/client.js";
import { auditLog } from "../../db/schema/audit.js";
import { outboxMessages } from "../../db/schema/outbox.js";
import { grantApplicationPartners, grantApplications, grantAttachments, grantCalls, grantDeMinimisDeclarations } from "../../db/schema/grants.js";
import { makeCtx, type Actor } from "../../platform/context.js";
import { AppError } from "../../platform/errors.js";
import { ensureMunicipalities, GENK, HASSELT } from "../../../../seed/factories/compass.js";
import { createApplication, createCall, ensureGrantFunds, TEST_FORM, TEST_RUBRIC } from "../../../../seed/factories/grants.js";
import { actorFor, createUser } from "../../../../seed/factories/identity.js";
import { createOrganisation } from "../../../../seed/factories/organisations.js";
import {
  answerInformationRequest, askForInformation, closeCall, createCall as createCallVerb, declareDeMinimis, getApplication, invitePartner, listApplications,
  publishCall, respondToInvitation, saveApplicationDraft, setEnvelope, startApplication, submitApplication, updateCall, uploadAttachment, withdrawApplication,
} from "./index.js";

const M = 1_000_000;
const NOW = new Date("2026-11-15T12:00:00Z");
const deps = { now: () => NOW };
let database: Database & { drop(): Promise<void> };
const actors = {} as Record<Role | "partner_entrepreneur" | "stranger", Actor>;
const org = {} as Record<"lead" | "partner" | "stranger", { id: string; enterpriseNumber: string | null; name: string }>;
let callId: string;
let partnerEmail: string;
const ctx = (who: keyof typeof actors) => makeCtx({ actor: actors[who], db: database.db });

async function failure(p: Promise<unknown>): Promise<{ code: string; details: { path: string; code: string }[] }> {
  try {
    await p;
    return { code: "ok", details: [] };
  } catch (e) {
    if (e instanceof AppError) return { code: e.code, details: (e.details ?? []).map((d) => ({ path: d.path, code: d.code })) };
    throw e;
  }
}
const n = async (table: typeof grantApplications | typeof grantApplicationPartners | typeof grantAttachments | typeof grantDeMinimisDeclarations | typeof auditLog | typeof grantCalls) =>
  Number((await database.db.select({ n: count() }).from(table))[0].n);
const snapshot = async () => ({ apps: await n(grantApplications), partners: await n(grantApplicationPartners), files: await n(grantAttachments), aid: await n(grantDeMinimisDeclarations), audit: await n(auditLog), calls: await n(grantCalls) });

beforeAll(async () => {
  database = await createTestDatabase();
  await ensureMunicipalities(database);
  await ensureGrantFunds(database);
  org.lead = await createOrganisation(database, { name: "Kempische Lasrobotica", municipalityNis: GENK, postcode: "3600", place: "Genk", street: "Industrieweg", houseNumber: "12", headcount: 20, turnoverEur: 3 * M, balanceSheetEur: 2 * M, figuresYear: 2025 });
  org.partner = await createOrganisation(database, { name: "Hasseltse Datawerf", municipalityNis: HASSELT, headcount: 8, turnoverEur: 1 * M, balanceSheetEur: 1 * M, figuresYear: 2025 });
  org.stranger = await createOrganisation(database, { name: "Vreemde Vennootschap", municipalityNis: HASSELT });
  for (const role of ["administrator", "grant_officer", "policy_analyst", "reviewer", "entrepreneur"] as Role[]) {
    actors[role] = actorFor(await createUser(database, { roles: [role], scopes: role === "entrepreneur" ? [{ kind: "organisation", ref: org.lead.id }] : [] }));
  }
  const partnerUser = await createUser(database, { roles: ["entrepreneur"], scopes: [{ kind: "organisation", ref: org.partner.id }] });
  partnerEmail = partnerUser.email;
  actors.partner_entrepreneur = actorFor(partnerUser);
  actors.stranger = actorFor(await createUser(database, { roles: ["entrepreneur"], scopes: [{ kind: "organisation", ref: org.stranger.id }] }));
  callId = (await createCall(database, { fundCode: "innovation_premium", code: "IP-2026-T", now: () => NOW })).call.id;
});
afterAll(async () => database.drop());

describe("calls", () => {
  const input = {
    fundCode: "innovation_premium", year: 2027, code: "IP-2027-1", nameNl: "Innovatiepremie 2027", nameEn: "Innovation premium 2027",
    opensAtLocal: "2027-03-01T09:00", closesAtLocal: "2027-10-31T17:00", rules: { consortium: { minIndependentCompanies: 2 } }, form: TEST_FORM, rubric: TEST_RUBRIC,
  };

  it("an officer creates a call on an envelope, in Brussels time, and publishes it; then its form is fixed", async () => {
    expect((await failure(createCallVerb({ ctx: ctx("grant_officer"), input, deps }))).details).toEqual([{ path: "year", code: "no_envelope" }]);
    const funds = await ensureGrantFunds(database);
    await setEnvelope({ ctx: ctx("grant_officer"), input: { fundId: funds.innovation_premium.id, year: 2027, amountCents: 80_000_000 } });
    const call = await createCallVerb({ ctx: ctx("grant_officer"), input, deps });
    expect(call.status).toBe("draft");
    expect(call.opensAt).toBe("2027-03-01T08:00:00.000Z"); // winter time, UTC+1
    expect(call.closesAt).toBe("2027-10-31T16:00:00.000Z"); // after the change back to winter time
    expect(call.rules.consortium).toEqual({ minIndependentCompanies: 2, minSmePercent: 50, smeShareStrict: true });
    const published = await publishCall({ ctx: ctx("administrator"), input: { id: call.id, version: call.version }, deps });
    expect(published.status).toBe("published");
    expect(published.window).toBe("not_yet_open");
    const locked = await failure(updateCall({ ctx: ctx("grant_officer"), input: { id: call.id, version: published.version, form: TEST_FORM }, deps }));
    expect(locked).toMatchObject({ code: "conflict", details: [{ code: "call_published_locked" }] });
    const later = await updateCall({ ctx: ctx("grant_officer"), input: { id: call.id, version: published.version, closesAtLocal: "2027-11-15T12:00" }, deps });
    expect(later.closesAtLocal).toBe("2027-11-15T12:00");
    // An old version or an unknown call is refused on every change of a call.
    expect((await failure(closeCall({ ctx: ctx("grant_officer"), input: { id: call.id, version: published.version }, deps }))).details).toEqual([{ path: "version", code: "stale_version" }]);
    expect((await failure(publishCall({ ctx: ctx("grant_officer"), input: { id: crypto.randomUUID(), version: 1 }, deps }))).code).toBe("not_found");
  });

  it("refuses other roles and bad input, changing nothing", async () => {
    const before = await snapshot();
    for (const who of ["entrepreneur", "policy_analyst", "reviewer"] as const) {
      expect((await failure(createCallVerb({ ctx: ctx(who), input: { ...input, code: "IP-X-1" }, deps }))).code).toBe("forbidden");
    }
    const badForm = { sections: [{ key: "a", title: { nl: "A", en: "A" }, fields: [{ key: "x", type: "text", label: { nl: "X", en: "X" }, showWhen: { field: "nope", equals: "1" } }] }] };
    expect((await failure(createCallVerb({ ctx: ctx("grant_officer"), input: { ...input, code: "IP-X-2", form: badForm as never }, deps }))).code).toBe("validation");
    expect((await failure(createCallVerb({ ctx: ctx("grant_officer"), input: { ...input, code: "IP-X-3", closesAtLocal: "2027-02-01T09:00" }, deps }))).details).toEqual([{ path: "closesAtLocal", code: "closes_before_opening" }]);
    expect((await failure(createCallVerb({ ctx: ctx("grant_officer"), input: { ...input, code: "IP-2027-1" }, deps }))).details).toEqual([{ path: "code", code: "duplicate_code" }]);
    expect(await snapshot()).toEqual(before);
  });
});

describe("applying with a partner", () => {
  let id: string;
  let version: number;

  it("starts an application prefilled from the registry, only for one's own organisation", async () => {
    expect((await failure(startApplication({ ctx: ctx("entrepreneur"), input: { callId, organisationId: org.partner.id }, deps }))).code).toBe("forbidden");
    const app = await startApplication({ ctx: ctx("entrepreneur"), input: { callId, organisationId: org.lead.id, title: "Cobotcel voor lassen" }, deps });
    expect(app.reference).toMatch(/^IP-2026-T-\d{4}$/);
    expect(app.applicant).toMatchObject({ name: "Kempische Lasrobotica", enterpriseNumber: org.lead.enterpriseNumber, postcode: "3600", place: "Genk", smeClass: "small" });
    expect(app.partners).toEqual([expect.objectContaining({ organisationId: org.lead.id, role: "lead", status: "confirmed" })]);
    id = app.id;
    version = app.version;
  });

  it("saves drafts with the version; a stale version or a wrong answer changes nothing", async () => {
    const saved = await saveApplicationDraft({ ctx: ctx("entrepreneur"), input: { id, version, answers: { summary: "Twee bedrijven bouwen samen een cobotcel." }, amountRequestedCents: 2_000_000, contactEmail: "aanvraag@lasrobotica.test" }, deps });
    expect(saved.answers).toEqual({ summary: "Twee bedrijven bouwen samen een cobotcel." });
    expect(saved.version).toBe(version + 1);
    const before = await snapshot();
    expect((await failure(saveApplicationDraft({ ctx: ctx("entrepreneur"), input: { id, version, title: "Oud" }, deps }))).details).toEqual([{ path: "version", code: "stale_version" }]);
    expect((await failure(saveApplicationDraft({ ctx: ctx("entrepreneur"), input: { id, version: saved.version, answers: { cofinancing: "misschien" } }, deps }))).code).toBe("validation");
    expect((await failure(saveApplicationDraft({ ctx: ctx("grant_officer"), input: { id, version: saved.version, title: "Officier" }, deps }))).code).toBe("forbidden");
    expect((await failure(saveApplicationDraft({ ctx: ctx("stranger"), input: { id, version: saved.version, title: "Vreemd" }, deps }))).code).toBe("not_found");
    expect(await snapshot()).toEqual(before);
    version = saved.version;
  });

  it("invites a partner by enterprise number and lists what is missing before submitting", async () => {
    expect((await failure(invitePartner({ ctx: ctx("entrepreneur"), input: { applicationId: id, enterpriseNumber: "0123.456.789" }, deps }))).details).toEqual([{ path: "enterpriseNumber", code: "invalid_enterprise_number" }]);
    const app = await invitePartner({ ctx: ctx("entrepreneur"), input: { applicationId: id, enterpriseNumber: org.partner.enterpriseNumber!, contribution: "Data-analyse" }, deps });
    expect(app.partners.map((p) => [p.name, p.status])).toEqual([["Kempische Lasrobotica", "confirmed"], ["Hasseltse Datawerf", "invited"]]);
    expect((await failure(invitePartner({ ctx: ctx("entrepreneur"), input: { applicationId: id, enterpriseNumber: org.partner.enterpriseNumber! }, deps }))).details).toEqual([{ path: "enterpriseNumber", code: "already_partner" }]);
    const mails = await database.db.select().from(outboxMessages).where(eq(outboxMessages.entityId, id));
    expect(mails.map((m) => [m.to, m.template])).toEqual([[partnerEmail, "grants.partner_invited"]]);
    expect(mails[0].text).toContain("Kempische Lasrobotica nodigt Hasseltse Datawerf uit");
    const codes = app.readiness!.missing.map((m) => m.code);
    expect(codes).toEqual(expect.arrayContaining(["application.partners_too_few", "application.partner_pending", "application.de_minimis_missing"]));
    const before = await snapshot();
    const refused = await failure(submitApplication({ ctx: ctx("entrepreneur"), input: { id, version: app.version }, deps }));
    expect(refused.code).toBe("precondition_failed");
    expect(refused.details.map((d) => d.code)).toContain("application.partner_pending");
    expect(await snapshot()).toEqual(before);
    version = app.version;
  });

  it("the partner sees the partnership part only, confirms and declares its de minimis aid", async () => {
    const seen = await getApplication({ ctx: ctx("partner_entrepreneur"), input: { id }, deps });
    expect(seen.view).toBe("partner");
    expect(seen.answers).toEqual({});
    expect(seen.amountRequestedCents).toBeNull();
    const partnerId = seen.partners.find((p) => p.role === "partner")!.id;
    expect((await failure(respondToInvitation({ ctx: ctx("entrepreneur"), input: { applicationId: id, partnerId, accept: true, aids: [] }, deps }))).code).toBe("forbidden");
    expect((await failure(respondToInvitation({ ctx: ctx("partner_entrepreneur"), input: { applicationId: id, partnerId, accept: true, aids: [{ grantingAuthority: "VLAIO", aidDate: "2027-01-01", amountCents: 100 }] }, deps }))).details).toEqual([{ path: "aids.0.aidDate", code: "future_date" }]);
    const after = await respondToInvitation({ ctx: ctx("partner_entrepreneur"), input: { applicationId: id, partnerId, accept: true, aids: [{ grantingAuthority: "VLAIO", aidDate: "2025-04-01", amountCents: 5_000_000 }] }, deps });
    const partner = after.partners.find((p) => p.role === "partner")!;
    expect(partner).toMatchObject({ status: "confirmed", deMinimisDeclared: true });
    expect(partner.deMinimis.map((d) => d.amountCents)).toEqual([5_000_000]);
    // the lead applicant hears it, in the application's language, once (the refused attempts queued nothing)
    const mails = await database.db.select().from(outboxMessages).where(and(eq(outboxMessages.entityId, id), eq(outboxMessages.template, "grants.partner_confirmed")));
    expect(mails.map((m) => [m.to, m.language])).toEqual([["aanvraag@lasrobotica.test", "nl"]]);
    expect(mails[0].text).toContain("Hasseltse Datawerf bevestigt als partner deel te nemen aan uw aanvraag");
    expect((await failure(getApplication({ ctx: ctx("stranger"), input: { id }, deps }))).code).toBe("not_found");
    expect((await failure(getApplication({ ctx: ctx("reviewer"), input: { id }, deps }))).code).toBe("forbidden");
  });

  it("submits once complete: the lead's declaration and the form's required file", async () => {
    await declareDeMinimis({ ctx: ctx("entrepreneur"), input: { applicationId: id, organisationId: org.lead.id, aids: [] }, deps });
    const tooBig = await failure(uploadAttachment({ ctx: ctx("entrepreneur"), input: { applicationId: id, fieldKey: "plan", filename: "plan.pdf", contentType: "application/pdf", bytes: Buffer.alloc(2 * 1024 * 1024, 1) }, deps }));
    expect(tooBig.details).toEqual([{ path: "file", code: "file_too_large" }]);
    const wrongType = await failure(uploadAttachment({ ctx: ctx("entrepreneur"), input: { applicationId: id, fieldKey: "plan", filename: "plan.exe", contentType: "application/x-msdownload", bytes: Buffer.from("MZ") }, deps }));
    expect(wrongType.details).toEqual([{ path: "file", code: "file_type_not_allowed" }]);
    const withFile = await uploadAttachment({ ctx: ctx("entrepreneur"), input: { applicationId: id, fieldKey: "plan", filename: "plan.pdf", contentType: "application/pdf", bytes: Buffer.from("%PDF-1.4 test") }, deps });
    expect(withFile.attachments).toHaveLength(1);
    expect((withFile.answers.plan as { name: string }[])[0].name).toBe("plan.pdf");
    expect(withFile.readiness).toMatchObject({ ready: true, missing: [] });
    const submitted = await submitApplication({ ctx: ctx("entrepreneur"), input: { id, version: withFile.version }, deps });
    expect(submitted.status).toBe("submitted");
    expect(submitted.submittedAt).toBe(NOW.toISOString());
    const audit = await database.db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(["grant_application.start", "grant_application.invite_partner", "grant_application.partner_confirm", "grant_application.submit"]));
  });

  it("an officer asks for more information; the applicant's answer returns it to submitted", async () => {
    expect((await failure(askForInformation({ ctx: ctx("entrepreneur"), input: { applicationId: id, question: "Welke cobot kiest u?" }, deps }))).code).toBe("forbidden");
    const asked = await askForInformation({ ctx: ctx("grant_officer"), input: { applicationId: id, question: "Welke cobot kiest u en waarom?" }, deps });
    expect(asked.status).toBe("more_info_requested");
    expect(asked.openRequests).toBe(1);
    const mails = await database.db.select().from(outboxMessages).where(and(eq(outboxMessages.entityId, id), eq(outboxMessages.template, "grants.information_requested")));
    expect(mails.map((m) => m.to)).toEqual(["aanvraag@lasrobotica.test"]);
    const answered = await answerInformationRequest({ ctx: ctx("entrepreneur"), input: { applicationId: id, requestId: asked.informationRequests[0].id, answer: "Een UR10e, voor het gewicht." }, deps });
    expect(answered.status).toBe("submitted");
    expect(answered.informationRequests[0].answer).toBe("Een UR10e, voor het gewicht.");
  });

  it("lists applications per reader: lead and partner see it, a stranger does not", async () => {
    expect((await listApplications({ ctx: ctx("entrepreneur") })).items.map((a) => [a.id, a.view])).toEqual([[id, "full"]]);
    expect((await listApplications({ ctx: ctx("partner_entrepreneur") })).items.map((a) => [a.id, a.view, a.amountRequestedCents])).toEqual([[id, "partner", null]]);
    expect((await listApplications({ ctx: ctx("stranger") })).items).toEqual([]);
    expect((await listApplications({ ctx: ctx("grant_officer"), input: { callId } })).total).toBeGreaterThanOrEqual(1);
    expect((await failure(listApplications({ ctx: ctx("policy_analyst") }))).code).toBe("forbidden");
  });

  it("withdraws with the version", async () => {
    const current = await getApplication({ ctx: ctx("entrepreneur"), input: { id }, deps });
    const withdrawn = await withdrawApplication({ ctx: ctx("entrepreneur"), input: { id, version: current.version, reason: "Project uitgesteld" }, deps });
    expect(withdrawn.status).toBe("withdrawn");
    expect((await failure(withdrawApplication({ ctx: ctx("entrepreneur"), input: { id, version: withdrawn.version }, deps }))).code).toBe("conflict");
  });
});

describe("optimistic locking", () => {
  it("two saves at once with the same version: one wins, the other gets conflict and changes nothing", async () => {
    const { application } = await createApplication(database, { callId, organisationId: org.lead.id, title: "Gelijktijdig" });
    const results = await Promise.allSettled([
      saveApplicationDraft({ ctx: ctx("entrepreneur"), input: { id: application.id, version: application.version, title: "Eerste" }, deps }),
      saveApplicationDraft({ ctx: ctx("entrepreneur"), input: { id: application.id, version: application.version, title: "Tweede" }, deps }),
    ]);
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect((lost[0].reason as AppError).code).toBe("conflict");
    const [row] = await database.db.select().from(grantApplications).where(eq(grantApplications.id, application.id));
    expect(row.version).toBe(application.version + 1);
    expect(row.title).toBe((won[0] as PromiseFulfilledResult<{ title: string }>).value.title);
  });

  it("searches titles literally (a % in the search is not a wildcard)", async () => {
    await createApplication(database, { callId, organisationId: org.lead.id, title: "Korting 100% digitaal" });
    expect((await listApplications({ ctx: ctx("grant_officer"), input: { q: "100%" } })).items.map((a) => a.title)).toEqual(["Korting 100% digitaal"]);
    expect((await listApplications({ ctx: ctx("grant_officer"), input: { q: "%" } })).items.map((a) => a.title)).toEqual(["Korting 100% digitaal"]);
  });
});

describe("the closing moment", () => {
  it("accepts a submission a millisecond before closing and refuses one at the closing moment, changing nothing", async () => {
    const closesAt = new Date("2026-11-30T16:00:00.000Z"); // 17:00 in Brussels
    const { call } = await createCall(database, { fundCode: "innovation_premium", code: "IP-CLOSE", closesAt, rules: { consortium: null }, now: () => NOW });
    const make = async () => (await createApplication(database, { callId: call.id, organisationId: org.lead.id, createdBy: null })).application;
    const early = await make();
    const ok = await submitApplication({ ctx: ctx("entrepreneur"), input: { id: early.id, version: early.version }, deps: { now: () => new Date(closesAt.getTime() - 1) } });
    expect(ok.status).toBe("submitted");
    const late = await make();
    const before = await snapshot();
    const refused = await failure(submitApplication({ ctx: ctx("entrepreneur"), input: { id: late.id, version: late.version }, deps: { now: () => closesAt } }));
    expect(refused).toMatchObject({ code: "precondition_failed", details: [{ code: "call.closed" }] });
    expect(await snapshot()).toEqual(before);
    const [row] = await database.db.select().from(grantApplications).where(eq(grantApplications.id, late.id));
    expect(row).toMatchObject({ status: "draft", submittedAt: null, version: late.version });
    expect((await failure(startApplication({ ctx: ctx("entrepreneur"), input: { callId: call.id, organisationId: org.lead.id }, deps: { now: () => closesAt } }))).details).toEqual([{ path: "callId", code: "call.closed" }]);
  });
});
