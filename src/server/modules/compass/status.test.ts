import { describe, expect, it } from "vitest";
import { formatDate, formatEuro, formatNumber, formatValue } from "./format.js";
import { computeStatus, computeStatusFromStats, fitLine, meetsTarget, renderExplanation, seriesStats, withLivePoint, type Point, type StatusIndicator } from "./status.js";

const jobs: StatusIndicator = {
  unit: "jobs",
  direction: "raise",
  baselineValue: 0,
  baselineDate: "2025-12-31",
  targetValue: 2500,
  targetValueHigh: null,
  targetDate: "2030-12-31",
  onTrackRatio: 0.95,
  atRiskRatio: 0.8,
};
const today = "2027-06-30";

/** Points on the straight line from (baseline) to `atTarget` on the target date. */
function line(ind: StatusIndicator, atTarget: number, dates: string[]): Point[] {
  const t0 = Date.parse(`${ind.baselineDate}T00:00:00Z`);
  const t1 = Date.parse(`${ind.targetDate}T00:00:00Z`);
  return dates.map((date) => {
    const share = (Date.parse(`${date}T00:00:00Z`) - t0) / (t1 - t0);
    return { date, value: (ind.baselineValue ?? 0) + (atTarget - (ind.baselineValue ?? 0)) * share };
  });
}

describe("formatting", () => {
  it("writes numbers, dates and euro per locale", () => {
    expect(formatNumber(2500, "nl-BE")).toBe("2.500");
    expect(formatNumber(2500, "en")).toBe("2,500");
    expect(formatNumber(88.2, "nl-BE")).toBe("88,2");
    expect(formatDate("2030-12-31", "nl-BE")).toBe("31-12-2030");
    expect(formatDate("2030-12-31", "en")).toBe("31 Dec 2030");
    expect(formatDate("2026-03-05", "en")).toBe("5 Mar 2026");
    expect(formatEuro(4_000_000, "nl-BE")).toBe("€ 4 mln");
    expect(formatEuro(4_000_000, "en")).toBe("€4m");
    expect(formatEuro(88_200_000, "nl-BE")).toBe("€ 88,2 mln");
    expect(formatEuro(500_000_000, "en")).toBe("€500m");
    expect(formatEuro(1_500_000_000, "nl-BE")).toBe("€ 1,5 mld");
    expect(formatEuro(4_000, "nl-BE")).toBe("€ 4.000");
    expect(formatEuro(4_000, "en")).toBe("€4,000");
    expect(formatValue(80, "percent", "nl-BE")).toBe("80%");
    expect(formatValue(200, "ha", "en")).toBe("200 ha");
    expect(formatValue(1839.7, "jobs", "nl-BE")).toBe("1.840");
  });
});

describe("fitLine", () => {
  it("needs two points on different dates", () => {
    expect(fitLine([])).toBeNull();
    expect(fitLine([{ date: "2026-01-01", value: 1 }])).toBeNull();
    expect(fitLine([{ date: "2026-01-01", value: 1 }, { date: "2026-01-01", value: 3 }])).toBeNull();
  });
  it("fits a least-squares line", () => {
    const l = fitLine([
      { date: "1970-01-01", value: 1 },
      { date: "1970-01-02", value: 2 },
      { date: "1970-01-03", value: 4 },
    ])!;
    expect(l.slope).toBeCloseTo(1.5);
    expect(l.intercept).toBeCloseTo(0.8333, 3);
  });
});

