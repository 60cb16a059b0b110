import type { MeasurementInput } from "../../src/contracts/compass.js";
import { MUNICIPALITIES } from "../geography/index.js";

/*
 * Demo measurements: a plausible, entirely fictional history since 2025 for the statement's indicators that have a
 * target, so that the dashboard, the map and the statuses have something to show. Pure and deterministic: the same
 * day gives the same plan. The statement's own baselines and targets are never touched — only measurements.
 *
 * Derived indicators get no demo values (the compass refuses them): ai.smes_supported and
 * jobs.high_skilled_additional come alive from the demo trajectories of seed/support instead.
 *
 * Intended statuses (with the compass's default thresholds 0.95 / 0.8):
 * - horizon2050.roadmap, campus.logistics_campus_delivery, bigscience.business_forum_2026: on track (not yet due)
 * - campus.bouwcampus_construction_start: achieved once mid-2026 has passed
 * - space.regional_business_parks_ha, labour.employment_rate, welfare.gdp_per_capita_gap,
 *   social.maatwerk_fund_eur_committed: values without a status (the statement gives no deadline)
 */

export const DEMO_SOURCE = "Demo-gegevens (fictief)";

export type DemoValue = Omit<MeasurementInput, "source" | "note"> & { source: string; note: string };
export interface DemoSeries {
  indicatorCode: string;
  values: DemoValue[];
}

/** Quarter ends from 31-03-2025 up to and including today. */
export function quarterEnds(today: string): string[] {
  const out: string[] = [];
  for (let year = 2025; ; year++) {
    for (const md of ["03-31", "06-30", "09-30", "12-31"]) {
      const d = `${year}-${md}`;
      if (d > today) return out;
      out.push(d);
    }
  }
}

const province = (periodDate: string, value: number): DemoValue => ({ periodDate, municipalityNis: null, value, source: DEMO_SOURCE, note: "" });

/** A small deterministic number in [-1, 1) from a NIS code, for municipal variation. */
function jitter(nis: string): number {
  let h = 2166136261;
  for (const c of nis) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return ((h >>> 0) % 2000) / 1000 - 1;
}

const round1 = (v: number) => Math.round(v * 10) / 10;

/** The whole demo plan for the given day (yyyy-mm-dd). */
export function demoPlan(today: string): DemoSeries[] {
  const quarters = quarterEnds(today);
  if (quarters.length === 0) return [];
  const last = quarters.at(-1)!;
  const yearEnds = quarters.filter((q) => q.endsWith("12-31"));
  const plan: DemoSeries[] = [];

  // 2.1 — hectares of regional business parks activated: lumpy, one park at a time (no deadline in the statement).
  const activations: [string, string, number][] = [
    ["2025-06-30", "71016", 11.5], ["2025-12-31", "72020", 8], ["2026-03-31", "71071", 14.2],
    ["2026-06-30", "73107", 6.8], ["2026-09-30", "71004", 9.5], ["2027-03-31", "72043", 12],
    ["2027-09-30", "73111", 7.4], ["2028-03-31", "71053", 10.3],
  ];
  const haValues: DemoValue[] = [];
  for (const q of quarters) {
    const cumulative = new Map<string, number>();
    for (const [from, nis, ha] of activations) if (from <= q) cumulative.set(nis, round1((cumulative.get(nis) ?? 0) + ha));
    for (const [nis, value] of cumulative) haValues.push({ periodDate: q, municipalityNis: nis, value, source: DEMO_SOURCE, note: "" });
  }
  plan.push({ indicatorCode: "space.regional_business_parks_ha", values: haValues });

  // 3.2 — employment rate: province each quarter, every municipality at each year end (a rate: not summed).
  const rateAt = (q: string) => round1(75.6 + 0.15 * quarters.indexOf(q));
  const employment: DemoValue[] = quarters.map((q) => province(q, rateAt(q)));
  for (const q of yearEnds) {
    for (const m of MUNICIPALITIES) {
      const structural = m.nis === "71016" || m.nis === "73107" ? -6 : 0; // Genk and Maasmechelen lag behind
      employment.push({ periodDate: q, municipalityNis: m.nis, value: round1(rateAt(q) + structural + 3.5 * jitter(m.nis)), source: DEMO_SOURCE, note: "" });
    }
  }
  plan.push({ indicatorCode: "labour.employment_rate", values: employment });

  // 1.1 — the gap in GDP per inhabitant, one value per year (the statement says it is widening again).
  plan.push({ indicatorCode: "welfare.gdp_per_capita_gap", values: yearEnds.map((q, i) => province(q, round1(22.3 + 0.2 * i))) });

  // 3.2 — commitments of the EUR 2 million fund for maatwerk companies, from its first call on.
  const commitments = [0, 0, 250_000, 480_000, 730_000, 910_000, 1_120_000, 1_290_000, 1_440_000, 1_560_000];
  plan.push({
    indicatorCode: "social.maatwerk_fund_eur_committed",
    values: quarters.map((q, i) => province(q, commitments[Math.min(i, commitments.length - 1)])).filter((v) => v.value > 0),
  });

  // Milestones: not yet done at the latest quarter, except the Bouwcampus whose construction started mid-2026.
  for (const code of ["horizon2050.roadmap", "campus.logistics_campus_delivery", "bigscience.business_forum_2026"]) {
    plan.push({ indicatorCode: code, values: [province(last, 0)] });
  }
  const bouwcampus = [province(quarters[0], 0)];
  if (last >= "2026-06-30") bouwcampus.push(province("2026-06-30", 1));
  plan.push({ indicatorCode: "campus.bouwcampus_construction_start", values: bouwcampus });

  return plan.filter((s) => s.values.length > 0);
}
