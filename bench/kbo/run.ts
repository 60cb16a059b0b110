/**
 * KBO import benchmark on PostgreSQL (DATABASE_URL, or the machine's 127.0.0.1:5432):
 *  1. a bare COPY of the dump's CSV files into the same tables (with their indexes), streamed from the zip;
 *  2. the import of the same zip (scope belgium), in its own process, with its peak RSS;
 *  3. a daily update with 15,000 changes (goal < 30 s);
 *  4. search latency p50/p95 over the registry (goal p95 < 50 ms over 2 M organisations; --search-rows tops the
 *     registry up with synthetic organisations to that many rows first).
 *
 * Usage: npx tsx bench/kbo/run.ts --scale 0.01 [--search-rows 2000000] [--keep] [--import-only]
 *        npx tsx bench/kbo/run.ts --search-only --search-rows 2000000 [--search-repeat 5] [--keep] [--reuse]
 * Scale 1 is the October 2025 Belgian volume (1,938,239 enterprises, ≈46.8 M rows).
 */
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { loadavg } from "node:os";
import { join, resolve } from "node:path";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { openPostgres, runMigrations } from "../../src/server/db/client.js";
import { makeCtx, systemActor } from "../../src/server/platform/context.js";
import { loadGeography } from "../../src/server/modules/geography/index.js";
import { searchOrganisations } from "../../src/server/modules/organisations/index.js";
import { KBO_FILES, LOAD_ORDER } from "../../src/server/modules/organisations/kbo/format.js";
import { KboZip } from "../../src/server/modules/organisations/kbo/zip.js";
import { generateFullDump, generateUpdateDump } from "./generate.js";

const BELGIUM_ENTERPRISES = 1_938_239;
const argv = process.argv.slice(2);
const arg = (name: string, dflt?: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : dflt;
};
const scale = Number(arg("scale", "0.01"));
const searchRows = Number(arg("search-rows", "0"));
/** Each search is timed this many times (in rounds over the whole set), for steadier percentiles on a loaded machine. */
const searchRepeat = Math.max(1, Number(arg("search-repeat", "1")));
const enterprises = Math.max(2_000, Math.round(BELGIUM_ENTERPRISES * scale));
const changes = Math.min(15_000, Math.floor(enterprises * 0.6));
const admin = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const dbName = "koers_bench_kbo";
const url = (() => {
  const u = new URL(admin);
  u.pathname = `/${dbName}`;
  return u.toString();
})();
const log = (s: string) => console.error(`[bench:kbo] ${s}`);
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function freshDatabase(): Promise<void> {
  const c = new pg.Client({ connectionString: admin });
  await c.connect();
  await c.query(`drop database if exists ${dbName} with (force)`);
  await c.query(`create database ${dbName}`);
  await c.end();
  const database = await openPostgres(url, 2);
  await runMigrations(database);
  await loadGeography(makeCtx({ actor: systemActor("bench"), db: database.db }));
  await database.close();
}

/** The baseline: every CSV of the zip straight into its live table with COPY, nothing else. */
async function bareCopy(zipPath: string): Promise<{ ms: number; rows: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query("set datestyle = 'ISO, DMY'");
  for (const t of LOAD_ORDER) await client.query(`truncate kbo_${t}`);
  await client.query("checkpoint");
  const zip = await KboZip.open(zipPath);
  const t0 = performance.now();
  let rows = 0;
  for (const t of LOAD_ORDER) {
    const cols = KBO_FILES[t].columns.map((c) => `"${c}"`).join(", ");
    const stream = client.query(copyFrom(`copy kbo_${t} (${cols}) from stdin with (format csv, header true)`));
    await pipeline(await zip.stream(`${t}.csv`), stream);
    rows += stream.rowCount;
  }
  const ms = performance.now() - t0;
  zip.close();
  for (const t of LOAD_ORDER) await client.query(`truncate kbo_${t}`);
  await client.query("checkpoint");
  await client.end();
  return { ms, rows };
}

