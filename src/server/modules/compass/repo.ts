import { and, asc, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import { goals, indicatorSeries, indicatorSeriesStats, indicators, measurements } from "../../db/schema/compass.js";
import { users } from "../../db/schema/identity.js";
import type { Ctx } from "../../platform/context.js";
import { notFound } from "../../platform/errors.js";
import type { Point, SeriesStats } from "./status.js";

export type GoalRow = typeof goals.$inferSelect;
export type IndicatorRow = typeof indicators.$inferSelect;
export type MeasurementRow = typeof measurements.$inferSelect;
export type IndicatorWithGoal = IndicatorRow & { goalCode: string };
export type MeasurementWithAuthor = MeasurementRow & { enteredByName: string | null };

export async function allGoals(ctx: Ctx): Promise<GoalRow[]> {
  return ctx.db.select().from(goals).orderBy(asc(goals.position), asc(goals.code));
}

export async function goalById(ctx: Ctx, id: string): Promise<GoalRow | null> {
  const [row] = await ctx.db.select().from(goals).where(eq(goals.id, id));
  return row ?? null;
}

export async function goalByCode(ctx: Ctx, code: string): Promise<GoalRow | null> {
  const [row] = await ctx.db.select().from(goals).where(eq(goals.code, code));
  return row ?? null;
}

/** Indicators with their goal's code; all of them, or those matching the filter. */
export async function indicatorsWithGoal(ctx: Ctx, where?: SQL): Promise<IndicatorWithGoal[]> {
  const rows = await ctx.db
    .select({ indicator: indicators, goalCode: goals.code })
    .from(indicators)
    .innerJoin(goals, eq(goals.id, indicators.goalId))
    .where(where);
  return rows.map((r) => ({ ...r.indicator, goalCode: r.goalCode }));
}

export async function indicatorById(ctx: Ctx, id: string): Promise<IndicatorWithGoal | null> {
  if (!isUuid(id)) return null;
  const [row] = await indicatorsWithGoal(ctx, eq(indicators.id, id));
  return row ?? null;
}

export async function indicatorByCode(ctx: Ctx, code: string): Promise<IndicatorWithGoal | null> {
  const [row] = await indicatorsWithGoal(ctx, eq(indicators.code, code));
  return row ?? null;
}

/**
 * Locks the indicators' rows for the rest of the transaction (in id order, so concurrent writers do not
 * deadlock): measurement writes of one indicator are serialised, which keeps the series sums exact.
 */
export async function lockIndicators(ctx: Ctx, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await ctx.db.select({ id: indicators.id }).from(indicators).where(inArray(indicators.id, [...new Set(ids)].sort())).orderBy(asc(indicators.id)).for("update");
}

export async function lockedIndicator(ctx: Ctx, id: string): Promise<IndicatorWithGoal> {
  const row = await indicatorById(ctx, id);
  if (!row) throw notFound("indicator");
  await lockIndicators(ctx, [id]);
  // Re-read after the lock: another transaction may have changed it in between.
  return (await indicatorById(ctx, id))!;
}

/** The province-level series (oldest first) of the given indicators, or of all of them: one query. */
export async function seriesOf(ctx: Ctx, ids?: string[]): Promise<Map<string, Point[]>> {
  const out = new Map<string, Point[]>();
  if (ids && ids.length === 0) return out;
  const rows = await ctx.db
    .select({
      id: indicatorSeries.indicatorId,
      points: sql<[string, number | string][]>`json_agg(json_build_array(${indicatorSeries.periodDate}, ${indicatorSeries.value}) order by ${indicatorSeries.periodDate})`,
    })
    .from(indicatorSeries)
    .where(ids ? inArray(indicatorSeries.indicatorId, ids) : undefined)
    .groupBy(indicatorSeries.indicatorId);
  for (const r of rows) {
    const points = typeof r.points === "string" ? (JSON.parse(r.points) as [string, number][]) : r.points;
    out.set(r.id, points.map(([date, value]) => ({ date, value: Number(value) })));
  }
  return out;
}

export type StoredStats = SeriesStats & { sparkline: Point[] };

/** The stored series stats (status summary and sparkline) of the given indicators, or of all: one query. */
export async function statsOf(ctx: Ctx, ids?: string[]): Promise<Map<string, StoredStats>> {
  const out = new Map<string, StoredStats>();
  if (ids && ids.length === 0) return out;
  const rows = await ctx.db.select().from(indicatorSeriesStats).where(ids ? inArray(indicatorSeriesStats.indicatorId, ids) : undefined);
  for (const r of rows) {
    out.set(r.indicatorId, {
      n: r.points,
      sx: r.sumX,
      sy: r.sumY,
      sxx: r.sumXx,
      sxy: r.sumXy,
      firstPointDate: r.firstPointDate,
      first: r.firstDate !== null && r.firstValue !== null ? { date: r.firstDate, value: r.firstValue } : null,
      latest: r.lastDate !== null && r.lastValue !== null ? { date: r.lastDate, value: r.lastValue } : null,
      sparkline: (r.sparkline ?? []).map(([date, value]) => ({ date, value: Number(value) })),
    });
  }
  return out;
}

/** The current row of (indicator, municipality, period), if any. */
export async function currentMeasurement(ctx: Ctx, indicatorId: string, nis: string | null, periodDate: string): Promise<MeasurementRow | null> {
  const [row] = await ctx.db
    .select()
    .from(measurements)
    .where(
      and(
        eq(measurements.indicatorId, indicatorId),
        eq(measurements.periodDate, periodDate),
        nis === null ? isNull(measurements.municipalityNis) : eq(measurements.municipalityNis, nis),
        isNull(measurements.supersededAt),
      ),
    );
  return row ?? null;
}

export async function measurementById(ctx: Ctx, id: string): Promise<MeasurementWithAuthor | null> {
  if (!isUuid(id)) return null;
  const [row] = await withAuthor(ctx, eq(measurements.id, id));
  return row ?? null;
}

/** Measurements with the display name of whoever entered them. */
export async function withAuthor(ctx: Ctx, where: SQL | undefined, order: "newest" | "oldest" = "newest"): Promise<MeasurementWithAuthor[]> {
  const rows = await ctx.db
    .select({ m: measurements, name: users.displayName })
    .from(measurements)
    .leftJoin(users, eq(users.id, measurements.enteredBy))
    .where(where)
    .orderBy(
      ...(order === "newest"
        ? [sql`${measurements.periodDate} desc`, sql`${measurements.municipalityNis} asc nulls first`, sql`${measurements.enteredAt} desc`]
        : [asc(measurements.periodDate), sql`${measurements.municipalityNis} asc nulls first`, asc(measurements.enteredAt)]),
    );
  return rows.map((r) => ({ ...r.m, enteredByName: r.name }));
}

/** Latest current value per municipality of one indicator (one index probe per municipality). */
export async function latestPerMunicipality(ctx: Ctx, indicatorId: string, nisCodes: string[]): Promise<Map<string, { value: number; periodDate: string }>> {
  const out = new Map<string, { value: number; periodDate: string }>();
  if (nisCodes.length === 0) return out;
  const list = sql.join(nisCodes.map((n) => sql`(${n})`), sql`, `);
  const res = await ctx.db.execute(sql`
    select k.nis, x.value::float8 as value, x.period_date::text as period_date
    from (values ${list}) as k(nis)
    join lateral (
      select m.value, m.period_date from ${measurements} m
      where m.municipality_nis = k.nis and m.indicator_id = ${indicatorId} and m.superseded_at is null
      order by m.period_date desc limit 1
    ) x on true`);
  for (const r of (res as unknown as { rows: unknown[] }).rows as { nis: string; value: number | string; period_date: string }[]) {
    out.set(r.nis, { value: Number(r.value), periodDate: r.period_date });
  }
  return out;
}

export function isUuid(s: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);
}
