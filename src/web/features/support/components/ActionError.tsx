import { useTranslation } from "react-i18next";
import { ApiError } from "../../../app/api";
import type { ErrorDetail } from "../../../../contracts/errors";
import { errorText } from "../../../components/ErrorMessage";
import { supportDetail } from "../lib/errors";

/**
 * A failed action (role="alert"): the error's sentence by its code, then the details no form field
 * showed, each in the user's language (the support catalogue knows the module's own detail codes).
 * Without `details`, every detail of the error is listed.
 */
export function ActionError({ error, details }: { error: unknown; details?: ErrorDetail[] }) {
  const { t } = useTranslation("common");
  if (!error) return null;
  const list = details ?? (error instanceof ApiError ? (error.body.details ?? []) : []);
  return (
    <div className="alert alert--error" role="alert">
      <p>{errorText(error, (k) => t(k))}</p>
      {list.length ? (
        <ul className="alert__list">
          {list.map((d, i) => (
            <li key={i}>{supportDetail(d)}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
