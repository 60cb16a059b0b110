import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import type { ImportReport } from "../../../contracts/compass.js";
import type { ErrorDetail } from "../../../contracts/errors.js";
import { measurements } from "../../db/schema/compass.js";
import { writeAudit } from "../../platform/audit.js";
import { withTransaction, type Ctx } from "../../platform/context.js";
import { validation } from "../../platform/errors.js";
import { resolveDeps, todayIso, type CompassDeps } from "./deps.js";
import type { CompassLocale } from "./format.js";
import { readMeasurementsFile, type Cell } from "./import-file.js";
import { planImport, type Candidate, type Plan } from "./import-plan.js";
import { columnFor, parseNumber, parsePeriod, REQUIRED_COLUMNS, text } from "./import-values.js";
import { municipalityRefs, resolveMunicipality } from "./municipalities.js";
import { requireDefiner } from "./policies.js";
import { indicatorsWithGoal, lockIndicators } from "./repo.js";
import { refreshSeries } from "./series.js";

export interface ImportInput {
  fileName: string;
  data: Buffer;
  dryRun: boolean;
}

type RowError = ImportReport["errors"][number];

/**
 * Imports measurements from a CSV or XLSX file (columns and value rules: import-values.ts).
 * Dry run: reports every bad row and what the good rows would change, writes nothing.
 * Commit: all or nothing in one transaction; any bad row → 400 validation with a detail per row
 * ("row 3.value") and nothing changed. Audited as one "measurement.import" plus each change.
 */
export async function importMeasurements({
  ctx,
  input,
  deps,
  locale = "nl-BE",
}: {
  ctx: Ctx;
  input: ImportInput;
  deps?: Partial<CompassDeps>;
  locale?: CompassLocale;
}): Promise<ImportReport> {
  requireDefiner(ctx.actor);
  const fileName = String(input.fileName ?? "").slice(0, 255);
  const file = await readMeasurementsFile(fileName, input.data);

  const columns = new Map<string, number>();
  const ignoredColumns: string[] = [];
  const headerErrors: ErrorDetail[] = [];
  file.headers.forEach((h, i) => {
    const column = columnFor(h);
    if (!column) {
      if (h) ignoredColumns.push(h);
    } else if (columns.has(column)) {
      headerErrors.push({ path: `file.columns.${column}`, code: "duplicate_column", message: `The column ${column} appears twice (“${h}”).` });
    } else columns.set(column, i);
  });
  for (const c of REQUIRED_COLUMNS) {
    if (!columns.has(c)) headerErrors.push({ path: `file.columns.${c}`, code: "missing_column", message: `The file has no column “${c}”.` });
  }
  if (headerErrors.length) throw validation(headerErrors, "The file's header row is not usable: it needs the columns indicator, period and value.");

  const d = resolveDeps(deps);
  const today = todayIso(d);
  const [allIndicators, refs] = await Promise.all([indicatorsWithGoal(ctx), municipalityRefs(ctx)]);
  const byCode = new Map(allIndicators.map((i) => [i.code, i]));
  const cell = (cells: Cell[], column: string): Cell => (columns.has(column) ? (cells[columns.get(column)!] ?? null) : null);

  const errors: RowError[] = [];
  const candidates: Candidate[] = [];
  const seen = new Map<string, number>();
  for (const { row, cells } of file.rows) {
    const rowErrors: RowError[] = [];
    const err = (column: string, code: string, message: string) => rowErrors.push({ row, column, code, message });
    const code = text(cell(cells, "indicator")).toLowerCase();
    const ind = code ? byCode.get(code) : undefined;
    if (!code) err("indicator", "required", "The indicator code is missing.");
    else if (!ind) err("indicator", "unknown_indicator", `There is no indicator with code “${code}”.`);
    else if (ind.kind === "derived") err("indicator", "derived_indicator", `${code} is derived from ${ind.metricKey}: its values cannot be imported.`);

    const periodCell = cell(cells, "period");
    const period = periodCell === null || text(periodCell) === "" ? null : parsePeriod(periodCell);
    if (!period) err("period", "required", "The period is missing.");
    else if ("error" in period) err("period", "invalid_date", period.error);

    const valueCell = cell(cells, "value");
    const value = valueCell === null || text(valueCell) === "" ? null : parseNumber(valueCell);
    if (!value) err("value", "required", "The value is missing.");
    else if ("error" in value) err("value", "not_a_number", value.error);

    let nis: string | null = null;
    const muni = text(cell(cells, "municipality"));
    if (muni) {
      const found = resolveMunicipality(refs, muni);
      if ("error" in found) err("municipality", "unknown_municipality", found.error);
      else nis = found.nis;
      if (ind && !ind.perMunicipality) err("municipality", "not_per_municipality", `${ind.code} has no values per municipality.`);
    }
    const source = text(cell(cells, "source")).slice(0, 500);
    const note = text(cell(cells, "note")).slice(0, 2000);

    if (rowErrors.length === 0 && ind && period && "date" in period && value && "value" in value) {
      const key = `${ind.id}|${nis ?? ""}|${period.date}`;
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        err("indicator", "duplicate_row", `Row ${row} repeats row ${earlier}: the same indicator, municipality and period.`);
      } else {
        seen.set(key, row);
        candidates.push({ row, ind, periodDate: period.date, nis, value: value.value, source, note });
      }
    }
    errors.push(...rowErrors);
  }

  const report = (plan: Plan, committed: boolean): ImportReport => ({
    dryRun: input.dryRun,
    committed,
    fileName,
    rows: file.rows.length,
    errors: [...errors, ...plan.errors].sort((a, b) => a.row - b.row),
    changes: plan.changes,
    statusChanges: plan.statusChanges,
    ignoredColumns,
  });
  const refuse = (plan: Plan) => {
    const all = [...errors, ...plan.errors].sort((a, b) => a.row - b.row);
    return validation(
      all.map((e) => ({ path: `row ${e.row}.${e.column ?? "row"}`, code: e.code, message: e.message })),
      `${all.length} ${all.length === 1 ? "row is" : "rows are"} not valid; nothing was imported.`,
    );
  };

  if (input.dryRun) return report(await planImport(ctx, candidates, today, locale), false);
  if (errors.length) throw refuse(await planImport(ctx, candidates, today, locale));

  return withTransaction(ctx, async (tx) => {
    await lockIndicators(tx, [...new Set(candidates.map((c) => c.ind.id))]);
    const plan = await planImport(tx, candidates, today, locale);
    if (plan.errors.length) throw refuse(plan);
    await applyPlan(tx, plan);
    const counts = { insert: 0, correct: 0, unchanged: 0 };
    for (const c of plan.changes) counts[c.action]++;
    await writeAudit(tx, {
      action: "measurement.import",
      entity: "import",
      entityId: randomUUID(),
      after: { fileName, rows: file.rows.length, inserted: counts.insert, corrected: counts.correct, unchanged: counts.unchanged, statusChanges: plan.statusChanges },
    });
    return report(plan, true);
  });
}

