import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../../test/db.js";
import type { Database } from "../../db/client.js";
import { makeCtx, systemActor } from "../../platform/context.js";
import { ensureMunicipalities } from "../../../../seed/factories/compass.js";
import { createTestBrownfield, createTestParcel, createTestPark } from "../../../../seed/factories/space.js";
import { brownfieldRedevelopedHa, densificationHa, regionalBusinessParksHa, setParcelAvailability, updateBrownfield } from "./index.js";

const GENK = "71016";
const LOMMEL = "72020";
let database: Database & { drop(): Promise<void> };
const ctx = () => makeCtx({ actor: systemActor("test"), db: database.db });
const on = (date: string) => ({ now: () => new Date(`${date}T12:00:00Z`) });

beforeAll(async () => {
  database = await createTestDatabase();
  await ensureMunicipalities(database);
});
afterAll(async () => database.drop());

describe("space.regional_business_parks_ha", () => {
  it("counts the area of regional parks' parcels from the day they become available, per municipality, with a drill-down", async () => {
    const regional = await createTestPark(database, { municipalityNis: GENK, kind: "regional" });
    const local = await createTestPark(database, { municipalityNis: LOMMEL, kind: "local" });
    const parcel = await createTestParcel(database, { park: regional, sideM: 200 });
    const other = await createTestParcel(database, { park: local, sideM: 200, availability: "available", now: on("2026-03-01").now });
    await createTestParcel(database, { park: regional, sideM: 100, availability: "available", activatedOn: "2025-06-01", now: on("2026-03-01").now });
    expect(await regionalBusinessParksHa.valueAt(ctx(), { date: "2026-11-15" })).toBe(0);
    await setParcelAvailability({ ctx: ctx(), input: { id: parcel.id, version: parcel.version, availability: "available" }, deps: on("2026-05-10") });
    expect(await regionalBusinessParksHa.valueAt(ctx(), { date: "2026-05-09" })).toBe(0);
    const value = await regionalBusinessParksHa.valueAt(ctx(), { date: "2026-05-10" });
    expect(value).toBeCloseTo(parcel.areaM2 / 10_000, 3);
    expect(await regionalBusinessParksHa.valueAt(ctx(), { date: "2026-05-10", municipalityNis: LOMMEL })).toBe(0);
    expect((await regionalBusinessParksHa.valuesByMunicipality!(ctx(), { date: "2026-06-01" })).get(GENK)).toBeCloseTo(value, 4);
    const records = await regionalBusinessParksHa.records(ctx(), { date: "2026-06-01" });
    expect(records).toEqual([expect.objectContaining({ id: parcel.id, entity: "space_parcel", municipalityNis: GENK, date: "2026-05-10", href: `/app/ruimte/percelen/${parcel.id}` })]);
    expect(records.map((r) => r.id)).not.toContain(other.id);
  });

  it("keeps counting a parcel once activated, when it is sold", async () => {
    const park = await createTestPark(database, { municipalityNis: GENK, kind: "regional", eastM: 3000 });
    const p = await createTestParcel(database, { park, availability: "available", now: on("2026-02-01").now });
    const before = await regionalBusinessParksHa.valueAt(ctx(), { date: "2026-12-01" });
    await setParcelAvailability({ ctx: ctx(), input: { id: p.id, version: p.version, availability: "sold" }, deps: on("2026-09-01") });
    expect(await regionalBusinessParksHa.valueAt(ctx(), { date: "2026-12-01" })).toBe(before);
  });
});

describe("brownfields and densification", () => {
  it("counts a brownfield's area from its redevelopment and the densification parcels from their activation", async () => {
    const bf = await createTestBrownfield(database, { municipalityNis: GENK, areaM2: 35_000 });
    expect(await brownfieldRedevelopedHa.valueAt(ctx(), { date: "2026-11-15" })).toBe(0);
    await updateBrownfield({ ctx: ctx(), input: { id: bf.id, version: bf.version, renovationStatus: "redeveloped" }, deps: on("2026-07-01") });
    expect(await brownfieldRedevelopedHa.valueAt(ctx(), { date: "2026-06-30" })).toBe(0);
    expect(await brownfieldRedevelopedHa.valueAt(ctx(), { date: "2026-07-01" })).toBe(3.5);
    const park = await createTestPark(database, { municipalityNis: LOMMEL, kind: "local", northM: -2000 });
    const d = await createTestParcel(database, { park, origin: "densification", availability: "under_option", sideM: 100, now: on("2026-04-01").now });
    expect(await densificationHa.valueAt(ctx(), { date: "2026-04-01", municipalityNis: LOMMEL })).toBeCloseTo(d.areaM2 / 10_000, 3);
  });
});
