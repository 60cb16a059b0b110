import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count } from "drizzle-orm";
import { createTestApp, type TestApp } from "../../../../test/harness.js";
import type { Role } from "../../../contracts/identity.js";
import { auditLog } from "../../db/schema/audit.js";
import { spaceBrownfields, spaceDocuments, spacePremises } from "../../db/schema/space.js";
import { ensureMunicipalities } from "../../../../seed/factories/compass.js";
import { as, createUser, loginAs, type SignedIn } from "../../../../seed/factories/identity.js";
import { createTestBrownfield, createTestPark, createTestPremises, pointIn } from "../../../../seed/factories/space.js";
import type { BrownfieldView, ParkView, PremisesView } from "../../../contracts/space-supply.js";

/* Access per role and bad input for the premises, brownfield and document endpoints. */

const GENK = "71016";
const HASSELT = "71072";
const now = () => new Date("2026-11-15T12:00:00Z");
let t: TestApp;
const s = {} as Record<Role | "hasselt", SignedIn>;
let park: ParkView;
let premises: PremisesView;
let brownfield: BrownfieldView;

const counts = async () => ({
  premises: Number((await t.database.db.select({ n: count() }).from(spacePremises))[0].n),
  brownfields: Number((await t.database.db.select({ n: count() }).from(spaceBrownfields))[0].n),
  documents: Number((await t.database.db.select({ n: count() }).from(spaceDocuments))[0].n),
  audit: Number((await t.database.db.select({ n: count() }).from(auditLog))[0].n),
});
const call = (method: "GET" | "POST" | "PATCH" | "DELETE", url: string, who?: SignedIn, payload?: unknown) =>
  t.app.inject({ method, url, headers: who ? as(who) : {}, payload: payload as object });

beforeAll(async () => {
  t = await createTestApp({ now });
  await ensureMunicipalities(t.database);
  for (const role of ["administrator", "account_manager", "policy_analyst", "grant_officer", "reviewer", "municipality", "entrepreneur"] as Role[]) {
    const u = await createUser(t.database, { roles: [role], scopes: role === "municipality" ? [{ kind: "municipality", ref: GENK }] : [] });
    s[role] = await loginAs(t.app, u.email, u.password);
  }
  const h = await createUser(t.database, { roles: ["municipality"], scopes: [{ kind: "municipality", ref: HASSELT }] });
  s.hasselt = await loginAs(t.app, h.email, h.password);
  park = await createTestPark(t.database, { municipalityNis: GENK });
  premises = await createTestPremises(t.database, { park, confNotes: "Pand-nota", now });
  brownfield = await createTestBrownfield(t.database, { municipalityNis: GENK, confNotes: "Bodem-nota", now });
});
afterAll(async () => t.close());

describe("premises", () => {
  it("reads for staff and the own municipality, not for others", async () => {
    for (const role of ["administrator", "account_manager", "policy_analyst", "grant_officer", "municipality"] as const) {
      expect((await call("GET", `/api/space/premises/${premises.id}`, s[role])).statusCode, role).toBe(200);
    }
    expect((await call("GET", `/api/space/premises/${premises.id}`, s.hasselt)).statusCode).toBe(404);
    expect((await call("GET", "/api/space/premises", s.entrepreneur)).statusCode).toBe(403);
    expect((await call("GET", "/api/space/premises", s.reviewer)).statusCode).toBe(403);
    expect((await call("GET", "/api/space/premises")).statusCode).toBe(401);
    const pub = await call("GET", "/api/public/space/premises");
    expect(pub.statusCode).toBe(200);
    expect(pub.body).toContain(premises.code);
    expect(pub.body).not.toContain("Pand-nota");
  });

  it("lets keepers create, change and delete, refuses the rest and bad input, changing nothing", async () => {
    const p = pointIn(GENK, 500, 500);
    const body = (code: string) => ({ parkId: park.id, code, name: "Hal", kind: "warehouse", floorAreaM2: 1200, geometry: { type: "Point", coordinates: [p.lon, p.lat] } });
    const created = await call("POST", "/api/space/premises", s.municipality, body("PR-A"));
    expect(created.statusCode, created.body).toBe(201);
    const before = await counts();
    expect((await call("POST", "/api/space/premises", s.policy_analyst, body("PR-B"))).statusCode).toBe(403);
    expect((await call("POST", "/api/space/premises", s.hasselt, body("PR-C"))).json().error.details[0].code).toBe("unknown_park");
    expect((await call("POST", "/api/space/premises", undefined, body("PR-D"))).statusCode).toBe(401);
    expect((await call("POST", "/api/space/premises", s.municipality, { ...body("PR-E"), floorAreaM2: -5 })).statusCode).toBe(400);
    expect((await call("POST", "/api/space/premises", s.municipality, body("PR-A"))).json().error.details[0].code).toBe("code_taken");
    expect(await counts()).toEqual(before);
    const id = created.json().id;
    const changed = await call("PATCH", `/api/space/premises/${id}`, s.municipality, { version: 1, availability: "under_option" });
    expect(changed.json()).toMatchObject({ availability: "under_option", name: "Hal", parkId: park.id });
    expect((await call("PATCH", `/api/space/premises/${id}`, s.hasselt, { version: 2, name: "X" })).statusCode).toBe(404);
    expect((await call("DELETE", `/api/space/premises/${id}?version=1`, s.municipality)).statusCode).toBe(409);
    expect((await call("DELETE", `/api/space/premises/${id}?version=2`, s.municipality)).statusCode).toBe(200);
  });
});