const CHUNK = 500;

/** Writes the plan: supersede the replaced rows, insert the new ones, audit each change, refresh the series. */
async function applyPlan(tx: Ctx, plan: Plan): Promise<void> {
  const now = new Date();
  const enteredBy = tx.actor.kind === "user" ? tx.actor.userId : null;
  const writes = plan.writes.map((w) => ({ ...w, id: randomUUID() }));
  const corrections = writes.filter((w) => w.previous);
  for (let i = 0; i < corrections.length; i += CHUNK) {
    const pairs = sql.join(corrections.slice(i, i + CHUNK).map((w) => sql`(${w.previous!.id}::uuid, ${w.id}::uuid)`), sql`, `);
    await tx.db.execute(sql`
      update ${measurements} set superseded_at = ${now}, superseded_by = p.new_id
      from (values ${pairs}) as p(old_id, new_id) where ${measurements.id} = p.old_id`);
  }
  for (let i = 0; i < writes.length; i += CHUNK) {
    await tx.db.insert(measurements).values(
      writes.slice(i, i + CHUNK).map((w) => ({
        id: w.id,
        indicatorId: w.c.ind.id,
        periodDate: w.c.periodDate,
        municipalityNis: w.c.nis,
        value: w.c.value,
        source: w.c.source,
        note: w.c.note,
        origin: "import",
        enteredBy,
        enteredAt: now,
      })),
    );
  }
  for (const w of writes) {
    const after = { indicatorId: w.c.ind.id, periodDate: w.c.periodDate, municipalityNis: w.c.nis, value: w.c.value, source: w.c.source, note: w.c.note, origin: "import", row: w.c.row };
    await writeAudit(tx, {
      action: w.previous ? "measurement.correct" : "measurement.record",
      entity: "measurement",
      entityId: w.id,
      before: w.previous ? { id: w.previous.id, value: w.previous.value, source: w.previous.source, note: w.previous.note, origin: w.previous.origin } : null,
      after,
    });
  }
  await refreshSeries(tx, writes.map((w) => ({ indicatorId: w.c.ind.id, periodDate: w.c.periodDate })));
}
