/** /app/ruimte/vragen: the space demands the user may see (own organisation, own municipality, or all for staff). */
import { useState } from "react";
import { Link } from "react-router";
import type { DemandView } from "../../../../contracts/space-demand";
import { useAuth } from "../../../app/auth";
import { ButtonLink } from "../../../components/Button";
import { DataTable, type Column } from "../../../components/DataTable";
import { ErrorMessage } from "../../../components/ErrorMessage";
import { ExportLinks } from "../../../components/ExportLinks";
import { downloadCsv } from "../../../app/csv";
import { FilterBar, FilterInput, FilterSelect } from "../../../components/FilterBar";
import { PageHeader } from "../../../components/PageHeader";
import { Pagination } from "../../../components/Pagination";
import { formatNumber } from "../../../i18n/format";
import { useDemands } from "../demand/api";
import { useDemandT } from "../demand/i18n";
import "../demand/demand.css";

const PAGE = 25;

export function DemandsPage() {
  const { t, locale } = useDemandT();
  const { hasRole } = useAuth();
  const [q, setQ] = useState("");
  const [status, setStatus] = useState("");
  const [page, setPage] = useState(1);
  const list = useDemands({ q: q || undefined, status: (status || undefined) as DemandView["status"] | undefined, page, pageSize: PAGE });
  const columns: Column<DemandView>[] = [
    {
      key: "title",
      header: t("list.colTitle"),
      rowHeader: true,
      cell: (d) => (
        <>
          <Link to={`/app/ruimte/vragen/${d.id}`}>{d.title}</Link>
          {d.demo ? <span className="pill"> {t("demo")}</span> : null}
        </>
      ),
    },
    { key: "company", header: t("list.colCompany"), cell: (d) => d.organisationName },
    { key: "what", header: t("list.colWhat"), cell: (d) => `${t(`kind.${d.kind}`)} · ${t(`transaction.${d.transaction}`)}` },
    { key: "area", header: t("list.colArea"), align: "end", cell: (d) => `${formatNumber(d.areaMinM2, locale, 0)}–${formatNumber(d.areaMaxM2, locale, 0)} m²` },
    { key: "suggestions", header: t("list.colSuggestions"), align: "end", cell: (d) => formatNumber(d.suggestionCount, locale) },
    { key: "status", header: t("list.colStatus"), cell: (d) => t(`status.${d.status}`) },
  ];
  return (
    <div className="page">
      <PageHeader
        title={t("list.title")}
        description={t("list.lead")}
        actions={hasRole("entrepreneur", "administrator", "account_manager") ? <ButtonLink to="/app/ruimte/vragen/nieuw" variant="primary">{t("list.new")}</ButtonLink> : null}
      />
      <FilterBar label={t("list.title")} onReset={() => { setQ(""); setStatus(""); setPage(1); }} resetDisabled={!q && !status}>
        <FilterInput label={t("list.search")} value={q} onChange={(v) => { setQ(v); setPage(1); }} />
        <FilterSelect
          label={t("list.status")}
          value={status}
          onChange={(v) => { setStatus(v); setPage(1); }}
          options={(["open", "closed", "withdrawn"] as const).map((s) => ({ value: s, label: t(`status.${s}`) }))}
        />
      </FilterBar>
      <ErrorMessage error={list.error} />
      <ExportLinks
        csv={() =>
          downloadCsv("ruimtevragen.csv", [
            [t("list.colTitle"), t("list.colCompany"), t("list.colWhat"), "m² min", "m² max", t("list.colSuggestions"), t("list.colStatus")],
            ...(list.data?.items ?? []).map((d) => [d.title, d.organisationName, `${t(`kind.${d.kind}`)} · ${t(`transaction.${d.transaction}`)}`, d.areaMinM2, d.areaMaxM2, d.suggestionCount, t(`status.${d.status}`)]),
          ])
        }
      />
      <DataTable caption={t("list.caption")} captionHidden columns={columns} rows={list.data?.items} rowKey={(d) => d.id} loading={list.isLoading} emptyMessage={t("list.empty")} />
      <Pagination total={list.data?.total ?? 0} limit={PAGE} offset={(page - 1) * PAGE} onChange={(offset) => setPage(Math.floor(offset / PAGE) + 1)} />
    </div>
  );
}
