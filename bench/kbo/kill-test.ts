/**
 * Kills the import with SIGKILL at several moments, reruns it, and checks that the data equals a
 * clean run's (PostgreSQL; DATABASE_URL or the machine's 127.0.0.1:5432).
 * Usage: npx tsx bench/kbo/kill-test.ts [--enterprises 30000] [--delays 0.8,2,4,7]
 */
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import pg from "pg";
import { openPostgres, runMigrations } from "../../src/server/db/client.js";
import { makeCtx, systemActor } from "../../src/server/platform/context.js";
import { loadGeography } from "../../src/server/modules/geography/index.js";
import { dataChecksum } from "../../src/server/modules/organisations/kbo/test-helpers.js";
import { generateFullDump, generateUpdateDump } from "./generate.js";

const argv = process.argv.slice(2);
const arg = (n: string, d: string) => (argv.includes(`--${n}`) ? argv[argv.indexOf(`--${n}`) + 1] : d);
const enterprises = Number(arg("enterprises", "30000"));
const delays = arg("delays", "0.8,2,4,7").split(",").map(Number);
const admin = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const dbName = "koers_kill_kbo";
const url = Object.assign(new URL(admin), { pathname: `/${dbName}` }).toString();

function importChild(zip: string, scope: string, killAfterS?: number): Promise<{ code: number | null; killed: boolean; stderr: string }> {
  return new Promise((res) => {
    const child = spawn("npx", ["tsx", resolve("bench/kbo/import-child.ts"), url, zip, scope], { stdio: ["ignore", "ignore", "pipe"], detached: true, env: { ...process.env, KBO_BENCH_VERBOSE: "1" } });
    let stderr = "";
    child.stderr!.on("data", (d: Buffer) => {
      stderr = (stderr + d.toString()).slice(-2000);
    });
    let killed = false;
    const timer = killAfterS === undefined ? null : setTimeout(() => {
      killed = true;
      process.kill(-child.pid!, "SIGKILL"); // the whole process group: npx, tsx and node
    }, killAfterS * 1000);
    child.on("exit", (code) => {
      if (timer) clearTimeout(timer);
      res({ code, killed, stderr });
    });
  });
}

const c = new pg.Client({ connectionString: admin });
await c.connect();
await c.query(`drop database if exists ${dbName} with (force)`);
await c.query(`create database ${dbName}`);
const database = await openPostgres(url, 2);
await runMigrations(database);
await loadGeography(makeCtx({ actor: systemActor("kill-test"), db: database.db }));
const dir = mkdtempSync(join(tmpdir(), "kbo-kill-"));
const full = await generateFullDump({ dir, enterprises });
const update = await generateUpdateDump({ dir, enterprises, changes: Math.min(15_000, Math.floor(enterprises / 2)) });

let failures = 0;
for (const scope of ["belgium", "limburg"]) {
  if ((await importChild(full.path, scope)).code !== 0) throw new Error("clean run failed");
  const clean = await dataChecksum(database);
  for (const delay of delays) {
    await importChild(update.path, scope); // a different state to start from
    const first = await importChild(full.path, scope, delay);
    const runs = (await database.pool!.query("select status, phase, current_file, rows_done from kbo_import_runs order by started_at desc limit 1")).rows[0];
    const again = await importChild(full.path, scope);
    const same = (await dataChecksum(database)) === clean;
    if (!same || again.code !== 0) failures++;
    console.log(`${scope}: killed after ${delay}s=${first.killed} (run was ${runs.status}/${runs.phase} at ${runs.current_file ?? "-"}, ${runs.rows_done} rows); rerun exit ${again.code}; equal to a clean run: ${same}`);
    if (again.code !== 0) console.log(`  the rerun said: ${again.stderr.trim().split("\n").slice(-3).join(" | ")}`);
  }
}
await database.close();
await c.query(`drop database if exists ${dbName} with (force)`);
await c.end();
console.log(failures === 0 ? "kill test: all reruns equal a clean run" : `kill test: ${failures} failures`);
process.exit(failures ? 1 : 0);
