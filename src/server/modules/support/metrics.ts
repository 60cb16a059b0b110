import { sql, type SQL } from "drizzle-orm";
import type { DrilldownRecord, Unit } from "../../../contracts/compass.js";
import { AI_SPACE, PROGRAMME_CODES } from "../../../contracts/support.js";
import type { Ctx } from "../../platform/context.js";
import type { MetricDefinition } from "../../platform/metrics.js";
import { RETIRED_POSITION, rows } from "./repo.js";

/** Where the back office shows an organisation (the drill-down links there). */
export const organisationHref = (id: string) => `/app/organisaties/${id}`;

/** EU SME classes of the organisations module (micro, small, medium); large and unknown do not count. */
const SME_CLASSES = sql`('micro', 'small', 'medium')`;

interface Row {
  id: string;
  name: string;
  nis: string | null;
  date: string | null;
  amount: number | null;
}

/**
 * A metric over one row per organisation (id, name, nis, date, amount): the value is the number of rows
 * ("count") or the sum of their amounts ("sum"), for the province or one municipality (the organisation's
 * seat). The drill-down lists the organisations, linking to them.
 */
function perOrganisation(def: {
  key: string;
  labelNl: string;
  labelEn: string;
  unit: Unit;
  value: "count" | "sum";
  rowsAt: (date: string) => SQL;
}): MetricDefinition {
  const scoped = (at: { date: string; municipalityNis?: string }) =>
    sql`(${def.rowsAt(at.date)}) x ${at.municipalityNis ? sql`where x.nis = ${at.municipalityNis}` : sql``}`;
  const total = def.value === "count" ? sql`count(*)::float8` : sql`coalesce(sum(x.amount), 0)::float8`;
  return {
    key: def.key,
    module: "support",
    labelNl: def.labelNl,
    labelEn: def.labelEn,
    unit: def.unit,
    perMunicipality: true,
    async valueAt(ctx: Ctx, at) {
      const [r] = await rows<{ v: number }>(ctx, sql`select ${total} as v from ${scoped(at)}`);
      return Number(r?.v ?? 0);
    },
    async valuesByMunicipality(ctx: Ctx, at) {
      const found = await rows<{ nis: string; v: number }>(ctx, sql`select x.nis, ${total} as v from (${def.rowsAt(at.date)}) x where x.nis is not null group by x.nis`);
      return new Map(found.map((r) => [r.nis, Number(r.v)]));
    },
    async records(ctx: Ctx, at): Promise<DrilldownRecord[]> {
      const found = await rows<Row>(ctx, sql`select * from ${scoped(at)} order by x.date, x.name, x.id`);
      return found.map((r) => ({
        id: r.id,
        label: r.name,
        entity: "organisation",
        municipalityNis: r.nis,
        date: r.date,
        amount: def.value === "sum" ? Number(r.amount) : null,
        href: organisationHref(r.id),
      }));
    },
  };
}

/**
 * Organisations that are SMEs by the EU definition whose AI Space trajectory was in the success stage
 * ("AI in use") or beyond on the date, by the stage history: a move back lowers the figure from its date.
 * An organisation counts once however many AI Space trajectories it has; its date is when the stage was reached.
 */
const smesWithAiInUse = perOrganisation({
  key: "support.smes_with_ai_in_use",
  labelNl: "Kmo's met AI in gebruik via de AI Space",
  labelEn: "SMEs with AI in use through the AI Space",
  unit: "companies",
  value: "count",
  rowsAt: (date) => sql`
    with stage_at as (
      select distinct on (c.trajectory_id) c.trajectory_id, c.to_stage_id, c.effective_date
      from support_stage_changes c
      join support_trajectories t on t.id = c.trajectory_id
      join support_programmes p on p.id = t.programme_id
      where p.code = ${AI_SPACE} and c.effective_date <= ${date}::date
      order by c.trajectory_id, c.effective_date desc, c.seq desc
    )
    select o.id, o.name, o.municipality_nis as nis, min(a.effective_date)::text as date, null::float8 as amount
    from stage_at a
    join support_trajectories t on t.id = a.trajectory_id
    join support_stages s on s.id = a.to_stage_id
    join support_stages goal on goal.programme_id = t.programme_id and goal.success
    join organisations o on o.id = t.organisation_id
    where s.position >= goal.position and s.position < ${RETIRED_POSITION} and o.sme_class in ${SME_CLASSES}
    group by o.id, o.name, o.municipality_nis`,
});

/** The high-skilled jobs recorded as outcomes of any trajectory up to the date, per organisation. */
const highSkilledJobs = perOrganisation({
  key: "support.high_skilled_jobs_created",
  labelNl: "Hooggeschoolde jobs gecreëerd via ondersteuningstrajecten",
  labelEn: "High-skilled jobs created through support trajectories",
  unit: "jobs",
  value: "sum",
  rowsAt: (date) => sql`
    select o.id, o.name, o.municipality_nis as nis, max(r.date)::text as date, sum(r.value)::float8 as amount
    from support_outcomes r
    join support_trajectories t on t.id = r.trajectory_id
    join organisations o on o.id = t.organisation_id
    where r.field = 'high_skilled_jobs' and r.date <= ${date}::date
    group by o.id, o.name, o.municipality_nis`,
});

const PROGRAMME_LABELS: Record<(typeof PROGRAMME_CODES)[number], [string, string]> = {
  ai_space: ["de AI Space", "the AI Space"],
  cobot_centre: ["het applicatiecentrum voor robots en cobots", "the robot and cobot application centre"],
  europe_direct: ["de Europese financieringsbegeleiding", "European funding guidance"],
  big_science_hub: ["de Big Science Innovation Hub", "the Big Science Innovation Hub"],
  foreign_investment: ["de buitenlandse acquisitie", "foreign investment acquisition"],
  investor_network: ["het investeerdersnetwerk", "the investor network"],
  digital_health_hub: ["de Digital Health Innovation Hub", "the Digital Health Innovation Hub"],
};

/** Distinct organisations with a trajectory in the programme opened up to the date. */
function organisationsSupported(code: (typeof PROGRAMME_CODES)[number]): MetricDefinition {
  const [nl, en] = PROGRAMME_LABELS[code];
  return perOrganisation({
    key: `support.organisations_supported.${code}`,
    labelNl: `Organisaties ondersteund door ${nl}`,
    labelEn: `Organisations supported by ${en}`,
    unit: "count",
    value: "count",
    rowsAt: (date) => sql`
      select o.id, o.name, o.municipality_nis as nis, min(t.start_date)::text as date, null::float8 as amount
      from support_trajectories t
      join support_programmes p on p.id = t.programme_id
      join organisations o on o.id = t.organisation_id
      where p.code = ${code} and t.start_date <= ${date}::date
      group by o.id, o.name, o.municipality_nis`,
  });
}

/** The figures this instrument gives the compass (registered in app.ts instrumentMetrics()). */
export function supportMetrics(): MetricDefinition[] {
  return [smesWithAiInUse, highSkilledJobs, ...PROGRAMME_CODES.map(organisationsSupported)];
}
