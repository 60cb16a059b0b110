/**
 * Server field details of the registry's editing verbs in the user's language: the registry catalogue
 * knows the module's own detail codes (stale, contact_erased, already_merged, keep_enterprise_number, …);
 * the rest go through the common translations.
 */
import type { FieldValues, UseFormSetError } from "react-hook-form";
import type { ErrorDetail } from "../../../../contracts/errors";
import { applyFieldDetails } from "../../../components/form";
import { translateModuleDetail } from "../../../i18n/errors";

export function orgDetail(d: ErrorDetail): string {
  return translateModuleDetail("organisations", d);
}

/** Puts the details on the form's fields (those in `known`); returns the details no field took. */
export function applyOrgDetails<T extends FieldValues>(error: unknown, setError: UseFormSetError<T>, known: readonly string[]): ErrorDetail[] {
  return applyFieldDetails(error, setError, known, orgDetail);
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
