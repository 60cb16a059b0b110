import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, count, eq } from "drizzle-orm";
import { createTestDatabase } from "../../../../test/db.js";
import type { Role } from "../../../contracts/identity.js";
import type { Database } from "../../db/client.js";
import { auditLog } from "../../db/schema/audit.js";
import { spaceParcels, spaceParks, spacePremises } from "../../db/schema/space.js";
import { makeCtx, type Actor } from "../../platform/context.js";
import { AppError } from "../../platform/errors.js";
import { ensureMunicipalities } from "../../../../seed/factories/compass.js";
import { actorFor, createUser } from "../../../../seed/factories/identity.js";
import { createTestParcel, createTestPark, createTestPremises, pointIn, squareAt } from "../../../../seed/factories/space.js";
import {
  addDocument, createParcel, createPark, deleteParcel, deletePark, getParcel, getPark, onSupplyChange, setParcelAvailability, updatePark, updateParcel,
  type SupplyChange,
} from "./index.js";

const GENK = "71016";
const HASSELT = "71072";
const now = () => new Date("2026-11-15T12:00:00Z");
let database: Database & { drop(): Promise<void> };
const actors = {} as Record<Role | "other_municipality", Actor>;
const ctx = (who: keyof typeof actors) => makeCtx({ actor: actors[who], db: database.db });
const events: SupplyChange[] = [];
let unsubscribe: () => void;

async function failure(p: Promise<unknown>): Promise<{ code: string; details?: { path: string; code: string }[] }> {
  try {
    await p;
    return { code: "ok" };
  } catch (e) {
    if (e instanceof AppError) return { code: e.code, details: e.details?.map((d) => ({ path: d.path, code: d.code })) };
    throw e;
  }
}
const counts = async () => ({
  parks: Number((await database.db.select({ n: count() }).from(spaceParks))[0].n),
  parcels: Number((await database.db.select({ n: count() }).from(spaceParcels))[0].n),
  premises: Number((await database.db.select({ n: count() }).from(spacePremises))[0].n),
  audit: Number((await database.db.select({ n: count() }).from(auditLog))[0].n),
});

beforeAll(async () => {
  database = await createTestDatabase();
  await ensureMunicipalities(database);
  for (const role of ["administrator", "account_manager", "policy_analyst", "grant_officer", "reviewer", "municipality", "entrepreneur"] as Role[]) {
    const scopes = role === "municipality" ? [{ kind: "municipality" as const, ref: GENK }] : [];
    actors[role] = actorFor(await createUser(database, { roles: [role], scopes }));
  }
  actors.other_municipality = actorFor(await createUser(database, { roles: ["municipality"], scopes: [{ kind: "municipality", ref: HASSELT }] }));
  unsubscribe = onSupplyChange((_ctx, change) => {
    events.push(change);
  });
});
afterAll(async () => {
  unsubscribe();
  await database.drop();
});

