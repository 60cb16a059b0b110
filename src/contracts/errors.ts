import { z } from "zod";

/** The one closed set of error codes. The UI translates codes; it never parses messages. */
export const ErrorCode = z.enum([
  "not_found",
  "forbidden",
  "unauthenticated",
  "conflict",
  "validation",
  "precondition_failed",
  "limit_exceeded",
  "internal",
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ErrorDetail = z.object({
  path: z.string(), // "body.value", "row 3: value"
  code: z.string(), // "required", "too_big", "invalid_date", …
  message: z.string(),
});
export type ErrorDetail = z.infer<typeof ErrorDetail>;

export const ErrorBody = z.object({
  error: z.object({
    code: ErrorCode,
    message: z.string(),
    details: z.array(ErrorDetail).optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;
