import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { sql } from "drizzle-orm";
import { createTestDatabase } from "../../../../test/db.js";
import type { Database } from "../../db/client.js";
import { makeCtx, systemActor, withTransaction } from "../../platform/context.js";
import type { DemandInput } from "../../../contracts/space-demand.js";
import * as f from "../../../../seed/factories/compass.js";
import { createOrganisation } from "../../../../seed/factories/organisations.js";
import { matchStateStats } from "./match-state.js";
import { postDemand } from "./post-demand.js";
import { refreshOpenDemands } from "./refresh-suggestions.js";
import { emitSupplyChange } from "./supply-events.js";
import { testPark, testParcel } from "./demand-test-supply.js";

/*
 * The in-memory matching state (match-state.ts, ADR 0008) is used across changes while it mirrors the database,
 * and read afresh when another process (with its own mirror) changed what matching reads. In both cases the stored
 * suggestions equal the exhaustive computation from the database.
 */

let database: Database & { drop(): Promise<void> };
const parcels: string[] = [];
const ctx = () => makeCtx({ actor: systemActor("test"), db: database.db });
let seed = 7;
const rand = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];

type Row = Record<string, unknown>;
const snapshot = async (db: Database["db"]) =>
  ((await db.execute(sql`select demand_id as "demandId", coalesce(parcel_id, premises_id) as "itemId", active, excluded, rank, score::text as score,
      points::text as points, max_points::text as "maxPoints", criteria, exclusions, first_suggested_at is not null as suggested
    from space_suggestions order by demand_id, coalesce(parcel_id, premises_id)`)) as unknown as { rows: Row[] }).rows;

/** The stored rows after refreshing every open demand from a fresh read of the database; nothing of it is kept. */
async function exhaustive(refresh = refreshOpenDemands): Promise<Row[]> {
  let result: Row[] = [];
  const rollback = new Error("rollback");
  await withTransaction(ctx(), async (tx) => {
    await refresh(tx, { land: true, building: true });
    result = await snapshot(tx.db);
    throw rollback;
  }).catch((e: unknown) => {
    if (e !== rollback) throw e;
  });
  return result;
}

type Emit = typeof emitSupplyChange;
async function changeArea(id: string): Promise<void> {
  await withTransaction(ctx(), async (tx) => {
    await tx.db.execute(sql`update space_parcels set area_m2 = ${Math.round(1_500 + rand() * 20_000)},
      availability = ${pick(["available", "available", "under_option", "not_available"])} where id = ${id}::uuid`);
    await emitSupplyChange(tx, { parcelIds: [id], premisesIds: [], reason: "test.parcel" });
  });
}
async function changePrice(emit: Emit, id: string): Promise<void> {
  await withTransaction(ctx(), async (tx) => {
    await tx.db.execute(sql`update space_parcels set sale_price_per_m2_cents = ${pick([5_000, 8_000, 10_000, 13_000])},
      availability = ${pick(["available", "available", "under_option", "sold"])} where id = ${id}::uuid`);
    await emit(tx, { parcelIds: [id], premisesIds: [], reason: "test.parcel" });
  });
}

const demand = (i: number, orgId: string): DemandInput => ({
  organisationId: orgId,
  title: `Vraag ${i}`,
  kind: "land",
  transaction: "buy",
  areaMinM2: pick([2_000, 5_000]),
  areaMaxM2: pick([12_000, 20_000]),
  municipalities: pick([[f.GENK], [f.HASSELT], []]),
  maxDistanceKm: { motorway: pick([3, 10]) },
  activity: pick(["25.62", "62.01"]),
  budget: { maxPricePerM2Cents: pick([9_000, 12_000, null]), maxTotalCents: null },
  wishes: { heatNetwork: rand() < 0.5, sharedSolar: false, waterManagement: false, sharedServices: false, parkManagement: false },
});

beforeAll(async () => {
  database = await createTestDatabase();
  await f.ensureMunicipalities(database);
  const orgId = (await createOrganisation(database, { name: "Spiegeltest", municipalityNis: f.GENK })).id;
  const parks = [await testPark(database, { municipalityNis: f.GENK, allowedNace: ["25"] }), await testPark(database, { municipalityNis: f.HASSELT, allowedNace: null })];
  for (let i = 0; i < 60; i++) {
    parcels.push(await testParcel(database, { parkId: pick(parks), municipalityNis: pick([f.GENK, f.HASSELT]), areaM2: Math.round(2_000 + rand() * 15_000), salePricePerM2Cents: pick([6_000, 11_000]) }));
  }
  for (let i = 0; i < 10; i++) await postDemand({ ctx: ctx(), input: demand(i, orgId), demo: true });
}, 120_000);
afterAll(async () => database.drop());

describe("the matching state in memory", () => {
  it("serves a series of changes without reading everything again, and the stored rows equal the exhaustive computation", async () => {
    await changePrice(emitSupplyChange, parcels[0]);
    const rebuilds = matchStateStats.rebuilds;
    for (let step = 0; step < 25; step++) await changePrice(emitSupplyChange, pick(parcels));
    expect(matchStateStats.rebuilds).toBe(rebuilds);
    const stored = await snapshot(database.db);
    expect(stored.filter((r) => r.active && !r.excluded).length).toBeGreaterThan(20);
    expect(stored).toEqual(await exhaustive());
  }, 60_000);

  it("applies a change of one item to a demand's lists in memory where that is exact, and ranks over the whole supply where not", async () => {
    // The reference comes from a second copy of the modules (as another process would compute it), in a transaction
    // that is rolled back: this process's mirror keeps its token, so every change below is served by it.
    vi.resetModules();
    const elsewhere = await import("./refresh-suggestions.js");
    await changePrice(emitSupplyChange, parcels[3]);
    const before = { ...matchStateStats };
    for (let step = 0; step < 40; step++) {
      const id = pick(parcels);
      if (step % 3 === 2) await changeArea(id);
      else await changePrice(emitSupplyChange, id);
      // after every change, not only at the end: a wrong derivation would otherwise be repaired by a later rescan
      expect(await snapshot(database.db), `after change ${step} of ${id}`).toEqual(await exhaustive(elsewhere.refreshOpenDemands));
    }
    expect(matchStateStats.rebuilds).toBe(before.rebuilds);
    expect(matchStateStats.updatedInMemory).toBeGreaterThan(before.updatedInMemory);
    expect(matchStateStats.rescans).toBeGreaterThan(before.rescans);
  }, 120_000);

  it("notices a change made by another process with its own state, and stays exact", async () => {
    // A second copy of the modules is what another server process holds: its own listeners and its own mirror.
    vi.resetModules();
    const other = {
      events: await import("./supply-events.js"),
      state: await import("./match-state.js"),
    };
    await import("./demand-listener.js");
    expect(other.state.matchStateStats).not.toBe(matchStateStats);

    await changePrice(emitSupplyChange, parcels[1]); // this process: mirror up to date
    const ours = matchStateStats.rebuilds;
    for (let step = 0; step < 6; step++) await changePrice(other.events.emitSupplyChange, pick(parcels)); // the other process
    await changePrice(emitSupplyChange, parcels[2]); // this process again: its mirror is stale and is read afresh
    expect(matchStateStats.rebuilds).toBe(ours + 1);
    expect(await snapshot(database.db)).toEqual(await exhaustive());
  }, 60_000);
});
