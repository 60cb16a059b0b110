import { stat } from "node:fs/promises";
import type { Actor } from "../../../platform/context.js";
import { applyUpdate } from "./apply.js";
import { bulkTransactionSettings, type ImportConn } from "./conn.js";
import { parseKboCsv } from "./csv.js";
import { deriveOrganisations } from "./derive.js";
import { DELTA_TABLES, KBO_FILES, KboFileError, LOAD_ORDER, memberName, parseZipName, type KboTable, type ZipKind } from "./format.js";
import { loadMember, type MemberLoad } from "./load.js";
import { Progress, SimulatedCrash, type ImportHooks, type ProgressSnapshot } from "./progress.js";
import { LimburgFilter, limburgPostcodes, type Scope } from "./scope.js";
import { analyseLive, analyseStages, createStages, deleteTable, dropStages, indexStages, stageTable, swapStages } from "./stage.js";
import { KboZip } from "./zip.js";

export interface RunRow {
  id: string;
  kind: ZipKind;
  scope: Scope;
  path: string;
  fingerprint: string;
  files: { name: string; rows: number; done: boolean }[];
  rows_done: number;
}

export interface RunOptions {
  hooks?: ImportHooks;
  onProgress?: (p: ProgressSnapshot) => void;
}

export async function fingerprintOf(path: string): Promise<string> {
  const s = await stat(path);
  return `${s.size}:${Math.round(s.mtimeMs)}`;
}

interface Plan {
  member: string;
  table: KboTable;
  part: "whole" | "delete" | "insert";
}

function planFor(kind: ZipKind): Plan[] {
  if (kind === "full") return LOAD_ORDER.map((t) => ({ member: memberName(t), table: t, part: "whole" as const }));
  const plan: Plan[] = [];
  for (const t of DELTA_TABLES) {
    plan.push({ member: memberName(t, "delete"), table: t, part: "delete" });
    plan.push({ member: memberName(t, "insert"), table: t, part: "insert" });
  }
  plan.push({ member: "code.csv", table: "code", part: "whole" }, { member: "meta.csv", table: "meta", part: "whole" });
  return plan;
}

async function readMeta(zip: KboZip): Promise<Record<string, string>> {
  const meta: Record<string, string> = {};
  for await (const batch of parseKboCsv(await zip.stream("meta.csv"), { file: "meta.csv", header: KBO_FILES.meta.header, dateColumns: [] })) {
    for (const [k, v] of batch.rows) meta[k ?? ""] = v ?? "";
  }
  return meta;
}

/**
 * Runs (or resumes) one import on its own connection. Every step can be interrupted at any moment:
 * staged members are recorded in the run row in the same transaction as their rows, and the live
 * tables and the registry change only in the last transaction.
 */
