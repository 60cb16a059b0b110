import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import pg from "pg";
import { openPglite, openPostgres, runMigrations } from "../src/server/db/client.js";
import { PGLITE_TEMPLATE_FILE, PG_TEMPLATE_DB, pgAdminUrl, pgUrlFor } from "./template.js";

/** Builds the migrated template once per run; every test file then gets its own copy. */
export default async function setup(): Promise<void> {
  if (process.env.TEST_DB === "postgres") {
    const admin = new pg.Client({ connectionString: pgAdminUrl() });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${PG_TEMPLATE_DB} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${PG_TEMPLATE_DB}`);
    const database = await openPostgres(pgUrlFor(PG_TEMPLATE_DB), 1);
    await runMigrations(database);
    await database.close();
    // drop leftovers of interrupted runs
    const { rows } = await admin.query<{ datname: string }>("select datname from pg_database where datname like 'koerstest%'");
    for (const r of rows) await admin.query(`DROP DATABASE IF EXISTS ${r.datname} WITH (FORCE)`);
    await admin.end();
    return;
  }
  const database = await openPglite();
  await runMigrations(database);
  const dump = await database.pglite!.dumpDataDir("gzip");
  mkdirSync(dirname(PGLITE_TEMPLATE_FILE), { recursive: true });
  writeFileSync(PGLITE_TEMPLATE_FILE, Buffer.from(await dump.arrayBuffer()));
  await database.close();
}
