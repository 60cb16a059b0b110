/*
 * Space matching through the server's own path, on PostgreSQL: from one parcel update verb to its committed
 * suggestions (ADR 0006).
 *
 *   npx tsx bench/space/run-db.ts [--parcels 10000] [--demands 1000] [--updates 40] [--exhaustive-runs 2] [--url postgres://postgres@127.0.0.1:5432/test]
 *
 * 1. Creates a fresh database (dropped at the end), migrates it, loads the municipalities, parks, parcels (SQL,
 *    seeded random; contours in the Hasselt–Genk area, so that the update verb finds them inside Limburg) and
 *    open land demands, and computes every demand's suggestions once (exhaustive refresh).
 * 2. Times the exhaustive refresh of every open land demand, as the listener did it on every change before
 *    (in a transaction that is rolled back).
 * 3. Times `updateParcel` (the verb behind PUT /api/space/parcels/:id) on random parcels — price or availability
 *    changes — until it returns, i.e. its transaction with the suggestions of the touched demands committed,
 *    and counts the demands it rewrote.
 *    The first update after the rolled-back refreshes reads the matching state afresh (match-state.ts) and is
 *    reported apart.
 * 3b. Times the supply change alone: a parcel row changed in SQL and announced (emitSupplyChange) in a
 *    transaction, until it commits.
 * 4. Checks that the stored suggestions then equal an exhaustive refresh of every open demand.
 */
