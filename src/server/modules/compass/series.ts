import { sql, type SQL } from "drizzle-orm";
import type { Ctx } from "../../platform/context.js";

/**
 * Maintenance of indicator_series, the province-level series the dashboards read
 * (docs/adr/0003-compass-series-and-status.md). A point is the current province value of the period
 * when one was recorded ("province"); otherwise, for an indicator broken down per municipality with
 * aggregation "sum", the sum of the current municipal values of that period ("sum").
 * Writers call refreshSeries in the same transaction, after the measurements changed.
 */
export interface SeriesKey {
  indicatorId: string;
  periodDate: string;
}

const CHUNK = 500;

function recompute(filter: SQL): SQL {
  return sql`
    insert into indicator_series (indicator_id, period_date, value, basis, municipalities)
    select k.indicator_id, k.period_date,
      case when k.has_province then k.province else k.total end,
      case when k.has_province then 'province' else 'sum' end,
      case when k.has_province then 0 else k.n end
    from (
      select m.indicator_id, m.period_date,
        bool_or(m.municipality_nis is null) as has_province,
        max(m.value) filter (where m.municipality_nis is null) as province,
        sum(m.value) filter (where m.municipality_nis is not null) as total,
        count(*) filter (where m.municipality_nis is not null)::int as n
      from measurements m
      where m.superseded_at is null and ${filter}
      group by m.indicator_id, m.period_date
    ) k
    join indicators i on i.id = k.indicator_id
    where k.has_province or (i.aggregation = 'sum' and i.per_municipality and k.n > 0)`;
}

/**
 * Recomputes indicator_series_stats (the status's constant-size summary, see status.ts SeriesStats) of
 * the given indicators, or of all of them. x = days since 2000-01-01; the baseline point counts unless a
 * series point shares its date.
 */
export async function refreshStats(ctx: Ctx, indicatorIds?: string[]): Promise<void> {
  if (indicatorIds && indicatorIds.length === 0) return;
  const chunks = indicatorIds ? Array.from({ length: Math.ceil(indicatorIds.length / CHUNK) }, (_, i) => indicatorIds.slice(i * CHUNK, (i + 1) * CHUNK)) : [null];
  for (const chunk of chunks) {
    const which = chunk ? sql`in (${sql.join(chunk.map((id) => sql`${id}::uuid`), sql`, `)})` : null;
    await ctx.db.execute(which ? sql`delete from indicator_series_stats where indicator_id ${which}` : sql`delete from indicator_series_stats`);
    await ctx.db.execute(sql`
      insert into indicator_series_stats
        (indicator_id, points, sum_x, sum_y, sum_xx, sum_xy, first_point_date, first_date, first_value, last_date, last_value, sparkline)
      select i.id, count(p.x)::int, coalesce(sum(p.x), 0), coalesce(sum(p.y), 0), coalesce(sum(p.x * p.x), 0), coalesce(sum(p.x * p.y), 0),
        min(p.d), e.first_date, e.first_value, e.last_date, e.last_value, coalesce(e.sparkline, '[]'::jsonb)
      from indicators i
      left join lateral (
        select s.period_date as d, (s.period_date - date '2000-01-01')::float8 as x, s.value::float8 as y
        from indicator_series s where s.indicator_id = i.id
        union all
        select i.baseline_date, (i.baseline_date - date '2000-01-01')::float8, i.baseline_value::float8
        where i.baseline_date is not null and i.baseline_value is not null
          and not exists (select 1 from indicator_series s where s.indicator_id = i.id and s.period_date = i.baseline_date)
      ) p on true
      left join lateral (
        select f.period_date as first_date, f.value as first_value, l.period_date as last_date, l.value as last_value,
          (select jsonb_agg(jsonb_build_array(t.period_date, t.value) order by t.period_date)
             from (select period_date, value from indicator_series s where s.indicator_id = i.id order by period_date desc limit 12) t) as sparkline
        from (select 1) one
        left join lateral (select period_date, value from indicator_series s where s.indicator_id = i.id order by period_date asc limit 1) f on true
        left join lateral (select period_date, value from indicator_series s where s.indicator_id = i.id order by period_date desc limit 1) l on true
      ) e on true
      ${which ? sql`where i.id ${which}` : sql``}
      group by i.id, e.first_date, e.first_value, e.last_date, e.last_value, e.sparkline`);
  }
}

/** Recomputes the series points of the given (indicator, period) keys, and the indicators' stats. */
export async function refreshSeries(ctx: Ctx, keys: SeriesKey[]): Promise<void> {
  const unique = [...new Map(keys.map((k) => [`${k.indicatorId}|${k.periodDate}`, k])).values()];
  for (let i = 0; i < unique.length; i += CHUNK) {
    const chunk = unique.slice(i, i + CHUNK);
    const values = sql.join(chunk.map((k) => sql`(${k.indicatorId}::uuid, ${k.periodDate}::date)`), sql`, `);
    await ctx.db.execute(sql`
      delete from indicator_series s using (values ${values}) as k(indicator_id, period_date)
      where s.indicator_id = k.indicator_id and s.period_date = k.period_date`);
    await ctx.db.execute(recompute(sql`(m.indicator_id, m.period_date) in (values ${values})`));
  }
  await refreshStats(ctx, [...new Set(unique.map((k) => k.indicatorId))]);
}

/** Rebuilds the whole series of the given indicators, or of every indicator (after a bulk load). */
export async function rebuildSeries(ctx: Ctx, indicatorIds?: string[]): Promise<void> {
  if (indicatorIds && indicatorIds.length === 0) return;
  if (!indicatorIds) {
    await ctx.db.execute(sql`delete from indicator_series`);
    await ctx.db.execute(recompute(sql`true`));
    await refreshStats(ctx);
    return;
  }
  for (let i = 0; i < indicatorIds.length; i += CHUNK) {
    const ids = sql.join(indicatorIds.slice(i, i + CHUNK).map((id) => sql`${id}::uuid`), sql`, `);
    await ctx.db.execute(sql`delete from indicator_series where indicator_id in (${ids})`);
    await ctx.db.execute(recompute(sql`m.indicator_id in (${ids})`));
  }
  await refreshStats(ctx, indicatorIds);
}
