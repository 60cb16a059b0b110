import { resolve } from "node:path";

export const PGLITE_TEMPLATE_FILE = resolve(".tmp/pglite-template.tar.gz");
export const PG_TEMPLATE_DB = "koers_template";

/** The machine's PostgreSQL (trust auth); TEST_DATABASE_URL overrides. */
export function pgAdminUrl(): string {
  return process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
}

export function pgUrlFor(dbName: string): string {
  const u = new URL(pgAdminUrl());
  u.pathname = `/${dbName}`;
  return u.toString();
}
