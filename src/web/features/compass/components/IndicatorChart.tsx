import { useId, useMemo } from "react";
import type { AppLocale } from "../../../i18n/format";
import type { IndicatorDetail } from "../../../../contracts/compass";
import { formatDate } from "../../../i18n/format";
import { formatPlain, formatTarget, formatValue, indicatorName, useCompassT } from "../lib/format";
import { chartColours, useECharts, type ChartOption } from "./echarts";
import { interpolate, niceScale } from "../lib/scale";

/** The page's font, named explicitly so that ECharts measures labels with the font it draws them in. */
const CHART_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

type ChartInput = Pick<
  IndicatorDetail,
  "nameNl" | "nameEn" | "unit" | "direction" | "series" | "trajectory" | "targetValue" | "targetValueHigh" | "targetDate" | "baselineValue" | "baselineDate" | "status"
>;

/**
 * The indicator over time: measurements, target (line, or band for a range) with a marker at the deadline,
 * the required trajectory (dotted) and the projection (dashed). A text summary is the chart's accessible name,
 * and the table below carries the same figures ("Tabelweergave").
 */
export function IndicatorChart({ indicator, headingLevel = 2 }: { indicator: ChartInput; headingLevel?: 2 | 3 }) {
  const { t, locale } = useCompassT();
  const titleId = useId();
  const captionId = useId();
  const ind = indicator;
  const fmt = (v: number) => (ind.unit === "milestone" ? formatValue(v, ind.unit, locale, t) : formatPlain(v, ind.unit, locale));
  const hasRange = ind.targetValue !== null && ind.targetValueHigh !== null && ind.targetValueHigh !== ind.targetValue;
  const targetY = ind.targetValue ?? ind.targetValueHigh;

  const option = useMemo<ChartOption>(() => {
    const L = {
      measured: t("chart.measured"),
      required: t("chart.required"),
      projection: t("chart.projection"),
      target: t("chart.target"),
    };
    const series: ChartOption["series"] = [
      {
        name: L.measured,
        type: "line",
        data: ind.series.map((p) => [p.date, p.value]),
        symbol: "circle",
        symbolSize: 7,
        lineStyle: { width: 3, color: chartColours.measured },
        itemStyle: { color: chartColours.measured },
        z: 5,
      },
    ];
    if (ind.trajectory.required.length) {
      series.push({
        name: L.required,
        type: "line",
        data: ind.trajectory.required.map((p) => [p.date, p.value]),
        symbol: "none",
        lineStyle: { width: 2, type: "dotted", color: chartColours.required },
        itemStyle: { color: chartColours.required },
      });
    }
    if (ind.trajectory.projection.length) {
      series.push({
        name: L.projection,
        type: "line",
        data: ind.trajectory.projection.map((p) => [p.date, p.value]),
        symbol: "none",
        lineStyle: { width: 2, type: "dashed", color: chartColours.projection },
        itemStyle: { color: chartColours.projection },
      });
    }
    if (targetY !== null) {
      series.push({
        name: L.target,
        type: "scatter",
        data: ind.targetDate ? [[ind.targetDate, hasRange ? ind.targetValueHigh! : targetY]] : [],
        symbol: "diamond",
        symbolSize: 14,
        itemStyle: { color: chartColours.target },
        markLine: {
          silent: true,
          symbol: "none",
          label: { formatter: (p: { name?: string }) => p.name ?? "", color: "#1a1a1a", fontFamily: CHART_FONT },
          data: [
            ...(hasRange ? [] : [{ yAxis: targetY, name: t("chart.targetLine", { value: fmt(targetY) }), label: { position: "insideStartTop" as const }, lineStyle: { color: chartColours.target, type: "solid" as const, width: 2 } }]),
            ...(ind.targetDate
              ? [{ xAxis: ind.targetDate, name: t("chart.deadline", { date: formatDate(ind.targetDate, locale) }), label: { position: "insideEndBottom" as const }, lineStyle: { color: chartColours.deadline, type: "dashed" as const, width: 1 } }]
              : []),
          ],
        },
        markArea: hasRange
          ? { silent: true, itemStyle: { color: "rgba(30,107,48,0.14)" }, label: { color: "#1a1a1a" }, data: [[{ yAxis: ind.targetValue!, name: t("chart.targetBand") }, { yAxis: ind.targetValueHigh! }]] }
          : undefined,
      });
    }
    const dates = [...ind.series, ...ind.trajectory.required, ...ind.trajectory.projection].map((p) => Date.parse(p.date));
    if (ind.targetDate) dates.push(Date.parse(ind.targetDate));
    const spanYears = dates.length ? (Math.max(...dates) - Math.min(...dates)) / (365.25 * 864e5) : 0;
    const values = [...ind.series, ...ind.trajectory.required, ...ind.trajectory.projection].map((p) => p.value);
    if (targetY !== null) values.push(targetY);
    if (hasRange) values.push(ind.targetValueHigh!);
    const lo = values.length ? Math.min(...values) : 0;
    const hi = values.length ? Math.max(...values) : 1;
    const { min: yMin, max: yMax, step: yStep } = ind.unit === "milestone" ? { min: 0, max: 1, step: 1 } : niceScale(lo, hi);
    const dateLabel = (v: number) => {
      const d = new Date(v);
      if (spanYears >= 2 || (d.getUTCMonth() === 0 && d.getUTCDate() === 1)) return String(d.getUTCFullYear());
      return locale === "en"
        ? new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" }).format(d)
        : `${String(d.getUTCMonth() + 1).padStart(2, "0")}-${d.getUTCFullYear()}`;
    };
    return {
      animation: false,
      textStyle: { fontFamily: CHART_FONT, color: "#1a1a1a" },
      grid: { left: 16, right: 24, top: 24, bottom: 32, containLabel: true },
      legend: { show: false },
      tooltip: { trigger: "axis", valueFormatter: (v) => (typeof v === "number" ? fmt(v) : String(v ?? "")) },
      xAxis: {
        type: "time",
        minInterval: spanYears >= 2 ? 365 * 864e5 : 28 * 864e5,
        axisLabel: { color: "#333", fontFamily: CHART_FONT, hideOverlap: true, formatter: dateLabel },
      },
      yAxis: {
        type: "value",
        min: yMin,
        max: yMax,
        interval: yStep,
        axisLabel: { color: "#333", fontFamily: CHART_FONT, formatter: (v: number) => fmt(v) },
      },
      series,
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ind, locale, t]);
  const ref = useECharts(option);
  const summary = chartSummary(ind, locale, t);
  const drawable = ind.series.length + ind.trajectory.required.length + ind.trajectory.projection.length > 0;
  const H = headingLevel === 2 ? "h2" : "h3";
  const Sub = headingLevel === 2 ? "h3" : "h4";

  return (
    <section className="compass-chart" aria-labelledby={titleId}>
      <H id={titleId}>{t("chart.title")}</H>
      <figure className="compass-figure" hidden={!drawable}>
        <ChartLegend indicator={ind} />
        <div ref={ref} className="compass-chart__canvas" role="img" aria-label={t("chart.imgLabel", { name: indicatorName(ind, locale) })} aria-describedby={captionId} />
        <figcaption id={captionId} className="compass-chart__summary">{summary}</figcaption>
      </figure>
      {drawable ? null : <p>{summary}</p>}
      {drawable ? (
        <>
          <Sub>{t("chart.tableTitle")}</Sub>
          <SeriesTable indicator={ind} />
        </>
      ) : null}
    </section>
  );
}

/** The legend as HTML (wraps on narrow screens, read as text): each line with its colour and its dash pattern. */
function ChartLegend({ indicator: ind }: { indicator: ChartInput }) {
  const { t } = useCompassT();
  const hasTarget = ind.targetValue !== null || ind.targetValueHigh !== null;
  const hasRange = ind.targetValue !== null && ind.targetValueHigh !== null && ind.targetValueHigh !== ind.targetValue;
  const line = (colour: string, dash?: string, dot = false) => (
    <svg width="36" height="14" viewBox="0 0 36 14" aria-hidden="true" focusable="false">
      <line x1="2" y1="7" x2="34" y2="7" stroke={colour} strokeWidth={dot ? 3 : 2} strokeDasharray={dash} />
      {dot ? <circle cx="18" cy="7" r="4" fill={colour} /> : null}
    </svg>
  );
  const items = [
    { key: "m", swatch: line(chartColours.measured, undefined, true), label: t("chart.measured"), show: true },
    { key: "r", swatch: line(chartColours.required, "2 3"), label: t("chart.required"), show: ind.trajectory.required.length > 0 },
    { key: "p", swatch: line(chartColours.projection, "7 4"), label: t("chart.projection"), show: ind.trajectory.projection.length > 0 },
    {
      key: "t",
      swatch: hasRange ? (
        <svg width="36" height="14" viewBox="0 0 36 14" aria-hidden="true" focusable="false">
          <rect x="2" y="1" width="32" height="12" fill="rgba(30,107,48,0.14)" stroke={chartColours.target} />
        </svg>
      ) : (
        line(chartColours.target)
      ),
      label: hasRange ? t("chart.targetBand") : t("chart.target"),
      show: hasTarget,
    },
    { key: "d", swatch: line(chartColours.deadline, "4 3"), label: t("chart.deadlineLegend"), show: !!ind.targetDate },
  ];
  return (
    <ul className="compass-legend" aria-label={t("chart.legend")}>
      {items
        .filter((i) => i.show)
        .map((i) => (
          <li key={i.key}>
            {i.swatch}
            {i.label}
          </li>
        ))}
    </ul>
  );
}

/** The chart's figures as a table: every date with the measured value, the required value and the projection. */
function SeriesTable({ indicator: ind }: { indicator: ChartInput }) {
  const { t, locale } = useCompassT();
  const rows = useMemo(() => {
    const map = new Map<string, { measured?: number; required?: number; projection?: number }>();
    const put = (date: string, key: "measured" | "required" | "projection", value: number | undefined) => {
      if (value !== undefined) map.set(date, { ...map.get(date), [key]: value });
    };
    for (const p of ind.series) put(p.date, "measured", p.value);
    for (const p of ind.trajectory.required) put(p.date, "required", p.value);
    for (const p of ind.trajectory.projection) put(p.date, "projection", p.value);
    // The trajectory and the projection are straight lines: give their value on every date of the table.
    for (const date of map.keys()) {
      const row = map.get(date)!;
      if (row.required === undefined) put(date, "required", interpolate(ind.trajectory.required, date));
      if (row.projection === undefined) put(date, "projection", interpolate(ind.trajectory.projection, date));
    }
    return [...map.entries()].sort(([a], [b]) => a.localeCompare(b));
  }, [ind]);
  if (rows.length === 0) return <p>{t("chart.noSeries")}</p>;
  const cell = (v: number | undefined) => (v === undefined ? "—" : ind.unit === "milestone" ? formatValue(v, ind.unit, locale, t) : formatPlain(v, ind.unit, locale));
  return (
    <div className="table-wrap compass-table-wrap" tabIndex={0} role="region" aria-label={t("chart.tableTitle")}>
      <table className="table compass-table">
        <caption className="visually-hidden">{t("chart.tableCaption", { name: indicatorName(ind, locale), unit: t(`unitName.${ind.unit}`) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("chart.date")}</th>
            <th scope="col" className="num">{t("chart.measured")}</th>
            <th scope="col" className="num">{t("chart.required")}</th>
            <th scope="col" className="num">{t("chart.projection")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([date, r]) => (
            <tr key={date}>
              <th scope="row">{formatDate(date, locale)}</th>
              <td className="num">{cell(r.measured)}</td>
              <td className="num">{cell(r.required)}</td>
              <td className="num">{cell(r.projection)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function chartSummary(ind: ChartInput, locale: AppLocale, t: ReturnType<typeof useCompassT>["t"]): string {
  const name = indicatorName(ind, locale);
  const parts: string[] = [];
  if (ind.series.length === 0) parts.push(t("chart.summaryEmpty", { name }));
  else {
    const first = ind.series[0];
    const last = ind.series[ind.series.length - 1];
    parts.push(
      t("chart.summarySeries", {
        name,
        count: ind.series.length,
        from: formatDate(first.date, locale),
        to: formatDate(last.date, locale),
        last: formatValue(last.value, ind.unit, locale, t),
      }),
    );
  }
  const target = formatTarget(ind, locale, t);
  if (target) parts.push(ind.targetDate ? t("chart.summaryTarget", { target, date: formatDate(ind.targetDate, locale) }) : t("chart.summaryTargetNoDate", { target }));
  const proj = ind.trajectory.projection;
  if (proj.length) {
    const end = proj[proj.length - 1];
    parts.push(t("chart.summaryProjection", { value: formatValue(end.value, ind.unit, locale, t), date: formatDate(end.date, locale) }));
  }
  parts.push(t(`status.${ind.status.status}`) + ".");
  return parts.join(" ");
}
