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

