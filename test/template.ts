import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { migrationsFolder } from "../src/server/db/client.js";

/** A fingerprint of the migrations: templates built from the same migrations are shared between runs. */
function migrationsHash(): string {
  const h = createHash("sha1");
  for (const f of readdirSync(migrationsFolder).filter((n) => n.endsWith(".sql")).sort()) {
    h.update(f).update(readFileSync(resolve(migrationsFolder, f)));
  }
  return h.digest("hex").slice(0, 12);
}

const hash = migrationsHash();
export const PGLITE_TEMPLATE_FILE = resolve(`.tmp/pglite-template-${hash}.tar.gz`);
export const PG_TEMPLATE_DB = `koers_tpl_${hash}`;

/** The machine's PostgreSQL (trust auth); TEST_DATABASE_URL overrides. */
export function pgAdminUrl(): string {
  return process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
}

export function pgUrlFor(dbName: string): string {
  const u = new URL(pgAdminUrl());
  u.pathname = `/${dbName}`;
  return u.toString();
}
