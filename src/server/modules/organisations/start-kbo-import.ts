import { basename } from "node:path";
import { StartKboImportInput, type KboImportRun } from "../../../contracts/organisations.js";
import { conflict, validation, zodDetails } from "../../platform/errors.js";
import { requireRole } from "../../platform/authz.js";
import type { Ctx } from "../../platform/context.js";
import { openImportConn, type ImportConn } from "./kbo/conn.js";
import { parseZipName } from "./kbo/format.js";
import type { ImportHooks, ProgressSnapshot } from "./kbo/progress.js";
import { SimulatedCrash } from "./kbo/progress.js";
import { executeRun, fingerprintOf, type RunRow } from "./kbo/runner.js";
import { presentRun, type RunRecord } from "./presenters.js";

/** One import at a time in this process; on PostgreSQL an advisory lock extends that to every process. */
let active: { runId: string; done: Promise<void> } | null = null;
const LOCK_KEY = 7_730_201;

export interface StartOptions {
  hooks?: ImportHooks;
  onProgress?: (p: ProgressSnapshot) => void;
}

/**
 * Starts (or resumes) a KBO open-data import as a background job and returns its run. A run that
 * was interrupted (process killed) is resumed when the same file and scope are imported again;
 * otherwise it is abandoned and a fresh run starts. Administrators only.
 */
export async function startKboImport({ ctx, input, options = {} }: { ctx: Ctx; input: unknown; options?: StartOptions }): Promise<KboImportRun> {
  requireRole(ctx.actor, "administrator");
  const parsed = StartKboImportInput.safeParse(input);
  if (!parsed.success) throw validation(zodDetails(parsed.error));
  const { path, scope } = parsed.data;
  const fileName = basename(path);
  const zipName = parseZipName(fileName);
  if (!zipName) {
    throw validation([{ path: "path", code: "kbo_file_name", message: "The file name is not a KBO open-data zip (KboOpenData_<nr>_<yyyy>_<mm>[_<dd>]_Full.zip or _Update.zip)." }]);
  }
  let fingerprint: string;
  try {
    fingerprint = await fingerprintOf(path);
  } catch {
    throw validation([{ path: "path", code: "not_found", message: "There is no file at this path on the server." }]);
  }
  if (active) throw conflict("A KBO import is already running.", [{ path: "runId", code: "running", message: active.runId }]);

  const conn = await openImportConn(ctx.db);
  let started = false;
  try {
    if (conn.kind === "postgres") {
      // A session whose process just died holds the lock until the server notices (within a second, see
      // openImportConn) and has rolled its transaction back: try for up to 10 s.
      let locked = false;
      for (let i = 0; i < 100 && !locked; i++) {
        const [lock] = await conn.query<{ ok: boolean }>("select pg_try_advisory_lock($1) as ok", [LOCK_KEY]);
        locked = lock.ok;
        if (!locked) await new Promise((r) => setTimeout(r, 100));
      }
      if (!locked) throw conflict("A KBO import is already running in another process.");
    }
    const run = await conn.transaction(async (tx) => {
      const claimed = await claimRun(tx, { path, fileName, fingerprint, scope, kind: zipName.kind, actor: ctx.actor.label });
      await tx.query(
        `insert into audit_log (actor_id, actor_label, action, entity, entity_id, before, after, request_id)
         values ($1, $2, $3, 'kbo_import', $4, null, $5::jsonb, $6)`,
        [ctx.actor.kind === "user" ? ctx.actor.userId : null, ctx.actor.label, claimed.resumed ? "kbo_import.resume" : "kbo_import.start", claimed.id, JSON.stringify({ path, scope, kind: zipName.kind }), ctx.requestId],
      );
      return claimed;
    });
    const done = runInBackground(conn, run.id, ctx, options);
    started = true;
    active = { runId: run.id, done };
    const [row] = await conn.side<RunRecord>("select * from kbo_import_runs where id = $1", [run.id]);
    return presentRun(row);
  } finally {
    if (!started) await release(conn);
  }
}

async function release(conn: ImportConn, destroy = false): Promise<void> {
  if (conn.kind === "postgres" && !destroy) await conn.query("select pg_advisory_unlock_all()").catch(() => {});
  conn.release(destroy);
}

function runInBackground(conn: ImportConn, runId: string, ctx: Ctx, options: StartOptions): Promise<void> {
  return (async () => {
    let crashed = false;
    try {
      const summary = await executeRun(conn, runId, ctx.actor, options);
      ctx.log.info({ runId, summary }, "KBO import finished");
    } catch (err) {
      crashed = err instanceof SimulatedCrash;
      if (!crashed) ctx.log.warn({ runId, err: err instanceof Error ? err.message : String(err) }, "KBO import failed");
    } finally {
      await release(conn, crashed);
      active = null;
    }
  })();
}

/** Resumes an interrupted run of the same file and scope, or abandons it and opens a new one. */
async function claimRun(
  conn: ImportConn,
  r: { path: string; fileName: string; fingerprint: string; scope: string; kind: string; actor: string },
): Promise<{ id: string; resumed: boolean }> {
  const stale = await conn.query<RunRow>("select * from kbo_import_runs where status = 'running' order by started_at desc");
  for (const s of stale) {
    if (s.path === r.path && s.fingerprint === r.fingerprint && s.scope === r.scope && s.kind === r.kind) {
      await conn.query("update kbo_import_runs set attempts = attempts + 1, error = null, updated_at = now() where id = $1", [s.id]);
      await conn.query("update kbo_import_runs set status = 'abandoned', finished_at = now() where status = 'running' and id <> $1", [s.id]);
      return { id: s.id, resumed: true };
    }
  }
  await conn.query("update kbo_import_runs set status = 'abandoned', finished_at = now(), updated_at = now() where status = 'running'");
  const [row] = await conn.query<{ id: string }>(
    `insert into kbo_import_runs (kind, scope, status, phase, path, file_name, fingerprint, started_by)
     values ($1, $2, 'running', 'open', $3, $4, $5, $6) returning id`,
    [r.kind, r.scope, r.path, r.fileName, r.fingerprint, r.actor],
  );
  return { id: row.id, resumed: false };
}

/** Resolves when the import that is running in this process ends (at once when none is). */
export async function waitForKboImport(): Promise<void> {
  await active?.done;
}

export function activeKboImport(): string | null {
  return active?.runId ?? null;
}
