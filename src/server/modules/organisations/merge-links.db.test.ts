import { and, count, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../test/harness.js";
import type { OrganisationMerge, OrganisationProfile } from "../../../contracts/organisations.js";
import { auditLog } from "../../db/schema/audit.js";
import { grantAwards, grantDecisions } from "../../db/schema/grants-decisions.js";
import { grantApplicationPartners, grantApplications, grantDeMinimisDeclarations } from "../../db/schema/grants.js";
import { userScopes } from "../../db/schema/identity.js";
import { organisationMerges } from "../../db/schema/organisations.js";
import { retailCampaignMerchants, retailCampaigns, spaceDemands } from "../../db/schema/space-demand.js";
import { spaceParcels, spacePremises } from "../../db/schema/space.js";
import { makeCtx } from "../../platform/context.js";
import { AppError } from "../../platform/errors.js";
import { ensureMunicipalities } from "../../../../seed/factories/compass.js";
import { createApplication, createCall } from "../../../../seed/factories/grants.js";
import { actorFor, as, createUser, loginAs, type SignedIn } from "../../../../seed/factories/identity.js";
import { createOrganisation } from "../../../../seed/factories/organisations.js";
import { createTestParcel, createTestPremises } from "../../../../seed/factories/space.js";
import { repointOrganisation as repointGrants } from "../grants/index.js";
import { repointOrganisationScopes } from "../identity/index.js";
import { repointOrganisation as repointSpace } from "../space/index.js";
import { repointOrganisation as repointSupport } from "../support/index.js";

const GENK = "71016";
let t: TestApp;
let manager: SignedIn;

beforeAll(async () => {
  t = await createTestApp();
  await ensureMunicipalities(t.database);
  const u = await createUser(t.database, { roles: ["account_manager"] });
  manager = await loginAs(t.app, u.email, u.password);
});
afterAll(async () => t.close());

const get = (url: string, who: SignedIn) => t.app.inject({ method: "GET", url, headers: as(who) });
const merge = (survivorId: string, mergedId: string) =>
  t.app.inject({ method: "POST", url: "/api/organisations/merges", payload: { survivorId, mergedId, reason: "Same company entered twice." }, headers: as(manager) });
const auditOf = async (action: string, entityId: string) =>
  t.database.db.select().from(auditLog).where(and(eq(auditLog.action, action), eq(auditLog.entityId, entityId)));
const pair = async (name: string) => ({
  keep: (await createOrganisation(t.database, { name: `${name} NV`, municipalityNis: GENK })).id,
  dup: (await createOrganisation(t.database, { name, enterpriseNumber: null, municipalityNis: GENK })).id,
});
const entrepreneurOf = async (...orgIds: string[]) => {
  const u = await createUser(t.database, { roles: ["entrepreneur"], scopes: orgIds.map((ref) => ({ kind: "organisation" as const, ref })) });
  return { id: u.id, session: await loginAs(t.app, u.email, u.password) };
};
const scopesOf = async (userId: string) =>
  (await t.database.db.select({ ref: userScopes.ref }).from(userScopes).where(and(eq(userScopes.userId, userId), eq(userScopes.kind, "organisation")))).map((s) => s.ref).sort();
const demandFor = async (organisationId: string) =>
  (await t.database.db.insert(spaceDemands).values({
    organisationId, title: "New production hall", kind: "land", transaction: "buy", areaMinM2: 5000, areaMaxM2: 10000, activityNace: "25620",
  }).returning())[0];

describe("merging keeps every link of the merged record", () => {
  it("moves scopes, grant applications, partnerships, declarations, awards, space demands, owned parcels and merchants to the survivor", async () => {
    const db = t.database;
    const { keep, dup } = await pair("Metaalwerken Claes");
    const third = (await createOrganisation(db, { name: "Kunststoffen Jacobs", municipalityNis: GENK })).id;
    const dupOnly = await entrepreneurOf(dup);
    const both = await entrepreneurOf(dup, keep);
    const keepOnly = await entrepreneurOf(keep);

    // Grants: an application the duplicate leads (with its declared aid), and one it joins as an awarded partner.
    const { call, fund } = await createCall(db);
    const led = await createApplication(db, {
      callId: call.id, organisationId: dup, partners: [{ organisationId: third }],
      declarations: [{ organisationId: dup, amountCents: 1_000_000, aidDate: "2025-03-01" }],
    });
    const joined = await createApplication(db, { callId: call.id, organisationId: third, status: "approved", partners: [{ organisationId: dup }] });
    const [decision] = await db.db.insert(grantDecisions).values({
      applicationId: joined.application.id, outcome: "approved", amountCents: 3_000_000, decisionDate: "2026-06-01", reasons: "Strong consortium.",
      shares: [{ organisationId: third, amountCents: 2_000_000 }, { organisationId: dup, amountCents: 1_000_000 }],
    }).returning();
    const [award] = await db.db.insert(grantAwards).values({
      decisionId: decision.id, applicationId: joined.application.id, callId: call.id, fundId: fund.id, organisationId: dup, role: "partner",
      amountCents: 1_000_000, grantDate: "2026-06-01", instrument: "grant", deMinimis: true,
    }).returning();

    // Space: a demand, an owned parcel, a campaign merchant.
    const demand = await demandFor(dup);
    const parcel = await createTestParcel(db, { municipalityNis: GENK, ownerOrganisationId: dup });
    const premises = await createTestPremises(db, { municipalityNis: GENK, ownerOrganisationId: dup });
    const [campaign] = await db.db.insert(retailCampaigns).values({ name: "Maand van de markt", kind: "month_of_the_market", startsOn: "2026-10-01", endsOn: "2026-10-31" }).returning();
    const [merchant] = await db.db.insert(retailCampaignMerchants).values({ campaignId: campaign.id, merchantName: "Claes", organisationId: dup }).returning();

    // Before: whoever acts only for the survivor does not see the duplicate's profile or application.
    expect((await get(`/api/organisations/${keep}`, dupOnly.session)).statusCode).toBe(404);
    expect((await get(`/api/grants/applications/${led.application.id}`, keepOnly.session)).statusCode).not.toBe(200);

    const res = await merge(keep, dup);
    expect(res.statusCode, res.body).toBe(201);
    const moved = (res.json() as OrganisationMerge).moved;
    expect(moved).toMatchObject({ grantApplications: 2, spaceRecords: 4, userScopes: 2 });

    // Identity: the entrepreneur acts for the survivor now (same session), and no scope is doubled.
    expect(await scopesOf(dupOnly.id)).toEqual([keep]);
    expect(await scopesOf(both.id)).toEqual([keep]);
    const profile = await get(`/api/organisations/${keep}`, dupOnly.session);
    expect(profile.statusCode, profile.body).toBe(200);
    expect((profile.json() as OrganisationProfile).id).toBe(keep);
    expect((await get(`/api/grants/applications/${led.application.id}`, dupOnly.session)).statusCode).toBe(200);
    expect((await get(`/api/grants/applications/${led.application.id}`, keepOnly.session)).statusCode).toBe(200);
    expect((await get(`/api/space/demands/${demand.id}`, keepOnly.session)).statusCode).toBe(200);

    // Grants rows.
    const [app] = await db.db.select().from(grantApplications).where(eq(grantApplications.id, led.application.id));
    expect(app.organisationId).toBe(keep);
    const partners = await db.db.select().from(grantApplicationPartners).where(inArray(grantApplicationPartners.applicationId, [led.application.id, joined.application.id]));
    expect(partners.filter((p) => p.organisationId === dup)).toEqual([]);
    expect(partners.filter((p) => p.organisationId === keep).map((p) => `${p.applicationId === led.application.id ? "led" : "joined"}:${p.role}`).sort()).toEqual(["joined:partner", "led:lead"]);
    const [declaration] = await db.db.select().from(grantDeMinimisDeclarations).where(eq(grantDeMinimisDeclarations.applicationId, led.application.id));
    expect(declaration.organisationId).toBe(keep);
    expect((await db.db.select().from(grantAwards).where(eq(grantAwards.id, award.id)))[0].organisationId).toBe(keep);
    expect((await db.db.select().from(grantDecisions).where(eq(grantDecisions.id, decision.id)))[0].shares).toEqual([
      { organisationId: third, amountCents: 2_000_000 }, { organisationId: keep, amountCents: 1_000_000 },
    ]);

    // Space rows.
    expect((await db.db.select().from(spaceDemands).where(eq(spaceDemands.id, demand.id)))[0].organisationId).toBe(keep);
    expect((await db.db.select().from(spaceParcels).where(eq(spaceParcels.id, parcel.id)))[0].ownerOrganisationId).toBe(keep);
    expect((await db.db.select().from(spacePremises).where(eq(spacePremises.id, premises.id)))[0].ownerOrganisationId).toBe(keep);
    expect((await db.db.select().from(retailCampaignMerchants).where(eq(retailCampaignMerchants.id, merchant.id)))[0].organisationId).toBe(keep);

    // One audit row per user, application and space record, in the merge's name.
    for (const [action, id] of [
      ["user.scope_repoint", dupOnly.id], ["user.scope_repoint", both.id],
      ["grant_application.repoint_organisation", led.application.id], ["grant_application.repoint_organisation", joined.application.id],
      ["space_demand.repoint_organisation", demand.id], ["parcel.repoint_owner", parcel.id], ["premises.repoint_owner", premises.id], ["retail_campaign.repoint_merchant", campaign.id],
    ] as const) {
      const rows = await auditOf(action, id);
      expect(rows, `${action} ${id}`).toHaveLength(1);
      expect(rows[0].after).toMatchObject(/^(parcel|premises)\./.test(action) ? { ownerOrganisationId: keep } : action.startsWith("user") ? { scope: { ref: keep } } : { organisationId: keep });
    }
    expect((await auditOf("user.scope_repoint", both.id))[0].after).toMatchObject({ alreadyHeld: true });
  });
});

describe("a merge the grants cannot join is refused and changes nothing", () => {
  const state = async (userId: string, orgIds: string[]) => ({
    audit: Number((await t.database.db.select({ n: count() }).from(auditLog))[0].n),
    merges: Number((await t.database.db.select({ n: count() }).from(organisationMerges))[0].n),
    scopes: await scopesOf(userId),
    partners: (await t.database.db.select({ a: grantApplicationPartners.applicationId, o: grantApplicationPartners.organisationId, v: grantApplicationPartners.version })
      .from(grantApplicationPartners).where(inArray(grantApplicationPartners.organisationId, orgIds))).map((p) => `${p.a}:${p.o}:${p.v}`).sort(),
    demands: (await t.database.db.select({ o: spaceDemands.organisationId }).from(spaceDemands).where(inArray(spaceDemands.organisationId, orgIds))).map((d) => d.o).sort(),
  });

  it("when the two records are lead and partner of one application", async () => {
    const { keep, dup } = await pair("Houtbewerking Smeets");
    const user = await entrepreneurOf(dup);
    const { call } = await createCall(t.database);
    const { application } = await createApplication(t.database, { callId: call.id, organisationId: keep, partners: [{ organisationId: dup }] });
    await demandFor(dup);
    const before = await state(user.id, [keep, dup]);
    const res = await merge(keep, dup);
    expect(res.statusCode, res.body).toBe(412);
    const details = res.json().error.details as { code: string; message: string }[];
    expect(details.map((d) => d.code)).toEqual(["same_application"]);
    expect(details[0].message).toContain(application.reference);
    expect(await state(user.id, [keep, dup])).toEqual(before);
    expect((await get(`/api/organisations/${dup}`, user.session)).statusCode).toBe(200);
  });

  it("when the two records are both partners of a third organisation's application", async () => {
    const { keep, dup } = await pair("Glasatelier Wouters");
    const lead = (await createOrganisation(t.database, { name: "Bouwgroep Lenaerts", municipalityNis: GENK })).id;
    const user = await entrepreneurOf(dup);
    const { call } = await createCall(t.database);
    await createApplication(t.database, { callId: call.id, organisationId: lead, partners: [{ organisationId: keep }, { organisationId: dup, status: "declined" }] });
    const before = await state(user.id, [keep, dup]);
    const res = await merge(keep, dup);
    expect(res.statusCode, res.body).toBe(412);
    expect(res.json().error.details[0].code).toBe("same_application");
    expect(await state(user.id, [keep, dup])).toEqual(before);
  });
});

describe("the repoint verbs on their own", () => {
  const verbs = [repointOrganisationScopes, repointGrants, repointSpace, repointSupport] as const;

  it("are refused to roles that do not merge organisations", async () => {
    const { keep, dup } = await pair("Schrijnwerkerij Peeters");
    for (const role of ["grant_officer", "policy_analyst", "entrepreneur"] as const) {
      const actor = actorFor(await createUser(t.database, { roles: [role], scopes: role === "entrepreneur" ? [{ kind: "organisation", ref: dup }] : [] }));
      for (const verb of verbs) {
        const err = await verb({ ctx: makeCtx({ actor, db: t.database.db }), input: { fromOrganisationId: dup, toOrganisationId: keep } }).catch((e: unknown) => e);
        expect(err, `${role} ${verb.name}`).toBeInstanceOf(AppError);
        expect((err as AppError).code).toBe("forbidden");
      }
    }
  });

  it("answer validation on bad ids or the same organisation twice", async () => {
    const admin = actorFor(await createUser(t.database, { roles: ["administrator"] }));
    const { keep } = await pair("Drukkerij Vanhoof");
    for (const verb of verbs) {
      for (const input of [{ fromOrganisationId: "nope", toOrganisationId: keep }, { fromOrganisationId: keep, toOrganisationId: keep }, { fromOrganisationId: keep }]) {
        const err = await verb({ ctx: makeCtx({ actor: admin, db: t.database.db }), input: input as never }).catch((e: unknown) => e);
        expect(err, `${verb.name} ${JSON.stringify(input)}`).toBeInstanceOf(AppError);
        expect((err as AppError).code).toBe("validation");
      }
    }
  });
});