describe("raise", () => {
  it("is off track at 1.840 of 2.500, with the sentence in both locales", () => {
    const series = line(jobs, 1840, ["2026-06-30", "2026-12-31", "2027-06-30"]);
    const nl = computeStatus(jobs, series, { today });
    expect(nl.status).toBe("off_track");
    expect(nl.ratio).toBeCloseTo(0.736, 3);
    expect(nl.projected).toBeCloseTo(1840, 1);
    expect(nl.explanation.key).toBe("status.pace");
    expect(nl.explanation.params).toMatchObject({ target: 2500, targetDate: "2030-12-31", startFrom: "baseline" });
    expect(nl.sentence).toBe("In dit tempo 1.840 van 2.500 tegen 31-12-2030.");
    const en = computeStatus(jobs, series, { today, locale: "en" });
    expect(en.sentence).toBe("At this pace 1,840 of 2,500 by 31 Dec 2030.");
    expect(renderExplanation(nl.explanation, "en")).toBe(en.sentence);
  });

  it("is on track from the on-track ratio and at risk from the at-risk ratio", () => {
    const dates = ["2026-06-30", "2026-12-31", "2027-06-30"];
    expect(computeStatus(jobs, line(jobs, 2400, dates), { today }).status).toBe("on_track"); // 0.96
    expect(computeStatus(jobs, line(jobs, 2375, dates), { today }).status).toBe("on_track"); // 0.95 exactly
    expect(computeStatus(jobs, line(jobs, 2200, dates), { today }).status).toBe("at_risk"); // 0.88
    expect(computeStatus(jobs, line(jobs, 1990, dates), { today }).status).toBe("off_track"); // 0.796
    const strict = { ...jobs, onTrackRatio: 1, atRiskRatio: 0.9 };
    expect(computeStatus(strict, line(jobs, 2400, dates), { today }).status).toBe("at_risk");
  });

  it("draws the required trajectory and the projection to the target date", () => {
    const r = computeStatus(jobs, line(jobs, 2000, ["2026-12-31", "2027-06-30"]), { today });
    expect(r.trajectory.required).toEqual([
      { date: "2025-12-31", value: 0 },
      { date: "2030-12-31", value: 2500 },
    ]);
    expect(r.trajectory.projection).toHaveLength(2);
    expect(r.trajectory.projection[0].date).toBe("2025-12-31");
    expect(r.trajectory.projection[1]).toMatchObject({ date: "2030-12-31" });
    expect(r.trajectory.projection[1].value).toBeCloseTo(2000, 3);
  });

  it("is achieved once the latest value meets the target, whatever came before", () => {
    const r = computeStatus(jobs, [{ date: "2026-12-31", value: 100 }, { date: "2028-12-31", value: 2600 }], { today });
    expect(r.status).toBe("achieved");
    expect(r.sentence).toBe("Doel bereikt: 2.600 op 31-12-2028 (doel 2.500).");
    expect(computeStatus(jobs, [{ date: "2028-12-31", value: 2600 }], { today, locale: "en" }).sentence).toBe("Target met: 2,600 on 31 Dec 2028 (target 2,500).");
  });

  it("counts a target range as met at its low end", () => {
    const et: StatusIndicator = { ...jobs, unit: "job_years", targetValue: 5021, targetValueHigh: 12142 };
    expect(meetsTarget(et, 5021)).toBe(true);
    expect(meetsTarget(et, 5020)).toBe(false);
    expect(meetsTarget(et, 20000)).toBe(true);
    const r = computeStatus(et, [{ date: "2027-01-31", value: 6000 }], { today });
    expect(r.status).toBe("achieved");
    expect(r.sentence).toBe("Doel bereikt: 6.000 op 31-01-2027 (doel 5.021 – 12.142).");
    expect(computeStatus(et, [{ date: "2027-01-31", value: 6000 }], { today, locale: "en" }).sentence).toBe("Target met: 6,000 on 31 Jan 2027 (target 5,021–12,142).");
    // The trajectory aims at the low end.
    const pace = computeStatus(et, line({ ...et }, 5021, ["2026-12-31", "2027-06-30"]), { today });
    expect(pace.status).toBe("on_track");
    expect(pace.trajectory.required[1].value).toBe(5021);
  });

  it("is off track when the deadline passed without meeting the target", () => {
    const r = computeStatus(jobs, [{ date: "2030-06-30", value: 2000 }], { today: "2031-01-15" });
    expect(r.status).toBe("off_track");
    expect(r.explanation.key).toBe("status.deadline_passed");
    expect(r.sentence).toBe("Doel 2.500 tegen 31-12-2030 niet gehaald: laatste waarde 2.000 (30-06-2030).");
  });

  it("writes euro targets as € 4 mln / €4m", () => {
    const premium: StatusIndicator = { ...jobs, unit: "eur", targetValue: 4_000_000 };
    const series = line(premium, 3_200_000, ["2026-12-31", "2027-06-30"]);
    expect(computeStatus(premium, series, { today }).sentence).toBe("In dit tempo € 3,2 mln van € 4 mln tegen 31-12-2030.");
    expect(computeStatus(premium, series, { today, locale: "en" }).sentence).toBe("At this pace €3.2m of €4m by 31 Dec 2030.");
  });
});

