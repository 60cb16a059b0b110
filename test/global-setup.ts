import { existsSync, mkdirSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import pg from "pg";
import { openPglite, openPostgres, runMigrations } from "../src/server/db/client.js";
import { PGLITE_TEMPLATE_FILE, PG_TEMPLATE_DB, pgAdminUrl, pgUrlFor } from "./template.js";

/**
 * Builds the migrated template once per set of migrations; every test file then gets its own copy.
 * Templates are named after a hash of the migrations and built under a temporary name, then renamed,
 * so that several runs at once never disturb each other.
 */
export default async function setup(): Promise<void> {
  if (process.env.TEST_DB === "postgres") {
    const admin = new pg.Client({ connectionString: pgAdminUrl() });
    await admin.connect();
    const exists = await admin.query("select 1 from pg_database where datname = $1", [PG_TEMPLATE_DB]);
    if (exists.rowCount === 0) {
      const building = `koers_tplbuild_${process.pid}`;
      await admin.query(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${building}`);
      const database = await openPostgres(pgUrlFor(building), 1);
      await runMigrations(database);
      await database.close();
      try {
        await admin.query(`ALTER DATABASE ${building} RENAME TO ${PG_TEMPLATE_DB}`);
      } catch {
        await admin.query(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`); // another run was first
      }
    }
    await admin.end();
    return;
  }
  if (existsSync(PGLITE_TEMPLATE_FILE)) return;
  const database = await openPglite();
  await runMigrations(database);
  const dump = await database.pglite!.dumpDataDir("gzip");
  mkdirSync(dirname(PGLITE_TEMPLATE_FILE), { recursive: true });
  const partial = `${PGLITE_TEMPLATE_FILE}.${process.pid}.partial`;
  writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
  renameSync(partial, PGLITE_TEMPLATE_FILE);
  await database.close();
}
