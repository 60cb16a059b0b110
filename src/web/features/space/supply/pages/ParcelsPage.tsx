/** /app/ruimte/percelen: the parcels the user keeps or reads, filtered, sorted, paged and exported. */
import { Link } from "react-router";
import type { ParcelView } from "../../../../../contracts/space-supply";
import { DataTable, type Column } from "../../../../components/DataTable";
import { ErrorMessage } from "../../../../components/ErrorMessage";
import { PageHeader, useDocumentTitle } from "../../../../components/PageHeader";
import { Pagination } from "../../../../components/Pagination";
import { formatEuro, formatNumber } from "../../../../i18n/format";
import { useParcels } from "../api";
import { ExportBar } from "../components/ExportBar";
import { SupplyFilterBar, useSupplyFilters } from "../components/SupplyFilters";
import { AvailabilityBadge, DemoBadge } from "../components/bits";
import { SpaceTabs } from "../components/SpaceTabs";
import { useSupplyT } from "../i18n";
import "../supply.css";

const PAGE = 50;

export function ParcelsPage() {
  const { t, locale } = useSupplyT();
  useDocumentTitle(t("lists.parcelsTitle"));
  const { filters, set } = useSupplyFilters();
  const list = useParcels({ ...filters, limit: PAGE });
  const sortKey = filters.sort ?? "code";
  const columns: Column<ParcelView>[] = [
    { key: "code", header: t("cols.code"), sortKey: "code", rowHeader: true, cell: (p) => <><Link to={`/app/ruimte/percelen/${p.id}`}>{p.code}</Link><DemoBadge demo={p.demo} /></> },
    { key: "park", header: t("cols.park"), cell: (p) => (p.parkId ? <Link to={`/app/ruimte/terreinen/${p.parkId}`}>{p.parkName}</Link> : t("none")) },
    { key: "municipality", header: t("cols.municipality"), sortKey: "municipality", cell: (p) => p.municipalityName },
    { key: "area", header: t("cols.area"), sortKey: "area", align: "end", cell: (p) => `${formatNumber(p.areaM2 / 10_000, locale, 2)} ha` },
    { key: "availability", header: t("cols.availability"), sortKey: "availability", cell: (p) => <AvailabilityBadge value={p.availability} /> },
    { key: "price", header: t("cols.price"), align: "end", cell: (p) => (p.salePricePerM2Cents !== null ? `${formatEuro(p.salePricePerM2Cents / 100, locale)}/m²` : p.leasePricePerM2YearCents !== null ? `${formatEuro(p.leasePricePerM2YearCents / 100, locale)}/m² (${t("transaction.lease")})` : t("detail.onRequest")) },
  ];
  return (
    <div className="page">
      <PageHeader title={t("lists.parcelsTitle")} description={t("lists.parcelsLead")} />
      <SpaceTabs />
      <SupplyFilterBar />
      <ExportBar audience="staff" target="parcels" filters={filters} />
      <ErrorMessage error={list.error} />
      <DataTable
        caption={t("lists.caption")}
        captionHidden
        columns={columns}
        rows={list.data?.items}
        rowKey={(p) => p.id}
        loading={list.isLoading}
        emptyMessage={t("lists.empty")}
        sort={{ key: sortKey.replace(/^-/, ""), direction: sortKey.startsWith("-") ? "desc" : "asc" }}
        onSort={(key, direction) => set("sort", direction === "desc" ? `-${key}` : key)}
      />
      <Pagination total={list.data?.total ?? 0} limit={PAGE} offset={filters.offset ?? 0} onChange={(offset) => set("offset", String(offset))} />
    </div>
  );
}
