import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import pg from "pg";
import { openPglite, openPostgres, type Database } from "../src/server/db/client.js";
import { PGLITE_TEMPLATE_FILE, PG_TEMPLATE_DB, pgAdminUrl, pgUrlFor } from "./template.js";

export const testDbKind = (): "pglite" | "postgres" => (process.env.TEST_DB === "postgres" ? "postgres" : "pglite");

/**
 * A fresh, migrated database of its own for one test file: a PGlite loaded from the dumped template
 * (~1 s), or a PostgreSQL database created from the migrated template database.
 */
export async function createTestDatabase(): Promise<Database & { drop(): Promise<void> }> {
  if (testDbKind() === "postgres") {
    const name = `koerstest_${randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: pgAdminUrl() });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${PG_TEMPLATE_DB}`);
    await admin.end();
    const database = await openPostgres(pgUrlFor(name), 25);
    return {
      ...database,
      close: database.close,
      async drop() {
        await database.close();
        const a = new pg.Client({ connectionString: pgAdminUrl() });
        await a.connect();
        await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await a.end();
      },
    };
  }
  const blob = new Blob([readFileSync(PGLITE_TEMPLATE_FILE)]);
  const database = await openPglite(undefined, blob);
  return { ...database, drop: () => database.close() };
}
