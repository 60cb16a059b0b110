import type { ErrorDetail } from "../../../contracts/errors.js";
import { validation } from "../../platform/errors.js";

/** True when the error (or its cause, as drizzle wraps driver errors) is a unique-constraint violation. */
export function isUniqueViolation(err: unknown): boolean {
  let e: unknown = err;
  for (let i = 0; i < 3 && e; i++) {
    if (typeof e === "object" && e !== null && (e as { code?: unknown }).code === "23505") return true;
    e = typeof e === "object" && e !== null ? (e as { cause?: unknown }).cause : undefined;
  }
  return false;
}

export const futureDate = (path: string): ErrorDetail => ({ path, code: "future_date", message: "This date lies in the future." });

/** Throws validation when the date lies after today. */
export function notInFuture(date: string, today: string, path: string): void {
  if (date > today) throw validation([futureDate(path)]);
}

export function fail(path: string, code: string, message: string): never {
  throw validation([{ path, code, message }]);
}
