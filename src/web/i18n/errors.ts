/**
 * Turns error codes into sentences in the user's language. The UI never shows the server's
 * English text except as a last fallback: API errors are translated by `code`, field details by
 * their detail `code`, and client-side zod issues by issue code and bounds.
 */
import i18next from "i18next";
import type { ErrorDetail } from "../../contracts/errors";

type Issue = {
  code: string;
  message?: string;
  input?: unknown;
  origin?: string;
  format?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  params?: { code?: string };
};

const t = (key: string, opts?: Record<string, unknown>) => i18next.t(key, opts as never) as unknown as string;
const has = (key: string) => i18next.exists(key);

/** A detail code from the server ("required", "too_small", "email_taken", …) as a sentence. */
export function translateDetailCode(code: string, fallback?: string): string {
  const key = `common:validation.${code}`;
  if (has(key)) return t(key);
  return fallback || t("common:validation.invalid");
}

/** One server field detail as a sentence (without the field name). */
export function translateDetail(detail: ErrorDetail): string {
  return translateDetailCode(detail.code, detail.message);
}

/** A detail in a module's own catalogue (`<ns>:details.<code>`) when it knows the code, else as translateDetail does. */
export function translateModuleDetail(ns: string, detail: ErrorDetail): string {
  const key = `${ns}:details.${detail.code}`;
  return has(key) ? t(key) : translateDetail(detail);
}

/** A client-side zod issue as a sentence, using its bounds where that helps. */
export function translateIssue(issue: Issue): string {
  const custom = issue.params?.code;
  if (custom) return translateDetailCode(custom, issue.message);
  if (typeof issue.input === "string" && issue.input.trim() === "" && issue.code !== "custom") return t("common:validation.required");
  switch (issue.code) {
    case "too_small": {
      const min = Number(issue.minimum ?? 0);
      if (issue.origin === "string") return min <= 1 ? t("common:validation.required") : t("common:validation.minChars", { count: min });
      if (issue.origin === "array" || issue.origin === "set") return t("common:validation.minItems", { count: min });
      if (issue.origin === "number" || issue.origin === "int") return t("common:validation.minValue", { value: min });
      return t("common:validation.too_small");
    }
    case "too_big": {
      const max = Number(issue.maximum ?? 0);
      if (issue.origin === "string") return t("common:validation.maxChars", { count: max });
      if (issue.origin === "array" || issue.origin === "set") return t("common:validation.maxItems", { count: max });
      if (issue.origin === "number" || issue.origin === "int") return t("common:validation.maxValue", { value: max });
      return t("common:validation.too_big");
    }
    case "invalid_format":
      if (issue.format === "email") return t("common:validation.email");
      if (issue.format === "date" || issue.format === "datetime") return t("common:validation.date");
      if (issue.format === "uuid") return t("common:validation.uuid");
      return t("common:validation.invalid_format");
    case "invalid_type":
      if (issue.input === undefined || issue.input === null || issue.input === "") return t("common:validation.required");
      return t("common:validation.invalid_type");
    default:
      return translateDetailCode(issue.code, issue.message);
  }
}

/** An API error code ("forbidden", "conflict", …) as a sentence. */
export function translateErrorCode(code: string, fallback?: string): string {
  const key = `common:errors.${code}`;
  if (has(key)) return t(key);
  return fallback || t("common:errors.unknown");
}

/** Strips the transport prefix of a server path: "body.roles.0" → "roles.0". */
export function fieldOfPath(path: string): string {
  return path.replace(/^(body|querystring|params|query)\.?/, "");
}
