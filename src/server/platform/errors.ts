import type { ZodError } from "zod";
import type { ErrorCode, ErrorDetail } from "../../contracts/errors.js";

/** The only error type verbs throw on purpose. Mapped to HTTP once, in http.ts. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: ErrorDetail[],
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const notFound = (what = "record") => new AppError("not_found", `The ${what} was not found.`);
export const forbidden = (message = "You are not allowed to do this.") => new AppError("forbidden", message);
export const unauthenticated = () => new AppError("unauthenticated", "Please sign in.");
export const conflict = (message: string, details?: ErrorDetail[]) => new AppError("conflict", message, details);
export const preconditionFailed = (message: string, details?: ErrorDetail[]) =>
  new AppError("precondition_failed", message, details);
export const limitExceeded = (message: string) => new AppError("limit_exceeded", message);
export const validation = (details: ErrorDetail[], message = "The input is not valid.") =>
  new AppError("validation", message, details);

export function zodDetails(error: ZodError, prefix = ""): ErrorDetail[] {
  return error.issues.map((i) => {
    const params = (i as { params?: { code?: string } }).params;
    const path = [prefix, ...i.path.map(String)].filter(Boolean).join(".");
    return { path, code: params?.code ?? i.code, message: i.message };
  });
}

export const HTTP_STATUS: Record<ErrorCode, number> = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  precondition_failed: 412,
  limit_exceeded: 429,
  internal: 500,
};

/**
 * True for PostgreSQL's unique_violation (SQLSTATE 23505) as PGlite and node-postgres report it (`code` on the
 * error), also when the ORM wraps the driver error in `cause` (followed up to three levels deep).
 */
export function isUniqueViolation(err: unknown): boolean {
  let e: unknown = err;
  for (let depth = 0; depth < 3 && typeof e === "object" && e !== null; depth++) {
    if ((e as { code?: unknown }).code === "23505") return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}
