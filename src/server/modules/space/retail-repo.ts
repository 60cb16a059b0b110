import { sql, type SQL } from "drizzle-orm";
import type { CampaignView, RetailCoreView, RetailPremisesView, VacancyPoint } from "../../../contracts/space-demand.js";
import type { SurfaceGeometry } from "../../../contracts/space.js";
import type { Ctx } from "../../platform/context.js";
import { notFound } from "../../platform/errors.js";
import { rows } from "./demand-repo.js";
import { isUuid } from "./demand-policies.js";

/*
 * Reads of the retail cores. The status of a premises at a date is its last status change on or before the
 * date (retail_premises_status_changes, append-only; the first row is its registration), so the vacancy rate
 * of a core at any past date is read from the same rows as today's.
 */

interface CoreRow {
  id: string;
  municipalityNis: string;
  name: string;
  contour: SurfaceGeometry | null;
  description: string;
  demo: boolean;
  version: number;
  premisesCount: number;
  vacantCount: number;
}

export async function coresWhere(ctx: Ctx, where: SQL): Promise<RetailCoreView[]> {
  const found = await rows<CoreRow>(ctx, sql`
    select c.id, c.municipality_nis as "municipalityNis", c.name, c.contour, c.description, c.demo, c.version,
      (select count(*)::int from retail_premises p where p.core_id = c.id) as "premisesCount",
      (select count(*)::int from retail_premises p where p.core_id = c.id and p.status = 'vacant') as "vacantCount"
    from retail_cores c where ${where} order by c.municipality_nis, c.name`);
  return found.map((c) => ({ ...c, vacancyRate: c.premisesCount === 0 ? null : c.vacantCount / c.premisesCount }));
}

export async function findCore(ctx: Ctx, id: string, lock = false): Promise<RetailCoreView> {
  if (!isUuid(id)) throw notFound("retail core");
  if (lock) await ctx.db.execute(sql`select id from retail_cores where id = ${id}::uuid for update`);
  const [core] = await coresWhere(ctx, sql`c.id = ${id}::uuid`);
  if (!core) throw notFound("retail core");
  return core;
}

export async function premisesOf(ctx: Ctx, where: SQL): Promise<RetailPremisesView[]> {
  return rows<RetailPremisesView>(ctx, sql`
    select p.id, p.core_id as "coreId", p.address, p.status, p.vacant_since::text as "vacantSince", p.sector, p.floor_area_m2 as "floorAreaM2",
      p.occupant_name as "occupantName", p.version,
      coalesce((select json_agg(json_build_object('status', h.status, 'sector', h.sector, 'date', h.effective_date::text) order by h.effective_date, h.seq)
        from retail_premises_status_changes h where h.premises_id = p.id), '[]'::json) as history
    from retail_premises p where ${where} order by p.status desc, p.address`);
}

/** The last status of each premises at a date, as a subquery with columns premises_id, status. */
export function statusAt(date: SQL): SQL {
  return sql`(select distinct on (h.premises_id) h.premises_id, h.status from retail_premises_status_changes h
    where h.effective_date <= ${date} order by h.premises_id, h.effective_date desc, h.seq desc)`;
}

/** Month ends of the last `months` months before today, and today, oldest first. */
export function trendDates(today: string, months = 24): string[] {
  const [y, m] = today.split("-").map(Number);
  const out: string[] = [];
  for (let i = months; i >= 1; i--) {
    const end = new Date(Date.UTC(y, m - 1 - i + 1, 0));
    out.push(end.toISOString().slice(0, 10));
  }
  out.push(today);
  return out;
}

/** The vacancy of the premises matching `where` (on retail_premises aliased p) at each date. */
export async function vacancyTrend(ctx: Ctx, where: SQL, dates: string[]): Promise<VacancyPoint[]> {
  const found = await rows<{ date: string; premises: number; vacant: number }>(ctx, sql`
    select d::text as date, count(s.premises_id)::int as premises, count(s.premises_id) filter (where s.status = 'vacant')::int as vacant
    from unnest(${`{${dates.join(",")}}`}::date[]) d
    left join lateral (
      select x.premises_id, x.status from ${statusAt(sql`d`)} x join retail_premises p on p.id = x.premises_id where ${where}
    ) s on true
    group by d order by d`);
  return found.map((r) => ({ ...r, rate: r.premises === 0 ? null : r.vacant / r.premises }));
}

export async function campaignsWhere(ctx: Ctx, where: SQL): Promise<CampaignView[]> {
  return rows<CampaignView>(ctx, sql`
    select k.id, k.name, k.kind, k.municipality_nis as "municipalityNis", k.starts_on::text as "startsOn", k.ends_on::text as "endsOn", k.description, k.demo, k.version,
      coalesce((select json_agg(json_build_object('id', m.id, 'merchantName', m.merchant_name, 'premisesId', m.premises_id, 'address', p.address) order by m.merchant_name)
        from retail_campaign_merchants m left join retail_premises p on p.id = m.premises_id where m.campaign_id = k.id), '[]'::json) as merchants
    from retail_campaigns k where ${where} order by k.starts_on desc, k.name`);
}
