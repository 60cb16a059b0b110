import { describe, expect, it } from "vitest";
import { formatDate, formatEuro, formatNumber, formatValue } from "./format.js";
import { sentenceFor } from "./sentences.js";
import { computeStatus, renderExplanation, type StatusIndicator } from "./status.js";

const NNBSP = "\u202f"; // the narrow no-break space French groups thousands with
const NBSP = "\u00a0";

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

describe("French and German formatting", () => {
  it("writes numbers, dates, euro and percentages as Belgian French and German readers do", () => {
    expect(formatNumber(2500, "fr-BE")).toBe(`2${NNBSP}500`);
    expect(formatNumber(2500, "de-BE")).toBe("2.500");
    expect(formatNumber(88.2, "fr-BE")).toBe("88,2");
    expect(formatNumber(88.2, "de-BE")).toBe("88,2");
    expect(formatDate("2030-12-31", "fr-BE")).toBe("31/12/2030");
    expect(formatDate("2030-12-31", "de-BE")).toBe("31.12.2030");
    expect(formatEuro(4_000_000, "fr-BE")).toBe(`4${NBSP}M€`);
    expect(formatEuro(4_000_000, "de-BE")).toBe(`4${NBSP}Mio.${NBSP}€`);
    expect(formatEuro(1_500_000_000, "de-BE")).toBe(`1,5${NBSP}Mrd.${NBSP}€`);
    expect(formatEuro(4_000, "fr-BE")).toBe(`4${NNBSP}000${NBSP}€`);
    expect(formatValue(80, "percent", "de-BE")).toBe(`80${NBSP}%`);
    expect(formatValue(200, "ha", "fr-BE")).toBe("200 ha");
  });
});

describe("status sentences in French and German", () => {
  it("explain the pace of a raise target", () => {
    const series = [
      { date: "2026-06-30", value: 230 },
      { date: "2026-12-31", value: 460 },
      { date: "2027-06-30", value: 690 },
    ];
    const nl = computeStatus(jobs, series, { today: "2027-06-30" });
    expect(nl.explanation.key).toBe("status.pace");
    const fr = computeStatus(jobs, series, { today: "2027-06-30", locale: "fr-BE" });
    const de = computeStatus(jobs, series, { today: "2027-06-30", locale: "de-BE" });
    const projected = formatNumber(Math.round(nl.projected!), "fr-BE", 0);
    expect(fr.sentence).toBe(`À ce rythme, ${projected} sur 2${NNBSP}500 d'ici le 31/12/2030.`);
    expect(de.sentence).toBe(`Bei diesem Tempo ${formatNumber(Math.round(nl.projected!), "de-BE", 0)} von 2.500 bis 31.12.2030.`);
    expect(renderExplanation(nl.explanation, "fr-BE")).toBe(fr.sentence);
    expect(renderExplanation(nl.explanation, "de-BE")).toBe(de.sentence);
  });

  it("cover every status key without falling back to the bare key", () => {
    const p = { unit: "jobs", current: 784, currentDate: "2027-06-30", target: 2500, targetHigh: null, targetDate: "2030-12-31", projected: 1200, direction: "raise", startFrom: "first_measurement", startDate: "2026-06-30", daysLeft: 3 };
    const keys = ["status.no_target", "status.no_data", "status.statement_figure", "status.achieved", "status.pace", "status.deadline_passed", "status.too_few_points", "status.no_deadline", "status.keep_within", "status.keep_outside", "status.milestone_done", "status.milestone_overdue", "status.milestone_due"];
    for (const key of keys) {
      for (const locale of ["fr-BE", "de-BE"] as const) {
        const s = sentenceFor(key, p, locale);
        expect(s, `${key} ${locale}`).not.toBe(key);
        expect(s).not.toBe(sentenceFor(key, p, "nl-BE"));
        expect(s).toMatch(/\.$/);
      }
    }
    expect(sentenceFor("status.pace", p, "fr-BE")).toBe(`À ce rythme, 1${NNBSP}200 sur 2${NNBSP}500 d'ici le 31/12/2030. Point de départ : la première mesure (30/06/2026), car la date de référence manque.`);
    expect(sentenceFor("status.milestone_due", p, "de-BE")).toBe("Meilenstein noch nicht erreicht; noch 3 Tage bis zur Frist am 31.12.2030.");
    expect(sentenceFor("status.deadline_passed", p, "de-BE")).toBe("Ziel 2.500 bis 31.12.2030 verfehlt: letzter Wert 784 (30.06.2027).");
  });
});
