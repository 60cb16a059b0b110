import { resolve } from "node:path";
import type { Database } from "../../db/client.js";
import { makeCtx, systemActor } from "../../platform/context.js";
import { AppError } from "../../platform/errors.js";
import type { ProgressSnapshot } from "./kbo/progress.js";
import { getKboImport } from "./list-kbo-imports.js";
import { startKboImport, waitForKboImport } from "./start-kbo-import.js";

export const IMPORT_KBO_USAGE = "import-kbo <KboOpenData_…_Full.zip | _Update.zip> [--scope limburg|belgium]";

interface Out {
  write(s: string): unknown;
  isTTY?: boolean;
}

/** One line of progress: bar, percentage, file, rows, rows per second. */
export function progressLine(p: ProgressSnapshot, startedAt: number, now = Date.now()): string {
  const pct = p.bytesTotal ? Math.min(100, (p.bytesDone / p.bytesTotal) * 100) : 0;
  const width = 30;
  const filled = Math.round((pct / 100) * width);
  const secs = Math.max(0.001, (now - startedAt) / 1000);
  const rate = Math.round(p.rowsDone / secs);
  const n = (v: number) => v.toLocaleString("en-GB");
  const total = p.rowsTotalEstimate ? ` / ~${n(p.rowsTotalEstimate)}` : "";
  return `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${pct.toFixed(1).padStart(5)}%  ${p.phase.padEnd(6)} ${(p.file ?? "").padEnd(22)} ${n(p.rowsDone)}${total} rows  ${n(rate)} rows/s`;
}

/**
 * `koers import-kbo <zip> [--scope limburg|belgium]`: runs the import in this process with a
 * progress bar on stderr; exit code 0 when it succeeded, 1 with the error (file and line) otherwise.
 */
export async function runImportKboCommand(database: Database, args: string[], err: Out = process.stderr): Promise<number> {
  const scopeAt = args.indexOf("--scope");
  const scope = scopeAt >= 0 ? args[scopeAt + 1] : "limburg";
  const path = args.find((a, i) => !a.startsWith("--") && !(scopeAt >= 0 && i === scopeAt + 1));
  if (!path) {
    err.write(`Usage: koers ${IMPORT_KBO_USAGE}\n`);
    return 2;
  }
  const ctx = makeCtx({ actor: systemActor("cli:import-kbo"), db: database.db });
  const startedAt = Date.now();
  let last = 0;
  const onProgress = (p: ProgressSnapshot) => {
    const now = Date.now();
    if (err.isTTY) err.write(`\r${progressLine(p, startedAt, now)}`);
    else if (now - last > 5000 || p.phase === "done") {
      err.write(`${progressLine(p, startedAt, now)}\n`);
      last = now;
    }
  };
  let runId: string;
  try {
    const run = await startKboImport({ ctx, input: { path: resolve(path), scope }, options: { onProgress } });
    runId = run.id;
    err.write(`${run.attempts > 1 ? "Resuming" : "Starting"} import ${run.id} of ${run.fileName} (${run.kind}, scope ${run.scope})\n`);
  } catch (e) {
    if (e instanceof AppError) {
      err.write(`${e.message}${e.details?.length ? ` ${e.details.map((d) => d.message).join(" ")}` : ""}\n`);
      return 1;
    }
    throw e;
  }
  await waitForKboImport();
  const done = await getKboImport({ ctx, input: { id: runId } });
  if (err.isTTY) err.write("\n");
  if (done.status !== "succeeded") {
    err.write(`Import failed: ${done.error?.message ?? done.status}\n`);
    return 1;
  }
  const secs = (Date.now() - startedAt) / 1000;
  err.write(`Import succeeded in ${secs.toFixed(1)} s: ${done.rowsDone.toLocaleString("en-GB")} rows; ${JSON.stringify(done.summary?.organisations ?? {})}\n`);
  return 0;
}
