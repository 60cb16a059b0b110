import { z } from "zod";

/*
 * Update ("patch") schemas derived from input schemas.
 *
 * zod 4 applies a field's default even when the field is wrapped in optional(), so
 * `Input.partial()` would turn "field not given" into "reset to its default". An update built
 * with these helpers leaves out what the caller did not send.
 */

/** A shape without its defaults. */
export type NoDefaults<S extends z.ZodRawShape> = { [K in keyof S]: S[K] extends z.ZodDefault<infer I> ? I : S[K] };

export function noDefaults<S extends z.ZodRawShape>(shape: S): NoDefaults<S> {
  return Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, v instanceof z.ZodDefault ? v.unwrap() : v])) as NoDefaults<S>;
}

/** Every field optional and without its default, plus the version last read (optimistic locking). */
export function patchOf<S extends z.ZodRawShape>(shape: S) {
  return z.strictObject(noDefaults(shape)).partial().extend({ version: z.number().int().min(1) }).strict();
}
