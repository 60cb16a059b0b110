import type { MeasurementInput } from "../../src/contracts/compass.js";
import { MUNICIPALITIES } from "../geography/index.js";

/*
 * Demo measurements: a plausible, entirely fictional history since 2025 for the statement's indicators that have a
 * target, so that the dashboard, the map and the statuses have something to show. Pure and deterministic: the same
 * day gives the same plan. The statement's own baselines and targets are never touched — only measurements.
 *
 * Derived indicators get no demo values (the compass refuses them): ai.smes_supported and
 * jobs.high_skilled_additional come alive from the demo trajectories of seed/support instead, the hectares of
 * regional business parks from the demo parcels of seed/space, the innovation
 * premium and the maatwerk fund's commitments from the grants module's decisions.
 *
 * Intended statuses (with the compass's default thresholds 0.95 / 0.8):
 * - horizon2050.roadmap, campus.logistics_campus_delivery, bigscience.business_forum_2026: on track (not yet due)
 * - campus.bouwcampus_construction_start: achieved once mid-2026 has passed
 * - labour.employment_rate, welfare.gdp_per_capita_gap: values without a status (the statement gives no deadline)
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

  // 2.1 — the hectares of regional business parks activated are derived from the space module's parcels
  // (space.regional_business_parks_ha); the demo parks and parcels of seed/space make the figure live.

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

  // 3.2 — the maatwerk fund's commitments are derived from the grants module (grants.maatwerk_fund_eur_committed).

  // Milestones: not yet done at the latest quarter, except the Bouwcampus whose construction started mid-2026.
  for (const code of ["horizon2050.roadmap", "campus.logistics_campus_delivery", "bigscience.business_forum_2026"]) {
    plan.push({ indicatorCode: code, values: [province(last, 0)] });
  }
  const bouwcampus = [province(quarters[0], 0)];
  if (last >= "2026-06-30") bouwcampus.push(province("2026-06-30", 1));
  plan.push({ indicatorCode: "campus.bouwcampus_construction_start", values: bouwcampus });

  return plan.filter((s) => s.values.length > 0);
}
