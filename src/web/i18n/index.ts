import i18next, { type Resource } from "i18next";
import { initReactI18next } from "react-i18next";
import { APP_LOCALES, toAppLocale, type AppLocale } from "./format";

/**
 * Every string comes from a catalogue. Each feature keeps its own catalogue
 * (features/<module>/i18n.ts exporting { "nl-BE": {...}, en: {...}, "fr-BE"?: {...}, "de-BE"?: {...} })
 * under its own namespace; register it in catalogues below.
 *
 * Dutch and English cover every key. French and German cover the keys of the public pages
 * (public dashboard and indicators, grant calls and awarded aid, the business-space catalogue and map,
 * the public layout and sign-in); a key they lack falls back to nl-BE (parity tests: src/web/i18n/public-keys.test.ts).
 */
export type Catalogue = { "nl-BE": Record<string, unknown>; en: Record<string, unknown>; "fr-BE"?: Record<string, unknown>; "de-BE"?: Record<string, unknown> };

export type { AppLocale };

const catalogues: Record<string, Catalogue> = {};

export function registerCatalogue(namespace: string, catalogue: Catalogue): void {
  catalogues[namespace] = catalogue;
  for (const lng of APP_LOCALES) {
    const bundle = catalogue[lng];
    if (bundle) i18next.addResourceBundle?.(lng, namespace, bundle, true, true);
  }
}

export function initI18n(extra: Record<string, Catalogue> = {}): typeof i18next {
  Object.assign(catalogues, extra);
  const resources: Resource = { "nl-BE": {}, en: {}, "fr-BE": {}, "de-BE": {} };
  for (const [ns, c] of Object.entries(catalogues)) {
    for (const lng of APP_LOCALES) {
      const bundle = c[lng];
      if (bundle) resources[lng]![ns] = bundle as never;
    }
  }
  const saved = typeof localStorage !== "undefined" ? localStorage.getItem("koers.locale") : null;
  void i18next.use(initReactI18next).init({
    resources,
    lng: toAppLocale(saved),
    supportedLngs: [...APP_LOCALES],
    fallbackLng: "nl-BE",
    defaultNS: "common",
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}

export function setLocale(lng: AppLocale): void {
  void i18next.changeLanguage(lng);
  if (typeof localStorage !== "undefined") localStorage.setItem("koers.locale", lng);
  if (typeof document !== "undefined") document.documentElement.lang = lng;
}
