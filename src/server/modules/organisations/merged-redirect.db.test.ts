import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../test/harness.js";
import type { Role } from "../../../contracts/identity.js";
import type { OrganisationProfile } from "../../../contracts/organisations.js";
import { ensureMunicipalities } from "../../../../seed/factories/compass.js";
import { as, createUser, loginAs, type SignedIn } from "../../../../seed/factories/identity.js";
import { createOrganisation } from "../../../../seed/factories/organisations.js";

const GENK = "71016";
let t: TestApp;
const sessions = {} as Record<string, SignedIn>;
const ids = {} as Record<"first" | "second" | "kbo", string>;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database;
  await ensureMunicipalities(db);
  ids.first = (await createOrganisation(db, { name: "Kempense Precisie", enterpriseNumber: null, postcode: "3600", municipalityNis: GENK })).id;
  ids.second = (await createOrganisation(db, { name: "Kempense Precisietechniek", enterpriseNumber: null, postcode: "3600", municipalityNis: GENK })).id;
  ids.kbo = (await createOrganisation(db, { name: "Kempense Precisietechniek BV", source: "kbo", kboActive: true, postcode: "3600", municipalityNis: GENK })).id;
  for (const role of ["account_manager", "municipality"] as Role[]) {
    const u = await createUser(db, { roles: [role], scopes: role === "municipality" ? [{ kind: "municipality", ref: GENK }] : [] });
    sessions[role] = await loginAs(t.app, u.email, u.password);
  }
});
afterAll(async () => t.close());

const get = (id: string, who = "account_manager") =>
  t.app.inject({ method: "GET", url: `/api/organisations/${id}`, headers: as(sessions[who]) });
const merge = (survivorId: string, mergedId: string) =>
  t.app.inject({ method: "POST", url: "/api/organisations/merges", payload: { survivorId, mergedId, reason: "Dubbel record" }, headers: as(sessions.account_manager) });

describe("a merged organisation's id", () => {
  it("answers 200 with mergedInto naming the survivor, and null for a live record", async () => {
    expect((await get(ids.first)).json<OrganisationProfile>().mergedInto).toBeNull();
    expect((await merge(ids.second, ids.first)).statusCode).toBe(201);
    const merged = await get(ids.first);
    expect(merged.statusCode).toBe(200);
    expect(merged.json<OrganisationProfile>().mergedInto).toBe(ids.second);
    expect(merged.json<OrganisationProfile>().name).toBe("Kempense Precisie");
    expect((await get(ids.second)).json<OrganisationProfile>().mergedInto).toBeNull();
  });

  it("follows a later merge of the survivor to the record that survives now", async () => {
    expect((await merge(ids.kbo, ids.second)).statusCode).toBe(201);
    expect((await get(ids.first)).json<OrganisationProfile>().mergedInto).toBe(ids.kbo);
    expect((await get(ids.second)).json<OrganisationProfile>().mergedInto).toBe(ids.kbo);
    expect((await get(ids.kbo)).json<OrganisationProfile>().mergedInto).toBeNull();
  });

  it("keeps the merged record out of search but readable to whoever may read it", async () => {
    const search = await t.app.inject({ method: "GET", url: "/api/organisations?q=Kempense", headers: as(sessions.account_manager) });
    expect(search.json<{ items: { id: string }[] }>().items.map((i) => i.id)).toEqual([ids.kbo]);
    const municipality = await get(ids.first, "municipality");
    expect(municipality.statusCode).toBe(200);
    expect(municipality.json<OrganisationProfile>().mergedInto).toBe(ids.kbo);
  });
});
