import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../test/harness.js";
import type { Role } from "../../../contracts/identity.js";
import type { DuplicateCandidateList, OrganisationMerge, OrganisationMergeStatus, OrganisationProfile } from "../../../contracts/organisations.js";
import { auditLog } from "../../db/schema/audit.js";
import { contacts, organisationEstablishments, organisationMerges, organisations } from "../../db/schema/organisations.js";
import { supportTrajectories } from "../../db/schema/support.js";
import { makeCtx } from "../../platform/context.js";
import { AppError } from "../../platform/errors.js";
import { ensureMunicipalities } from "../../../../seed/factories/compass.js";
import { actorFor, as, createUser, loginAs, type SignedIn } from "../../../../seed/factories/identity.js";
import { createContact } from "../../../../seed/factories/contacts.js";
import { createOrganisation, relateOrganisations } from "../../../../seed/factories/organisations.js";
import { createTrajectory, ensureProgrammes } from "../../../../seed/factories/support.js";
import { mergeOrganisations } from "./index.js";

const GENK = "71016";
const HASSELT = "71072";
let t: TestApp;
const sessions = {} as Record<Role, SignedIn>;
const ids = {} as Record<string, string>;
let trajectoryId = "";

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database;
  await ensureMunicipalities(db);
  await ensureProgrammes(db);
  ids.kbo = (await createOrganisation(db, { name: "Colruyt Group", enterpriseNumber: "0400.378.485", source: "kbo", kboActive: true, postcode: "3600", place: "Genk", municipalityNis: GENK, nace: [{ code: "47110" }] })).id;
  ids.manual = (await createOrganisation(db, {
    name: "Colruyt", enterpriseNumber: null, postcode: "3600", place: "Genk", municipalityNis: GENK,
    headcount: 40, turnoverEur: 5_000_000, balanceSheetEur: 3_000_000, figuresYear: 2025, nace: [{ code: "47110" }, { code: "46390", classification: "SECO" }],
  })).id;
  ids.partner = (await createOrganisation(db, { name: "Investeerder NV", municipalityNis: HASSELT })).id;
  ids.bakery = (await createOrganisation(db, { name: "Bakkerij Peeters", enterpriseNumber: null, postcode: "3500", municipalityNis: HASSELT })).id;
  ids.otherKbo = (await createOrganisation(db, { name: "Umicore", enterpriseNumber: "BE0401574852", source: "kbo", municipalityNis: HASSELT })).id;
  await relateOrganisations(db, { organisationId: ids.manual, relatedId: ids.partner, relation: "partner", sharePct: 30 });
  await db.db.insert(organisationEstablishments).values([
    { organisationId: ids.manual, name: "Depot Zwartberg", street: "Zwartbergstraat", houseNumber: "1", postcode: "3600", place: "Genk", municipalityNis: GENK },
  ]);
  trajectoryId = (await createTrajectory(db, { organisationId: ids.manual, startDate: "2026-01-10" })).id;

  for (const role of ["administrator", "policy_analyst", "account_manager", "grant_officer", "reviewer", "municipality", "entrepreneur"] as Role[]) {
    const scopes = role === "municipality" ? [{ kind: "municipality" as const, ref: GENK }] : role === "entrepreneur" ? [{ kind: "organisation" as const, ref: ids.manual }] : [];
    const u = await createUser(db, { roles: [role], scopes });
    sessions[role] = await loginAs(t.app, u.email, u.password);
  }
});
afterAll(async () => t.close());

const get = (url: string, who: Role | "public" = "account_manager") =>
  t.app.inject({ method: "GET", url, headers: who === "public" ? {} : as(sessions[who]) });
const post = (url: string, payload: unknown, who: Role | "public" = "account_manager") =>
  t.app.inject({ method: "POST", url, payload: payload as object, headers: who === "public" ? {} : as(sessions[who]) });
const n = async (table: typeof organisationMerges | typeof auditLog | typeof organisationEstablishments) =>
  Number((await t.database.db.select({ n: count() }).from(table))[0].n);
const state = async () => ({
  merges: await n(organisationMerges),
  audit: await n(auditLog),
  establishments: await n(organisationEstablishments),
  orgs: (await t.database.db.select({ id: organisations.id, v: organisations.version, m: organisations.mergedInto }).from(organisations).orderBy(organisations.id)),
});

