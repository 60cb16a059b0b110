import { useMemo } from "react";
import type { Unit } from "../../../../contracts/compass";
import { formatDate } from "../../../i18n/format";
import { formatValue, useCompassT } from "../lib/format";
import { chartColours, useECharts, type ChartOption } from "./echarts";

type Point = { date: string; value: number };

/** A small trend line. Its text alternative names the first and last value, so the card reads without it. */
export function Sparkline(props: { points: Point[]; unit: Unit; width?: number; height?: number }) {
  const { t } = useCompassT();
  if (props.points.length === 0) return <span className="compass-sparkline compass-sparkline--empty">{t("chart.noSeries")}</span>;
  return <SparklineChart {...props} />;
}

function SparklineChart({ points, unit, width = 140, height = 40 }: { points: Point[]; unit: Unit; width?: number; height?: number }) {
  const { t, locale } = useCompassT();
  const option = useMemo<ChartOption>(
    () => ({
      animation: false,
      grid: { left: 2, right: 2, top: 4, bottom: 4 },
      xAxis: { type: "time", show: false },
      yAxis: { type: "value", show: false, scale: true },
      series: [
        {
          type: "line",
          data: points.map((p) => [p.date, p.value]),
          showSymbol: points.length === 1,
          symbolSize: 4,
          lineStyle: { width: 2, color: chartColours.measured },
          itemStyle: { color: chartColours.measured },
          areaStyle: { color: "rgba(29,79,145,0.12)" },
          silent: true,
        },
      ],
    }),
    [points],
  );
  const ref = useECharts(option);
  const first = points[0];
  const last = points[points.length - 1];
  const label = t("chart.sparklineLabel", {
    count: points.length,
    from: formatDate(first.date, locale),
    fromValue: formatValue(first.value, unit, locale, t),
    to: formatDate(last.date, locale),
    toValue: formatValue(last.value, unit, locale, t),
  });
  return <div ref={ref} className="compass-sparkline" role="img" aria-label={label} style={{ width, height }} />;
}
