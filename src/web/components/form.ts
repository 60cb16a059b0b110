/**
 * Form glue shared by every screen.
 *
 * - `formResolver(schema)`: a react-hook-form resolver over a zod contract schema (the very
 *   schema the server enforces). Messages are translated from the issue code and bounds, so a
 *   schema's English message never reaches the screen.
 * - `applyServerErrors(error, setError)`: puts the field details of a 400 `validation` (or a
 *   `conflict` with details) on the matching fields; returns true when at least one field matched.
 *
 * Usage:
 *   const form = useForm({ resolver: formResolver(CreateUserInput), defaultValues });
 *   try { await save(values) } catch (e) { applyServerErrors(e, form.setError) }
 */
import { toNestErrors } from "@hookform/resolvers";
import { get, type FieldError, type FieldValues, type Resolver, type UseFormSetError } from "react-hook-form";
import type { z } from "zod";
import { ApiError } from "../app/api";
import type { ErrorDetail } from "../../contracts/errors";
import { fieldOfPath, translateDetail, translateIssue } from "../i18n/errors";

export function formResolver<S extends z.ZodType>(schema: S): Resolver<z.input<S> & FieldValues, unknown, z.output<S>> {
  return async (values, _context, options) => {
    const result = await schema.safeParseAsync(values);
    if (result.success) return { values: result.data, errors: {} };
    const flat: Record<string, FieldError> = {};
    for (const issue of result.error.issues) {
      const path = issue.path.map(String).join(".") || "root";
      if (!flat[path]) flat[path] = { type: issue.code, message: translateIssue({ ...(issue as object), input: get(values, path) } as never) };
    }
    return { values: {}, errors: toNestErrors(flat, options) };
  };
}

/**
 * Sets field errors from an ApiError's details. Paths like "body.email" or "roles.0" are mapped
 * to form fields ("email", "roles"); `known` limits which names may receive an error.
 */
export function applyServerErrors<T extends FieldValues>(error: unknown, setError: UseFormSetError<T>, known?: readonly string[]): boolean {
  if (!(error instanceof ApiError) || !error.body.details?.length) return false;
  let matched = false;
  for (const detail of error.body.details) {
    const full = fieldOfPath(detail.path);
    if (!full) continue;
    const candidates = [full, full.replace(/\.\d+(\..*)?$/, "")];
    const name = candidates.find((c) => !known || known.includes(c));
    if (!name) continue;
    setError(name as never, { type: detail.code, message: translateDetail(detail) }, { shouldFocus: !matched });
    matched = true;
  }
  return matched;
}

/**
 * Like applyServerErrors, for forms that list what no field took: puts each detail on its field (those in
 * `known`, translated by the module's `translate`), and returns the details no field took.
 */
export function applyFieldDetails<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  known: readonly string[],
  translate: (d: ErrorDetail) => string,
): ErrorDetail[] {
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
    setError(name as never, { type: d.code, message: translate(d) }, { shouldFocus: first });
    first = false;
  }
  return rest;
}