describe("lower (the mirror image)", () => {
  const gap: StatusIndicator = {
    unit: "percent",
    direction: "lower",
    baselineValue: 22,
    baselineDate: "2025-12-31",
    targetValue: 12,
    targetValueHigh: null,
    targetDate: "2030-12-31",
    onTrackRatio: 0.95,
    atRiskRatio: 0.8,
  };

  it("measures progress downward", () => {
    const onTrack = computeStatus(gap, line(gap, 12, ["2026-12-31", "2027-06-30"]), { today });
    expect(onTrack.status).toBe("on_track");
    expect(onTrack.ratio).toBeCloseTo(1, 3);
    const atRisk = computeStatus(gap, line(gap, 13.5, ["2026-12-31", "2027-06-30"]), { today });
    expect(atRisk.status).toBe("at_risk"); // 8.5 of 10 points
    expect(atRisk.sentence).toBe("In dit tempo 13,5% tegen 31-12-2030, doel 12% of minder.");
    expect(computeStatus(gap, line(gap, 13.5, ["2026-12-31", "2027-06-30"]), { today, locale: "en" }).sentence).toBe(
      "At this pace 13.5% by 31 Dec 2030, target 12% or less.",
    );
    const rising = computeStatus(gap, [{ date: "2026-12-31", value: 23 }], { today });
    expect(rising.status).toBe("off_track");
    expect(rising.ratio).toBeLessThan(0);
  });

  it("is achieved at or below the target", () => {
    expect(computeStatus(gap, [{ date: "2027-12-31", value: 12 }], { today }).status).toBe("achieved");
    expect(computeStatus(gap, [{ date: "2027-12-31", value: 12.1 }], { today }).status).not.toBe("achieved");
  });

  it("counts a range as met at its high end", () => {
    const band = { ...gap, targetValue: 10, targetValueHigh: 12 };
    expect(meetsTarget(band, 12)).toBe(true);
    expect(meetsTarget(band, 12.5)).toBe(false);
    expect(meetsTarget(band, 8)).toBe(true);
    const pace = computeStatus(band, line(band, 12, ["2026-12-31"]), { today });
    expect(pace.trajectory.required[1].value).toBe(12);
  });
});

describe("keep", () => {
  const rate: StatusIndicator = {
    unit: "percent",
    direction: "keep",
    baselineValue: 80,
    baselineDate: "2025-12-31",
    targetValue: 80,
    targetValueHigh: null,
    targetDate: "2030-12-31",
    onTrackRatio: 0.95,
    atRiskRatio: 0.8,
  };

  it("is achieved while the value stays on the target", () => {
    const r = computeStatus(rate, [{ date: "2026-12-31", value: 80 }], { today });
    expect(r.status).toBe("achieved");
    expect(r.sentence).toBe("Binnen het doel (80%): laatste waarde 80% (31-12-2026).");
  });

  it("judges the distance from the target with the thresholds as tolerances", () => {
    // Flat series (no drift): the projection equals the value.
    const flat = (v: number) => [{ date: "2026-06-30", value: v }, { date: "2026-12-31", value: v }];
    const noBaseline = { ...rate, baselineDate: null };
    expect(computeStatus(noBaseline, flat(78), { today }).status).toBe("on_track"); // 1 − 2/80 = 0.975
    expect(computeStatus(noBaseline, flat(70), { today }).status).toBe("at_risk"); // 0.875
    const off = computeStatus(noBaseline, flat(60), { today }); // 0.75
    expect(off.status).toBe("off_track");
    expect(off.explanation.key).toBe("status.keep_outside");
    expect(off.sentence).toBe("Buiten het doel (80%): laatste waarde 60% (31-12-2026); in dit tempo 60% tegen 31-12-2030.");
  });

  it("keeps a value inside a range", () => {
    const band = { ...rate, targetValue: 78, targetValueHigh: 82 };
    expect(computeStatus(band, [{ date: "2026-12-31", value: 81.5 }], { today }).status).toBe("achieved");
    const above = computeStatus(band, [{ date: "2026-12-31", value: 84 }], { today, locale: "en" });
    expect(above.status).not.toBe("achieved");
    expect(above.sentence.startsWith("Outside the target (78%–82%): latest value 84% (31 Dec 2026)")).toBe(true);
  });
});

