import i18next, { type TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { ErrorDetail } from "../../../../contracts/errors";
import type { FormDefinition, Reason } from "../../../../contracts/grants";
import { translateDetail } from "../../../i18n/errors";
import { formatEuro, formatNumber, intlTag, toAppLocale, type AppLocale } from "../../../i18n/format";

export const NS = "grants";

/** The grants screens' translation function plus the locale. */
export function useGrT(): { t: TFunction<"grants">; locale: AppLocale } {
  const { t, i18n } = useTranslation(NS);
  return { t, locale: toAppLocale(i18n.language) };
}

export function localName(x: { nameNl: string; nameEn: string } | null | undefined, locale: AppLocale): string {
  if (!x) return "";
  return locale === "en" ? x.nameEn || x.nameNl : x.nameNl;
}
export function localDescription(x: { descriptionNl: string; descriptionEn: string }, locale: AppLocale): string {
  return locale === "en" ? x.descriptionEn || x.descriptionNl : x.descriptionNl;
}
export function localText(x: { nl: string; en: string } | undefined, locale: AppLocale): string {
  if (!x) return "";
  return locale === "en" ? x.en || x.nl : x.nl;
}

/** Euro cents as money in the locale (exact below a million). */
export function euroCents(cents: number | null | undefined, locale: AppLocale): string {
  if (cents === null || cents === undefined) return "—";
  const euros = cents / 100;
  if (Math.abs(euros) >= 1e6) return formatEuro(euros, locale);
  return new Intl.NumberFormat(intlTag(locale), { style: "currency", currency: "EUR", maximumFractionDigits: Number.isInteger(euros) ? 0 : 2 }).format(euros);
}

/** A Brussels wall-clock moment ("2026-03-01T09:00") as a readable date and time. */
export function localMoment(local: string, locale: AppLocale): string {
  const [date, time] = local.split("T");
  const [y, m, d] = date.split("-").map(Number);
  const day = new Intl.DateTimeFormat(intlTag(locale), { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(y, m - 1, d)));
  return `${day} ${time?.slice(0, 5) ?? ""}`.trim();
}

export function bytes(n: number, locale: AppLocale): string {
  const mb = n / (1024 * 1024);
  return mb >= 1 ? `${formatNumber(mb, locale, 1)} MB` : `${Math.max(1, Math.round(n / 1024))} kB`;
}

/** A field's label by key (for form reasons), in the locale. */
export function fieldLabel(form: FormDefinition | undefined, key: string, locale: AppLocale): string {
  const plain = key.replace(/^answers\./, "").split(".")[0];
  const field = form?.sections.flatMap((s) => s.fields).find((f) => f.key === plain);
  return field ? localText(field.label, locale) : plain;
}

/** One "still needed" reason in the user's language; the server's sentence is the fallback. */
export function missingText(r: Reason, form: FormDefinition | undefined, locale: AppLocale): string {
  const t = (k: string, o?: Record<string, unknown>) => i18next.t(k, { ns: NS, ...o }) as unknown as string;
  if (r.code.startsWith("form.")) {
    const label = fieldLabel(form, String(r.params.field ?? ""), locale);
    return r.code === "form.required" ? t("missing.form.required", { label }) : `${t("missing.form.invalid", { label })} ${r.message}`;
  }
  const key = `${NS}:missing.${r.code}`;
  if (!i18next.exists(key)) return r.message;
  const params: Record<string, unknown> = { ...r.params };
  if (typeof r.params.maxAmountCents === "number") params.max = euroCents(r.params.maxAmountCents, locale);
  return t(`missing.${r.code}`, params);
}

/** A server detail of this module in the user's language (the common catalogue for the generic codes). */
export function detailText(d: ErrorDetail): string {
  const key = `${NS}:detail.${d.code}`;
  if (i18next.exists(key)) return i18next.t(key) as unknown as string;
  const missing = `${NS}:missing.${d.code}`;
  if (i18next.exists(missing)) return i18next.t(missing, { name: "", needed: "", confirmed: "", label: d.path }) as unknown as string;
  return translateDetail(d);
}
