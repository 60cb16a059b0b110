import { useTranslation } from "react-i18next";
import { ApiError } from "../../../app/api";
import { errorText } from "../../../components/ErrorMessage";
import { detailText } from "../lib/format";

/** A failed action (role="alert"): the sentence by the error's code, then each detail in the user's language. */
export function GrantsError({ error }: { error: unknown }) {
  const { t } = useTranslation("common");
  if (!error) return null;
  const list = error instanceof ApiError ? (error.body.details ?? []) : [];
  return (
    <div className="alert alert--error" role="alert">
      <p>{errorText(error, (k) => t(k))}</p>
      {list.length ? (
        <ul className="alert__list">
          {list.map((d, i) => (
            <li key={i}>{detailText(d)}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
