/** /app/ruimte/terreinen, /app/ruimte/panden and /app/ruimte/brownfields: lists with filters, sort, pages, export. */
import { Link } from "react-router";
import type { BrownfieldView, ParkView, PremisesView } from "../../../../../contracts/space-supply";
import { ButtonLink } from "../../../../components/Button";
import { DataTable, type Column } from "../../../../components/DataTable";
import { ErrorMessage } from "../../../../components/ErrorMessage";
import { PageHeader, useDocumentTitle } from "../../../../components/PageHeader";
import { Pagination } from "../../../../components/Pagination";
import { formatDate, formatNumber } from "../../../../i18n/format";
import { useBrownfields, useParks, usePremisesList } from "../api";
import { ExportBar } from "../components/ExportBar";
import { SupplyFilterBar, useSupplyFilters } from "../components/SupplyFilters";
import { AvailabilityBadge, DemoBadge } from "../components/bits";
import { SpaceTabs } from "../components/SpaceTabs";
import { useMayRecord } from "../components/useCanKeep";
import { useSupplyT } from "../i18n";
import "../supply.css";

const PAGE = 50;

function useSort() {
  const { filters, set } = useSupplyFilters();
  const key = filters.sort ?? "code";
  return {
    sort: { key: key.replace(/^-/, ""), direction: key.startsWith("-") ? ("desc" as const) : ("asc" as const) },
    onSort: (k: string, d: "asc" | "desc") => set("sort", d === "desc" ? `-${k}` : k),
  };
}

export function ParksPage() {
  const { t, locale } = useSupplyT();
  useDocumentTitle(t("lists.parksTitle"));
  const { filters, set } = useSupplyFilters();
  const list = useParks({ ...filters, limit: PAGE });
  const columns: Column<ParkView>[] = [
    { key: "name", header: t("cols.name"), sortKey: "name", rowHeader: true, cell: (p) => <><Link to={`/app/ruimte/terreinen/${p.id}`}>{p.name}</Link><DemoBadge demo={p.demo} /></> },
    { key: "code", header: t("cols.code"), sortKey: "code", cell: (p) => p.code },
    { key: "municipality", header: t("cols.municipality"), sortKey: "municipality", cell: (p) => p.municipalityName },
    { key: "kind", header: t("cols.kind"), cell: (p) => t(`parkKind.${p.kind}`) },
    { key: "status", header: t("cols.status"), cell: (p) => t(`status.${p.developmentStatus}`) },
    { key: "area", header: t("cols.area"), sortKey: "area", align: "end", cell: (p) => `${formatNumber(p.areaM2 / 10_000, locale, 1)} ha` },
    { key: "available", header: t("cols.available"), align: "end", cell: (p) => `${formatNumber(p.availableAreaM2 / 10_000, locale, 1)} ha (${p.availableParcelCount}/${p.parcelCount})` },
  ];
  return (
    <div className="page">
      <PageHeader title={t("lists.parksTitle")} description={t("lists.parksLead")} />
      <SpaceTabs />
      <SupplyFilterBar />
      <ExportBar audience="staff" target="parks" filters={filters} />
      <ErrorMessage error={list.error} />
      <DataTable caption={t("lists.caption")} captionHidden columns={columns} rows={list.data?.items} rowKey={(p) => p.id} loading={list.isLoading} emptyMessage={t("lists.empty")} {...useSort()} />
      <Pagination total={list.data?.total ?? 0} limit={PAGE} offset={filters.offset ?? 0} onChange={(offset) => set("offset", String(offset))} />
    </div>
  );
}

