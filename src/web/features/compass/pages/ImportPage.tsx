import { useId, useMemo, useRef, useState } from "react";
import { Link } from "react-router";
import { IMPORT_COLUMNS, type ImportReport } from "../../../../contracts/compass";
import { useAuth } from "../../../app/auth";
import { Button } from "../../../components/Button";
import { qs } from "../../../app/api";
import { ImportProblems } from "../components/ImportProblems";
import { PageHeader } from "../../../components/PageHeader";
import { useQueryClient } from "@tanstack/react-query";
import { useMunicipalities } from "../../../app/geography";
import { compassKeys, useIndicators } from "../api";
import { ImportReportView } from "../components/ImportReportView";
import { indicatorName, useCompassT } from "../lib/format";
import { uploadWithProgress } from "../../../app/upload";
import { useCompassAccess } from "../lib/access";
import "../compass.css";

type Phase = "idle" | "checking" | "checked" | "committing" | "committed";

/**
 * The template: the header row in the user's language (the server accepts Dutch and English names) and
 * one example line, semicolon-separated with a decimal comma, as Excel in Belgium writes CSV.
 */
export function templateCsv(headers: readonly string[], exampleCode: string): string {
  const example = [exampleCode, "2026-12-31", "1250", "", "POM Limburg", ""];
  return `\ufeff${headers.join(";")}\r\n${example.join(";")}\r\n`;
}

/** /app/import — values from a CSV or XLSX file: a dry run first, then the commit when every row is good. */
export function ImportPage() {
  const { t, locale } = useCompassT();
  const { me } = useAuth();
  const access = useCompassAccess();
  const qc = useQueryClient();
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>("idle");
  const [progress, setProgress] = useState<number | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<unknown>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const indicators = useIndicators({}, locale);
  const municipalities = useMunicipalities();
  const names = useMemo(
    () => ({
      indicators: new Map((indicators.data ?? []).map((i) => [i.code, { name: indicatorName(i, locale), unit: i.unit }])),
      municipalities: new Map((municipalities.data ?? []).map((m) => [m.nis, m.nameNl])),
    }),
    [indicators.data, municipalities.data, locale],
  );
  const headers = IMPORT_COLUMNS.map((c) => t(`import.columns.${c}`));
  const exampleCode = (indicators.data ?? []).find((i) => i.kind === "measured")?.code ?? "indicator.code";
  const templateHref = `data:text/csv;charset=utf-8,${encodeURIComponent(templateCsv(headers, exampleCode))}`;
  const busy = phase === "checking" || phase === "committing";

  const send = async (dryRun: boolean) => {
    if (!file) return;
    setError(null);
    setProgress(0);
    setPhase(dryRun ? "checking" : "committing");
    const body = new FormData();
    body.append("dryRun", dryRun ? "true" : "false");
    body.append("file", file, file.name);
    try {
      const res = await uploadWithProgress<ImportReport>(`/api/compass/imports${qs({ locale })}`, body, me?.csrfToken ?? null, setProgress);
      setReport(res);
      setPhase(dryRun ? "checked" : "committed");
      if (!dryRun) void qc.invalidateQueries({ queryKey: compassKeys.all });
    } catch (e) {
      setError(e);
      setPhase(dryRun ? "idle" : "checked");
    } finally {
      setProgress(null);
      requestAnimationFrame(() => resultRef.current?.focus());
    }
  };

  const canCommit = phase === "checked" && !!report && report.errors.length === 0 && report.changes.some((c) => c.action !== "unchanged");

  return (
    <div className="compass-page">
      <PageHeader title={t("import.title")} description={t("import.lead")} back={{ to: "/app", label: t("nav.back") }} />
      {!access.canEdit ? <p className="alert alert--info">{t("import.readOnly")}</p> : null}
      <section aria-labelledby={`${id}-file`} className="compass-panel">
        <h2 id={`${id}-file`}>{t("import.step1")}</h2>
        <p>
          {t("import.columnsIntro")} <code>{headers.join(", ")}</code>. {t("import.columnsHelp")}
        </p>
        <p>
          <a href={templateHref} download="koers-waarden-sjabloon.csv">
            <span aria-hidden="true">⤓ </span>
            {t("import.template")}
          </a>
        </p>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-input`}>
            {t("import.file")}
          </label>
          <p className="field__hint" id={`${id}-hint`}>
            {t("import.fileHint")}
          </p>
          <input
            ref={fileInput}
            id={`${id}-input`}
            type="file"
            className="input"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby={`${id}-hint`}
            disabled={busy}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setReport(null);
              setError(null);
              setPhase("idle");
            }}
          />
        </div>
        <div className="compass-actions">
          <Button variant={phase === "checked" ? "secondary" : "primary"} disabled={!file || busy || !access.canEdit} busy={phase === "checking"} onClick={() => void send(true)}>
            {t("import.check")}
          </Button>
          <Button variant="primary" disabled={!canCommit || busy || !access.canEdit} busy={phase === "committing"} onClick={() => void send(false)} aria-describedby={`${id}-why`}>
            {t("import.commit")}
          </Button>
        </div>
        <p id={`${id}-why`} className="compass-muted">
          {!report || phase === "idle"
            ? t("import.commitNeedsCheck")
            : report.errors.length
              ? t("import.commitBlocked", { count: report.errors.length })
              : phase === "committed"
                ? t("import.commitDone")
                : canCommit
                  ? t("import.commitReady")
                  : t("import.nothingToCommit")}
        </p>
        {busy ? (
          <div className="compass-progress">
            <label htmlFor={`${id}-progress`}>
              {progress !== null && progress >= 1 ? t("import.processing") : t("import.uploading")}
              {progress !== null && progress < 1 ? ` ${Math.round(progress * 100)} %` : ""}
            </label>
            {progress === null || progress >= 1 ? <progress id={`${id}-progress`} /> : <progress id={`${id}-progress`} value={progress} max={1} />}
          </div>
        ) : null}
      </section>

      <div ref={resultRef} tabIndex={-1} className="compass-import-result">
        {error ? <ImportProblems error={error} title={phase === "checked" ? t("import.commitFailed") : t("import.checkFailed")} /> : null}
        {report && !busy ? (
          <section aria-labelledby={`${id}-report`} className="compass-panel">
            <h2 id={`${id}-report`}>{report.committed ? t("import.resultCommitted", { file: report.fileName }) : t("import.resultDryRun", { file: report.fileName })}</h2>
            {report.committed ? (
              <p className="alert alert--success">
                {t("import.committedText")} <Link to="/app">{t("import.toDashboard")}</Link>
              </p>
            ) : null}
            {report.ignoredColumns.length ? <p className="compass-muted">{t("import.ignoredColumns", { columns: report.ignoredColumns.join(", ") })}</p> : null}
            <ImportReportView report={report} names={names} />
          </section>
        ) : null}
      </div>
    </div>
  );
}