describe("milestone", () => {
  const telescope: StatusIndicator = {
    unit: "milestone",
    direction: "raise",
    baselineValue: 0,
    baselineDate: null,
    targetValue: 1,
    targetValueHigh: null,
    targetDate: "2027-12-31",
    onTrackRatio: 0.95,
    atRiskRatio: 0.8,
  };

  it("is achieved when done", () => {
    const r = computeStatus(telescope, [{ date: "2026-01-31", value: 0 }, { date: "2027-03-31", value: 1 }], { today });
    expect(r.status).toBe("achieved");
    expect(r.sentence).toBe("Mijlpaal bereikt op 31-03-2027.");
    expect(computeStatus(telescope, [{ date: "2027-03-31", value: 1 }], { today, locale: "en" }).sentence).toBe("Milestone reached on 31 Mar 2027.");
  });

  it("is on track with the days left before the deadline", () => {
    const r = computeStatus(telescope, [{ date: "2026-01-31", value: 0 }], { today: "2027-12-01" });
    expect(r.status).toBe("on_track");
    expect(r.explanation.params.daysLeft).toBe(30);
    expect(r.sentence).toBe("Mijlpaal nog niet bereikt; nog 30 dagen tot de deadline van 31-12-2027.");
    expect(computeStatus(telescope, [{ date: "2026-01-31", value: 0 }], { today: "2027-12-30", locale: "en" }).sentence).toBe(
      "Milestone not reached yet; 1 day left until the deadline of 31 Dec 2027.",
    );
  });

  it("is off track once the deadline passed", () => {
    const r = computeStatus(telescope, [{ date: "2026-01-31", value: 0 }], { today: "2028-01-01" });
    expect(r.status).toBe("off_track");
    expect(r.sentence).toBe("Mijlpaal niet bereikt: de deadline van 31-12-2027 is verstreken.");
  });
});

describe("no data", () => {
  it("says an indicator without target is monitored", () => {
    const monitored = { ...jobs, baselineValue: null, baselineDate: null, targetValue: null, targetDate: null };
    const r = computeStatus(monitored, [{ date: "2026-12-31", value: 9072 }], { today });
    expect(r.status).toBe("monitored");
    expect(r.explanation.key).toBe("status.no_target");
    expect(r.current).toBe(9072);
    expect(r.sentence).toBe("Gevolgd, zonder streefwaarde: laatste waarde 9.072 (31-12-2026).");
    expect(computeStatus(monitored, [], { today, locale: "en" }).sentence).toBe("Monitored, no target; no measurements yet.");
    expect(computeStatus(monitored, [], { today }).status).toBe("no_data");
  });

  it("shows a figure the statement gives without target as the current figure until values are recorded", () => {
    const figure = { ...jobs, baselineValue: 105, baselineDate: null, targetValue: null, targetDate: null };
    const r = computeStatus(figure, [], { today });
    expect(r).toMatchObject({ status: "monitored", current: 105, currentDate: null });
    expect(r.explanation.key).toBe("status.statement_figure");
    expect(r.sentence).toBe("Cijfer uit de beleidsverklaring: 105; nog geen latere metingen.");
    expect(computeStatus(figure, [], { today, locale: "en" }).sentence).toBe("Figure from the policy statement: 105; no later measurements yet.");
    const later = computeStatus(figure, [{ date: "2026-06-30", value: 110 }], { today });
    expect(later).toMatchObject({ status: "monitored", current: 110, currentDate: "2026-06-30" });
  });

  it("follows a target without a deadline as monitored, not as missing data", () => {
    const r = computeStatus({ ...jobs, targetDate: null }, [{ date: "2026-12-31", value: 50 }], { today });
    expect(r.status).toBe("monitored");
    expect(r.explanation.key).toBe("status.no_deadline");
  });

  it("has no status without measurements", () => {
    const r = computeStatus(jobs, [], { today });
    expect(r).toMatchObject({ status: "no_data", current: null, currentDate: null, projected: null, ratio: null });
    expect(r.sentence).toBe("Nog geen metingen.");
    expect(computeStatus(jobs, [], { today, locale: "en" }).sentence).toBe("No measurements yet.");
  });

  it("needs two points for a projection", () => {
    const r = computeStatus({ ...jobs, baselineDate: null }, [{ date: "2026-12-31", value: 300 }], { today });
    expect(r.status).toBe("no_data");
    expect(r.explanation.key).toBe("status.too_few_points");
    expect(r.trajectory.projection).toEqual([]);
  });
});

