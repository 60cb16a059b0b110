/**
 * Server field details of the support verbs in the user's language: the support catalogue knows the
 * module's own detail codes (open_trajectory_exists, before_last_move, …); the rest go through the
 * common translations.
 */
import i18next from "i18next";
import { get, type FieldValues, type Resolver, type UseFormSetError } from "react-hook-form";
import type { z } from "zod";
import type { ErrorDetail } from "../../../../contracts/errors";
import { applyFieldDetails, formResolver } from "../../../components/form";
import { translateModuleDetail } from "../../../i18n/errors";

export function supportDetail(d: ErrorDetail): string {
  return translateModuleDetail("support", d);
}

/** Puts the details on the form's fields (those in `known`); returns the details no field took. */
export function applyDetails<T extends FieldValues>(error: unknown, setError: UseFormSetError<T>, known: readonly string[]): ErrorDetail[] {
  return applyFieldDetails(error, setError, known, supportDetail);
}

/** Empty strings of optional fields become absent, so that "today" and "me" defaults apply. */
export function withoutBlanks<T extends Record<string, unknown>>(values: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) if (v !== "" && v !== undefined) out[k] = v;
  return out as T;
}

/**
 * formResolver (components/form.ts) for the support forms: the contract's own refinement codes
 * (exceeds_jobs, not_integer, …) read from the support catalogue, every other issue as the shared forms do.
 */
export function supportResolver<S extends z.ZodType>(schema: S): Resolver<FieldValues> {
  const shared = formResolver(schema) as unknown as Resolver<FieldValues>;
  return async (values, context, options) => {
    const result = await shared(values, context, options);
    if (!Object.keys(result.errors).length) return result;
    const parsed = await schema.safeParseAsync(values);
    if (parsed.success) return result;
    for (const issue of parsed.error.issues) {
      const code = (issue as { params?: { code?: string } }).params?.code;
      if (issue.code !== "custom" || !code || !i18next.exists(`support:details.${code}`)) continue;
      const error = get(result.errors, issue.path.map(String).join(".") || "root") as { message?: string; type?: string } | undefined;
      if (error?.type === "custom") error.message = i18next.t(`support:details.${code}`);
    }
    return result;
  };
}
