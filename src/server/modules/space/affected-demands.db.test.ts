import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { createTestDatabase } from "../../../../test/db.js";
import type { Database } from "../../db/client.js";
import { makeCtx, systemActor, withTransaction } from "../../platform/context.js";
import type { DemandInput } from "../../../contracts/space-demand.js";
import * as f from "../../../../seed/factories/compass.js";
import { createOrganisation } from "../../../../seed/factories/organisations.js";
import { affectedDemands } from "./affected-demands.js";
import { postDemand } from "./post-demand.js";
import { refreshOpenDemands } from "./refresh-suggestions.js";
import { emitSupplyChange } from "./supply-events.js";
import { setTestParcel, testPark, testParcel } from "./demand-test-supply.js";

/*
 * Suggestions follow supply by rewriting only the demands a change can touch (affected-demands.ts). The oracle is
 * the exhaustive path: after every change of a random series, refreshing every open demand from scratch (in a
 * transaction that is rolled back) must leave exactly the rows that the incremental path stored.
 */

const now = () => new Date("2026-11-15T12:00:00Z");
let database: Database & { drop(): Promise<void> };
let orgId: string;
const parcels: string[] = [];
const parks: string[] = [];
const ctx = () => makeCtx({ actor: systemActor("test"), db: database.db });

/** A deterministic generator (mulberry32). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = prng(2026);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];

type Row = Record<string, unknown>;
const snapshotQuery = sql`select demand_id as "demandId", coalesce(parcel_id, premises_id) as "itemId", active, excluded, rank, score::text as score,
    points::text as points, max_points::text as "maxPoints", criteria, exclusions
  from space_suggestions order by demand_id, coalesce(parcel_id, premises_id)`;
const snapshot = async (db: Database["db"]) => ((await db.execute(snapshotQuery)) as unknown as { rows: Row[] }).rows;

/** The stored rows after refreshing every open demand exhaustively; nothing of it is kept. */
async function exhaustive(): Promise<Row[]> {
  let result: Row[] = [];
  const rollback = new Error("rollback");
  await withTransaction(ctx(), async (tx) => {
    await refreshOpenDemands(tx, { land: true, building: true });
    result = await snapshot(tx.db);
    throw rollback;
  }).catch((e: unknown) => {
    if (e !== rollback) throw e;
  });
  return result;
}

async function changeParcel(id: string, set: ReturnType<typeof sql>): Promise<void> {
  await withTransaction(ctx(), async (tx) => {
    await tx.db.execute(sql`update space_parcels set ${set} where id = ${id}::uuid`);
    await emitSupplyChange(tx, { parcelIds: [id], premisesIds: [], reason: "test.parcel" });
  });
}

async function deleteParcel(id: string): Promise<void> {
  await withTransaction(ctx(), async (tx) => {
    await emitSupplyChange(tx, { parcelIds: [], premisesIds: [], removedParcelIds: [id], reason: "test.delete" });
    await tx.db.execute(sql`delete from space_parcels where id = ${id}::uuid`);
  });
}

const demand = (i: number): DemandInput => {
  const min = pick([2_000, 4_000, 6_000, 9_000]);
  return {
    organisationId: orgId,
    title: `Vraag ${i}`,
    kind: "land",
    transaction: "buy",
    areaMinM2: min,
    areaMaxM2: min * pick([1.5, 2, 3]),
    municipalities: pick([[f.GENK], [f.HASSELT], [f.GENK, f.HASSELT], []]),
    maxDistanceKm: { motorway: pick([3, 5, 10]) },
    activity: pick(["25.62", "62.01", "10.71"]),
    budget: { maxPricePerM2Cents: pick([8_000, 12_000, null]), maxTotalCents: null },
    wishes: { heatNetwork: rand() < 0.5, sharedSolar: false, waterManagement: false, sharedServices: false, parkManagement: false },
  };
};

beforeAll(async () => {
  database = await createTestDatabase();
  await f.ensureMunicipalities(database);
  orgId = (await createOrganisation(database, { name: "Limburgse Testgroep", municipalityNis: f.GENK })).id;
  parks.push(
    await testPark(database, { municipalityNis: f.GENK, allowedNace: ["25"] }),
    await testPark(database, { municipalityNis: f.HASSELT, allowedNace: null }),
    await testPark(database, { municipalityNis: f.GENK, allowedNace: ["62", "10"] }),
  );
  for (let i = 0; i < 45; i++) {
    const parkId = rand() < 0.8 ? pick(parks) : null;
    parcels.push(
      await testParcel(database, {
        parkId,
        municipalityNis: pick([f.GENK, f.HASSELT]),
        areaM2: Math.round(1_500 + rand() * 20_000),
        salePricePerM2Cents: pick([6_000, 9_000, 11_000, 14_000, null]),
        availability: pick(["available", "available", "under_option", "sold"]),
      }),
    );
  }
  for (let i = 0; i < 14; i++) await postDemand({ ctx: ctx(), input: demand(i), demo: true });
}, 120_000);
afterAll(async () => database.drop());

