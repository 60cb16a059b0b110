import { sql, type SQL } from "drizzle-orm";
import type { DrilldownRecord } from "../../../contracts/compass.js";
import type { Ctx } from "../../platform/context.js";
import type { MetricDefinition } from "../../platform/metrics.js";
import { POLICY_PERIOD_START } from "./deps.js";

/*
 * The figures space for business gives the compass (statement 2.1), all in hectares, per municipality, counted
 * from the start of the policy period (1 January 2026) to the date asked, with a drill-down to the records:
 * - space.regional_business_parks_ha: the area of parcels of REGIONAL business parks activated (first offered:
 *   available or under option) — "200 hectare bijkomende regionale bedrijventerreinen activeren". A parcel stays
 *   counted once activated, also when it is later sold or taken into use.
 * - space.brownfield_redeveloped_ha: the area of brownfields and outdated zones whose redevelopment was completed.
 * - space.densification_ha: the area of parcels gained by densifying existing parks (origin "densification"),
 *   activated.
 */

/** Where the back office shows a parcel, a park and a brownfield (the drill-down links there). */
export const parcelHref = (id: string) => `/app/ruimte/percelen/${id}`;
export const parkHref = (id: string) => `/app/ruimte/terreinen/${id}`;
export const brownfieldHref = (id: string) => `/app/ruimte/brownfields/${id}`;

interface Row { id: string; label: string; entity: string; nis: string; date: string; m2: number; href: string }

async function rows<T>(ctx: Ctx, query: SQL): Promise<T[]> {
  return ((await ctx.db.execute(query)) as unknown as { rows: T[] }).rows;
}

function areaMetric(def: { key: string; labelNl: string; labelEn: string; rowsAt: (date: string) => SQL }): MetricDefinition {
  const scoped = (at: { date: string; municipalityNis?: string }) =>
    sql`(${def.rowsAt(at.date)}) x ${at.municipalityNis ? sql`where x.nis = ${at.municipalityNis}` : sql``}`;
  return {
    key: def.key,
    module: "space",
    labelNl: def.labelNl,
    labelEn: def.labelEn,
    unit: "ha",
    perMunicipality: true,
    async valueAt(ctx, at) {
      const [r] = await rows<{ v: number }>(ctx, sql`select coalesce(sum(x.m2), 0)::float8 / 10000 as v from ${scoped(at)}`);
      return Math.round(Number(r?.v ?? 0) * 10_000) / 10_000;
    },
    async valuesByMunicipality(ctx, at) {
      const found = await rows<{ nis: string; v: number }>(ctx, sql`select x.nis, coalesce(sum(x.m2), 0)::float8 / 10000 as v from (${def.rowsAt(at.date)}) x group by x.nis`);
      return new Map(found.map((r) => [r.nis, Math.round(Number(r.v) * 10_000) / 10_000]));
    },
    async records(ctx, at): Promise<DrilldownRecord[]> {
      const found = await rows<Row>(ctx, sql`select * from ${scoped(at)} order by x.date, x.label, x.id`);
      return found.map((r) => ({
        id: r.id, label: r.label, entity: r.entity, municipalityNis: r.nis, date: String(r.date).slice(0, 10),
        amount: Math.round((Number(r.m2) / 10_000) * 10_000) / 10_000, href: r.href,
      }));
    },
  };
}

const activatedParcels = (date: string, condition: SQL) => sql`
  select pc.id, coalesce(pk.name || ' · ', '') || pc.code as label, 'space_parcel' as entity, pc.municipality_nis as nis,
    pc.activated_on::text as date, pc.area_m2 as m2, '/app/ruimte/percelen/' || pc.id as href
  from space_parcels pc left join space_parks pk on pk.id = pc.park_id
  where pc.activated_on is not null and pc.activated_on >= ${POLICY_PERIOD_START}::date and pc.activated_on <= ${date}::date and ${condition}`;

export const regionalBusinessParksHa = areaMetric({
  key: "space.regional_business_parks_ha",
  labelNl: "Bijkomende regionale bedrijventerreinen geactiveerd (ha)",
  labelEn: "Additional regional business parks activated (ha)",
  rowsAt: (date) => activatedParcels(date, sql`pk.kind = 'regional'`),
});

export const brownfieldRedevelopedHa = areaMetric({
  key: "space.brownfield_redeveloped_ha",
  labelNl: "Brownfields en verouderde bedrijfszones herontwikkeld (ha)",
  labelEn: "Brownfields and outdated business zones redeveloped (ha)",
  rowsAt: (date) => sql`
    select b.id, b.name as label, 'space_brownfield' as entity, b.municipality_nis as nis, b.redeveloped_on::text as date, b.area_m2 as m2,
      '/app/ruimte/brownfields/' || b.id as href
    from space_brownfields b
    where b.renovation_status = 'redeveloped' and b.redeveloped_on >= ${POLICY_PERIOD_START}::date and b.redeveloped_on <= ${date}::date`,
});

export const densificationHa = areaMetric({
  key: "space.densification_ha",
  labelNl: "Ruimte gewonnen door verdichting van bestaande bedrijventerreinen (ha)",
  labelEn: "Area gained by densifying existing business parks (ha)",
  rowsAt: (date) => activatedParcels(date, sql`pc.origin = 'densification'`),
});

export function spaceMetrics(): MetricDefinition[] {
  return [regionalBusinessParksHa, brownfieldRedevelopedHa, densificationHa];
}
