import type { GoalView, IndicatorSummary, MeasurementView, MetricView } from "../../../contracts/compass.js";
import type { MetricDefinition } from "../../platform/metrics.js";
import type { GoalRow, IndicatorWithGoal, MeasurementWithAuthor } from "./repo.js";
import type { Point, StatusResult } from "./status.js";

/** Rows → response shapes. Never return table rows. */

export function presentGoal(g: GoalRow): GoalView {
  return {
    id: g.id,
    kind: g.kind as GoalView["kind"],
    code: g.code,
    parentId: g.parentId,
    titleNl: g.titleNl,
    titleEn: g.titleEn,
    summaryNl: g.summaryNl,
    summaryEn: g.summaryEn,
    owner: g.owner,
    section: g.section,
    position: g.position,
    version: g.version,
  };
}

const SPARKLINE = 12;

/** series: the whole series (the sparkline is its tail) or the sparkline itself. */
export function presentSummary(ind: IndicatorWithGoal, series: Point[], status: StatusResult): IndicatorSummary {
  return {
    id: ind.id,
    code: ind.code,
    goalId: ind.goalId,
    goalCode: ind.goalCode,
    nameNl: ind.nameNl,
    nameEn: ind.nameEn,
    unit: ind.unit as IndicatorSummary["unit"],
    direction: ind.direction as IndicatorSummary["direction"],
    kind: ind.kind as IndicatorSummary["kind"],
    metricKey: ind.metricKey,
    baselineValue: ind.baselineValue,
    baselineDate: ind.baselineDate,
    targetValue: ind.targetValue,
    targetValueHigh: ind.targetValueHigh,
    targetDate: ind.targetDate,
    published: ind.published,
    perMunicipality: ind.perMunicipality,
    status: {
      status: status.status,
      current: status.current,
      currentDate: status.currentDate,
      projected: status.projected,
      ratio: status.ratio,
      explanation: status.explanation,
      sentence: status.sentence,
    },
    sparkline: series.slice(-SPARKLINE).map((p) => ({ date: p.date, value: p.value })),
  };
}

/** A measurement for the back office; the public never sees who entered a value (see public presenters). */
export function presentMeasurement(m: MeasurementWithAuthor): MeasurementView {
  return {
    id: m.id,
    periodDate: m.periodDate,
    municipalityNis: m.municipalityNis,
    value: m.value,
    source: m.source,
    note: m.note,
    origin: m.origin as MeasurementView["origin"],
    enteredBy: m.enteredBy ? (m.enteredByName ?? null) : null,
    enteredAt: m.enteredAt.toISOString(),
    supersededAt: m.supersededAt ? m.supersededAt.toISOString() : null,
    supersededBy: m.supersededBy,
  };
}

export function presentMetric(d: MetricDefinition): MetricView {
  return { key: d.key, labelNl: d.labelNl, labelEn: d.labelEn, unit: d.unit, module: d.module, perMunicipality: d.perMunicipality };
}
