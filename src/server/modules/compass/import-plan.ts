import { and, isNull, sql } from "drizzle-orm";
import type { ImportReport } from "../../../contracts/compass.js";
import { measurements } from "../../db/schema/compass.js";
import type { Ctx } from "../../platform/context.js";
import { statusOf } from "./evaluate.js";
import type { CompassLocale } from "./format.js";
import { noteRequired } from "./record-measurement.js";
import { seriesOf, type IndicatorWithGoal, type MeasurementRow } from "./repo.js";
import type { Point, StatusResult } from "./status.js";

/** A row that passed the cell checks. */
export interface Candidate {
  row: number;
  ind: IndicatorWithGoal;
  periodDate: string;
  nis: string | null;
  value: number;
  source: string;
  note: string;
}

export interface Plan {
  changes: ImportReport["changes"];
  errors: ImportReport["errors"];
  statusChanges: ImportReport["statusChanges"];
  writes: { c: Candidate; previous: MeasurementRow | null }[];
}

const CHUNK = 500;

async function currentRowsAt(ctx: Ctx, keys: { indicatorId: string; periodDate: string }[]): Promise<MeasurementRow[]> {
  const unique = [...new Map(keys.map((k) => [`${k.indicatorId}|${k.periodDate}`, k])).values()];
  const out: MeasurementRow[] = [];
  for (let i = 0; i < unique.length; i += CHUNK) {
    const values = sql.join(unique.slice(i, i + CHUNK).map((k) => sql`(${k.indicatorId}::uuid, ${k.periodDate}::date)`), sql`, `);
    out.push(
      ...(await ctx.db
        .select()
        .from(measurements)
        .where(and(isNull(measurements.supersededAt), sql`(${measurements.indicatorId}, ${measurements.periodDate}) in (values ${values})`))),
    );
  }
  return out;
}

/** The province-level state of one indicator while the file's rows are applied in memory, in file order. */
class Simulation {
  private readonly series: Map<string, number>;
  private readonly periods = new Map<string, { province: number | null; municipal: Map<string, number> }>();

  constructor(
    private readonly ind: IndicatorWithGoal,
    stored: Point[],
    current: MeasurementRow[],
  ) {
    this.series = new Map(stored.map((p) => [p.date, p.value]));
    for (const m of current) {
      const p = this.period(m.periodDate);
      if (m.municipalityNis === null) p.province = m.value;
      else p.municipal.set(m.municipalityNis, m.value);
    }
  }

  private period(date: string) {
    let p = this.periods.get(date);
    if (!p) {
      p = { province: null, municipal: new Map() };
      this.periods.set(date, p);
    }
    return p;
  }

  currentValue(date: string, nis: string | null): number | null {
    const p = this.periods.get(date);
    if (!p) return null;
    return nis === null ? p.province : (p.municipal.get(nis) ?? null);
  }

  apply(date: string, nis: string | null, value: number): void {
    const p = this.period(date);
    if (nis === null) p.province = value;
    else p.municipal.set(nis, value);
    const sums = this.ind.aggregation === "sum" && this.ind.perMunicipality && p.municipal.size > 0;
    const point = p.province ?? (sums ? [...p.municipal.values()].reduce((s, v) => s + v, 0) : null);
    if (point === null) this.series.delete(date);
    else this.series.set(date, point);
  }

  points(): Point[] {
    return [...this.series].map(([date, value]) => ({ date, value })).sort((a, b) => a.date.localeCompare(b.date));
  }
}

/**
 * What the file would change, row by row in file order, as if each row were recorded on its own:
 * insert / correct (old → new) / unchanged, the note a row needs when it turns its indicator off track,
 * and the indicators whose status changes.
 */
export async function planImport(ctx: Ctx, candidates: Candidate[], today: string, locale: CompassLocale): Promise<Plan> {
  const plan: Plan = { changes: [], errors: [], statusChanges: [], writes: [] };
  if (candidates.length === 0) return plan;
  const inds = new Map(candidates.map((c) => [c.ind.id, c.ind]));
  const [stored, current] = await Promise.all([
    seriesOf(ctx, [...inds.keys()]),
    currentRowsAt(ctx, candidates.map((c) => ({ indicatorId: c.ind.id, periodDate: c.periodDate }))),
  ]);
  const rowsOf = new Map<string, MeasurementRow[]>();
  for (const m of current) rowsOf.set(m.indicatorId, [...(rowsOf.get(m.indicatorId) ?? []), m]);
  const currentRow = new Map(current.map((m) => [`${m.indicatorId}|${m.municipalityNis ?? ""}|${m.periodDate}`, m]));

  const sims = new Map<string, { sim: Simulation; first: StatusResult; last: StatusResult }>();
  for (const ind of inds.values()) {
    const sim = new Simulation(ind, stored.get(ind.id) ?? [], rowsOf.get(ind.id) ?? []);
    const first = statusOf(ind, sim.points(), today, locale);
    sims.set(ind.id, { sim, first, last: first });
  }

  for (const c of candidates) {
    const s = sims.get(c.ind.id)!;
    const old = s.sim.currentValue(c.periodDate, c.nis);
    const action = old === null ? "insert" : old === c.value ? "unchanged" : "correct";
    plan.changes.push({ row: c.row, indicatorCode: c.ind.code, periodDate: c.periodDate, municipalityNis: c.nis, oldValue: old, newValue: c.value, action });
    if (action === "unchanged") continue;
    s.sim.apply(c.periodDate, c.nis, c.value);
    const after = statusOf(c.ind, s.sim.points(), today, locale);
    if (noteRequired(s.last, after, c.note, "import")) {
      plan.errors.push({
        row: c.row,
        column: "note",
        code: "note_required",
        message: `This row puts ${c.ind.code} off track (${after.sentence}): add a note that explains it.`,
      });
    }
    s.last = after;
    plan.writes.push({ c, previous: currentRow.get(`${c.ind.id}|${c.nis ?? ""}|${c.periodDate}`) ?? null });
  }

  for (const [id, s] of sims) {
    if (s.first.status !== s.last.status) {
      plan.statusChanges.push({ indicatorCode: inds.get(id)!.code, from: s.first.status, to: s.last.status, sentence: s.last.sentence });
    }
  }
  return plan;
}
