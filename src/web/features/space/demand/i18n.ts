import { en } from "./catalogue/en";
import { nl } from "./catalogue/nl";
import { useTranslation } from "react-i18next";
import type { TFunction } from "i18next";
import type { AppLocale } from "../../../i18n/format";

/** Strings of the space demand and retail core screens (namespace "spaceDemand"). */
export const spaceDemandCatalogue = { "nl-BE": nl, en };

export const NS = "spaceDemand";

export function useDemandT(): { t: TFunction<"spaceDemand">; locale: AppLocale } {
  const { t, i18n } = useTranslation(NS);
  return { t, locale: i18n.language === "en" ? "en" : "nl-BE" };
}
