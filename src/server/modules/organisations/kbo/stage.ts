import { isUniqueViolation } from "../../../platform/errors.js";
import type { ImportConn } from "./conn.js";
import { DELTA_TABLES, KboFileError, LOAD_ORDER, type KboTable, type ZipKind } from "./format.js";

export const liveTable = (t: KboTable) => `kbo_${t}`;
export const stageTable = (t: KboTable) => `kbo_stage_${t}`;
export const deleteTable = (t: KboTable) => `kbo_stage_${t}_del`;
const NEXT = "__n";

/** Drops every staging table (a fresh run, or the end of one). */
export async function dropStages(conn: ImportConn): Promise<void> {
  const rows = await conn.query<{ t: string }>(
    "select tablename as t from pg_tables where schemaname = current_schema() and tablename like 'kbo\\_stage\\_%'",
  );
  for (const r of rows) await conn.exec(`drop table if exists "${r.t}"`);
}

/** Staging tables shaped like the live ones, without indexes (they are built once, after the load). */
export async function createStages(conn: ImportConn, kind: ZipKind): Promise<void> {
  for (const t of LOAD_ORDER) {
    await conn.exec(`create table if not exists ${stageTable(t)} (like ${liveTable(t)} including defaults)`);
  }
  if (kind === "update") {
    for (const t of DELTA_TABLES) await conn.exec(`create table if not exists ${deleteTable(t)} (key text not null)`);
  }
}

async function liveIndexes(conn: ImportConn, t: KboTable): Promise<{ name: string; def: string }[]> {
  const rows = await conn.query<{ indexname: string; indexdef: string }>(
    "select indexname, indexdef from pg_indexes where schemaname = current_schema() and tablename = $1 order by indexname",
    [liveTable(t)],
  );
  return rows.map((r) => ({ name: r.indexname, def: r.indexdef }));
}

/**
 * Builds on each staging table the indexes its live table has (same definitions, temporary names):
 * one sort per index instead of index maintenance on every row. A duplicate key in a file surfaces
 * here, named by file.
 */
export async function indexStages(conn: ImportConn, onTable?: (t: KboTable) => void): Promise<void> {
  // Each index is one sort: in memory rather than in temporary files (PostgreSQL; reset afterwards, the connection goes back to the pool).
  if (conn.kind === "postgres") await conn.exec("set maintenance_work_mem = '256MB'");
  try {
    await buildStageIndexes(conn, onTable);
  } finally {
    if (conn.kind === "postgres") await conn.exec("reset maintenance_work_mem").catch(() => {});
  }
}

async function buildStageIndexes(conn: ImportConn, onTable?: (t: KboTable) => void): Promise<void> {
  for (const t of LOAD_ORDER) {
    onTable?.(t);
    for (const idx of await liveIndexes(conn, t)) {
      const m = idx.def.match(/^CREATE (UNIQUE )?INDEX (\S+) ON (\S+) (USING .*)$/);
      if (!m) throw new Error(`Unexpected index definition: ${idx.def}`);
      try {
        await conn.exec(`create ${m[1] ?? ""}index if not exists ${idx.name}${NEXT} on ${stageTable(t)} ${m[4]}`);
      } catch (err) {
        const e = err as { message?: string; detail?: string };
        if (isUniqueViolation(err)) throw new KboFileError(`${t}.csv`, null, `duplicate key: ${e.detail ?? e.message}`);
        throw err;
      }
    }
  }
}

/** Inside the final transaction: the staging tables become the live ones, with the live index names. */
export async function swapStages(conn: ImportConn): Promise<void> {
  for (const t of LOAD_ORDER) {
    const names = (await liveIndexes(conn, t)).map((i) => i.name);
    await conn.exec(`drop table ${liveTable(t)}`);
    await conn.exec(`alter table ${stageTable(t)} rename to ${liveTable(t)}`);
    for (const n of names) await conn.exec(`alter index if exists ${n}${NEXT} rename to ${n}`);
  }
}

/**
 * Statistics of the freshly loaded staging tables, before the derivation reads them (without them the
 * planner guesses their sizes); they stay with the tables when the swap renames them.
 */
export async function analyseStages(conn: ImportConn): Promise<void> {
  for (const t of LOAD_ORDER) await conn.exec(`analyze ${stageTable(t)}`);
}

/** Statistics for the planner after the tables were replaced or changed in bulk (kboTables false: the registry only, after a full import whose staging tables were analysed). */
export async function analyseLive(conn: ImportConn, kboTables = true): Promise<void> {
  if (kboTables) for (const t of LOAD_ORDER) await conn.exec(`analyze ${liveTable(t)}`);
  await conn.exec("analyze organisations");
}