describe("parks", () => {
  it("computes the area from the contour and audits the creation", async () => {
    const p = pointIn(GENK, 2000, 0);
    const park = await createPark({ ctx: ctx("municipality"), input: { code: "GNK-ZUID", name: "Genk-Zuid", kind: "regional", developmentStatus: "realisation", municipalityNis: GENK, geometry: squareAt(p.lon, p.lat, 1000), statedAreaM2: 1_000_000 } });
    expect(park.areaM2).toBeGreaterThan(990_000);
    expect(park.areaM2).toBeLessThan(1_010_000);
    expect(park.municipalityName).toBe("Genk");
    const audit = await database.db.select().from(auditLog).where(and(eq(auditLog.action, "park.create"), eq(auditLog.entityId, park.id)));
    expect(audit).toHaveLength(1);
  });

  it("refuses a municipality user another municipality's park, and roles that keep nothing", async () => {
    const before = await counts();
    const input = { code: "HAS-X", name: "X", kind: "local" as const, developmentStatus: "planning" as const, municipalityNis: HASSELT, geometry: squareAt(5.34, 50.93, 200) };
    expect((await failure(createPark({ ctx: ctx("municipality"), input }))).code).toBe("forbidden");
    expect((await failure(createPark({ ctx: ctx("policy_analyst"), input }))).code).toBe("forbidden");
    expect((await failure(createPark({ ctx: ctx("entrepreneur"), input }))).code).toBe("forbidden");
    expect((await failure(createPark({ ctx: makeCtx({ actor: { kind: "public", label: "public" }, db: database.db }), input }))).code).toBe("unauthenticated");
    expect(await counts()).toEqual(before);
  });

  it("refuses invalid geometry with the check's codes and changes nothing", async () => {
    const before = await counts();
    const bowtie = { type: "Polygon", coordinates: [[[5.5, 50.96], [5.51, 50.97], [5.51, 50.96], [5.5, 50.97], [5.5, 50.96]]] };
    const brussels = squareAt(4.35, 50.85, 200);
    const base = { name: "Bad", kind: "local" as const, developmentStatus: "planning" as const, municipalityNis: GENK };
    expect((await failure(createPark({ ctx: ctx("administrator"), input: { ...base, code: "BAD1", geometry: bowtie } }))).details?.[0].code).toBe("self_intersecting");
    expect((await failure(createPark({ ctx: ctx("administrator"), input: { ...base, code: "BAD2", geometry: brussels } }))).details?.[0].code).toBe("outside_limburg");
    const p = pointIn(GENK, -2000, 0);
    const mismatch = await failure(createPark({ ctx: ctx("administrator"), input: { ...base, code: "BAD3", geometry: squareAt(p.lon, p.lat, 100), statedAreaM2: 50_000 } }));
    expect(mismatch.details).toEqual([{ path: "geometry", code: "area_mismatch" }]);
    expect((await failure(createPark({ ctx: ctx("administrator"), input: { ...base, code: "", geometry: brussels } }))).code).toBe("validation");
    expect(await counts()).toEqual(before);
  });

  it("updates optimistically, reports its parcels as changed supply, and answers not found out of scope", async () => {
    const park = await createTestPark(database, { municipalityNis: GENK, eastM: -4000 });
    const parcel = await createTestParcel(database, { park });
    events.length = 0;
    const updated = await updatePark({ ctx: ctx("municipality"), input: { id: park.id, version: park.version, features: { heatNetwork: true } } });
    expect(updated.features.heatNetwork).toBe(true);
    expect(updated.version).toBe(park.version + 1);
    expect(events.at(-1)).toMatchObject({ parcelIds: [parcel.id], reason: "park.update" });
    expect((await getParcel({ ctx: ctx("administrator"), input: { id: parcel.id } })).effectiveFeatures.heatNetwork).toBe(true);
    expect((await failure(updatePark({ ctx: ctx("administrator"), input: { id: park.id, version: park.version, name: "Stale" } }))).code).toBe("conflict");
    expect((await failure(getPark({ ctx: ctx("other_municipality"), input: { id: park.id } }))).code).toBe("not_found");
    expect((await failure(updatePark({ ctx: ctx("other_municipality"), input: { id: park.id, version: updated.version, name: "Mine" } }))).code).toBe("not_found");
    expect((await failure(deletePark({ ctx: ctx("administrator"), input: { id: park.id, version: updated.version } }))).details?.[0].code).toBe("park_not_empty");
  });
});

