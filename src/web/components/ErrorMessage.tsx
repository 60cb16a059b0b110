/**
 * ErrorMessage: shows an error in the user's language (role="alert").
 *
 * <ErrorMessage error={mutation.error} />                    // ApiError → translated by code
 * <ErrorMessage error={e} messages={{ unauthenticated: t("signIn.wrong") }} />  // per-code override
 * <ErrorMessage error={e} fieldLabels={{ email: "E-mailadres" }} onRetry={refetch} />
 *
 * ApiError codes go through common:errors.<code>, field details through
 * common:validation.<detailCode>; the server's English text is only a fallback. A failed fetch
 * (no network) reads as errors.network. Renders nothing when `error` is null/undefined.
 */
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { ErrorCode } from "../../contracts/errors";
import { ApiError } from "../app/api";
import { fieldOfPath, translateDetail, translateErrorCode } from "../i18n/errors";
import { Button } from "./Button";

export interface ErrorMessageProps {
  error: unknown;
  /** Overrides the sentence for particular codes. */
  messages?: Partial<Record<ErrorCode, ReactNode>>;
  /** Labels of fields named in the details ("email" → "E-mailadres"). */
  fieldLabels?: Record<string, string>;
  /** Hide the per-field list (when the fields show their own errors). */
  hideDetails?: boolean;
  title?: ReactNode;
  onRetry?: () => void;
  className?: string;
}

/** The sentence for an error, for places that need text only (toasts). */
export function errorText(error: unknown, t: (k: string) => string): string {
  if (error instanceof ApiError) return translateErrorCode(error.body.code, error.body.message);
  if (error instanceof TypeError) return t("errors.network");
  return t("errors.unknown");
}

export function ErrorMessage({ error, messages, fieldLabels, hideDetails, title, onRetry, className }: ErrorMessageProps) {
  const { t } = useTranslation("common");
  if (error === null || error === undefined || error === false) return null;
  const api = error instanceof ApiError ? error : null;
  const code = api?.body.code;
  const sentence = (code && messages?.[code]) ?? errorText(error, t);
  const details = !hideDetails && api?.body.details?.length ? api.body.details : [];
  return (
    <div className={["alert alert--error", className ?? ""].filter(Boolean).join(" ")} role="alert">
      {title ? <p className="alert__title">{title}</p> : null}
      <p>{sentence}</p>
      {details.length ? (
        <ul className="alert__list">
          {details.map((d, i) => {
            const field = fieldOfPath(d.path);
            const label = fieldLabels?.[field] ?? fieldLabels?.[field.replace(/\.\d+(\..*)?$/, "")] ?? field;
            return <li key={i}>{label ? t("errors.field", { field: label, message: translateDetail(d) }) : translateDetail(d)}</li>;
          })}
        </ul>
      ) : null}
      {onRetry ? (
        <Button size="small" onClick={onRetry}>
          {t("actions.retry")}
        </Button>
      ) : null}
    </div>
  );
}
