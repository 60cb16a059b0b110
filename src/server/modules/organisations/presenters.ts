import type { KboImportRun, OrganisationListItem } from "../../../contracts/organisations.js";
import { formatEnterpriseNumber } from "./enterprise-number.js";

/** A kbo_import_runs row as the driver returns it (snake case). */
export interface RunRecord {
  id: string;
  kind: "full" | "update";
  scope: "limburg" | "belgium";
  status: "running" | "succeeded" | "failed" | "abandoned";
  phase: string;
  file_name: string;
  extract_number: string | null;
  snapshot_date: string | null;
  current_file: string | null;
  files: { name: string; rows: number; done: boolean }[];
  rows_done: number | string;
  rows_total_estimate: number | string | null;
  bytes_done: number | string;
  bytes_total: number | string | null;
  attempts: number;
  summary: Record<string, unknown> | null;
  error: string | null;
  error_file: string | null;
  error_line: number | null;
  started_by: string;
  started_at: Date | string;
  updated_at: Date | string;
  finished_at: Date | string | null;
}

const iso = (d: Date | string) => (d instanceof Date ? d.toISOString() : new Date(d).toISOString());
const num = (v: number | string | null) => (v === null ? null : Number(v));

export function presentRun(r: RunRecord): KboImportRun {
  const bytesTotal = num(r.bytes_total);
  const bytesDone = Number(r.bytes_done);
  const percent =
    r.status === "succeeded" ? 100 : bytesTotal ? Math.min(99.9, Math.round((bytesDone / bytesTotal) * 1000) / 10) : r.status === "running" ? 0 : null;
  return {
    id: r.id,
    kind: r.kind,
    scope: r.scope,
    status: r.status,
    phase: r.phase,
    fileName: r.file_name,
    extractNumber: r.extract_number,
    snapshotDate: r.snapshot_date,
    currentFile: r.current_file,
    files: r.files ?? [],
    rowsDone: Number(r.rows_done),
    rowsTotalEstimate: num(r.rows_total_estimate),
    percent,
    attempts: r.attempts,
    summary: r.summary,
    error: r.error ? { message: r.error, file: r.error_file, line: r.error_line } : null,
    startedBy: r.started_by,
    startedAt: iso(r.started_at),
    updatedAt: iso(r.updated_at),
    finishedAt: r.finished_at ? iso(r.finished_at) : null,
  };
}

/** An organisations row (Drizzle, camel case) as a list item. */
export interface OrganisationRecord {
  id: string;
  kind: string;
  enterpriseNumber: string | null;
  name: string;
  legalForm: string | null;
  legalFormLabel: string | null;
  postcode: string | null;
  place: string | null;
  municipalityNis: string | null;
  smeClass: string;
  source: string;
  kboActive: boolean;
}

export function presentListItem(o: OrganisationRecord): OrganisationListItem {
  return {
    id: o.id,
    kind: o.kind as OrganisationListItem["kind"],
    enterpriseNumber: o.enterpriseNumber ? formatEnterpriseNumber(o.enterpriseNumber) : null,
    name: o.name,
    legalForm: o.legalFormLabel ?? o.legalForm,
    postcode: o.postcode,
    place: o.place,
    municipalityNis: o.municipalityNis,
    smeClass: o.smeClass as OrganisationListItem["smeClass"],
    source: o.source as OrganisationListItem["source"],
    kboActive: o.kboActive,
  };
}
