/**
 * ExportLinks: download the current list as CSV and/or XLSX.
 *
 * <ExportLinks csv={`/api/audit/export.csv${qs(filters)}`} />          // server export (a link)
 * <ExportLinks csv={() => downloadCsv("gebruikers.csv", rows)} />      // client-side export (a button)
 *
 * A string becomes a download link, a function a button. Labels say the format in words
 * ("Exporteer als CSV"), so the links make sense out of context.
 */
import { useTranslation } from "react-i18next";

type Target = string | (() => void);

export interface ExportLinksProps {
  csv?: Target;
  xlsx?: Target;
  /** Group label shown before the links; defaults to "Exporteren". */
  label?: string;
}

export function ExportLinks({ csv, xlsx, label }: ExportLinksProps) {
  const { t } = useTranslation("common");
  const item = (target: Target, text: string, icon: string) =>
    typeof target === "string" ? (
      <a className="btn btn--ghost btn--small" href={target} download>
        <span aria-hidden="true">{icon} </span>
        {text}
      </a>
    ) : (
      <button type="button" className="btn btn--ghost btn--small" onClick={target}>
        <span aria-hidden="true">{icon} </span>
        {text}
      </button>
    );
  if (!csv && !xlsx) return null;
  return (
    <div className="export-links" role="group" aria-label={label ?? t("export.label")}>
      <span className="export-links__label" aria-hidden="true">
        {label ?? t("export.label")}:
      </span>
      {csv ? item(csv, t("export.csvLong"), "⤓") : null}
      {xlsx ? item(xlsx, t("export.xlsxLong"), "⤓") : null}
    </div>
  );
}
