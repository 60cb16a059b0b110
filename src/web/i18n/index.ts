import i18next, { type Resource } from "i18next";
import { initReactI18next } from "react-i18next";

/**
 * Every string comes from a catalogue. Each feature keeps its own catalogue
 * (features/<module>/i18n.ts exporting { "nl-BE": {...}, en: {...} }) under its own namespace;
 * register it in catalogues below.
 */
export type Catalogue = { "nl-BE": Record<string, unknown>; en: Record<string, unknown> };

const catalogues: Record<string, Catalogue> = {};

export function registerCatalogue(namespace: string, catalogue: Catalogue): void {
  catalogues[namespace] = catalogue;
  for (const lng of ["nl-BE", "en"] as const) i18next.addResourceBundle?.(lng, namespace, catalogue[lng], true, true);
}

export function initI18n(extra: Record<string, Catalogue> = {}): typeof i18next {
  Object.assign(catalogues, extra);
  const resources: Resource = { "nl-BE": {}, en: {} };
  for (const [ns, c] of Object.entries(catalogues)) {
    resources["nl-BE"][ns] = c["nl-BE"] as never;
    resources.en[ns] = c.en as never;
  }
  const saved = typeof localStorage !== "undefined" ? localStorage.getItem("koers.locale") : null;
  void i18next.use(initReactI18next).init({
    resources,
    lng: saved === "en" ? "en" : "nl-BE",
    fallbackLng: "nl-BE",
    defaultNS: "common",
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}

export function setLocale(lng: "nl-BE" | "en"): void {
  void i18next.changeLanguage(lng);
  if (typeof localStorage !== "undefined") localStorage.setItem("koers.locale", lng);
  if (typeof document !== "undefined") document.documentElement.lang = lng;
}
