import type { Unit } from "../../../contracts/compass.js";

/**
 * Server-side formatting for the status sentences, with the same rules as the web
 * (src/web/i18n/format.ts): nl-BE writes 2.500, € 4 mln and 31-12-2030; English 2,500, €4m and 31 Dec 2030;
 * fr-BE 2 500 (narrow no-break space), 4 M€ and 31/12/2030; de-BE 2.500, 4 Mio. € and 31.12.2030.
 */
export type CompassLocale = "nl-BE" | "en" | "fr-BE" | "de-BE";

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: CompassLocale, digits: number): Intl.NumberFormat {
  const key = `${locale}:${digits}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale === "en" ? "en-GB" : locale, { maximumFractionDigits: digits });
    numberFormats.set(key, f);
  }
  return f;
}

export function formatNumber(value: number, locale: CompassLocale, maxFractionDigits = 1): string {
  return numberFormat(locale, maxFractionDigits).format(value);
}

const MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** ISO yyyy-mm-dd → 31-12-2030 (nl-BE), 31/12/2030 (fr-BE), 31.12.2030 (de-BE) or 31 Dec 2030 (en). */
export function formatDate(iso: string, locale: CompassLocale): string {
  const [y, m, d] = iso.slice(0, 10).split("-");
  if (locale === "nl-BE") return `${d}-${m}-${y}`;
  if (locale === "fr-BE") return `${d}/${m}/${y}`;
  if (locale === "de-BE") return `${d}.${m}.${y}`;
  return `${Number(d)} ${MONTHS_EN[Number(m) - 1]} ${y}`;
}

/** € 4 mln / €4m, € 1,5 mld / €1.5bn; smaller amounts in full (€ 4.000 / €4,000). */
export function formatEuro(value: number, locale: CompassLocale): string {
  const abs = Math.abs(value);
  if (locale === "nl-BE") {
    if (abs >= 1e9) return `€ ${formatNumber(value / 1e9, locale, 2)} mld`;
    if (abs >= 1e6) return `€ ${formatNumber(value / 1e6, locale, 1)} mln`;
    return `€ ${formatNumber(Math.round(value), locale, 0)}`;
  }
  if (locale === "fr-BE" || locale === "de-BE") {
    const [bn, m] = locale === "fr-BE" ? ["Md€", "M€"] : ["Mrd.\u00a0€", "Mio.\u00a0€"];
    if (abs >= 1e9) return `${formatNumber(value / 1e9, locale, 2)}\u00a0${bn}`;
    if (abs >= 1e6) return `${formatNumber(value / 1e6, locale, 1)}\u00a0${m}`;
    return `${formatNumber(Math.round(value), locale, 0)}\u00a0€`;
  }
  const sign = value < 0 ? "-" : "";
  if (abs >= 1e9) return `${sign}€${formatNumber(abs / 1e9, locale, 2)}bn`;
  if (abs >= 1e6) return `${sign}€${formatNumber(abs / 1e6, locale, 1)}m`;
  return `${sign}€${formatNumber(Math.round(abs), locale, 0)}`;
}

/** Counts (jobs, companies, projects …) are whole; shares and areas keep one decimal. */
export function unitDigits(unit: Unit): number {
  return unit === "percent" || unit === "ha" ? 1 : 0;
}

/** A value as a person reads it in a sentence: 2.500, 80%, 200 ha, € 4 mln. */
export function formatValue(value: number, unit: Unit, locale: CompassLocale): string {
  if (unit === "eur") return formatEuro(value, locale);
  const n = formatNumber(value, locale, unitDigits(unit));
  if (unit === "percent") return locale === "fr-BE" || locale === "de-BE" ? `${n}\u00a0%` : `${n}%`;
  if (unit === "ha") return `${n} ha`;
  return n;
}
