/**
 * Loading: a polite "Bezig met laden…" status with a spinner (hidden from assistive
 * technology; the text is what is announced).
 *
 * <Loading />  or  <Loading label="Geschiedenis wordt geladen…" />
 */
import { useTranslation } from "react-i18next";

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation("common");
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" /> {label ?? t("loading")}
    </p>
  );
}