export function PremisesListPage() {
  const { t, locale } = useSupplyT();
  useDocumentTitle(t("lists.premisesTitle"));
  const mayRecord = useMayRecord();
  const { filters, set } = useSupplyFilters();
  const list = usePremisesList({ ...filters, kind: undefined, limit: PAGE });
  const columns: Column<PremisesView>[] = [
    { key: "name", header: t("cols.name"), sortKey: "name", rowHeader: true, cell: (p) => <><Link to={`/app/ruimte/panden/${p.id}`}>{p.name}</Link><DemoBadge demo={p.demo} /></> },
    { key: "municipality", header: t("cols.municipality"), sortKey: "municipality", cell: (p) => p.municipalityName },
    { key: "kind", header: t("cols.kind"), cell: (p) => t(`premisesKind.${p.kind}`) },
    { key: "area", header: t("cols.floorArea"), sortKey: "area", align: "end", cell: (p) => `${formatNumber(p.floorAreaM2, locale, 0)} m²` },
    { key: "availability", header: t("cols.availability"), sortKey: "availability", cell: (p) => <AvailabilityBadge value={p.availability} /> },
    { key: "vacant", header: t("cols.vacantSince"), cell: (p) => formatDate(p.vacantSince, locale) },
  ];
  return (
    <div className="page">
      <PageHeader title={t("lists.premisesTitle")} description={t("lists.premisesLead")} actions={mayRecord ? <ButtonLink to="/app/ruimte/panden/nieuw" variant="primary">{t("records.newPremises")}</ButtonLink> : null} />
      <SpaceTabs />
      <SupplyFilterBar withKind={false} />
      <ErrorMessage error={list.error} />
      <DataTable caption={t("lists.caption")} captionHidden columns={columns} rows={list.data?.items} rowKey={(p) => p.id} loading={list.isLoading} emptyMessage={t("lists.empty")} {...useSort()} />
      <Pagination total={list.data?.total ?? 0} limit={PAGE} offset={filters.offset ?? 0} onChange={(offset) => set("offset", String(offset))} />
    </div>
  );
}

export function BrownfieldsPage() {
  const { t, locale } = useSupplyT();
  useDocumentTitle(t("lists.brownfieldsTitle"));
  const mayRecord = useMayRecord();
  const { filters, set } = useSupplyFilters();
  const list = useBrownfields({ ...filters, availability: undefined, kind: undefined, limit: PAGE });
  const columns: Column<BrownfieldView>[] = [
    { key: "name", header: t("cols.name"), sortKey: "name", rowHeader: true, cell: (b) => <><Link to={`/app/ruimte/brownfields/${b.id}`}>{b.name}</Link><DemoBadge demo={b.demo} /></> },
    { key: "municipality", header: t("cols.municipality"), sortKey: "municipality", cell: (b) => b.municipalityName },
    { key: "kind", header: t("cols.kind"), cell: (b) => t(`brownfieldKind.${b.kind}`) },
    { key: "area", header: t("cols.area"), sortKey: "area", align: "end", cell: (b) => `${formatNumber(b.areaM2 / 10_000, locale, 2)} ha` },
    { key: "renovation", header: t("cols.renovation"), cell: (b) => t(`renovation.${b.renovationStatus}`) },
    { key: "redeveloped", header: t("cols.redevelopedOn"), cell: (b) => formatDate(b.redevelopedOn, locale) },
  ];
  return (
    <div className="page">
      <PageHeader title={t("lists.brownfieldsTitle")} description={t("lists.brownfieldsLead")} actions={mayRecord ? <ButtonLink to="/app/ruimte/brownfields/nieuw" variant="primary">{t("records.newBrownfield")}</ButtonLink> : null} />
      <SpaceTabs />
      <SupplyFilterBar withAvailability={false} withKind={false} />
      <ErrorMessage error={list.error} />
      <DataTable caption={t("lists.caption")} captionHidden columns={columns} rows={list.data?.items} rowKey={(b) => b.id} loading={list.isLoading} emptyMessage={t("lists.empty")} {...useSort()} />
      <Pagination total={list.data?.total ?? 0} limit={PAGE} offset={filters.offset ?? 0} onChange={(offset) => set("offset", String(offset))} />
    </div>
  );
}
