import { useTranslation } from "react-i18next";
import type { ErrorDetail } from "../../../../contracts/errors";
import { ApiError } from "../../../app/api";
import { errorText } from "../../../components/ErrorMessage";
import { orgDetail } from "../lib/errors";

/**
 * A failed registry action (role="alert"): the error's sentence by its code, then the details no form
 * field showed, in the user's language. Without `details`, every detail of the error is listed.
 */
export function OrgActionError({ error, details }: { error: unknown; details?: ErrorDetail[] }) {
  const { t } = useTranslation("common");
  if (!error) return null;
  const list = details ?? (error instanceof ApiError ? (error.body.details ?? []) : []);
  return (
    <div className="alert alert--error" role="alert">
      <p>{errorText(error, (k) => t(k))}</p>
      {list.length ? (
        <ul className="alert__list">
          {list.map((d, i) => (
            <li key={i}>{orgDetail(d)}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
