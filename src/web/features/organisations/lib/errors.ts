/**
 * Server field details of the registry's editing verbs in the user's language: the registry catalogue
 * knows the module's own detail codes (stale, contact_erased, already_merged, keep_enterprise_number, …);
 * the rest go through the common translations.
 */
import i18next from "i18next";
import type { FieldValues, UseFormSetError } from "react-hook-form";
import type { ErrorDetail } from "../../../../contracts/errors";
import { ApiError } from "../../../app/api";
import { fieldOfPath, translateDetail } from "../../../i18n/errors";

export function orgDetail(d: ErrorDetail): string {
  const key = `organisations:details.${d.code}`;
  return i18next.exists(key) ? i18next.t(key) : translateDetail(d);
}

/** Puts the details on the form's fields (those in `known`); returns the details no field took. */
export function applyOrgDetails<T extends FieldValues>(error: unknown, setError: UseFormSetError<T>, known: readonly string[]): ErrorDetail[] {
  if (!(error instanceof ApiError) || !error.body.details?.length) return [];
  const rest: ErrorDetail[] = [];
  let first = true;
  for (const d of error.body.details) {
    const full = fieldOfPath(d.path);
    const name = [full, full.replace(/\.\d+(\..*)?$/, "")].find((c) => known.includes(c));
    if (!name) {
      rest.push(d);
      continue;
    }
    setError(name as never, { type: d.code, message: orgDetail(d) }, { shouldFocus: first });
    first = false;
  }
  return rest;
}

/**
 * Form values to a contract's input: empty text becomes null (clears an optional field; a required one
 * then reads "fill in this field"), a number field left empty (NaN) becomes null.
 */
export function blanksToNull(value: unknown): unknown {
  if (value === "" || (typeof value === "number" && Number.isNaN(value))) return null;
  if (value && typeof value === "object" && !Array.isArray(value)) {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, blanksToNull(v)]));
  }
  return value;
}
