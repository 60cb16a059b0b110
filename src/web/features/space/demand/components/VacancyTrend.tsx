/** The vacancy rate of a core over 24 month ends and today (ECharts line, with a text summary and a table view). */
import { useId, useMemo } from "react";
import type { AppLocale } from "../../../../i18n/format";
import type { VacancyPoint } from "../../../../../contracts/space-demand";
import { formatDate, formatNumber } from "../../../../i18n/format";
import { useECharts, chartColours, type ChartOption } from "../../../compass/components/echarts";
import { useDemandT } from "../i18n";

const pct = (rate: number | null, locale: AppLocale) => (rate === null ? "—" : `${formatNumber(rate * 100, locale, 1)} %`);

export function VacancyTrend({ trend }: { trend: VacancyPoint[] }) {
  const { t, locale } = useDemandT();
  const titleId = useId();
  const known = useMemo(() => trend.filter((p) => p.rate !== null), [trend]);
  const option = useMemo<ChartOption>(
    () => ({
      animation: false,
      grid: { left: 16, right: 24, top: 24, bottom: 32, containLabel: true },
      tooltip: { trigger: "axis", valueFormatter: (v) => (typeof v === "number" ? `${formatNumber(v, locale, 1)} %` : String(v ?? "")) },
      xAxis: { type: "time", axisLabel: { hideOverlap: true, formatter: (v: number) => formatDate(new Date(v).toISOString().slice(0, 10), locale) } },
      yAxis: { type: "value", min: 0, axisLabel: { formatter: (v: number) => `${formatNumber(v, locale, 0)} %` } },
      series: [
        {
          name: t("retail.rate"),
          type: "line",
          data: known.map((p) => [p.date, Math.round((p.rate ?? 0) * 1000) / 10]),
          symbol: "circle",
          symbolSize: 6,
          lineStyle: { width: 3, color: chartColours.measured },
          itemStyle: { color: chartColours.measured },
        },
      ],
    }),
    [known, locale, t],
  );
  const ref = useECharts(option);
  const first = known[0];
  const last = known[known.length - 1];
  const summary = first && last ? t("retail.trendSummary", { from: pct(first.rate, locale), fromDate: formatDate(first.date, locale), to: pct(last.rate, locale), toDate: formatDate(last.date, locale) }) : "";
  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId}>{t("retail.trend")}</h2>
      <p>{summary}</p>
      <div ref={ref} className="retail-trend__chart" role="img" aria-label={summary} style={{ height: 260 }} />
      <details>
        <summary>{t("retail.trendTable")}</summary>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t("retail.month")}</th>
              <th scope="col" className="num">{t("retail.premises")}</th>
              <th scope="col" className="num">{t("retail.vacant")}</th>
              <th scope="col" className="num">{t("retail.rate")}</th>
            </tr>
          </thead>
          <tbody>
            {trend.map((p) => (
              <tr key={p.date}>
                <th scope="row">{formatDate(p.date, locale)}</th>
                <td className="num">{formatNumber(p.premises, locale)}</td>
                <td className="num">{formatNumber(p.vacant, locale)}</td>
                <td className="num">{pct(p.rate, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
