import { sql } from "drizzle-orm";
import type { DrilldownRecord } from "../../../contracts/compass.js";
import type { Ctx } from "../../platform/context.js";
import type { MetricDefinition } from "../../platform/metrics.js";
import { rows } from "./demand-repo.js";
import { statusAt } from "./retail-repo.js";

/** Where the back office shows a retail core (the drill-down links there). */
export const retailCoreHref = (id: string) => `/app/ruimte/kernen/${id}`;

/*
 * space.retail_vacancy_rate: the share of the premises in the core shopping areas that stood vacant on the
 * date, in percent, for the province or one municipality, from the status history (a premises counts from its
 * registration on). The drill-down lists the premises vacant on the date.
 */
const byMunicipality = (date: string) => sql`
  select c.municipality_nis as nis, count(*)::int as premises, count(*) filter (where s.status = 'vacant')::int as vacant
  from ${statusAt(sql`${date}::date`)} s join retail_premises p on p.id = s.premises_id join retail_cores c on c.id = p.core_id
  group by c.municipality_nis`;

const rate = (premises: number, vacant: number) => (premises === 0 ? 0 : Math.round((1000 * vacant) / premises) / 10);

export const retailVacancyRate: MetricDefinition = {
  key: "space.retail_vacancy_rate",
  module: "space",
  labelNl: "Leegstand in de kernwinkelgebieden",
  labelEn: "Vacancy in the core shopping areas",
  unit: "percent",
  perMunicipality: true,
  async valueAt(ctx: Ctx, at) {
    const found = await rows<{ nis: string; premises: number; vacant: number }>(ctx, byMunicipality(at.date));
    const pick = at.municipalityNis ? found.filter((r) => r.nis === at.municipalityNis) : found;
    return rate(pick.reduce((s, r) => s + r.premises, 0), pick.reduce((s, r) => s + r.vacant, 0));
  },
  async valuesByMunicipality(ctx: Ctx, at) {
    const found = await rows<{ nis: string; premises: number; vacant: number }>(ctx, byMunicipality(at.date));
    return new Map(found.map((r) => [r.nis, rate(r.premises, r.vacant)]));
  },
  async records(ctx: Ctx, at): Promise<DrilldownRecord[]> {
    const found = await rows<{ id: string; address: string; core: string; coreId: string; nis: string; since: string | null; area: number | null }>(ctx, sql`
      select p.id, p.address, c.name as core, c.id as "coreId", c.municipality_nis as nis,
        (select max(h.effective_date)::text from retail_premises_status_changes h where h.premises_id = p.id and h.effective_date <= ${at.date}::date) as since,
        p.floor_area_m2 as area
      from ${statusAt(sql`${at.date}::date`)} s join retail_premises p on p.id = s.premises_id join retail_cores c on c.id = p.core_id
      where s.status = 'vacant' ${at.municipalityNis ? sql`and c.municipality_nis = ${at.municipalityNis}` : sql``}
      order by c.municipality_nis, c.name, p.address`);
    return found.map((r) => ({
      id: r.id,
      label: `${r.address} (${r.core})`,
      entity: "retail_premises",
      municipalityNis: r.nis,
      date: r.since,
      amount: r.area === null ? null : Number(r.area),
      href: retailCoreHref(r.coreId),
    }));
  },
};

/** The retail figures the space module gives the compass (registered in app.ts instrumentMetrics()). */
export function retailMetrics(): MetricDefinition[] {
  return [retailVacancyRate];
}
