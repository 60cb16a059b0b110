import type { ImportReport, Status } from "../../../../contracts/compass";
import { formatDate } from "../../../i18n/format";
import { formatPlain, useCompassT } from "../lib/format";
import { StatusPill } from "./StatusPill";

/** Rows shown per table; the summary above counts them all. */
const MAX_ROWS = 500;

type Names = { indicators: Map<string, { name: string; unit: Parameters<typeof formatPlain>[1] }>; municipalities: Map<string, string> };

/** The dry run's (or commit's) findings: bad rows with their reason, the changes, and the status changes. */
export function ImportReportView({ report, names }: { report: ImportReport; names: Names }) {
  const { t, locale } = useCompassT();
  const counts = {
    insert: report.changes.filter((c) => c.action === "insert").length,
    correct: report.changes.filter((c) => c.action === "correct").length,
    unchanged: report.changes.filter((c) => c.action === "unchanged").length,
  };
  const value = (code: string, v: number | null) => (v === null ? "—" : formatPlain(v, names.indicators.get(code)?.unit ?? "count", locale));
  const indicator = (code: string) => names.indicators.get(code)?.name ?? code;

  return (
    <div className="compass-import-report">
      <ul className="compass-import-summary">
        <li>{t("import.summaryRows", { count: report.rows })}</li>
        <li className={report.errors.length ? "is-bad" : undefined}>
          <span aria-hidden="true">{report.errors.length ? "✕ " : "✓ "}</span>
          {t("import.summaryErrors", { count: report.errors.length })}
        </li>
        <li>{t("import.summaryInserts", { count: counts.insert })}</li>
        <li>{t("import.summaryCorrections", { count: counts.correct })}</li>
        {counts.unchanged ? <li>{t("import.summaryUnchanged", { count: counts.unchanged })}</li> : null}
        <li>{t("import.summaryStatus", { count: report.statusChanges.length })}</li>
      </ul>

      {report.errors.length ? (
        <section aria-labelledby="import-errors">
          <h3 id="import-errors">{t("import.errorsTitle", { count: report.errors.length })}</h3>
          <div className="table-wrap compass-table-wrap" tabIndex={0} role="region" aria-labelledby="import-errors">
            <table className="table compass-table compass-table--dense">
              <thead>
                <tr>
                  <th scope="col" className="num">{t("import.row")}</th>
                  <th scope="col">{t("import.column")}</th>
                  <th scope="col">{t("import.reason")}</th>
                </tr>
              </thead>
              <tbody>
                {report.errors.slice(0, MAX_ROWS).map((e, i) => (
                  <tr key={`${e.row}-${e.column}-${i}`}>
                    <td className="num">{e.row}</td>
                    <td>{e.column ? t(`import.columns.${e.column}`, { defaultValue: e.column }) : "—"}</td>
                    <td>{t(`importError.${e.code}`, { defaultValue: e.message })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {report.errors.length > MAX_ROWS ? <p>{t("import.more", { count: report.errors.length - MAX_ROWS })}</p> : null}
        </section>
      ) : null}

      <section aria-labelledby="import-changes">
        <h3 id="import-changes">{t("import.changesTitle", { count: report.changes.length })}</h3>
        {report.changes.length === 0 ? (
          <p>{t("import.noChanges")}</p>
        ) : (
          <div className="table-wrap compass-table-wrap" tabIndex={0} role="region" aria-labelledby="import-changes">
            <table className="table compass-table compass-table--dense">
              <thead>
                <tr>
                  <th scope="col" className="num">{t("import.row")}</th>
                  <th scope="col">{t("import.indicator")}</th>
                  <th scope="col">{t("import.period")}</th>
                  <th scope="col">{t("import.municipality")}</th>
                  <th scope="col" className="num">{t("import.oldValue")}</th>
                  <th scope="col" className="num">{t("import.newValue")}</th>
                  <th scope="col">{t("import.action")}</th>
                </tr>
              </thead>
              <tbody>
                {report.changes.slice(0, MAX_ROWS).map((c) => (
                  <tr key={`${c.row}-${c.indicatorCode}`}>
                    <td className="num">{c.row}</td>
                    <td>{indicator(c.indicatorCode)}</td>
                    <td>{formatDate(c.periodDate, locale)}</td>
                    <td>{c.municipalityNis ? (names.municipalities.get(c.municipalityNis) ?? c.municipalityNis) : t("measurement.province")}</td>
                    <td className="num">{value(c.indicatorCode, c.oldValue)}</td>
                    <td className="num">
                      <span aria-hidden="true">→ </span>
                      {value(c.indicatorCode, c.newValue)}
                    </td>
                    <td>{t(`import.actions.${c.action}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {report.changes.length > MAX_ROWS ? <p>{t("import.more", { count: report.changes.length - MAX_ROWS })}</p> : null}
      </section>

      <section aria-labelledby="import-status">
        <h3 id="import-status">{t("import.statusTitle")}</h3>
        {report.statusChanges.length === 0 ? (
          <p>{t("import.noStatusChanges")}</p>
        ) : (
          <ul className="compass-status-changes">
            {report.statusChanges.map((s) => (
              <li key={s.indicatorCode}>
                <strong>{indicator(s.indicatorCode)}</strong>: <StatusPill status={s.from as Status} size="small" /> <span aria-hidden="true">→</span>
                <span className="visually-hidden">{t("import.becomes")}</span> <StatusPill status={s.to as Status} size="small" />
                <br />
                <span>{s.sentence}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