export async function executeRun(conn: ImportConn, runId: string, actor: Actor, opts: RunOptions = {}): Promise<Record<string, unknown>> {
  const hooks = opts.hooks ?? {};
  const progress = new Progress(runId, hooks, opts.onProgress);
  let zip: KboZip | null = null;
  // Milliseconds per step of this attempt, reported in the summary (and by the benchmark).
  const timings: Record<string, number> = {};
  let mark = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    timings[name] = Math.round((timings[name] ?? 0) + now - mark);
    mark = now;
  };
  try {
    const [run] = await conn.query<RunRow>("select * from kbo_import_runs where id = $1", [runId]);
    if ((await fingerprintOf(run.path)) !== run.fingerprint) {
      throw new KboFileError(run.path.split("/").pop()!, null, "the file changed since this import started; start a new import");
    }
    zip = await KboZip.open(run.path);
    const plan = planFor(run.kind);
    for (const p of plan) if (!zip.has(p.member)) throw new KboFileError(zip.fileName, null, `the archive has no ${p.member}`);
    const meta = await readMeta(zip);
    const declared = (meta.ExtractType ?? "").toLowerCase();
    if (declared && declared !== run.kind) {
      throw new KboFileError("meta.csv", null, `ExtractType is "${meta.ExtractType}" but the file name says ${run.kind}`);
    }
    await conn.side("update kbo_import_runs set extract_number = $2, snapshot_date = $3 where id = $1", [runId, meta.ExtractNumber ?? null, meta.SnapshotDate ?? null]);

    let files = run.files;
    if (files.length === 0) {
      await dropStages(conn);
      files = plan.map((p) => ({ name: p.member, rows: 0, done: false }));
      await conn.side("update kbo_import_runs set files = $2::jsonb where id = $1", [runId, JSON.stringify(files)]);
    }
    await createStages(conn, run.kind);
    const entry = (member: string) => files.find((f) => f.name === member)!;
    progress.rowsDone = files.reduce((s, f) => s + f.rows, 0);
    progress.bytesTotal = plan.filter((p) => !entry(p.member).done).reduce((s, p) => s + zip!.member(p.member).uncompressedSize, 0);

    let filter: LimburgFilter | null = null;
    if (run.scope === "limburg" && run.kind === "full") {
      filter = await LimburgFilter.scan(zip, await limburgPostcodes(conn), progress);
      for (const t of ["establishment", "branch"] as const) if (entry(memberName(t)).done) await filter.restore(conn, t, stageTable(t));
    }
    lap("open");

    progress.phase = "load";
    for (const p of plan) {
      const f = entry(p.member);
      if (f.done) continue;
      const spec = KBO_FILES[p.table];
      const m: MemberLoad =
        p.part === "delete"
          ? { member: p.member, stage: deleteTable(p.table), columns: ["key"], header: [spec.key!.header], dateColumns: [] }
          : { member: p.member, stage: stageTable(p.table), columns: spec.columns, header: spec.header, dateColumns: spec.dateColumns, filter: filter?.filterFor(p.table) };
      await loadMember(conn, zip, m, progress, {
        committedRows: f.rows,
        commit: async (tx, rows, done) => {
          f.rows = rows;
          f.done = done;
          await tx.query("update kbo_import_runs set files = $2::jsonb, updated_at = now() where id = $1", [runId, JSON.stringify(files)]);
        },
      });
      progress.rowsDone = files.reduce((s, x) => s + x.rows, 0);
      await progress.flush(conn, true);
    }
    zip.close();
    zip = null;
    lap("load");

    let summary: Record<string, unknown>;
    const rows = Object.fromEntries(files.map((f) => [f.name, f.rows]));
    if (run.kind === "full") {
      progress.phase = "index";
      await progress.flush(conn, true);
      if (hooks.crashAt === "index") throw new SimulatedCrash("before the indexes");
      await indexStages(conn, (t) => {
        progress.file = `${t}.csv`;
      });
      await analyseStages(conn);
      lap("index");
      progress.phase = "derive";
      progress.file = null;
      await progress.flush(conn, true);
      await hooks.beforeSwap?.();
      summary = await conn.transaction(async (tx) => {
        await bulkTransactionSettings(tx);
        const organisations = await deriveOrganisations(tx, {
          enterprise: stageTable("enterprise"),
          establishment: stageTable("establishment"),
          denomination: stageTable("denomination"),
          address: stageTable("address"),
          code: stageTable("code"),
          activity: stageTable("activity"),
        });
        if (hooks.crashAt === "swap") throw new SimulatedCrash("inside the swap");
        lap("derive");
        await swapStages(tx);
        lap("swap");
        const s = { kind: run.kind, scope: run.scope, rows, organisations, extractNumber: meta.ExtractNumber ?? null, timings };
        await finish(tx, runId, actor, s);
        return s;
      });
    } else {
      progress.phase = "apply";
      progress.file = null;
      await progress.flush(conn, true);
      await hooks.beforeSwap?.();
      summary = await conn.transaction(async (tx) => {
        if (hooks.crashAt === "apply") throw new SimulatedCrash("inside the apply");
        await bulkTransactionSettings(tx);
        const applied = await applyUpdate(tx, run.scope);
        lap("apply");
        const s = { kind: run.kind, scope: run.scope, rows, ...applied, extractNumber: meta.ExtractNumber ?? null, timings };
        await finish(tx, runId, actor, s);
        return s;
      });
    }
    await dropStages(conn);
    await analyseLive(conn, run.kind !== "full");
    lap("analyse");
    await conn.side("update kbo_import_runs set summary = summary || $2::jsonb where id = $1", [runId, JSON.stringify({ timings })]);
    progress.phase = "done";
    opts.onProgress?.(progress.snapshot());
    return summary;
  } catch (err) {
    zip?.close();
    if (err instanceof SimulatedCrash) throw err;
    const fileErr = err instanceof KboFileError ? err : null;
    const message = err instanceof Error ? err.message : String(err);
    await conn
      .side(
        `update kbo_import_runs set status = 'failed', error = $2, error_file = $3, error_line = $4, finished_at = now(), updated_at = now() where id = $1`,
        [runId, message, fileErr?.file ?? null, fileErr?.line ?? null],
      )
      .catch(() => {});
    await dropStages(conn).catch(() => {});
    throw err;
  }
}

/** Marks the run done and writes its audit row, in the final transaction with the data. */
async function finish(tx: ImportConn, runId: string, actor: Actor, summary: Record<string, unknown>): Promise<void> {
  await tx.query(
    `update kbo_import_runs set status = 'succeeded', phase = 'done', summary = $2::jsonb, current_file = null,
       rows_total_estimate = rows_done, bytes_done = coalesce(bytes_total, bytes_done), finished_at = now(), updated_at = now() where id = $1`,
    [runId, JSON.stringify(summary)],
  );
  await tx.query(
    `insert into audit_log (actor_id, actor_label, action, entity, entity_id, before, after, request_id)
     values ($1, $2, 'kbo_import.complete', 'kbo_import', $3, null, $4::jsonb, null)`,
    [actor.kind === "user" ? actor.userId : null, actor.label, runId, JSON.stringify(summary)],
  );
}
