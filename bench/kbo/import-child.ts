/**
 * Runs one KBO import in its own process (so that its peak RSS is its own) and prints
 * {"ms":…, "maxRssMb":…, "exit":…} on stdout. Used by bench/kbo/run.ts.
 * Usage: tsx bench/kbo/import-child.ts <database url> <zip> <scope>
 */
import { openPostgres } from "../../src/server/db/client.js";
import { runImportKboCommand } from "../../src/server/modules/organisations/index.js";

const [url, zip, scope] = process.argv.slice(2);
const database = await openPostgres(url, 4);
const quiet = { write: () => true, isTTY: false };
const t0 = performance.now();
const exit = await runImportKboCommand(database, [zip, "--scope", scope], process.env.KBO_BENCH_VERBOSE ? process.stderr : quiet);
const ms = performance.now() - t0;
const last = await database.pool!.query<{ summary: { timings?: Record<string, number> } | null }>("select summary from kbo_import_runs order by started_at desc limit 1");
await database.close();
console.log(JSON.stringify({ ms: Math.round(ms), maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024), exit, timings: last.rows[0]?.summary?.timings ?? null }));
process.exit(exit);
