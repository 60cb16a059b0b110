import { useTranslation } from "react-i18next";
import type { TFunction } from "i18next";
import type { AppLocale } from "../../../i18n/format";

export const NS = "support";

/** The support screens' translation function plus the locale. */
export function useSupT(): { t: TFunction<"support">; locale: AppLocale } {
  const { t, i18n } = useTranslation(NS);
  return { t, locale: i18n.language === "en" ? "en" : "nl-BE" };
}

/** A programme's or stage's name in the UI language. */
export function localName(x: { nameNl: string; nameEn: string } | null | undefined, locale: AppLocale): string {
  if (!x) return "";
  return locale === "en" ? x.nameEn || x.nameNl : x.nameNl;
}

/** Today in Brussels as yyyy-mm-dd (the day the server counts in). */
export function todayIso(now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Brussels", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/** Whole days from one ISO date to another (0 on the same day). */
export function daysBetween(from: string, to: string): number {
  const ms = Date.parse(`${to.slice(0, 10)}T00:00:00Z`) - Date.parse(`${from.slice(0, 10)}T00:00:00Z`);
  return Math.max(0, Math.round(ms / 86_400_000));
}