describe("brownfields", () => {
  it("reads and writes within the keeper's scope; redevelopment is dated", async () => {
    expect((await call("GET", `/api/space/brownfields/${brownfield.id}`, s.policy_analyst)).json().confidential.notes).toBe("Bodem-nota");
    expect((await call("GET", `/api/space/brownfields/${brownfield.id}`, s.hasselt)).statusCode).toBe(404);
    expect((await call("GET", "/api/space/brownfields", s.entrepreneur)).statusCode).toBe(403);
    const before = await counts();
    expect((await call("POST", "/api/space/brownfields", s.hasselt, { code: "BF-X", name: "X", kind: "brownfield", municipalityNis: GENK, areaM2: 100 })).statusCode).toBe(403);
    expect((await call("POST", "/api/space/brownfields", s.municipality, { code: "BF-Y", name: "Y", kind: "brownfield", municipalityNis: GENK })).json().error.details[0].code).toBe("required");
    expect((await call("POST", "/api/space/brownfields", s.municipality, { code: "BF-Z", name: "Z", kind: "factory", municipalityNis: GENK, areaM2: 100 })).statusCode).toBe(400);
    expect(await counts()).toEqual(before);
    const done = await call("PATCH", `/api/space/brownfields/${brownfield.id}`, s.municipality, { version: brownfield.version, renovationStatus: "redeveloped" });
    expect(done.json()).toMatchObject({ renovationStatus: "redeveloped", redevelopedOn: "2026-11-15", renovationStatusSince: "2026-11-15", areaM2: 20_000 });
  });
});

describe("documents", () => {
  it("are added and removed by keepers of the park's municipality only, and the public sees public ones", async () => {
    const body = { parkId: park.id, kind: "spatial_plan", title: "RUP", url: "https://www.ruimtelijkeplannen.be/rup" };
    const before = await counts();
    expect((await call("POST", "/api/space/documents", s.policy_analyst, body)).statusCode).toBe(403);
    expect((await call("POST", "/api/space/documents", s.hasselt, body)).json().error.details[0].code).toBe("unknown_park");
    expect((await call("POST", "/api/space/documents", undefined, body)).statusCode).toBe(401);
    expect((await call("POST", "/api/space/documents", s.municipality, { ...body, url: "not a link" })).statusCode).toBe(400);
    expect(await counts()).toEqual(before);
    const added = await call("POST", "/api/space/documents", s.municipality, body);
    expect(added.statusCode).toBe(201);
    await call("POST", "/api/space/documents", s.municipality, { ...body, title: "Intern vergunningsdossier", url: "https://intern.example/dossier", public: false });
    const pub = (await call("GET", `/api/public/space/parks/${park.id}`)).json();
    expect(pub.documents.map((d: { title: string }) => d.title)).toEqual(["RUP"]);
    expect((await call("DELETE", `/api/space/documents/${added.json().id}`, s.hasselt)).statusCode).toBe(404);
    expect((await call("DELETE", `/api/space/documents/${added.json().id}`, s.account_manager)).statusCode).toBe(200);
  });
});