describe("parcels", () => {
  it("takes the park's municipality, dates availability and activation, and emits the change", async () => {
    const park = await createTestPark(database, { municipalityNis: GENK, eastM: 4000 });
    events.length = 0;
    const parcel = await createTestParcel(database, { park, actor: actors.municipality, now });
    expect(parcel.municipalityNis).toBe(GENK);
    expect(parcel.availability).toBe("not_available");
    expect(parcel.activatedOn).toBeNull();
    expect(events).toEqual([{ parcelIds: [parcel.id], premisesIds: [], reason: "parcel.create" }]);
    const available = await setParcelAvailability({ ctx: ctx("municipality"), input: { id: parcel.id, version: parcel.version, availability: "available" }, deps: { now } });
    expect(available.availability).toBe("available");
    expect(available.availabilitySince).toBe("2026-11-15");
    expect(available.activatedOn).toBe("2026-11-15");
    const sold = await setParcelAvailability({ ctx: ctx("account_manager"), input: { id: parcel.id, version: available.version, availability: "sold", since: "2026-11-01" }, deps: { now } });
    expect(sold.availabilitySince).toBe("2026-11-01");
    expect(sold.activatedOn).toBe("2026-11-15");
    expect(events.map((e) => e.reason)).toEqual(["parcel.create", "parcel.update", "parcel.update"]);
    expect((await failure(deleteParcel({ ctx: ctx("administrator"), input: { id: parcel.id, version: sold.version } }))).details?.[0].code).toBe("parcel_has_history");
  });

  it("keeps confidential fields in the confidential block", async () => {
    const parcel = await createTestParcel(database, { municipalityNis: GENK, strategic: true, confNotes: "Eigenaar wil verkopen aan 60 euro", confMinPricePerM2Cents: 6000, preemptionRight: true });
    const view = await getParcel({ ctx: ctx("policy_analyst"), input: { id: parcel.id } });
    expect(view.confidential).toMatchObject({ strategic: true, notes: "Eigenaar wil verkopen aan 60 euro", minPricePerM2Cents: 6000 });
    expect(view.preemptionRight).toBe(true);
  });

  it("refuses a parcel in another municipality's park, a future date and unknown references, changing nothing", async () => {
    const hasseltPark = await createTestPark(database, { municipalityNis: HASSELT });
    const p = pointIn(HASSELT, 0, 0);
    const before = await counts();
    const input = { parkId: hasseltPark.id, code: "PC-H1", geometry: squareAt(p.lon, p.lat, 50) };
    expect((await failure(createParcel({ ctx: ctx("municipality"), input }))).details?.[0].code).toBe("unknown_park");
    expect((await failure(createParcel({ ctx: ctx("municipality"), input: { code: "PC-H0", municipalityNis: HASSELT, geometry: squareAt(p.lon, p.lat, 50) } }))).code).toBe("forbidden");
    expect((await failure(createParcel({ ctx: ctx("administrator"), input: { ...input, availability: "available", availabilitySince: "2027-01-01" }, deps: { now } }))).details?.[0].code).toBe("future_date");
    expect((await failure(createParcel({ ctx: ctx("administrator"), input: { ...input, parkId: "00000000-0000-4000-8000-000000000000" } }))).details?.[0].code).toBe("unknown_park");
    expect((await failure(createParcel({ ctx: ctx("administrator"), input: { code: "PC-H2", geometry: squareAt(p.lon, p.lat, 50) } }))).details?.[0].code).toBe("required");
    expect(await counts()).toEqual(before);
  });

  it("rolls the change back when a supply listener fails", async () => {
    const parcel = await createTestParcel(database, { municipalityNis: GENK });
    const off = onSupplyChange(() => {
      throw new Error("listener down");
    });
    try {
      await expect(updateParcel({ ctx: ctx("administrator"), input: { id: parcel.id, version: parcel.version, availability: "available" } })).rejects.toThrow("listener down");
    } finally {
      off();
    }
    const after = await getParcel({ ctx: ctx("administrator"), input: { id: parcel.id } });
    expect(after.availability).toBe("not_available");
    expect(after.version).toBe(parcel.version);
  });

  it("deletes a parcel recorded by mistake, telling the listeners first", async () => {
    const parcel = await createTestParcel(database, { municipalityNis: GENK, actor: actors.municipality });
    events.length = 0;
    await deleteParcel({ ctx: ctx("municipality"), input: { id: parcel.id, version: parcel.version } });
    expect(events).toEqual([{ parcelIds: [], premisesIds: [], removedParcelIds: [parcel.id], reason: "parcel.delete" }]);
    expect((await failure(getParcel({ ctx: ctx("administrator"), input: { id: parcel.id } }))).code).toBe("not_found");
  });
});

describe("premises and documents", () => {
  it("records premises in a park with a point location, and refuses a point outside Limburg", async () => {
    const park = await createTestPark(database, { municipalityNis: GENK, northM: 3000 });
    events.length = 0;
    const premises = await createTestPremises(database, { park, vacantSince: "2025-03-01" });
    expect(premises.municipalityNis).toBe(GENK);
    expect(premises.lon).not.toBeNull();
    expect(events).toEqual([{ parcelIds: [], premisesIds: [premises.id], reason: "premises.create" }]);
    expect((await failure(createTestPremises(database, { park, geometry: { type: "Point", coordinates: [4.35, 50.85] } }))).details?.[0].code).toBe("outside_limburg");
  });

  it("adds regulation documents to a park; a document belongs to one park or parcel", async () => {
    const park = await createTestPark(database, { municipalityNis: GENK, northM: -3000 });
    const doc = await addDocument({ ctx: ctx("municipality"), input: { parkId: park.id, kind: "spatial_plan", title: "RUP Genk-Zuid", url: "https://www.ruimtelijkeplannen.be/rup-genk-zuid" } });
    expect((await getPark({ ctx: ctx("administrator"), input: { id: park.id } })).documents.map((d) => d.id)).toEqual([doc.id]);
    expect((await failure(addDocument({ ctx: ctx("municipality"), input: { kind: "permit", title: "X", url: "https://x.be" } }))).details?.[0].code).toBe("one_owner");
    expect((await failure(addDocument({ ctx: ctx("other_municipality"), input: { parkId: park.id, kind: "permit", title: "X", url: "https://x.be" } }))).details?.[0].code).toBe("unknown_park");
  });
});
