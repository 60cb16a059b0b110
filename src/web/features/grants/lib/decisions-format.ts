import { useTranslation } from "react-i18next";
import type { TFunction } from "i18next";
import { useFormat, type BoundFormat } from "../../../i18n/hooks";

export const DECISIONS_NS = "grantsDecisions";

/** The decision screens' translation function, formatters and a cents formatter. */
export function useDecT(): { t: TFunction<"grantsDecisions">; f: BoundFormat; cents: (c: number | null | undefined) => string; en: boolean } {
  const { t } = useTranslation(DECISIONS_NS);
  const f = useFormat();
  return { t, f, cents: (c) => (c == null ? "—" : f.euro(c / 100)), en: f.locale === "en" };
}

/** "24.000,50" or "24000.5" → cents; null when it is not an amount. */
export function parseEuroInput(text: string): number | null {
  const s = text.trim().replace(/\s|€|EUR/gi, "");
  if (!s) return null;
  // A decimal comma (Belgian); a point followed by groups of three digits only separates thousands.
  const normalised = /,\d{1,2}$/.test(s) ? s.replace(/\./g, "").replace(",", ".") : /^\d{1,3}(\.\d{3})+$/.test(s) ? s.replace(/\./g, "") : s.replace(/,/g, "");
  if (!/^\d+(\.\d{1,2})?$/.test(normalised)) return null;
  return Math.round(Number(normalised) * 100);
}

/** Tranche lines "label; amount; when" → tranches; null when a line does not parse. */
export function parseTranches(text: string): { label: string; amountCents: number; due: string }[] | null {
  const lines = text.split("\n").map((l) => l.trim()).filter(Boolean);
  const out = [];
  for (const line of lines) {
    const [label, amount, ...due] = line.split(";").map((x) => x.trim());
    const cents = parseEuroInput(amount ?? "");
    if (!label || cents === null || due.join(";").trim() === "") return null;
    out.push({ label, amountCents: cents, due: due.join(";").trim() });
  }
  return out;
}