function importInChild(zip: string, scope: "belgium" | "limburg"): { ms: number; maxRssMb: number; exit: number; timings: Record<string, number> | null } {
  const out = execFileSync("npx", ["tsx", resolve("bench/kbo/import-child.ts"), url, zip, scope], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  return JSON.parse(out.trim().split("\n").pop()!);
}

async function topUpRegistry(target: number): Promise<number> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const have = Number((await c.query("select count(*)::int as n from organisations")).rows[0].n);
  if (target > have) {
    log(`adding ${(target - have).toLocaleString("en-GB")} synthetic organisations for the search benchmark`);
    // Pseudo-words from a hash: about as varied in their trigrams as real company names, unlike a small syllable set.
    await c.query(`
      insert into organisations (kind, enterprise_number, name, source, municipality_nis, sme_class, nace_codes)
      select 'company', f8 || lpad((97 - (f8::bigint % 97))::text, 2, '0'),
        initcap(translate(substr(h, 1, 3 + i % 5), '0123456789abcdef', 'bdegiklmnoprstuv')) || ' ' ||
          initcap(translate(substr(h, 9, 4 + i % 4), '0123456789abcdef', 'aeinorstlkvdmgbu')) ||
          case i % 4 when 0 then ' NV' when 1 then ' BV' when 2 then ' VZW' else '' end,
        'manual', case when i % 8 = 0 then '71016' end, (array['micro','small','medium','large','unknown'])[1 + i % 5],
        -- one main activity each, spread over ten common NACE-BEL codes (every prefix, as the registry keeps them)
        koers_nace_prefixes(array[(array['62010','47110','56101','41201','69201','25110','46900','49410','43211','86210'])[1 + i % 10]])
      from (select i, md5(i::text) as h, lpad((15000000 + i)::text, 8, '0') as f8 from generate_series(1, ${target - have}) i) x`);
    // As autovacuum leaves it: the GIN pending lists moved into the indexes (a bulk insert leaves up to
    // gin_pending_list_limit of entries there, which every trigram lookup then scans), statistics fresh.
    await c.query("vacuum (analyze) organisations");
  }
  const n = Number((await c.query("select count(*)::int as n from organisations")).rows[0].n);
  await c.end();
  return n;
}

function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

async function searchLatency(): Promise<Record<string, { p50: number; p95: number; n: number }>> {
  const database = await openPostgres(url, 2);
  const ctx = makeCtx({ actor: systemActor("bench"), db: database.db });
  const sample = (await database.pool!.query<{ name: string; enterprise_number: string | null }>(
    // the same sample on the same data (repeatable), so that runs before and after a change ask the same queries
    "select name, enterprise_number from organisations tablesample system (5) repeatable (42) limit 200",
  )).rows;
  const misspell = (s: string, i: number) => {
    const k = 1 + (i % Math.max(1, s.length - 2));
    return i % 2 ? s.slice(0, k) + s.slice(k + 1) : s.slice(0, k) + s[k + 1] + s[k] + s.slice(k + 2);
  };
  const kinds: Record<string, unknown[]> = {
    "name (misspelt)": sample.slice(0, 100).map((r, i) => ({ q: misspell(r.name.split(" ")[0], i), limit: 20 })),
    "enterprise number": sample.filter((r) => r.enterprise_number).slice(0, 50).map((r, i) => ({ q: i % 2 ? `BE${r.enterprise_number}` : r.enterprise_number!.slice(1), limit: 20 })),
    "NACE + municipality": ["62", "4711", "56101", "41", "69201", "25110"].flatMap((nace) => [{ nace, limit: 20 }, { nace, municipality: "71016", limit: 20 }]),
  };
  const out: Record<string, { p50: number; p95: number; n: number }> = {};
  const all: number[] = [];
  for (const [kind, queries] of Object.entries(kinds)) {
    const times: number[] = [];
    for (const input of queries.slice(0, 3)) await searchOrganisations({ ctx, input }); // warm up
    for (let round = 0; round < searchRepeat; round++) {
      for (const input of queries) {
        const t0 = performance.now();
        await searchOrganisations({ ctx, input });
        times.push(performance.now() - t0);
      }
    }
    all.push(...times);
    if (times.length) out[kind] = { p50: Math.round(percentile(times, 50) * 10) / 10, p95: Math.round(percentile(times, 95) * 10) / 10, n: times.length };
  }
  out.all = { p50: Math.round(percentile(all, 50) * 10) / 10, p95: Math.round(percentile(all, 95) * 10) / 10, n: all.length };
  await database.close();
  return out;
}

