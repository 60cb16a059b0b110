import { sql, type SQL } from "drizzle-orm";
import type { DrilldownRecord, Unit } from "../../../contracts/compass.js";
import type { Ctx } from "../../platform/context.js";
import type { MetricDefinition } from "../../platform/metrics.js";
import { rows } from "./decision-repo.js";

/** Where the back office shows an organisation (the drill-down links there). */
const organisationHref = (id: string) => `/app/organisaties/${id}`;

/** The instruments of the policy statement (grant_funds.code) the compass follows. */
export const METRIC_FUNDS: { code: string; nl: string; en: string }[] = [
  { code: "innovation_premium", nl: "de innovatiepremie", en: "the innovation premium" },
  { code: "maatwerk_fund", nl: "het investeringsfonds maatwerkbedrijven", en: "the maatwerk companies investment fund" },
  { code: "health_innovation_fund", nl: "het healthinnovatiefonds", en: "the health innovation fund" },
  { code: "development_acceleration_fund", nl: "het Ontwikkel- en Acceleratiefonds", en: "the Development and Acceleration Fund" },
  { code: "euregio_small_project_fund", nl: "het Small Project Fund", en: "the Small Project Fund" },
];

/**
 * What the policy statement says the innovation premium achieved before Koers ("Sinds de invoering
 * hebben al 160 bedrijven hun innovatie versneld, goed voor in totaal 4 miljoen euro aan toegekende
 * middelen", §4). Those awards are not in Koers, so the cumulative province figure is the statement's
 * figure plus what Koers granted since; the drill-down shows the statement's figure as its own line.
 * Municipal figures hold only what Koers granted (the statement gives no breakdown).
 */
export const STATEMENT_SO_FAR: Record<string, { companies: number; eur: number; label: { nl: string; en: string } }> = {
  innovation_premium: {
    companies: 160,
    eur: 4_000_000,
    label: { nl: "Vóór Koers, volgens de beleidsverklaring (§4)", en: "Before Koers, according to the policy statement (§4)" },
  },
};

interface Row {
  id: string;
  name: string;
  nis: string | null;
  date: string | null;
  amount: number | null;
}

type Measure = "companies" | "eur_committed" | "eur_paid";

/** One row per organisation (id, name, nis, date, amount in EUR) supported by a fund up to a date. */
function rowsFor(fund: string, measure: Measure, date: string): SQL {
  if (measure === "eur_paid") {
    return sql`
      select o.id, o.name, o.municipality_nis as nis, max(p.paid_on)::text as date,
             sum(p.amount_cents * coalesce(a.amount_cents::float8 / nullif(d.amount_cents, 0), 0))::float8 / 100 as amount
      from grant_payments p
      join grant_decisions d on d.application_id = p.application_id
      join grant_awards a on a.decision_id = d.id
      join grant_funds f on f.id = a.fund_id
      join organisations o on o.id = a.organisation_id
      where f.code = ${fund} and p.paid_on <= ${date}::date
      group by o.id, o.name, o.municipality_nis`;
  }
  return sql`
    select o.id, o.name, o.municipality_nis as nis, min(a.grant_date)::text as date, sum(a.amount_cents)::float8 / 100 as amount
    from grant_awards a
    join grant_funds f on f.id = a.fund_id
    join organisations o on o.id = a.organisation_id
    where f.code = ${fund} and a.grant_date <= ${date}::date
    group by o.id, o.name, o.municipality_nis`;
}

function fundMetric(fund: { code: string; nl: string; en: string }, measure: Measure): MetricDefinition {
  const count = measure === "companies";
  const prior = measure === "eur_paid" ? undefined : STATEMENT_SO_FAR[fund.code];
  const priorValue = prior ? (count ? prior.companies : prior.eur) : 0;
  const unit: Unit = count ? "companies" : "eur";
  const total = count ? sql`count(*)::float8` : sql`coalesce(sum(x.amount), 0)::float8`;
  const scoped = (at: { date: string; municipalityNis?: string }) =>
    sql`(${rowsFor(fund.code, measure, at.date)}) x ${at.municipalityNis ? sql`where x.nis = ${at.municipalityNis}` : sql``}`;
  const labels: Record<Measure, [string, string]> = {
    companies: [`Bedrijven gesteund met ${fund.nl}`, `Companies supported by ${fund.en}`],
    eur_committed: [`Toegekende middelen van ${fund.nl} (EUR)`, `Funds committed by ${fund.en} (EUR)`],
    eur_paid: [`Uitbetaalde middelen van ${fund.nl} (EUR)`, `Funds paid by ${fund.en} (EUR)`],
  };
  return {
    key: `grants.${fund.code}_${measure}`,
    module: "grants",
    labelNl: labels[measure][0],
    labelEn: labels[measure][1],
    unit,
    perMunicipality: true,
    async valueAt(ctx: Ctx, at) {
      const [r] = await rows<{ v: number }>(ctx, sql`select ${total} as v from ${scoped(at)}`);
      return Number(r?.v ?? 0) + (at.municipalityNis ? 0 : priorValue);
    },
    async valuesByMunicipality(ctx: Ctx, at) {
      const found = await rows<{ nis: string; v: number }>(ctx, sql`select x.nis, ${total} as v from (${rowsFor(fund.code, measure, at.date)}) x where x.nis is not null group by x.nis`);
      return new Map(found.map((r) => [r.nis, Number(r.v)]));
    },
    async records(ctx: Ctx, at): Promise<DrilldownRecord[]> {
      const found = await rows<Row>(ctx, sql`select * from ${scoped(at)} order by x.date, x.name, x.id`);
      const out: DrilldownRecord[] = found.map((r) => ({
        id: r.id,
        label: r.name,
        entity: "organisation",
        municipalityNis: r.nis,
        date: r.date,
        amount: count ? null : Number(r.amount),
        href: organisationHref(r.id),
      }));
      if (prior && !at.municipalityNis) {
        out.unshift({ id: `statement-${fund.code}`, label: `${prior.label.nl} / ${prior.label.en}: ${priorValue}`, entity: "statement", municipalityNis: null, date: null, amount: priorValue, href: null });
      }
      return out;
    },
  };
}

/** The grant metrics the compass reads: per instrument, companies supported (distinct), EUR committed, EUR paid. */
export function grantMetrics(): MetricDefinition[] {
  return METRIC_FUNDS.flatMap((f) => (["companies", "eur_committed", "eur_paid"] as const).map((m) => fundMetric(f, m)));
}
