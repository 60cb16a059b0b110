import type { FieldValues, Resolver } from "react-hook-form";
import type { AppLocale } from "../../../i18n/format";
import type { z } from "zod";
import { formResolver } from "../../../components/form";

/** Empty inputs become null (nullable fields) or undefined (required fields, so zod says "required"). */
export function emptyToNull(v: unknown): unknown {
  if (v === "" || (typeof v === "number" && Number.isNaN(v))) return null;
  return v;
}
export function emptyToUndefined(v: unknown): unknown {
  if (v === "" || v === null || (typeof v === "number" && Number.isNaN(v))) return undefined;
  return v;
}

/**
 * Parses a typed number. Dutch: "2.500,5" (a dot followed by groups of three is a thousands separator,
 * a comma is the decimal mark; "71.9" still reads as 71,9). English: "2,500.5". NaN when it is not a number.
 */
export function parseLocaleNumber(text: unknown, locale: AppLocale = "nl-BE"): number {
  if (typeof text === "number") return text;
  if (typeof text !== "string") return Number.NaN;
  const s = text.trim().replace(/[\s\u00a0]/g, "");
  if (!s) return Number.NaN;
  let normal = s;
  if (locale !== "en") {
    if (s.includes(",")) normal = s.replace(/\./g, "").replace(",", ".");
    else if (/^-?\d{1,3}(\.\d{3})+$/.test(s)) normal = s.replace(/\./g, "");
  } else {
    if (s.includes(".")) normal = s.replace(/,/g, "");
    else if (/^-?\d{1,3}(,\d{3})+$/.test(s)) normal = s.replace(/,/g, "");
    else normal = s.replace(",", ".");
  }
  return /^-?\d+(\.\d+)?$/.test(normal) ? Number(normal) : Number.NaN;
}

/** A number field's text as number, null when empty, NaN when it is not a number (zod then rejects it). */
export function num(v: unknown, locale: AppLocale = "nl-BE"): number | null {
  if (v === "" || v === null || v === undefined) return null;
  return parseLocaleNumber(v, locale);
}

/** A number as the user would type it back (for default values of text inputs). */
export function numText(v: number | null | undefined, locale: AppLocale = "nl-BE"): string {
  if (v === null || v === undefined) return "";
  return locale !== "en" ? String(v).replace(".", ",") : String(v);
}

/**
 * A resolver that first maps the raw form values (text inputs) to the contract's shape, then validates
 * with the contract schema, so the form enforces exactly the server's rules.
 */
export function mappedResolver<S extends z.ZodType, F extends FieldValues>(schema: S, map: (values: F) => unknown): Resolver<F, unknown, z.output<S>> {
  const inner = formResolver(schema) as unknown as Resolver<FieldValues, unknown, z.output<S>>;
  return (values, context, options) => inner(map(values) as FieldValues, context, options as never) as never;
}

