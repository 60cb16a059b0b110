import type { Database } from "../../../db/client.js";
import { makeCtx, systemActor } from "../../../platform/context.js";
import { loadGeography } from "../../geography/index.js";
import type { KboImportRun } from "../../../../contracts/organisations.js";
import { getKboImport } from "../list-kbo-imports.js";
import type { ImportHooks } from "./progress.js";
import { startKboImport, waitForKboImport } from "../start-kbo-import.js";
import { LOAD_ORDER } from "./format.js";

export const systemCtx = (database: Database) => makeCtx({ actor: systemActor("test"), db: database.db });

export async function loadLimburgGeography(database: Database): Promise<void> {
  await loadGeography(systemCtx(database));
}

/** Starts an import and waits for it; returns the run as the API shows it. */
export async function runImport(database: Database, path: string, scope: "limburg" | "belgium", hooks?: ImportHooks): Promise<KboImportRun> {
  const ctx = systemCtx(database);
  const run = await startKboImport({ ctx, input: { path, scope }, options: { hooks } });
  await waitForKboImport();
  return getKboImport({ ctx, input: { id: run.id } });
}

async function q<T>(database: Database, sql: string): Promise<T[]> {
  const r = (await database.db.execute(sql)) as unknown as { rows: T[] };
  return r.rows;
}

export async function kboCounts(database: Database): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of LOAD_ORDER) out[t] = Number((await q<{ n: number }>(database, `select count(*)::int as n from kbo_${t}`))[0].n);
  return out;
}

/** A checksum of everything an import writes: the raw tables and the KBO fields of the active registry rows (inactive rows keep their history). */
export async function dataChecksum(database: Database): Promise<string> {
  const parts: string[] = [];
  for (const t of LOAD_ORDER) {
    parts.push((await q<{ h: string }>(database, `select coalesce(md5(string_agg(x::text, '|' order by x::text)), '') as h from kbo_${t} x`))[0].h);
  }
  parts.push(
    (
      await q<{ h: string }>(
        database,
        `select coalesce(md5(string_agg(r, '|' order by r)), '') as h from (
           select concat_ws(';', kind, enterprise_number, name, alt_names, legal_form, legal_form_label, start_date, street, house_number, box,
             postcode, place, municipality_nis, establishment_nis::text, source, nace_codes::text) as r from organisations where kbo_active) s`,
      )
    )[0].h,
  );
  return parts.join(":");
}

export async function organisationCount(database: Database): Promise<number> {
  return Number((await q<{ n: number }>(database, "select count(*)::int as n from organisations where kbo_active"))[0].n);
}
