import i18next from "i18next";
import { useTranslation } from "react-i18next";
import type { TFunction } from "i18next";
import type { ErrorDetail } from "../../../../contracts/errors";
import { translateDetail } from "../../../i18n/errors";
import { toAppLocale, type AppLocale } from "../../../i18n/format";
import { de } from "./catalogue/de";
import { en } from "./catalogue/en";
import { fr } from "./catalogue/fr";
import { nl } from "./catalogue/nl";

/**
 * Strings of the business space screens: parks, parcels, premises, brownfields, map, import (namespace "spaceSupply").
 * French and German cover the public catalogue and map.
 */
export const spaceSupplyCatalogue = { "nl-BE": nl, en, "fr-BE": fr, "de-BE": de };
export const NS = "spaceSupply";

export function useSupplyT(): { t: TFunction<"spaceSupply">; locale: AppLocale } {
  const { t, i18n } = useTranslation(NS);
  return { t, locale: toAppLocale(i18n.language) };
}

/** A server detail code in the user's language: the space codes from this catalogue, the rest as everywhere. */
export function supplyDetail(d: Pick<ErrorDetail, "code" | "message"> & { path?: string }): string {
  const key = `spaceSupply:details.${d.code}`;
  return i18next.exists(key) ? i18next.t(key) : translateDetail({ path: d.path ?? "", code: d.code, message: d.message });
}
