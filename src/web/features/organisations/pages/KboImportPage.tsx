/**
 * /app/organisaties/import (administrator) — KBO open-data imports: upload a published zip (full or
 * update) with the scope, and follow the runs: progress bars that refresh every two seconds while a run
 * is busy, and for a failed run its error with the file and line it names.
 */
import { useId, useRef, useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import type { KboImportRun, KboScope } from "../../../../contracts/organisations";
import { useAuth } from "../../../app/auth";
import { Button } from "../../../components/Button";
import { ErrorMessage } from "../../../components/ErrorMessage";
import { Loading } from "../../../components/Loading";
import { PageHeader } from "../../../components/PageHeader";
import { Pill } from "../../../components/StatusBadge";
import { useToast } from "../../../components/Toast";
import { useFormat } from "../../../i18n/hooks";
import { organisationKeys, useKboImports } from "../api";
import { useOrgT } from "../lib/format";
import { uploadWithProgress } from "../../../app/upload";
import "../organisations.css";

const STATUS_TONE = { running: "info", succeeded: "positive", failed: "negative", abandoned: "neutral" } as const;
const STATUS_ICON = { running: "⟳", succeeded: "✓", failed: "✕", abandoned: "–" } as const;
const PHASES = ["open", "scan", "load", "index", "derive", "apply", "done"];

export function KboImportPage() {
  const { t } = useOrgT();
  const id = useId();
  const { me } = useAuth();
  const toast = useToast();
  const qc = useQueryClient();
  const runs = useKboImports();
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [scope, setScope] = useState<KboScope>("limburg");
  const [progress, setProgress] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState(false);

  const start = async () => {
    if (!file) {
      setMissing(true);
      fileInput.current?.focus();
      return;
    }
    setMissing(false);
    setError(null);
    setBusy(true);
    setProgress(0);
    const body = new FormData();
    body.append("scope", scope);
    body.append("file", file, file.name);
    try {
      const run = await uploadWithProgress<KboImportRun>(`/api/organisations/imports?scope=${scope}`, body, me?.csrfToken ?? null, setProgress);
      toast.success(t("imports.started", { file: run.fileName }));
      setFile(null);
      if (fileInput.current) fileInput.current.value = "";
      await qc.invalidateQueries({ queryKey: organisationKeys.imports });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };

  const items = runs.data?.items ?? [];
  const running = items.some((r) => r.status === "running");
  return (
    <div className="page org-page">
      <PageHeader title={t("imports.title")} description={<p>{t("imports.lead")}</p>} back={{ to: "/app/organisaties", label: t("nav.backToList") }} />
      <section className="card" aria-labelledby={`${id}-new`}>
        <h2 id={`${id}-new`}>{t("imports.start")}</h2>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void start();
          }}
          noValidate
        >
          <div className={["field", missing ? "field--invalid" : ""].filter(Boolean).join(" ")}>
            <label className="field__label" htmlFor={`${id}-file`}>
              {t("imports.file")}
            </label>
            <p className="field__hint" id={`${id}-hint`}>
              {t("imports.fileHint")}
            </p>
            <input
              ref={fileInput}
              id={`${id}-file`}
              type="file"
              className="input"
              accept=".zip,application/zip"
              aria-describedby={missing ? `${id}-hint ${id}-missing` : `${id}-hint`}
              aria-invalid={missing || undefined}
              disabled={busy}
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                setMissing(false);
                setError(null);
              }}
            />
            {missing ? (
              <p className="field__error" id={`${id}-missing`}>
                <span aria-hidden="true">⚠ </span>
                {t("imports.chooseFile")}
              </p>
            ) : null}
          </div>
          <fieldset className="field fieldset">
            <legend className="field__label">{t("imports.scope")}</legend>
            {(["limburg", "belgium"] as const).map((s) => (
              <div className="checkbox" key={s}>
                <input type="radio" id={`${id}-scope-${s}`} name={`${id}-scope`} value={s} checked={scope === s} onChange={() => setScope(s)} disabled={busy} />
                <label htmlFor={`${id}-scope-${s}`}>{t(`imports.scopeOptions.${s}`)}</label>
              </div>
            ))}
          </fieldset>
          <ErrorMessage error={error} fieldLabels={{ file: t("imports.file"), scope: t("imports.scope") }} />
          <div className="form__actions">
            <Button type="submit" variant="primary" busy={busy}>
              {t("imports.submit")}
            </Button>
          </div>
          {busy ? (
            <div className="org-progress">
              <label htmlFor={`${id}-upload`}>{progress !== null && progress < 1 ? t("imports.uploadingPct", { pct: Math.round(progress * 100) }) : t("imports.uploading")}</label>
              {progress !== null && progress < 1 ? <progress id={`${id}-upload`} value={progress} max={1} /> : <progress id={`${id}-upload`} />}
            </div>
          ) : null}
        </form>
      </section>

      <section aria-labelledby={`${id}-runs`}>
        <h2 id={`${id}-runs`}>{t("imports.runs")}</h2>
        {running ? <p className="muted">{t("imports.polling")}</p> : null}
        {runs.isPending ? <Loading /> : null}
        <ErrorMessage error={runs.error} onRetry={() => void runs.refetch()} />
        {runs.isSuccess && !items.length ? <p className="muted">{t("imports.runsEmpty")}</p> : null}
        {items.length ? (
          <ol className="org-runs" aria-label={t("imports.runsCaption")}>
            {items.map((run) => (
              <RunItem key={run.id} run={run} />
            ))}
          </ol>
        ) : null}
      </section>
    </div>
  );
}

