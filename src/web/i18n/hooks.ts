/**
 * React hooks around the locale: the current AppLocale and formatters bound to it.
 * `useFormat()` is the one place screens get dates and numbers from (see format.ts).
 */
import { useTranslation } from "react-i18next";
import { formatDate, formatDateTime, formatEuro, formatNumber, toAppLocale, type AppLocale } from "./format";

/** The UI locale as the formatting helpers know it (nl-BE, en, fr-BE or de-BE). */
export function useLocale(): AppLocale {
  const { i18n } = useTranslation();
  return toAppLocale(i18n.language);
}

export interface BoundFormat {
  locale: AppLocale;
  number: (value: number | null | undefined, maxFractionDigits?: number) => string;
  date: (iso: string | null | undefined) => string;
  dateTime: (iso: string | null | undefined) => string;
  euro: (value: number | null | undefined) => string;
}

/** Formatters bound to the current locale: `const f = useFormat(); f.date(row.at)`. */
export function useFormat(): BoundFormat {
  const locale = useLocale();
  return {
    locale,
    number: (v, d) => formatNumber(v, locale, d),
    date: (v) => formatDate(v, locale),
    dateTime: (v) => formatDateTime(v, locale),
    euro: (v) => formatEuro(v, locale),
  };
}
