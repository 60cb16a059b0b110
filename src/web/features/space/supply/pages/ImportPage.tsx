/**
 * /app/ruimte/import: upload a GeoJSON or CSV file of parcels or parks, check it (dry run: every row with its
 * problems), then import it all at once.
 */
import { useId, useRef, useState, type FormEvent } from "react";
import { Link } from "react-router";
import type { ImportReport } from "../../../../../contracts/space-supply";
import { Button } from "../../../../components/Button";
import { DataTable, type Column } from "../../../../components/DataTable";
import { PageHeader, useDocumentTitle } from "../../../../components/PageHeader";
import { formatNumber } from "../../../../i18n/format";
import { useImport, useParks } from "../api";
import { SupplyError } from "../components/bits";
import { SpaceTabs } from "../components/SpaceTabs";
import { supplyDetail, useSupplyT } from "../i18n";
import "../supply.css";

type Row = ImportReport["rows"][number];

export function ImportPage() {
  const { t, locale } = useSupplyT();
  useDocumentTitle(t("import.title"));
  const id = useId();
  const parks = useParks({ limit: 1000, sort: "name" });
  const [target, setTarget] = useState<"parcels" | "parks">("parcels");
  const [park, setPark] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const [missingFile, setMissingFile] = useState(false);
  const [report, setReport] = useState<ImportReport | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const mutation = useImport();

  const run = (dryRun: boolean) => {
    if (!file) {
      setMissingFile(true);
      fileInput.current?.focus();
      return;
    }
    setMissingFile(false);
    mutation.mutate({ file, target, park: target === "parcels" && park ? park : undefined, dryRun }, { onSuccess: setReport });
  };
  const check = (e: FormEvent) => {
    e.preventDefault();
    run(true);
  };
  const reset = () => {
    setReport(null);
    setFile(null);
    mutation.reset();
    if (fileInput.current) fileInput.current.value = "";
  };
  const rowLabel = report?.format === "csv" ? t("import.colLine") : t("import.colFeature");
  const columns: Column<Row>[] = [
    { key: "row", header: rowLabel, align: "end", cell: (r) => String(r.row) },
    { key: "code", header: t("import.colCode"), rowHeader: true, cell: (r) => r.code ?? r.label },
    { key: "action", header: t("import.colAction"), cell: (r) => t(`import.action.${r.action}`) },
    { key: "area", header: t("import.colArea"), align: "end", cell: (r) => (r.areaM2 === null ? t("none") : `${formatNumber(r.areaM2, locale, 0)} m²`) },
    {
      key: "problems",
      header: t("import.colProblems"),
      cell: (r) => (r.problems.length === 0 ? t("none") : (
        <ul className="supply-problems">{r.problems.map((p, i) => <li key={i}>{p.path}: {supplyDetail(p)}</li>)}</ul>
      )),
    },
  ];
  const valid = report && report.counts.invalid === 0 && report.fileProblems.length === 0 && report.counts.total > 0;
  return (
    <div className="page">
      <PageHeader title={t("import.title")} description={t("import.lead")} back={{ to: "/app/ruimte/kaart", label: t("map.title") }} />
      <SpaceTabs />
      <form className="supply-form" onSubmit={check} noValidate>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-target`}>{t("import.target")}</label>
          <select id={`${id}-target`} className="input select" value={target} onChange={(e) => { setTarget(e.target.value as "parcels" | "parks"); setReport(null); }}>
            <option value="parcels">{t("import.targetParcels")}</option>
            <option value="parks">{t("import.targetParks")}</option>
          </select>
        </div>
        {target === "parcels" ? (
          <div className="field">
            <label className="field__label" htmlFor={`${id}-park`}>{t("import.park")}</label>
            <p className="field__hint" id={`${id}-park-hint`}>{t("import.parkHint")}</p>
            <select id={`${id}-park`} className="input select" aria-describedby={`${id}-park-hint`} value={park} onChange={(e) => { setPark(e.target.value); setReport(null); }}>
              <option value="">{t("import.noPark")}</option>
              {(parks.data?.items ?? []).map((p) => <option key={p.id} value={p.id}>{p.name} ({p.municipalityName})</option>)}
            </select>
          </div>
        ) : null}
        <div className="field">
          <label className="field__label" htmlFor={`${id}-file`}>{t("import.file")}</label>
          <p className="field__hint" id={`${id}-file-hint`}>{t("import.fileHint")}</p>
          <input
            ref={fileInput}
            id={`${id}-file`}
            className="input"
            type="file"
            accept=".geojson,.json,.csv,application/geo+json,application/json,text/csv"
            aria-describedby={`${id}-file-hint${missingFile ? ` ${id}-file-error` : ""}`}
            aria-invalid={missingFile || undefined}
            onChange={(e) => { setFile(e.target.files?.[0] ?? null); setReport(null); mutation.reset(); }}
          />
          {missingFile ? <p className="field__error" id={`${id}-file-error`}>{t("import.chooseFile")}</p> : null}
        </div>
        <SupplyError error={mutation.error} />
        <div className="button-row">
          <Button type="submit" busy={mutation.isPending && mutation.variables?.dryRun}>{t("import.check")}</Button>
          {valid && !report.applied ? <Button variant="primary" busy={mutation.isPending && !mutation.variables?.dryRun} onClick={() => run(false)}>{t("import.apply")}</Button> : null}
          {report ? <Button variant="ghost" onClick={reset}>{t("import.again")}</Button> : null}
        </div>
      </form>
      {report ? (
        <section className="supply-section" aria-labelledby={`${id}-report`}>
          <h2 id={`${id}-report`}>{report.applied ? t("import.reportApplied") : t("import.reportTitle")}</h2>
          <div role="status">
            {report.applied ? (
              <p>{t("import.appliedMessage", { create: report.counts.create, update: report.counts.update })} <Link to={`/app/ruimte/percelen${park ? `?park=${park}` : ""}`}>{t("import.toParcels")}</Link></p>
            ) : (
              <>
                <p>{t("import.counts", report.counts)}</p>
                <p>{report.fileProblems.length || report.counts.invalid ? t("import.someInvalid") : t("import.allValid")}</p>
              </>
            )}
          </div>
          {report.fileProblems.length ? (
            <div className="alert alert--error" role="alert">
              <p>{t("import.fileProblem")}</p>
              <ul>{report.fileProblems.map((p, i) => <li key={i}>{supplyDetail(p)}</li>)}</ul>
            </div>
          ) : null}
          {report.rows.length ? <DataTable caption={t("import.reportTitle")} captionHidden columns={columns} rows={report.rows} rowKey={(r) => String(r.row)} /> : null}
        </section>
      ) : null}
    </div>
  );
}
