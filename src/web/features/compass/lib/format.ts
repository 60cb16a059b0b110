import { useTranslation } from "react-i18next";
import type { TFunction } from "i18next";
import type { GoalView, IndicatorSummary, Status, Unit } from "../../../../contracts/compass";
import { formatDate, formatEuro, formatNumber, toAppLocale, type AppLocale } from "../../../i18n/format";

export const NS = "compass";

/** The UI locale as the formatting helpers know it. */
export function useLocale(): AppLocale {
  const { i18n } = useTranslation(NS);
  return toAppLocale(i18n.language);
}

/** The compass translation function plus the locale, the pair almost every screen needs. */
export function useCompassT(): { t: TFunction<"compass">; locale: AppLocale } {
  const { t, i18n } = useTranslation(NS);
  return { t, locale: toAppLocale(i18n.language) };
}

/** A number in its unit: "2.500 banen", "80 %", "€ 4 mln", "200 ha". */
export function formatValue(value: number | null | undefined, unit: Unit, locale: AppLocale, t: TFunction<"compass">): string {
  if (value === null || value === undefined) return "—";
  if (unit === "eur") return formatEuro(value, locale);
  if (unit === "percent") return locale === "en" ? `${formatNumber(value, locale)}%` : `${formatNumber(value, locale)} %`;
  if (unit === "milestone") return value >= 1 ? t("unit.milestoneReached") : t("unit.milestoneOpen");
  if (unit === "count") return formatNumber(value, locale);
  const label = t(`unitLabel.${unit}`, { count: Math.abs(value) === 1 ? 1 : 2 });
  return `${formatNumber(value, locale)} ${label}`;
}

/** A bare number for axes and tables (the unit is named in the header). */
export function formatPlain(value: number | null | undefined, unit: Unit, locale: AppLocale): string {
  if (value === null || value === undefined) return "—";
  if (unit === "eur") return formatEuro(value, locale);
  return formatNumber(value, locale, unit === "percent" ? 2 : 1);
}

type Target = Pick<IndicatorSummary, "targetValue" | "targetValueHigh" | "targetDate" | "unit" | "direction">;

/** "2.500 banen" or "5.021 – 12.142 jobjaren"; null when the indicator has no target. */
export function formatTarget(ind: Target, locale: AppLocale, t: TFunction<"compass">): string | null {
  if (ind.targetValue === null && ind.targetValueHigh === null) return null;
  if (ind.unit === "milestone") return t("target.milestone");
  if (ind.targetValue !== null && ind.targetValueHigh !== null && ind.targetValueHigh !== ind.targetValue) {
    return t("target.range", { low: formatPlain(ind.targetValue, ind.unit, locale), high: formatValue(ind.targetValueHigh, ind.unit, locale, t) });
  }
  const v = formatValue(ind.targetValue ?? ind.targetValueHigh, ind.unit, locale, t);
  if (ind.direction === "lower") return t("target.atMost", { value: v });
  if (ind.direction === "raise") return t("target.atLeast", { value: v });
  return v;
}

/** "tegen 31-12-2030" or "zonder deadline". */
export function deadlineText(ind: Pick<IndicatorSummary, "targetDate">, locale: AppLocale, t: TFunction<"compass">): string {
  return ind.targetDate ? t("target.by", { date: formatDate(ind.targetDate, locale) }) : t("target.noDeadline");
}

/** "Doel: 2.500 banen tegen 31-12-2030", or the parts that exist. */
export function targetSentence(ind: Target, locale: AppLocale, t: TFunction<"compass">): string {
  const target = formatTarget(ind, locale, t);
  if (!target) return t("target.none");
  return ind.targetDate ? t("target.withDeadline", { target, date: formatDate(ind.targetDate, locale) }) : t("target.withoutDeadline", { target });
}

export function indicatorName(ind: { nameNl: string; nameEn: string }, locale: AppLocale): string {
  return locale === "en" ? ind.nameEn || ind.nameNl : ind.nameNl;
}

export function goalTitle(goal: Pick<GoalView, "titleNl" | "titleEn">, locale: AppLocale): string {
  return locale === "en" ? goal.titleEn || goal.titleNl : goal.titleNl;
}

export function goalSummary(goal: Pick<GoalView, "summaryNl" | "summaryEn">, locale: AppLocale): string {
  return locale === "en" ? goal.summaryEn || goal.summaryNl : goal.summaryNl;
}

export const STATUSES: readonly Status[] = ["on_track", "at_risk", "off_track", "achieved", "monitored", "no_data"];
export const UNITS: readonly Unit[] = ["count", "jobs", "job_years", "ha", "percent", "eur", "projects", "companies", "milestone"];
