/**
 * /app/audit (administrator): every audited change, filtered by kind of record, record id,
 * action, free text and date range (all in the URL); each row expands to its before/after;
 * the CSV export uses the same filters.
 */
import { useState } from "react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useSearchParams } from "react-router";
import { useTranslation } from "react-i18next";
import type { AuditEntry, AuditPage as AuditPageData } from "../../../contracts/audit";
import { api, qs } from "../../app/api";
import { DataTable, type Column } from "../../components/DataTable";
import { ErrorMessage } from "../../components/ErrorMessage";
import { ExportLinks } from "../../components/ExportLinks";
import { FilterBar, FilterInput } from "../../components/FilterBar";
import { PageHeader } from "../../components/PageHeader";
import { Pagination } from "../../components/Pagination";
import { RecordDiff } from "../../components/RecordDiff";
import { useActionLabel } from "../../components/RecordHistory";
import { SearchBox } from "../../components/SearchBox";
import { useFormat } from "../../i18n/hooks";
import { knownCodes } from "./i18n";

const LIMIT = 50;
const FILTERS = ["entity", "entityId", "actorId", "action", "q", "from", "to"] as const;
type Filters = Partial<Record<(typeof FILTERS)[number], string>>;

export function AuditPage() {
  const { t } = useTranslation("audit");
  const f = useFormat();
  const actionLabel = useActionLabel();
  const [params, setParams] = useSearchParams();
  const [open, setOpen] = useState<Set<number>>(new Set());

  const filters: Filters = {};
  for (const k of FILTERS) {
    const v = params.get(k);
    if (v) filters[k] = v;
  }
  const offset = Math.max(0, Number(params.get("offset")) || 0);
  const query = useQuery({
    queryKey: ["audit", "list", filters, offset],
    queryFn: () => api.get<AuditPageData>(`/api/audit${qs({ ...filters, limit: LIMIT, offset })}`),
    placeholderData: keepPreviousData,
  });

  const update = (changes: Record<string, string | undefined>, keepOffset = false) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    if (!keepOffset) next.delete("offset");
    setParams(next);
  };

  const entityLabel = (e: string) => t(`entity.${e}`, { defaultValue: e });
  const toggle = (id: number) =>
    setOpen((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const codes = knownCodes();
  const columns: Column<AuditEntry>[] = [
    { key: "at", header: t("col.at"), rowHeader: true, cell: (e) => <time dateTime={e.at}>{f.dateTime(e.at)}</time> },
    { key: "actor", header: t("col.actor"), cell: (e) => e.actorLabel },
    {
      key: "action",
      header: t("col.action"),
      cell: (e) => (
        <>
          {actionLabel(e.action)}
          <br />
          <code className="muted small">{e.action}</code>
        </>
      ),
    },
    {
      key: "record",
      header: t("col.record"),
      cell: (e) => (
        <>
          {entityLabel(e.entity)}
          <br />
          <button type="button" className="link-button small mono" onClick={() => update({ entity: e.entity, entityId: e.entityId })}>
            {e.entityId}
          </button>
        </>
      ),
    },
    {
      key: "details",
      header: t("col.details"),
      cell: (e) => {
        const expanded = open.has(e.id);
        const label = { action: actionLabel(e.action), at: f.dateTime(e.at) };
        return (
          <button
            type="button"
            className="btn btn--ghost btn--small"
            aria-expanded={expanded}
            aria-controls={`audit-detail-${e.id}`}
            aria-label={expanded ? t("hideFor", label) : t("showFor", label)}
            onClick={() => toggle(e.id)}
          >
            <span aria-hidden="true">{expanded ? "▾ " : "▸ "}</span>
            {expanded ? t("hide") : t("show")}
          </button>
        );
      },
    },
  ];

  const anyFilter = FILTERS.some((k) => filters[k]);
  return (
    <div className="page">
      <PageHeader title={t("title")} description={<p>{t("intro")}</p>} />
      <FilterBar onReset={() => update(Object.fromEntries(FILTERS.map((k) => [k, undefined])))} resetDisabled={!anyFilter}>
        <SearchBox label={t("filters.q")} value={filters.q ?? ""} onSearch={(q) => update({ q })} />
        <FilterInput label={t("filters.entity")} value={filters.entity ?? ""} onChange={(entity) => update({ entity })} suggestions={codes.entities.map((e) => ({ value: e, label: entityLabel(e) }))} />
        <FilterInput label={t("filters.entityId")} value={filters.entityId ?? ""} onChange={(entityId) => update({ entityId })} />
        <FilterInput label={t("filters.action")} value={filters.action ?? ""} onChange={(action) => update({ action })} suggestions={codes.actions.map((a) => ({ value: a, label: actionLabel(a) }))} />
        <FilterInput label={t("filters.from")} type="date" value={filters.from ?? ""} onChange={(from) => update({ from })} />
        <FilterInput label={t("filters.to")} type="date" value={filters.to ?? ""} onChange={(to) => update({ to })} />
      </FilterBar>
      {filters.actorId ? (
        <p className="chip-list">
          <span className="chip">
            {t("filters.actor", { id: filters.actorId })}
            <button type="button" className="chip__remove" aria-label={t("filters.clearActor")} onClick={() => update({ actorId: undefined })}>
              <span aria-hidden="true">×</span>
            </button>
          </span>
        </p>
      ) : null}
      <div className="toolbar">
        <p className="toolbar__count" role="status">
          {query.data ? t("count", { count: query.data.total }) : ""}
        </p>
        <ExportLinks label={t("export")} csv={`/api/audit/export.csv${qs(filters)}`} />
      </div>
      <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      <DataTable
        caption={t("caption")}
        captionHidden
        columns={columns}
        rows={query.data?.items}
        rowKey={(e) => String(e.id)}
        loading={query.isFetching}
        emptyMessage={t("empty")}
        rowDetail={(e) =>
          open.has(e.id) ? (
            <div id={`audit-detail-${e.id}`} className="audit-detail">
              <RecordDiff before={e.before} after={e.after} />
              {e.requestId ? (
                <p className="muted small">
                  {t("requestId")}: <code>{e.requestId}</code>
                </p>
              ) : null}
            </div>
          ) : null
        }
      />
      {query.data ? <Pagination total={query.data.total} limit={LIMIT} offset={offset} onChange={(o) => update({ offset: o ? String(o) : undefined }, true)} /> : null}
    </div>
  );
}
