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

/** Recomputes the series points of the given (indicator, period) keys. */
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
}

/** Rebuilds the whole series of the given indicators, or of every indicator (after a bulk load). */
export async function rebuildSeries(ctx: Ctx, indicatorIds?: string[]): Promise<void> {
  if (indicatorIds && indicatorIds.length === 0) return;
  if (!indicatorIds) {
    await ctx.db.execute(sql`delete from indicator_series`);
    await ctx.db.execute(recompute(sql`true`));
    return;
  }
  for (let i = 0; i < indicatorIds.length; i += CHUNK) {
    const ids = sql.join(indicatorIds.slice(i, i + CHUNK).map((id) => sql`${id}::uuid`), sql`, `);
    await ctx.db.execute(sql`delete from indicator_series where indicator_id in (${ids})`);
    await ctx.db.execute(recompute(sql`m.indicator_id in (${ids})`));
  }
}