async function main(): Promise<void> {
  if (argv.includes("--search-only")) {
    // Search latency alone, on a registry of --search-rows synthetic organisations (--reuse: the kept database as it is).
    if (!argv.includes("--reuse")) await freshDatabase();
    const registry = await topUpRegistry(searchRows || 2_000_000);
    const load = loadavg().map((l) => l.toFixed(1)).join(" ");
    const search = await searchLatency();
    log(`search over ${registry.toLocaleString("en-GB")} organisations (load average before ${load}, after ${loadavg().map((l) => l.toFixed(1)).join(" ")}): ${JSON.stringify(search)}`);
    console.log(JSON.stringify({ registryRows: registry, search }, null, 2));
    if (!argv.includes("--keep")) {
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`drop database if exists ${dbName} with (force)`);
      await c.end();
    }
    return;
  }
  const dir = resolve(join(".tmp", "kbo-bench", String(scale)));
  rmSync(dir, { recursive: true, force: true });
  log(`scale ${scale}: ${enterprises.toLocaleString("en-GB")} enterprises, update with ${changes.toLocaleString("en-GB")} changes`);
  const g0 = performance.now();
  const full = await generateFullDump({ dir, enterprises });
  const update = await generateUpdateDump({ dir, enterprises, changes });
  const rows = Object.values(full.counts).reduce((a, b) => a + b, 0);
  log(`generated ${rows.toLocaleString("en-GB")} rows in ${secs(performance.now() - g0)}`);

  await freshDatabase();
  const copy = await bareCopy(full.path);
  log(`bare COPY: ${copy.rows.toLocaleString("en-GB")} rows in ${secs(copy.ms)}`);
  const imp = importInChild(full.path, "belgium");
  if (imp.exit !== 0) throw new Error("the import failed");
  log(`import (belgium): ${secs(imp.ms)}, peak RSS ${imp.maxRssMb} MB, ratio ${(imp.ms / copy.ms).toFixed(2)}; steps ${JSON.stringify(imp.timings)}`);
  if (argv.includes("--import-only")) {
    // The bare COPY and the first import alone (the full volume's longest comparison), database kept.
    console.log(JSON.stringify({ scale, enterprises, rows, bareCopyMs: Math.round(copy.ms), importMs: imp.ms, importSteps: imp.timings, ratio: Math.round((imp.ms / copy.ms) * 100) / 100, importPeakRssMb: imp.maxRssMb }, null, 2));
    return;
  }
  const upd = importInChild(update.path, "belgium");
  if (upd.exit !== 0) throw new Error("the update failed");
  log(`update (${changes} changes): ${secs(upd.ms)}, peak RSS ${upd.maxRssMb} MB; steps ${JSON.stringify(upd.timings)}`);
  const limburg = importInChild(full.path, "limburg");
  log(`import (limburg) of the same dump: ${secs(limburg.ms)}, peak RSS ${limburg.maxRssMb} MB`);
  // back to the Belgian registry for the search benchmark
  importInChild(full.path, "belgium");
  const registry = await topUpRegistry(searchRows);
  const search = await searchLatency();
  log(`search over ${registry.toLocaleString("en-GB")} organisations: ${JSON.stringify(search)}`);

  const result = {
    scale, enterprises, rows, changes,
    bareCopyMs: Math.round(copy.ms), importMs: imp.ms, importSteps: imp.timings, ratio: Math.round((imp.ms / copy.ms) * 100) / 100, importPeakRssMb: imp.maxRssMb,
    updateMs: upd.ms, updateSteps: upd.timings, limburgImportMs: limburg.ms, limburgPeakRssMb: limburg.maxRssMb, registryRows: registry, search,
  };
  console.log(JSON.stringify(result, null, 2));
  if (!argv.includes("--keep")) {
    const c = new pg.Client({ connectionString: admin });
    await c.connect();
    await c.query(`drop database if exists ${dbName} with (force)`);
    await c.end();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
