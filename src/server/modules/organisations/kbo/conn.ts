import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import type { Db } from "../../../db/client.js";

/**
 * The raw connection an import works on. PostgreSQL: one dedicated pool client (COPY, long
 * transactions, the advisory lock) while progress goes through the pool; PGlite: the one
 * in-process client.
 */
export interface ImportConn {
  kind: "postgres" | "pglite";
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  exec(sql: string): Promise<void>;
  /** Runs fn in one transaction on this connection. */
  transaction<T>(fn: (c: ImportConn) => Promise<T>): Promise<T>;
  /** PostgreSQL: streams bytes into COPY … FROM STDIN; returns the rows copied. */
  copyStream?(sql: string, source: Readable | AsyncIterable<string | Buffer>): Promise<number>;
  /** PGlite: copies one in-memory chunk of CSV text. */
  copyText?(sql: string, text: string): Promise<number>;
  /** A query on another connection (progress that readers see while a load transaction is open). */
  side<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  release(destroy?: boolean): void;
}

/** The driver client under a Drizzle handle (not a transaction). */
export function rawClient(db: Db): pg.Pool | PGlite {
  const client = (db as unknown as { $client?: unknown }).$client;
  if (client instanceof PGlite || client instanceof pg.Pool) return client;
  throw new Error("The KBO import needs the database handle itself, not a transaction.");
}

export async function openImportConn(db: Db): Promise<ImportConn> {
  const client = rawClient(db);
  if (client instanceof pg.Pool) {
    const c = await client.connect();
    // A dropped connection fails the running statement; without a listener it would also crash the process.
    c.on("error", () => {});
    await c.query("SET datestyle = 'ISO, DMY'");
    // When this process dies (kill -9) in the middle of a long statement, the server otherwise runs the statement
    // to its end (tens of seconds for the derivation) and only then drops the session and its advisory lock, so a
    // rerun found "an import is already running". With this it checks the client every second and ends the session
    // (PostgreSQL 14 and later; an older server lacks the setting and keeps the old behaviour).
    await c.query("select set_config('client_connection_check_interval', '1000', false)").catch(() => {});
    return pgConn(client, c, false);
  }
  return pgliteConn(client, client);
}

function pgConn(pool: pg.Pool, c: pg.PoolClient, inTx: boolean): ImportConn {
  const self: ImportConn = {
    kind: "postgres",
    async query(sql, params) {
      return (await c.query(sql, params as unknown[])).rows;
    },
    async exec(sql) {
      await c.query(sql);
    },
    async transaction(fn) {
      if (inTx) return fn(self);
      await c.query("BEGIN");
      try {
        const out = await fn(pgConn(pool, c, true));
        await c.query("COMMIT");
        return out;
      } catch (e) {
        await c.query("ROLLBACK").catch(() => {});
        throw e;
      }
    },
    async copyStream(sql, source) {
      const stream = c.query(copyFrom(sql));
      await pipeline(source, stream);
      return stream.rowCount;
    },
    async side(sql, params) {
      return (await pool.query(sql, params as unknown[])).rows;
    },
    release(destroy) {
      c.release(destroy ? true : undefined);
    },
  };
  return self;
}

/**
 * Settings for the import's final transaction on PostgreSQL (they end with it): no JIT compilation —
 * the derivation's one large statement has cost estimates in the hundreds of millions, so PostgreSQL
 * compiled and optimised it with LLVM for 1.5–1.8 s at scale 0.01, longer than the statement ran —
 * and room for its sorts and hashes in memory instead of temporary files.
 */
export async function bulkTransactionSettings(tx: ImportConn): Promise<void> {
  if (tx.kind !== "postgres") return;
  await tx.query("select set_config('jit', 'off', true), set_config('work_mem', '256MB', true)");
}

type PgliteLike = Pick<PGlite, "query" | "exec">;

function pgliteConn(root: PGlite, c: PgliteLike, inTx = false): ImportConn {
  const self: ImportConn = {
    kind: "pglite",
    async query(sql, params) {
      return (await c.query(sql, params as unknown[])).rows as never;
    },
    async exec(sql) {
      await c.exec(sql);
    },
    async transaction(fn) {
      if (inTx) return fn(self);
      return root.transaction(async (tx) => {
        await tx.exec("SET LOCAL datestyle = 'ISO, DMY'");
        return fn(pgliteConn(root, tx, true));
      });
    },
    async copyText(sql, text) {
      const r = await c.query(sql, [], { blob: new Blob([text]) });
      return r.affectedRows ?? 0;
    },
    async side(sql, params) {
      // One connection: "side" writes simply run in turn (between chunk transactions).
      return (await c.query(sql, params as unknown[])).rows as never;
    },
    release() {},
  };
  return self;
}
