import { useTranslation } from "react-i18next";
import type { ErrorDetail } from "../../contracts/errors";
import { ApiError } from "../app/api";
import { translateDetail } from "../i18n/errors";
import { errorText } from "./ErrorMessage";

/**
 * A failed action (role="alert"): the error's sentence by its code, then the details no form field
 * showed, each in the user's language through `translate` (a module passes its own catalogue's).
 * Without `details`, every detail of the error is listed.
 */
export function ActionError({ error, details, translate = translateDetail }: {
  error: unknown;
  details?: ErrorDetail[];
  translate?: (d: ErrorDetail) => string;
}) {
  const { t } = useTranslation("common");
  if (!error) return null;
  const list = details ?? (error instanceof ApiError ? (error.body.details ?? []) : []);
  return (
    <div className="alert alert--error" role="alert">
      <p>{errorText(error, (k) => t(k))}</p>
      {list.length ? (
        <ul className="alert__list">
          {list.map((d, i) => (
            <li key={i}>{translate(d)}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