describe("suggestions follow supply, incrementally", () => {
  it("after every change of a random series the stored suggestions and near misses equal the exhaustive computation", async () => {
    expect(await snapshot(database.db)).toEqual(await exhaustive());
    // Most demands show ten suggestions and ten near misses, so that entering one of them is decided at its boundary.
    const full = async (excluded: boolean) =>
      ((await database.db.execute(sql`select count(*)::int as n from (select demand_id from space_suggestions where active and excluded = ${excluded} group by demand_id having count(*) = 10) x`)) as unknown as { rows: { n: number }[] }).rows[0].n;
    expect(await full(false)).toBeGreaterThan(5);
    expect(await full(true)).toBeGreaterThan(5);
    for (let step = 0; step < 48; step++) {
      const id = pick(parcels);
      const what = step % 7;
      if (what === 0) await setTestParcel(database, id, pick(["available", "under_option", "sold", "reserved"]));
      else if (what === 1) await changeParcel(id, sql`area_m2 = ${Math.round(1_500 + rand() * 20_000)}`);
      else if (what === 2) await changeParcel(id, sql`sale_price_per_m2_cents = ${pick([5_000, 9_000, 13_000])}`);
      else if (what === 3) await changeParcel(id, sql`motorway_km = ${pick([1, 4, 8, 12])}`);
      else if (what === 4 && parcels.length > 30) {
        parcels.splice(parcels.indexOf(id), 1);
        await deleteParcel(id);
      } else {
        // Two of seven steps add a parcel.
        const parkId = rand() < 0.5 ? pick(parks) : null;
        const areaM2 = Math.round(1_500 + rand() * 20_000);
        parcels.push(await testParcel(database, { parkId, municipalityNis: pick([f.GENK, f.HASSELT]), areaM2, salePricePerM2Cents: pick([6_000, 9_000, 14_000, null]) }));
      }
      expect(await snapshot(database.db), `after step ${step}`).toEqual(await exhaustive());
    }
  }, 180_000);

  it("a parcel elsewhere touches only the demands that name no municipality; one in a demand's top ten touches it", async () => {
    let far: string[] = [];
    const rollback = new Error("rollback");
    await withTransaction(ctx(), async (tx) => {
      const [row] = ((await tx.db.execute(sql`insert into space_parcels (code, municipality_nis, geometry, area_m2, availability, transaction)
        values ('far-away', '73042', '{"type":"Polygon","coordinates":[[[5.5,50.96],[5.501,50.96],[5.501,50.961],[5.5,50.96]]]}'::jsonb, 900000, 'available', 'lease')
        returning id`)) as unknown as { rows: { id: string }[] }).rows;
      far = (await affectedDemands(tx, { parcelIds: [row.id], premisesIds: [], removedIds: [] })).map((d) => d.id);
      throw rollback;
    }).catch((e: unknown) => {
      if (e !== rollback) throw e;
    });
    const named = ((await database.db.execute(sql`select id from space_demands where cardinality(municipalities) > 0`)) as unknown as { rows: { id: string }[] }).rows;
    expect(named.length).toBeGreaterThan(0);
    for (const d of named) expect(far).not.toContain(d.id);
    const [top] = ((await database.db.execute(sql`select demand_id as "demandId", coalesce(parcel_id, premises_id) as "itemId"
      from space_suggestions where active and not excluded and rank = 1 limit 1`)) as unknown as { rows: { demandId: string; itemId: string }[] }).rows;
    const touched = await affectedDemands(ctx(), { parcelIds: [top.itemId], premisesIds: [], removedIds: [] });
    expect(touched.map((d) => d.id)).toContain(top.demandId);
  });

  it("a change that rolls back leaves the stored suggestions as they were", async () => {
    const before = await snapshot(database.db);
    const [top] = ((await database.db.execute(sql`select coalesce(parcel_id, premises_id) as "itemId" from space_suggestions where active and not excluded and rank = 1 limit 1`)) as unknown as {
      rows: { itemId: string }[];
    }).rows;
    await expect(
      withTransaction(ctx(), async (tx) => {
        await tx.db.execute(sql`update space_parcels set availability = 'sold' where id = ${top.itemId}::uuid`);
        await emitSupplyChange(tx, { parcelIds: [top.itemId], premisesIds: [], reason: "test.parcel" });
        throw new Error("the verb fails after the listeners ran");
      }),
    ).rejects.toThrow("the verb fails");
    expect(await snapshot(database.db)).toEqual(before);
    expect(await snapshot(database.db)).toEqual(await exhaustive());
  });
});
