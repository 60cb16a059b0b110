import { useTranslation } from "react-i18next";
import type { TFunction } from "i18next";
import type { AppLocale } from "../../../i18n/format";

export const NS = "organisations";

/** The registry's translation function plus the locale. */
export function useOrgT(): { t: TFunction<"organisations">; locale: AppLocale } {
  const { t, i18n } = useTranslation(NS);
  return { t, locale: i18n.language === "en" ? "en" : "nl-BE" };
}

/** An enterprise number in its written form: 0403.227.515. */
export function formatEnterpriseNumber(value: string | null | undefined): string {
  if (!value) return "";
  const digits = value.replace(/\D/g, "");
  if (digits.length === 9) return formatEnterpriseNumber(`0${digits}`);
  if (digits.length !== 10) return value;
  return `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}`;
}

/** An establishment unit's number in its written form: 2.123.456.789. */
export function formatEstablishmentNumber(value: string | null | undefined): string {
  if (!value) return "";
  const digits = value.replace(/\D/g, "");
  if (digits.length !== 10) return value;
  return `${digits.slice(0, 1)}.${digits.slice(1, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}`;
}

/** "Bampslaan 20 bus 3, 3500 Hasselt": the parts that are known. */
export function formatAddress(a: { street?: string | null; houseNumber?: string | null; box?: string | null; postcode?: string | null; place?: string | null }, boxWord: string): string {
  const line1 = [a.street, a.houseNumber].filter(Boolean).join(" ") + (a.box ? ` ${boxWord} ${a.box}` : "");
  const line2 = [a.postcode, a.place].filter(Boolean).join(" ");
  return [line1.trim(), line2].filter(Boolean).join(", ");
}

/** A NACE filter as the user types it ("62.01", "62 01") to what the server takes ("6201"); null when it is no code. */
export function naceFilter(input: string): string | null {
  const digits = input.replace(/[.\s]/g, "");
  return /^\d{1,7}$/.test(digits) ? digits : null;
}

/** NACE code with its dots: 62010 → 62.010, 6201 → 62.01. */
export function formatNace(code: string): string {
  if (code.length <= 2) return code;
  return `${code.slice(0, 2)}.${code.slice(2)}`;
}