describe("detecting duplicates", () => {
  it("pairs the hand-made Colruyt with the KBO record Colruyt Group in the same municipality", async () => {
    const res = await get("/api/organisations/duplicates?minScore=0.5");
    expect(res.statusCode, res.body).toBe(200);
    const items = (res.json() as DuplicateCandidateList).items;
    const pair = items.find((i) => i.duplicate.id === ids.manual);
    expect(pair?.survivor.id).toBe(ids.kbo);
    expect(pair!.score).toBeGreaterThanOrEqual(0.7);
    expect(pair!.reasons.map((r) => r.code)).toEqual(["similar_name", "same_municipality", "same_postcode", "no_enterprise_number"]);
    expect(items.some((i) => i.duplicate.id === ids.bakery || i.survivor.id === ids.bakery)).toBe(false);
    expect((await get("/api/organisations/duplicates?minScore=0.99")).json()).toEqual({ items: [] });
  });

  it("is for staff only and checks its query", async () => {
    for (const who of ["administrator", "policy_analyst", "grant_officer"] as const) expect((await get("/api/organisations/duplicates", who)).statusCode).toBe(200);
    for (const who of ["entrepreneur", "municipality", "reviewer"] as const) expect((await get("/api/organisations/duplicates", who)).statusCode).toBe(403);
    expect((await get("/api/organisations/duplicates", "public")).statusCode).toBe(401);
    expect((await get("/api/organisations/duplicates?minScore=2")).statusCode).toBe(400);
    expect((await get("/api/organisations/duplicates?limit=0")).statusCode).toBe(400);
  });
});