function RunItem({ run }: { run: KboImportRun }) {
  const { t } = useOrgT();
  const f = useFormat();
  const id = useId();
  const phase = PHASES.includes(run.phase) ? t(`imports.phase.${run.phase}`) : t("imports.phase.other", { phase: run.phase });
  const pct = run.status === "succeeded" ? 100 : run.percent;
  return (
    <li className="card org-run">
      <h3 className="org-run__title">
        <span className="mono">{run.fileName}</span>
      </h3>
      <p className="stack-inline">
        <Pill tone={STATUS_TONE[run.status]}>
          <span aria-hidden="true">{STATUS_ICON[run.status]}</span>
          {t(`imports.status.${run.status}`)}
        </Pill>
        <Pill tone="neutral">{t(`imports.kindOptions.${run.kind}`)}</Pill>
        <Pill tone="neutral">{t(`imports.scopeShort.${run.scope}`)}</Pill>
        {run.snapshotDate ? <span className="muted">{t("imports.snapshot", { date: /^\d{4}-\d{2}-\d{2}/.test(run.snapshotDate) ? f.date(run.snapshotDate) : run.snapshotDate })}</span> : null}
      </p>
      <div className="org-progress">
        <label htmlFor={`${id}-p`}>
          {t("imports.col.progress")}: {phase}
          {pct !== null ? ` — ${f.number(pct, 0)} %` : ""}
          {" · "}
          {t("imports.rows", { rows: f.number(run.rowsDone) })}
        </label>
        {run.status === "running" && pct === null ? <progress id={`${id}-p`} /> : <progress id={`${id}-p`} value={pct ?? 0} max={100} />}
        {run.status === "running" && run.currentFile ? <p className="muted small">{t("imports.currentFile", { file: run.currentFile })}</p> : null}
      </div>
      <dl className="org-facts org-facts--inline">
        <div className="org-facts__item">
          <dt>{t("imports.col.started")}</dt>
          <dd>
            <time dateTime={run.startedAt}>{f.dateTime(run.startedAt)}</time> {t("imports.by", { who: run.startedBy })}
            {run.attempts > 1 ? ` · ${t("imports.attempts", { count: run.attempts })}` : ""}
          </dd>
        </div>
        <div className="org-facts__item">
          <dt>{t("imports.col.finished")}</dt>
          <dd>{run.finishedAt ? <time dateTime={run.finishedAt}>{f.dateTime(run.finishedAt)}</time> : "—"}</dd>
        </div>
      </dl>
      {run.error ? (
        <div className="alert alert--error">
          <p className="alert__title">{t("imports.error")}</p>
          <p>
            {run.error.file && run.error.line !== null ? (
              <strong>{t("imports.errorAt", { file: run.error.file, line: f.number(run.error.line) })}</strong>
            ) : run.error.file ? (
              <strong>{t("imports.errorInFile", { file: run.error.file })}</strong>
            ) : null}{" "}
            <span lang="en">{run.error.message}</span>
          </p>
        </div>
      ) : null}
    </li>
  );
}
