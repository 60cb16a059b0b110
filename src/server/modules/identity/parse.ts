import type { z } from "zod";
import { validation, zodDetails } from "../../platform/errors.js";

/** Parses a verb's input with its contract; a mismatch is a validation error with field paths. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw validation(zodDetails(parsed.error));
  return parsed.data;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Record ids are UUIDs; anything else cannot name a record. */
export function isUuid(id: string): boolean {
  return UUID.test(id);
}