describe("missing baseline date", () => {
  it("starts the trajectory at the first measurement and says so", () => {
    const ind = { ...jobs, baselineDate: null };
    const series = [
      { date: "2026-12-31", value: 500 },
      { date: "2026-06-30", value: 250 },
    ];
    const r = computeStatus(ind, series, { today });
    expect(r.trajectory.required[0]).toEqual({ date: "2026-06-30", value: 250 });
    expect(r.explanation.params.startFrom).toBe("first_measurement");
    expect(r.explanation.params.startDate).toBe("2026-06-30");
    expect(r.sentence).toMatch(/^In dit tempo .* tegen 31-12-2030\. Vertrekpunt: de eerste meting \(30-06-2026\), want de basisdatum ontbreekt\.$/);
    expect(computeStatus(ind, series, { today, locale: "en" }).sentence).toMatch(
      /Starting point: the first measurement \(30 Jun 2026\), as the baseline date is missing\.$/,
    );
    // 250 in half a year → about 2.500 more by the end of 2030: on track against the 2.250 still required.
    expect(r.status).toBe("on_track");
  });
});

describe("series stats (what the dashboard stores instead of every point)", () => {
  const series = line(jobs, 1840, ["2026-03-31", "2026-06-30", "2026-09-30", "2026-12-31"]).map((p, i) => ({ ...p, value: p.value + (i % 2 ? 7 : -7) }));

  it("give the same status as the whole series", () => {
    for (const ind of [jobs, { ...jobs, baselineDate: null }, { ...jobs, direction: "keep" as const, targetValue: 300 }]) {
      const whole = computeStatus(ind, series, { today });
      const fromStats = computeStatusFromStats(ind, seriesStats(ind, series), { today });
      expect(fromStats.status).toBe(whole.status);
      expect(fromStats.ratio).toBeCloseTo(whole.ratio ?? 0, 6);
      expect(fromStats.sentence).toBe(whole.sentence);
      expect(fromStats.trajectory).toEqual(whole.trajectory);
    }
  });

  it("take a live value in place of a stored point of the same date", () => {
    const live = { date: "2026-12-31", value: 900 };
    const replaced = [...series.slice(0, -1), live];
    const viaStats = computeStatusFromStats(jobs, withLivePoint(seriesStats(jobs, series), live), { today });
    expect(viaStats.projected).toBeCloseTo(computeStatus(jobs, replaced, { today }).projected!, 6);
    const appended = { date: "2027-06-30", value: 950 };
    const viaStats2 = computeStatusFromStats(jobs, withLivePoint(seriesStats(jobs, series), appended), { today });
    expect(viaStats2.projected).toBeCloseTo(computeStatus(jobs, [...series, appended], { today }).projected!, 6);
    expect(viaStats2.current).toBe(950);
    const onlyLive = computeStatusFromStats(jobs, withLivePoint(seriesStats(jobs, []), appended), { today });
    expect(onlyLive.projected).toBeCloseTo(computeStatus(jobs, [appended], { today }).projected!, 6);
  });
});
