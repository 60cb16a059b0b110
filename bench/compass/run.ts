/**
 * Compass read benchmark: the dashboard list and the indicator page with
 * 500 indicators × 38 municipalities × 120 monthly values (2.28 M measurement rows).
 *
 *   npx tsx bench/compass/run.ts                 # PostgreSQL (127.0.0.1:5432) and PGlite
 *   npx tsx bench/compass/run.ts --only postgres
 *   npx tsx bench/compass/run.ts --indicators 50 # smaller run
 *
 * Data is written in bulk with SQL (generate_series), then the province series are rebuilt with the
 * compass's own refreshIndicatorSeries verb; calls go through the full HTTP stack (app.inject) as a
 * signed-in policy analyst. Goal: under 200 ms per call on PostgreSQL.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { buildApp } from "../../src/server/app.js";
import { testConfig } from "../../src/server/config.js";
import { openPglite, openPostgres, runMigrations, type Database } from "../../src/server/db/client.js";
import { makeCtx, systemActor } from "../../src/server/platform/context.js";
import { loadGeography } from "../../src/server/modules/geography/index.js";
import { refreshIndicatorSeries } from "../../src/server/modules/compass/index.js";
import { as, createUser, loginAs } from "../../seed/factories/identity.js";

const { values: args } = parseArgs({
  options: {
    only: { type: "string" },
    indicators: { type: "string", default: "500" },
    months: { type: "string", default: "120" },
    runs: { type: "string", default: "30" },
    pg: { type: "string", default: process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test" },
  },
});
const INDICATORS = Number(args.indicators);
const MONTHS = Number(args.months);
const RUNS = Number(args.runs);

async function load(database: Database): Promise<string[]> {
  const db = database.db;
  const ctx = makeCtx({ actor: systemActor("bench"), db });
  await loadGeography(ctx);
  const t0 = performance.now();
  await db.execute(`insert into goals (kind, code, title_nl, title_en, section, position)
    select 'chapter', 'B' || c, 'Hoofdstuk ' || c, 'Chapter ' || c, c::text, c from generate_series(1, 5) c`);
  await db.execute(`insert into goals (kind, code, parent_id, title_nl, title_en, section, position)
    select 'objective', 'B' || c || '.' || o, (select id from goals where code = 'B' || c), 'Doelstelling ' || c || '.' || o,
           'Objective ' || c || '.' || o, c || '.' || o, o
    from generate_series(1, 5) c, generate_series(1, 4) o`);
  await db.execute(`insert into indicators (code, goal_id, name_nl, name_en, unit, baseline_value, baseline_date, target_value,
      target_date, direction, published, per_municipality, aggregation, kind, position)
    select 'bench.' || i, (select id from goals where code = 'B' || (1 + i % 5) || '.' || (1 + i % 4)),
           'Indicator ' || i, 'Indicator ' || i, 'count', 0, date '2020-01-01', 10000, date '2030-12-31',
           'raise', true, true, 'sum', 'measured', i
    from generate_series(1, ${INDICATORS}) i`);
  await db.execute(`insert into measurements (indicator_id, period_date, municipality_nis, value, source, origin)
    select ind.id, (date '2021-01-01' + (m || ' month')::interval - interval '1 day')::date, mu.nis,
           round((m * (1 + (abs(hashtext(ind.code || mu.nis)) % 7)))::numeric, 1), 'bench', 'import'
    from indicators ind cross join municipalities mu cross join generate_series(1, ${MONTHS}) m
    where ind.code like 'bench.%'`);
  const t1 = performance.now();
  await refreshIndicatorSeries({ ctx });
  const t2 = performance.now();
  const { rows } = (await db.execute(`select count(*)::int as n from measurements`)) as unknown as { rows: { n: number }[] };
  console.log(`  loaded ${rows[0].n.toLocaleString("en")} measurements in ${((t1 - t0) / 1000).toFixed(1)} s, series rebuilt in ${((t2 - t1) / 1000).toFixed(1)} s`);
  await db.execute("analyze");
  const ids = (await db.execute(`select id from indicators where code like 'bench.%' order by position`)) as unknown as { rows: { id: string }[] };
  return ids.rows.map((r) => r.id);
}

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function measure(database: Database, label: string): Promise<void> {
  console.log(`\n${label}`);
  const ids = await load(database);
  const app = await buildApp(testConfig({ webDist: "./.tmp/no-web" }), database, { logger: false });
  await app.ready();
  const analyst = await createUser(database, { roles: ["policy_analyst"] });
  const session = await loginAs(app, analyst.email, analyst.password);
  const calls: [string, () => string][] = [
    ["dashboard GET /api/compass/indicators", () => "/api/compass/indicators"],
    ["indicator GET /api/compass/indicators/:id", () => `/api/compass/indicators/${ids[Math.floor(Math.random() * ids.length)]}`],
    ["public GET /api/public/indicators", () => "/api/public/indicators"],
    ["public GET /api/public/indicators/:id", () => `/api/public/indicators/${ids[Math.floor(Math.random() * ids.length)]}`],
  ];
  for (const [name, url] of calls) {
    const times: number[] = [];
    for (let i = 0; i < RUNS + 3; i++) {
      const t = performance.now();
      const res = await app.inject({ method: "GET", url: url(), headers: as(session) });
      const dt = performance.now() - t;
      if (res.statusCode !== 200) throw new Error(`${name}: ${res.statusCode} ${res.body.slice(0, 300)}`);
      if (i >= 3) times.push(dt); // first calls warm caches and JIT
    }
    times.sort((a, b) => a - b);
    console.log(`  ${name.padEnd(44)} p50 ${pct(times, 50).toFixed(1).padStart(7)} ms   p95 ${pct(times, 95).toFixed(1).padStart(7)} ms   max ${times[times.length - 1].toFixed(1).padStart(7)} ms`);
  }
  await app.close();
}

async function main(): Promise<void> {
  console.log(`compass bench: ${INDICATORS} indicators × 38 municipalities × ${MONTHS} months, ${RUNS} calls each`);
  if (args.only !== "pglite") {
    const name = "koers_bench_compass";
    const admin = new pg.Client({ connectionString: args.pg });
    await admin.connect();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(`create database ${name}`);
    const url = new URL(args.pg);
    url.pathname = `/${name}`;
    const database = await openPostgres(url.toString());
    await runMigrations(database);
    await measure(database, "PostgreSQL");
    await database.close();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
  if (args.only !== "postgres") {
    const dir = mkdtempSync(join(tmpdir(), "koers-bench-"));
    const database = await openPglite(dir);
    await runMigrations(database);
    await measure(database, "PGlite (embedded)");
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
