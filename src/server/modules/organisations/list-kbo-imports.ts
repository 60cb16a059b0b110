import { desc, eq } from "drizzle-orm";
import type { KboImportRun } from "../../../contracts/organisations.js";
import { kboImportRuns } from "../../db/schema/organisations.js";
import { requireRole } from "../../platform/authz.js";
import type { Ctx } from "../../platform/context.js";
import { notFound } from "../../platform/errors.js";
import { presentRun, type RunRecord } from "./presenters.js";

function toRecord(r: typeof kboImportRuns.$inferSelect): RunRecord {
  return {
    id: r.id, kind: r.kind as RunRecord["kind"], scope: r.scope as RunRecord["scope"], status: r.status as RunRecord["status"], phase: r.phase,
    file_name: r.fileName, extract_number: r.extractNumber, snapshot_date: r.snapshotDate, current_file: r.currentFile, files: r.files,
    rows_done: r.rowsDone, rows_total_estimate: r.rowsTotalEstimate, bytes_done: r.bytesDone, bytes_total: r.bytesTotal, attempts: r.attempts,
    summary: r.summary ?? null, error: r.error, error_file: r.errorFile, error_line: r.errorLine, started_by: r.startedBy,
    started_at: r.startedAt, updated_at: r.updatedAt, finished_at: r.finishedAt,
  };
}

/** The KBO import runs, newest first, with their progress. Administrators and staff who keep the registry. */
export async function listKboImports({ ctx, input }: { ctx: Ctx; input: { limit?: number } }): Promise<{ items: KboImportRun[] }> {
  requireRole(ctx.actor, "administrator", "account_manager", "policy_analyst");
  const limit = Math.min(Math.max(1, input.limit ?? 50), 200);
  const rows = await ctx.db.select().from(kboImportRuns).orderBy(desc(kboImportRuns.startedAt)).limit(limit);
  return { items: rows.map((r) => presentRun(toRecord(r))) };
}

export async function getKboImport({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<KboImportRun> {
  requireRole(ctx.actor, "administrator", "account_manager", "policy_analyst");
  const [row] = await ctx.db.select().from(kboImportRuns).where(eq(kboImportRuns.id, input.id)).limit(1);
  if (!row) throw notFound("import run");
  return presentRun(toRecord(row));
}
