/**
 * Server field details of the support verbs in the user's language: the support catalogue knows the
 * module's own detail codes (open_trajectory_exists, before_last_move, …); the rest go through the
 * common translations.
 */
import i18next from "i18next";
import type { FieldValues, UseFormSetError } from "react-hook-form";
import type { ErrorDetail } from "../../../../contracts/errors";
import { ApiError } from "../../../app/api";
import { fieldOfPath, translateDetail } from "../../../i18n/errors";

export function supportDetail(d: ErrorDetail): string {
  const key = `support:details.${d.code}`;
  return i18next.exists(key) ? i18next.t(key) : translateDetail(d);
}

/** Puts the details on the form's fields (those in `known`); returns the details no field took. */
export function applyDetails<T extends FieldValues>(error: unknown, setError: UseFormSetError<T>, known: readonly string[]): ErrorDetail[] {
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
    setError(name as never, { type: d.code, message: supportDetail(d) }, { shouldFocus: first });
    first = false;
  }
  return rest;
}

/** Empty strings of optional fields become absent, so that "today" and "me" defaults apply. */
export function withoutBlanks<T extends Record<string, unknown>>(values: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) if (v !== "" && v !== undefined) out[k] = v;
  return out as T;
}
