import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, count, eq } from "drizzle-orm";
import { createTestDatabase } from "../../../../test/db.js";
import type { Database } from "../../db/client.js";
import { auditLog } from "../../db/schema/audit.js";
import { grantApplications } from "../../db/schema/grants.js";
import { outboxMessages } from "../../db/schema/outbox.js";
import { makeCtx } from "../../platform/context.js";
import { AppError } from "../../platform/errors.js";
import { ensureMunicipalities, GENK, HASSELT } from "../../../../seed/factories/compass.js";
import { createApplication, createCall, ensureGrantFunds } from "../../../../seed/factories/grants.js";
import { actorFor, createUser } from "../../../../seed/factories/identity.js";
import { createOrganisation } from "../../../../seed/factories/organisations.js";
import { respondToInvitation } from "./index.js";

const NOW = new Date("2026-11-15T12:00:00Z");
const deps = { now: () => NOW };
let database: Database & { drop(): Promise<void> };

beforeAll(async () => {
  database = await createTestDatabase();
  await ensureMunicipalities(database);
  await ensureGrantFunds(database);
});
afterAll(async () => database.drop());

const mailsOf = async (id: string) => database.db.select().from(outboxMessages).where(eq(outboxMessages.entityId, id));
const audits = async () => Number((await database.db.select({ n: count() }).from(auditLog))[0].n);

describe("the lead applicant hears a partner's answer", () => {
  it("a decline is mailed to the application's contact in its language (English), with the reason, once", async () => {
    const lead = await createOrganisation(database, { name: "Genkse Sensortechniek", municipalityNis: GENK });
    const partnerOrg = await createOrganisation(database, { name: "Hasseltse Koeltechniek", municipalityNis: HASSELT });
    const partnerUser = await createUser(database, { roles: ["entrepreneur"], scopes: [{ kind: "organisation", ref: partnerOrg.id }] });
    const callId = (await createCall(database, { fundCode: "innovation_premium", now: () => NOW })).call.id;
    const { application, partners } = await createApplication(database, { callId, organisationId: lead.id, language: "en", partners: [{ organisationId: partnerOrg.id, status: "invited" }] });
    await database.db.update(grantApplications).set({ contactEmail: "grants@sensortechniek.test" }).where(eq(grantApplications.id, application.id));
    const partnerId = partners.find((p) => p.role === "partner")!.id;
    const partnerCtx = makeCtx({ actor: actorFor(partnerUser), db: database.db });

    await respondToInvitation({ ctx: partnerCtx, input: { applicationId: application.id, partnerId, accept: false, reason: "No capacity this year." }, deps });
    const mails = await mailsOf(application.id);
    expect(mails.map((m) => [m.to, m.template, m.language])).toEqual([["grants@sensortechniek.test", "grants.partner_declined", "en"]]);
    expect(mails[0].subject).toBe(`Hasseltse Koeltechniek declines to take part in application ${application.reference}`);
    expect(mails[0].text).toContain("Reason given: No capacity this year.");

    // answering again is refused and queues nothing, audits nothing
    const before = await audits();
    const again = await respondToInvitation({ ctx: partnerCtx, input: { applicationId: application.id, partnerId, accept: true, aids: [] }, deps }).catch((e: unknown) => e);
    expect(again).toBeInstanceOf(AppError);
    expect((again as AppError).code).toBe("conflict");
    expect(await mailsOf(application.id)).toHaveLength(1);
    expect(await audits()).toBe(before);
  });

  it("without a contact address, the lead's entrepreneurs hear it, each in their own language", async () => {
    const lead = await createOrganisation(database, { name: "Maaseikse Bouwtechniek", municipalityNis: GENK });
    const partnerOrg = await createOrganisation(database, { name: "Boorse Betonwerken", municipalityNis: HASSELT });
    const leadUser = await createUser(database, { roles: ["entrepreneur"], scopes: [{ kind: "organisation", ref: lead.id }] });
    const leadUserEn = await createUser(database, { roles: ["entrepreneur"], locale: "en", scopes: [{ kind: "organisation", ref: lead.id }] });
    const partnerUser = await createUser(database, { roles: ["entrepreneur"], scopes: [{ kind: "organisation", ref: partnerOrg.id }] });
    const callId = (await createCall(database, { fundCode: "innovation_premium", now: () => NOW })).call.id;
    const { application, partners } = await createApplication(database, { callId, organisationId: lead.id, partners: [{ organisationId: partnerOrg.id, status: "invited" }] });
    const partnerId = partners.find((p) => p.role === "partner")!.id;
    await respondToInvitation({ ctx: makeCtx({ actor: actorFor(partnerUser), db: database.db }), input: { applicationId: application.id, partnerId, accept: true, aids: [] }, deps });
    const mails = await database.db.select().from(outboxMessages).where(and(eq(outboxMessages.entityId, application.id), eq(outboxMessages.template, "grants.partner_confirmed")));
    const byTo = new Map(mails.map((m) => [m.to, m]));
    expect([...byTo.keys()].sort()).toEqual([leadUser.email, leadUserEn.email].sort());
    expect(byTo.get(leadUser.email)!.text).toContain("Boorse Betonwerken bevestigt als partner deel te nemen");
    expect(byTo.get(leadUserEn.email)!).toMatchObject({ language: "en", subject: `Boorse Betonwerken confirms taking part in application ${application.reference}` });
    expect(mails.map((m) => m.to)).not.toContain(partnerUser.email);
  });
});
