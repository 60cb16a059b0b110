import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count, eq } from "drizzle-orm";
import { createTestDatabase } from "../../test/db.js";
import type { Database } from "../../src/server/db/client.js";
import { spaceBrownfields, spaceParcels, spaceParks, spacePremises } from "../../src/server/db/schema/space.js";
import { makeCtx, systemActor } from "../../src/server/platform/context.js";
import { brownfieldRedevelopedHa, densificationHa, regionalBusinessParksHa } from "../../src/server/modules/space/index.js";
import { ensureMunicipalities } from "../factories/compass.js";
import { seedDemoSpace } from "./index.js";
import { DEMO_BROWNFIELDS, DEMO_PARKS, DEMO_PREMISES } from "./demo-supply.js";

const now = () => new Date("2026-11-15T12:00:00Z");
let database: Database & { drop(): Promise<void> };
const n = async (table: typeof spaceParks | typeof spaceParcels | typeof spacePremises | typeof spaceBrownfields) =>
  Number((await database.db.select({ n: count() }).from(table as typeof spaceParks))[0].n);

beforeAll(async () => {
  database = await createTestDatabase();
  await ensureMunicipalities(database);
});
afterAll(async () => database.drop());

describe("demo space", () => {
  it("writes parks, parcels, premises and brownfields across Limburg, all marked demo, once", async () => {
    const report = await seedDemoSpace(database, { now, log: () => {} });
    expect(report).toEqual({ parks: DEMO_PARKS.length, parcels: DEMO_PARKS.reduce((s, p) => s + p.parcels.length, 0), premises: DEMO_PREMISES.length, brownfields: DEMO_BROWNFIELDS.length });
    expect(await n(spaceParks)).toBe(DEMO_PARKS.length);
    expect((await database.db.select({ n: count() }).from(spaceParcels).where(eq(spaceParcels.demo, false)))[0].n).toBe(0);
    expect(new Set(DEMO_PARKS.map((p) => p.nis)).size).toBeGreaterThanOrEqual(6);
    expect(await seedDemoSpace(database, { now, log: () => {} })).toEqual({ parks: 0, parcels: 0, premises: 0, brownfields: 0 });
    expect(await n(spaceParcels)).toBe(report.parcels);
  });

  it("makes the 200 ha figure, brownfields redeveloped and densification alive, per municipality", async () => {
    const ctx = makeCtx({ actor: systemActor("test"), db: database.db });
    const ha = await regionalBusinessParksHa.valueAt(ctx, { date: "2026-11-15" });
    expect(ha).toBeGreaterThan(50);
    expect(ha).toBeLessThan(200);
    const perMunicipality = await regionalBusinessParksHa.valuesByMunicipality!(ctx, { date: "2026-11-15" });
    expect(perMunicipality.size).toBeGreaterThanOrEqual(3);
    expect([...perMunicipality.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(ha, 2);
    expect(await regionalBusinessParksHa.valueAt(ctx, { date: "2025-12-31" })).toBe(0);
    expect(await brownfieldRedevelopedHa.valueAt(ctx, { date: "2026-11-15" })).toBeGreaterThan(0);
    expect(await densificationHa.valueAt(ctx, { date: "2026-11-15" })).toBeGreaterThan(0);
  });
});
