/** Locale-aware formatting: nl-BE writes 2.500, € 4 mln and 31-12-2030. */
export type AppLocale = "nl-BE" | "en";

export function formatNumber(value: number | null | undefined, locale: AppLocale, maxFractionDigits = 1): string {
  if (value === null || value === undefined || Number.isNaN(value)) return "—";
  return new Intl.NumberFormat(locale === "en" ? "en-GB" : "nl-BE", { maximumFractionDigits: maxFractionDigits }).format(value);
}

/** Dates as dd-mm-yyyy in Dutch, d Mon yyyy in English. Input is an ISO date (yyyy-mm-dd). */
export function formatDate(iso: string | null | undefined, locale: AppLocale): string {
  if (!iso) return "—";
  const [y, m, d] = iso.slice(0, 10).split("-");
  if (locale === "nl-BE") return `${d}-${m}-${y}`;
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
}

export function formatDateTime(iso: string | null | undefined, locale: AppLocale): string {
  if (!iso) return "—";
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "nl-BE", { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Brussels" }).format(new Date(iso));
}

/** Money in euro; large amounts abbreviated (€ 4 mln / €4m, € 1,5 mld / €1.5bn). */
export function formatEuro(value: number | null | undefined, locale: AppLocale): string {
  if (value === null || value === undefined || Number.isNaN(value)) return "—";
  const abs = Math.abs(value);
  if (locale === "nl-BE") {
    if (abs >= 1e9) return `€ ${formatNumber(value / 1e9, locale, 2)} mld`;
    if (abs >= 1e6) return `€ ${formatNumber(value / 1e6, locale, 1)} mln`;
    return new Intl.NumberFormat("nl-BE", { style: "currency", currency: "EUR", maximumFractionDigits: 0 }).format(value);
  }
  if (abs >= 1e9) return `€${formatNumber(value / 1e9, locale, 2)}bn`;
  if (abs >= 1e6) return `€${formatNumber(value / 1e6, locale, 1)}m`;
  return new Intl.NumberFormat("en-GB", { style: "currency", currency: "EUR", maximumFractionDigits: 0 }).format(value);
}