import { randomBytes } from "node:crypto";
import { cpus, loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import pg from "pg";
import { openPostgres, runMigrations, type Database } from "../../src/server/db/client.js";
import { makeCtx, systemActor, withTransaction } from "../../src/server/platform/context.js";
import { matchStateStats } from "../../src/server/modules/space/match-state.js";
import { refreshOpenDemands } from "../../src/server/modules/space/refresh-suggestions.js";
import { updateParcel } from "../../src/server/modules/space/save-parcel.js";
import { emitSupplyChange } from "../../src/server/modules/space/supply-events.js";
import "../../src/server/modules/space/index.js";
import * as f from "../../seed/factories/compass.js";
import { createOrganisation } from "../../seed/factories/organisations.js";

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}
const N_PARCELS = Number(arg("parcels", "10000"));
const N_DEMANDS = Number(arg("demands", "1000"));
const N_UPDATES = Number(arg("updates", "40"));
const N_EXHAUSTIVE = Number(arg("exhaustive-runs", "2"));
const ADMIN_URL = arg("url", process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test");

const ms = (t: number) => `${t.toFixed(1)} ms`;
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const load = () => loadavg().map((x) => x.toFixed(2)).join(" / ");
type Row = Record<string, unknown>;
const q = async <T = Row>(db: Database["db"], query: ReturnType<typeof sql>) => ((await db.execute(query)) as unknown as { rows: T[] }).rows;
const snapshot = (db: Database["db"]) =>
  q(db, sql`select demand_id, coalesce(parcel_id, premises_id) as item, active, excluded, rank, score::text, points::text, criteria, exclusions
    from space_suggestions order by demand_id, item`);

async function main() {
  console.log(`space matching DB bench: ${N_PARCELS} parcels × ${N_DEMANDS} land demands, ${N_UPDATES} parcel updates`);
  console.log(`node ${process.version}, ${cpus().length} cpus (${cpus()[0]?.model ?? "?"}), load average 1/5/15 min at start: ${load()}`);
  const name = `koersbench_${randomBytes(5).toString("hex")}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const database = await openPostgres(url.toString(), 4);
  try {
    let t = performance.now();
    await runMigrations(database);
    await f.ensureMunicipalities(database);
    const db = database.db;
    const nis = (await q<{ nis: string }>(db, sql`select nis from municipalities where nis like '7%' and nis not like '%000' order by nis`)).map((r) => r.nis);
    const orgId = (await createOrganisation(database, { name: "Benchmarkgroep", municipalityNis: nis[0] })).id;
    await db.execute(sql`select setseed(0.2026)`);
    const nisArray = `{${nis.join(",")}}`;
    // Parks: features and access vary; each in a municipality of Limburg.
    await db.execute(sql`insert into space_parks (code, name, kind, development_status, municipality_nis, geometry, area_m2, allowed_nace, motorway_km, rail_km,
        heat_network, shared_solar, shared_services, park_management, grid_capacity_kva)
      select 'bpark-' || g, 'Park ' || g, 'regional', 'management', (${nisArray}::text[])[1 + floor(random() * ${nis.length})::int],
        '{"type":"Polygon","coordinates":[[[5.3,50.95],[5.31,50.95],[5.31,50.96],[5.3,50.96],[5.3,50.95]]]}'::jsonb, 700000,
        case when random() < 0.3 then array[(array['25','10','62','46','52'])[1 + floor(random() * 5)::int]] else null end,
        round((random() * 12)::numeric, 1)::float8, round((random() * 20)::numeric, 1)::float8,
        random() < 0.3, random() < 0.4, random() < 0.5, random() < 0.6, (500 + floor(random() * 5000))::float8
      from generate_series(1, ${Math.max(10, Math.round(N_PARCELS / 60))}) g`);
    // Parcels: a square geometry whose area agrees with area_m2 (so that the update verb keeps it).
    await db.execute(sql`with p as (
        select g, k.id as park_id, k.municipality_nis, exp(ln(1500) + random() * ln(40)) as area, 5.33 + random() * 0.17 as lon, 50.93 + random() * 0.07 as lat, random() as r1, random() as r2, random() as r3
        from generate_series(1, ${N_PARCELS}) g
        cross join lateral (select id, municipality_nis from space_parks where g > 0 order by random() limit 1) k)
      insert into space_parcels (park_id, code, municipality_nis, geometry, area_m2, availability, transaction, sale_price_per_m2_cents, lease_price_per_m2_year_cents, conf_notes)
      select park_id, 'bparcel-' || g, municipality_nis,
        jsonb_build_object('type', 'Polygon', 'coordinates', jsonb_build_array(jsonb_build_array(
          jsonb_build_array(lon, lat), jsonb_build_array(lon + sqrt(area) / (111320 * cos(radians(lat))), lat),
          jsonb_build_array(lon + sqrt(area) / (111320 * cos(radians(lat))), lat + sqrt(area) / 111320), jsonb_build_array(lon, lat + sqrt(area) / 111320),
          jsonb_build_array(lon, lat)))), area,
        case when r1 < 0.6 then 'available' when r1 < 0.75 then 'under_option' when r1 < 0.9 then 'sold' else 'in_use' end,
        case when r2 < 0.5 then 'sale' when r2 < 0.8 then 'sale_or_lease' else 'lease' end,
        (4000 + floor(r3 * 12000))::bigint, (300 + floor(r3 * 900))::bigint, ''
      from p`);
    // Open land demands: area windows, a few municipalities or anywhere, access, activity and budget vary.
    await db.execute(sql`insert into space_demands (organisation_id, title, kind, transaction, area_min_m2, area_max_m2, municipalities, max_motorway_km, activity_nace,
        max_price_per_m2_cents, wish_heat_network, wish_shared_solar, wish_shared_services, demo)
      select ${orgId}::uuid, 'Vraag ' || g, 'land', case when random() < 0.7 then 'buy' else 'lease' end, a, a * (1.3 + random() * 2),
        case when random() < 0.2 then '{}'::text[] else array[(${nisArray}::text[])[1 + floor(random() * ${nis.length})::int], (${nisArray}::text[])[1 + floor(random() * ${nis.length})::int]] end,
        case when random() < 0.5 then (2 + floor(random() * 10))::float8 else null end,
        (array['25.62','10.71','62.01','46.90','52.10'])[1 + floor(random() * 5)::int],
        case when random() < 0.5 then (6000 + floor(random() * 10000))::bigint else null end, random() < 0.4, random() < 0.3, random() < 0.3, true
      from (select g, exp(ln(2000) + random() * ln(15)) as a from generate_series(1, ${N_DEMANDS}) g) x`);
    console.log(`database ${name} created and loaded in ${ms(performance.now() - t)}`);
    const ctx = makeCtx({ actor: systemActor("bench"), db });
    t = performance.now();
    await withTransaction(ctx, (tx) => refreshOpenDemands(tx, { land: true, building: false }));
    const rowsStored = (await q<{ n: number }>(db, sql`select count(*)::int as n from space_suggestions`))[0].n;
    console.log(`initial suggestions of every demand (exhaustive): ${ms(performance.now() - t)}, ${rowsStored} rows`);

    // 2. The exhaustive refresh of every open land demand, as the listener did it per change before.
    const rollback = new Error("rollback");
    const exhaustiveTimes: number[] = [];
    for (let i = 0; i < N_EXHAUSTIVE; i++) {
      const t0 = performance.now();
      await withTransaction(ctx, async (tx) => {
        await refreshOpenDemands(tx, { land: true, building: false });
        throw rollback;
      }).catch((e: unknown) => {
        if (e !== rollback) throw e;
      });
      exhaustiveTimes.push(performance.now() - t0);
    }
    console.log(`exhaustive refresh of all ${N_DEMANDS} demands (the former per-change path): ${exhaustiveTimes.map(ms).join(", ")}`);

    // 3. One parcel update verb at a time.
    const ids = (await q<{ id: string }>(db, sql`select id from space_parcels order by code`)).map((r) => r.id);
    let seed = 7;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const times: number[] = [];
    const touched: number[] = [];
    const rebuilds = matchStateStats.rebuilds;
    let rebuildsFirst = 0;
    const lists = () => `demand lists updated in memory ${matchStateStats.updatedInMemory - listsAt.updatedInMemory}, ranked over the whole supply ${matchStateStats.rescans - listsAt.rescans}`;
    let listsAt = { ...matchStateStats };
    for (let i = 0; i < N_UPDATES; i++) {
      const id = ids[Math.floor(next() * ids.length)];
      const [{ version, availability }] = await q<{ version: number; availability: string }>(db, sql`select version, availability from space_parcels where id = ${id}::uuid`);
      const [{ now }] = await q<{ now: string }>(db, sql`select clock_timestamp()::text as now`);
      const change =
        i % 2 === 0
          ? { salePricePerM2Cents: 4000 + Math.floor(next() * 12000) }
          : { availability: (availability === "available" ? "under_option" : availability === "under_option" ? "sold" : "available") as "available" | "under_option" | "sold" };
      const t0 = performance.now();
      await updateParcel({ ctx, input: { id, version, ...change } });
      times.push(performance.now() - t0);
      if (i === 0) {
        rebuildsFirst = matchStateStats.rebuilds - rebuilds;
        listsAt = { ...matchStateStats };
      }
      touched.push((await q<{ n: number }>(db, sql`select count(distinct demand_id)::int as n from space_suggestions where updated_at >= ${now}::timestamptz`))[0].n);
    }
    // After the rolled-back refreshes the first update reads the matching state afresh (no process holds its token).
    const [cold, ...warm] = times;
    console.log(`first parcel update (matching state read afresh: ${rebuildsFirst} time(s)): ${ms(cold)}`);
    console.log(
      `parcel update verb → committed suggestions, the other ${warm.length}: p50 ${ms(quantile(warm, 0.5))}, p95 ${ms(quantile(warm, 0.95))}, max ${ms(Math.max(...warm))}; ` +
        `state read afresh meanwhile: ${matchStateStats.rebuilds - rebuilds - rebuildsFirst} time(s); demands whose stored rows changed per update: median ${quantile(touched, 0.5)}, max ${Math.max(...touched)} of ${N_DEMANDS}; ${lists()}`,
    );
    listsAt = { ...matchStateStats };

    // 3b. The supply change alone: a parcel row changed in SQL and announced, as every supply verb does, until commit.
    const changeTimes: number[] = [];
    for (let i = 0; i < N_UPDATES; i++) {
      const id = ids[Math.floor(next() * ids.length)];
      const t0 = performance.now();
      await withTransaction(ctx, async (tx) => {
        await tx.db.execute(sql`update space_parcels set sale_price_per_m2_cents = ${4000 + Math.floor(next() * 12000)},
          availability = case availability when 'available' then 'under_option' when 'under_option' then 'available' else availability end where id = ${id}::uuid`);
        await emitSupplyChange(tx, { parcelIds: [id], premisesIds: [], reason: "bench.parcel" });
      });
      changeTimes.push(performance.now() - t0);
    }
    console.log(
      `one parcel changed → suggestions of all demands committed (supply change alone, ${N_UPDATES}): p50 ${ms(quantile(changeTimes, 0.5))}, ` +
        `p95 ${ms(quantile(changeTimes, 0.95))}, max ${ms(Math.max(...changeTimes))}; state read afresh meanwhile: ${matchStateStats.rebuilds - rebuilds - rebuildsFirst} time(s); ${lists()}`,
    );

    // 4. The stored suggestions equal an exhaustive refresh.
    const stored = await snapshot(db);
    let oracle: Row[] = [];
    await withTransaction(ctx, async (tx) => {
      await refreshOpenDemands(tx, { land: true, building: true });
      oracle = await snapshot(tx.db);
      throw rollback;
    }).catch((e: unknown) => {
      if (e !== rollback) throw e;
    });
    const same = JSON.stringify(stored) === JSON.stringify(oracle);
    console.log(`stored suggestions equal the exhaustive refresh: ${same ? "yes" : "NO"} (${stored.length} rows)`);
    console.log(`load average 1/5/15 min at end: ${load()}`);
    if (!same) process.exitCode = 1;
  } finally {
    await database.close();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
