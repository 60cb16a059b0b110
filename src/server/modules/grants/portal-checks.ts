import type { ErrorDetail } from "../../../contracts/errors.js";
import { conflict, validation, zodDetails } from "../../platform/errors.js";
import type { ZodType } from "zod";

/** Parses a verb's input or throws validation with the contract's codes. */
export function parseInput<T extends ZodType>(schema: T, input: unknown): ReturnType<T["parse"]> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw validation(zodDetails(parsed.error));
  return parsed.data as ReturnType<T["parse"]>;
}

export function fail(path: string, code: string, message: string): never {
  throw validation([{ path, code, message }]);
}

export function staleVersion(what: string): never {
  throw conflict(`The ${what} was changed by someone else meanwhile; reload it and try again.`, [
    { path: "version", code: "stale_version", message: "Reload and try again." },
  ]);
}

export function stateConflict(message: string, code: string, path = "status"): never {
  throw conflict(message, [{ path, code, message } satisfies ErrorDetail]);
}

/** True when the error (or its cause, as drizzle wraps driver errors) is a unique-constraint violation. */
export function isUniqueViolation(err: unknown): boolean {
  let e: unknown = err;
  for (let i = 0; i < 3 && e; i++) {
    if (typeof e === "object" && e !== null && (e as { code?: unknown }).code === "23505") return true;
    e = typeof e === "object" && e !== null ? (e as { cause?: unknown }).cause : undefined;
  }
  return false;
}
