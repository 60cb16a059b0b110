/**
 * Locale-aware formatting: nl-BE writes 2.500, € 4 mln and 31-12-2030; fr-BE 2 500 (narrow no-break
 * space), 4 M€ and 31/12/2030; de-BE 2.500, 4 Mio. € and 31.12.2030; English 2,500, €4m and 31 Dec 2030.
 */
export type AppLocale = "nl-BE" | "en" | "fr-BE" | "de-BE";

/** Every language of the product, Dutch first. */
export const APP_LOCALES: readonly AppLocale[] = ["nl-BE", "en", "fr-BE", "de-BE"];

/** An i18next language ("fr", "fr-BE", "en-GB" …) as the AppLocale the formatters know; nl-BE otherwise. */
export function toAppLocale(language: string | null | undefined): AppLocale {
  const l = (language ?? "").toLowerCase();
  if (l.startsWith("en")) return "en";
  if (l.startsWith("fr")) return "fr-BE";
  if (l.startsWith("de")) return "de-BE";
  return "nl-BE";
}

/** The BCP 47 tag handed to Intl (English is British English). */
export function intlTag(locale: AppLocale): string {
  return locale === "en" ? "en-GB" : locale;
}

export function formatNumber(value: number | null | undefined, locale: AppLocale, maxFractionDigits = 1): string {
  if (value === null || value === undefined || Number.isNaN(value)) return "—";
  return new Intl.NumberFormat(intlTag(locale), { maximumFractionDigits: maxFractionDigits }).format(value);
}

/** Dates as dd-mm-yyyy in Dutch, dd/mm/yyyy in French, dd.mm.yyyy in German, d Mon yyyy in English. Input is an ISO date (yyyy-mm-dd). */
export function formatDate(iso: string | null | undefined, locale: AppLocale): string {
  if (!iso) return "—";
  const [y, m, d] = iso.slice(0, 10).split("-");
  if (locale === "nl-BE") return `${d}-${m}-${y}`;
  if (locale === "fr-BE") return `${d}/${m}/${y}`;
  if (locale === "de-BE") return `${d}.${m}.${y}`;
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
}

export function formatDateTime(iso: string | null | undefined, locale: AppLocale): string {
  if (!iso) return "—";
  return new Intl.DateTimeFormat(intlTag(locale), { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Brussels" }).format(new Date(iso));
}

/** Money in euro; large amounts abbreviated (€ 4 mln / €4m / 4 M€ / 4 Mio. €, € 1,5 mld / €1.5bn / 1,5 Md€ / 1,5 Mrd. €). */
export function formatEuro(value: number | null | undefined, locale: AppLocale): string {
  if (value === null || value === undefined || Number.isNaN(value)) return "—";
  const abs = Math.abs(value);
  if (locale === "nl-BE") {
    if (abs >= 1e9) return `€ ${formatNumber(value / 1e9, locale, 2)} mld`;
    if (abs >= 1e6) return `€ ${formatNumber(value / 1e6, locale, 1)} mln`;
  } else if (locale === "fr-BE") {
    if (abs >= 1e9) return `${formatNumber(value / 1e9, locale, 2)}\u00a0Md€`;
    if (abs >= 1e6) return `${formatNumber(value / 1e6, locale, 1)}\u00a0M€`;
  } else if (locale === "de-BE") {
    if (abs >= 1e9) return `${formatNumber(value / 1e9, locale, 2)}\u00a0Mrd.\u00a0€`;
    if (abs >= 1e6) return `${formatNumber(value / 1e6, locale, 1)}\u00a0Mio.\u00a0€`;
  } else {
    if (abs >= 1e9) return `€${formatNumber(value / 1e9, locale, 2)}bn`;
    if (abs >= 1e6) return `€${formatNumber(value / 1e6, locale, 1)}m`;
  }
  return new Intl.NumberFormat(intlTag(locale), { style: "currency", currency: "EUR", maximumFractionDigits: 0 }).format(value);
}
