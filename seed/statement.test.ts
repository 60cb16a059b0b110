import { describe, expect, it } from "vitest";
import { MUNICIPALITIES } from "./geography/index.js";
import { DEMO_SOURCE, demoPlan, quarterEnds } from "./demo/plan.js";
import { GOALS } from "./statement/goals.js";
import { INDICATORS } from "./statement/indicators.js";

/** Indicators an instrument gives live, with their metric keys. */
const DERIVED: Record<string, string> = {
  "ai.smes_supported": "support.smes_with_ai_in_use",
  "jobs.high_skilled_additional": "support.high_skilled_jobs_created",
  "innovation.premium_companies": "grants.innovation_premium_companies",
  "innovation.premium_eur_awarded": "grants.innovation_premium_eur_committed",
  "social.maatwerk_fund_eur_committed": "grants.maatwerk_fund_eur_committed",
  "space.regional_business_parks_ha": "space.regional_business_parks_ha",
};

describe("the statement as data", () => {
  it("lists parents before their children, with unique codes", () => {
    const seen = new Set<string>();
    for (const g of GOALS) {
      expect(seen.has(g.code), g.code).toBe(false);
      if (g.parentCode) expect(seen.has(g.parentCode), `${g.code} after ${g.parentCode}`).toBe(true);
      seen.add(g.code);
    }
  });

  it("gives every objective at least one action, and every goal both languages", () => {
    for (const o of GOALS.filter((g) => g.kind === "objective")) {
      expect(GOALS.some((g) => g.parentCode === o.code), o.code).toBe(true);
    }
    for (const g of GOALS) {
      expect(g.titleNl).not.toBe("");
      expect(g.titleEn).not.toBe("");
      if (g.kind !== "action") expect(g.summaryNl.length * g.summaryEn.length, g.code).toBeGreaterThan(0);
    }
  });

  it("ties every indicator to a goal and quotes the statement at that section", () => {
    const byCode = new Map(GOALS.map((g) => [g.code, g]));
    for (const i of INDICATORS) {
      const goal = byCode.get(i.goalCode);
      expect(goal, i.code).toBeDefined();
      expect(i.source).toContain(`§${goal!.section}:`);
      expect(i.kind).toBe(DERIVED[i.code] ? "derived" : "measured");
      expect(i.metricKey).toBe(DERIVED[i.code] ?? null);
      if (i.targetDate === null || i.baselineDate === null) expect(i.sourceNote.length, i.code).toBeGreaterThan(0);
    }
  });
});

describe("the demo plan", () => {
  it("has quarter ends from 2025 up to today", () => {
    expect(quarterEnds("2025-03-30")).toEqual([]);
    expect(quarterEnds("2025-10-01")).toEqual(["2025-03-31", "2025-06-30", "2025-09-30"]);
  });

  it("only writes demo values, never in the future, per municipality only where the indicator allows it", () => {
    const today = "2026-11-15";
    const indicators = new Map(INDICATORS.map((i) => [i.code, i]));
    const nis = new Set(MUNICIPALITIES.map((m) => m.nis));
    for (const series of demoPlan(today)) {
      const ind = indicators.get(series.indicatorCode);
      expect(ind, series.indicatorCode).toBeDefined();
      expect(ind!.kind, `${series.indicatorCode} is derived: the compass refuses values by hand`).toBe("measured");
      const keys = new Set<string>();
      for (const v of series.values) {
        expect(v.source).toBe(DEMO_SOURCE);
        expect(v.periodDate <= today).toBe(true);
        if (v.municipalityNis !== null) {
          expect(ind!.perMunicipality, series.indicatorCode).toBe(true);
          expect(nis.has(v.municipalityNis)).toBe(true);
        }
        const key = `${v.municipalityNis}|${v.periodDate}`;
        expect(keys.has(key), `${series.indicatorCode} ${key}`).toBe(false);
        keys.add(key);
      }
    }
  });

  it("keeps cumulative counts from going down in any municipality", () => {
    for (const series of demoPlan("2026-11-15").filter((s) => s.indicatorCode !== "labour.employment_rate")) {
      const last = new Map<string | null, number>();
      for (const v of series.values) {
        expect(v.value, series.indicatorCode).toBeGreaterThanOrEqual(last.get(v.municipalityNis) ?? -Infinity);
        last.set(v.municipalityNis, v.value);
      }
    }
  });

  it("is the same for the same day", () => {
    expect(demoPlan("2026-06-01")).toEqual(demoPlan("2026-06-01"));
  });
});