describe("merging", () => {
  const good = () => ({ survivorId: ids.kbo, mergedId: ids.manual, reason: "The hand-made record of the KBO enterprise." });

  it("refuses other roles and bad input, changing nothing", async () => {
    const before = await state();
    for (const who of ["policy_analyst", "grant_officer", "entrepreneur", "municipality", "reviewer"] as const) {
      expect((await post("/api/organisations/merges", good(), who)).statusCode, who).toBe(403);
    }
    expect((await post("/api/organisations/merges", good(), "public")).statusCode).toBe(401);
    for (const body of [{ ...good(), extra: 1 }, { ...good(), survivorId: "nope" }, { survivorId: ids.kbo, mergedId: ids.manual }, { ...good(), reason: "" }]) {
      const res = await post("/api/organisations/merges", body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.code).toBe("validation");
    }
    expect((await post("/api/organisations/merges", { ...good(), survivorId: ids.manual })).json().error.details[0].code).toBe("same_organisation");
    const twoKbo = await post("/api/organisations/merges", { ...good(), mergedId: ids.otherKbo });
    expect(twoKbo.statusCode).toBe(412);
    expect(twoKbo.json().error.details[0].code).toBe("different_enterprise_numbers");
    const reversed = await post("/api/organisations/merges", { ...good(), survivorId: ids.manual, mergedId: ids.kbo });
    expect(reversed.statusCode).toBe(412);
    expect(reversed.json().error.details[0].code).toBe("keep_enterprise_number");
    expect((await post("/api/organisations/merges", { ...good(), mergedId: "00000000-0000-4000-8000-000000000000" })).statusCode).toBe(404);
    expect(await state()).toEqual(before);
  });

  it("moves trajectories, relations, establishments, activities and contacts, fills the survivor's figures and keeps the merged record", async () => {
    const contact = await createContact(t.database, { organisationId: ids.manual, name: "Contact at the hand-made record", legalBasisDate: "2026-01-15" });
    const res = await post("/api/organisations/merges", good());
    expect(res.statusCode, res.body).toBe(201);
    const merge = res.json() as OrganisationMerge;
    // The entrepreneur acting for the hand-made record now acts for the survivor.
    expect(merge.moved).toEqual({
      establishments: 1, activities: 1, relations: 1, trajectories: 1, contacts: 1, grantApplications: 0, spaceRecords: 0, userScopes: 1, filledFields: ["figures", "altNames"],
    });
    const [movedContact] = await t.database.db.select().from(contacts).where(eq(contacts.id, contact.id));
    expect(movedContact.organisationId).toBe(ids.kbo);
    expect(merge.snapshot.name).toBe("Colruyt");

    const [trajectory] = await t.database.db.select().from(supportTrajectories).where(eq(supportTrajectories.id, trajectoryId));
    expect(trajectory.organisationId).toBe(ids.kbo);

    const profile = (await get(`/api/organisations/${ids.kbo}`)).json() as OrganisationProfile;
    expect(profile.establishments.map((e) => e.place)).toEqual(["Genk"]);
    expect(profile.activities.map((a) => a.naceCode).sort()).toEqual(["46390", "47110"]);
    expect(profile.figures.headcount).toBe(40);
    expect(profile.altNames).toEqual(["Colruyt"]);
    expect(profile.sme.enterprises.map((e) => e.id)).toEqual([ids.partner]);

    // The merged record stays readable and points at the survivor; search shows only the survivor.
    expect((await get(`/api/organisations/${ids.manual}`)).statusCode).toBe(200);
    const status = (await get(`/api/organisations/${ids.manual}/merges`)).json() as OrganisationMergeStatus;
    expect(status.mergedInto).toBe(ids.kbo);
    expect(status.merges.map((m) => m.id)).toEqual([merge.id]);
    expect(((await get(`/api/organisations/${ids.kbo}/merges`)).json() as OrganisationMergeStatus).merges[0].mergedId).toBe(ids.manual);
    const found = (await get("/api/organisations?q=colruyt")).json() as { items: { id: string }[] };
    expect(found.items.map((i) => i.id)).toEqual([ids.kbo]);
    const dupes = (await get("/api/organisations/duplicates")).json() as DuplicateCandidateList;
    expect(dupes.items.some((i) => i.duplicate.id === ids.manual)).toBe(false);

    // Audit on both ids, and the trajectory's own move; the merged id's history stays readable.
    const audit = async (action: string, entityId: string) =>
      t.database.db.select().from(auditLog).where(and(eq(auditLog.action, action), eq(auditLog.entityId, entityId)));
    expect(await audit("organisation.merge", ids.manual)).toHaveLength(1);
    expect(await audit("organisation.absorb", ids.kbo)).toHaveLength(1);
    expect(await audit("trajectory.repoint", trajectoryId)).toHaveLength(1);
    const history = await t.app.inject({ method: "GET", url: `/api/audit/history/organisation/${ids.manual}`, headers: as(sessions.administrator) });
    expect(history.statusCode, history.body).toBe(200);
    expect(history.body).toContain("organisation.merge");
  });

  it("refuses merging a merged record again (conflict) or into a merged record", async () => {
    const again = await post("/api/organisations/merges", good());
    expect(again.statusCode).toBe(409);
    expect(again.json().error.details[0].code).toBe("already_merged");
    const into = await post("/api/organisations/merges", { ...good(), survivorId: ids.manual, mergedId: ids.bakery });
    expect(into.statusCode).toBe(412);
    expect(into.json().error.details[0].code).toBe("survivor_merged");
  });

  it("refuses when both records have an open trajectory in the same programme, changing nothing", async () => {
    const db = t.database;
    const dup = (await createOrganisation(db, { name: "Drukkerij Lemmens", enterpriseNumber: null, municipalityNis: GENK })).id;
    const keep = (await createOrganisation(db, { name: "Drukkerij Lemmens BV", municipalityNis: GENK })).id;
    await createTrajectory(db, { organisationId: dup, startDate: "2026-02-01" });
    await createTrajectory(db, { organisationId: keep, startDate: "2026-02-01" });
    const before = await state();
    const res = await post("/api/organisations/merges", { survivorId: keep, mergedId: dup, reason: "Same printing company." });
    expect(res.statusCode, res.body).toBe(412);
    expect(res.json().error.details[0].code).toBe("open_trajectory_exists");
    expect(await state()).toEqual(before);
  });

  it("lets one of two concurrent merges of the same record win; the other gets conflict", async () => {
    const db = t.database;
    const dup = (await createOrganisation(db, { name: "Lasbedrijf Vos", enterpriseNumber: null, municipalityNis: GENK })).id;
    const a = (await createOrganisation(db, { name: "Lasbedrijf Vos NV", municipalityNis: GENK })).id;
    const b = (await createOrganisation(db, { name: "Vos Lasbedrijf BV", municipalityNis: GENK })).id;
    const admin = actorFor(await createUser(db, { roles: ["administrator"] }));
    const run = (survivorId: string) =>
      mergeOrganisations({ ctx: makeCtx({ actor: admin, db: db.db }), input: { survivorId, mergedId: dup, reason: "Same welding company." } });
    const results = await Promise.allSettled([run(a), run(b)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failed = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(failed.reason).toBeInstanceOf(AppError);
    expect((failed.reason as AppError).code).toBe("conflict");
    const rows = await db.db.select().from(organisationMerges).where(eq(organisationMerges.mergedId, dup));
    expect(rows).toHaveLength(1);
  });
});
