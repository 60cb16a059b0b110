/** /ruimte: the public catalogue of business space (no login): the map and the parcels and premises on offer. */
import { useId } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { DataTable, type Column } from "../../../../components/DataTable";
import { ErrorMessage } from "../../../../components/ErrorMessage";
import { Loading } from "../../../../components/Loading";
import { PageHeader, useDocumentTitle } from "../../../../components/PageHeader";
import { Pagination } from "../../../../components/Pagination";
import { formatDate, formatEuro, formatNumber } from "../../../../i18n/format";
import type { PublicParcelView, PublicPremisesView } from "../../../../../contracts/space-supply";
import { usePublicParcel, usePublicParcels, usePublicPremises, useSupplyMap } from "../api";
import { ExportBar } from "../components/ExportBar";
import { AccessList, FeatureList } from "../components/Features";
import { SupplyFilterBar, useSupplyFilters } from "../components/SupplyFilters";
import { SupplyMap } from "../components/SupplyMap";
import { AvailabilityBadge, DemoBadge, Dl } from "../components/bits";
import { useSupplyT } from "../i18n";
import "../supply.css";

const PAGE = 25;

export function PublicSpacePage() {
  const { t, locale } = useSupplyT();
  useDocumentTitle(t("public.title"));
  const navigate = useNavigate();
  const { filters, set } = useSupplyFilters();
  const map = useSupplyMap({ ...filters, offset: undefined, sort: undefined }, "public");
  const parcels = usePublicParcels({ ...filters, limit: PAGE });
  const premises = usePublicPremises({ ...filters, kind: undefined, limit: 100, offset: 0 });
  const listId = useId();
  const price = (p: { salePricePerM2Cents: number | null; leasePricePerM2YearCents: number | null }) =>
    p.salePricePerM2Cents !== null ? `${formatEuro(p.salePricePerM2Cents / 100, locale)}/m²` : p.leasePricePerM2YearCents !== null ? `${formatEuro(p.leasePricePerM2YearCents / 100, locale)}/m² (${t("transaction.lease")})` : t("detail.onRequest");
  const parcelColumns: Column<PublicParcelView>[] = [
    { key: "code", header: t("cols.code"), rowHeader: true, cell: (p) => <><Link to={`/ruimte/percelen/${p.id}`}>{p.code}</Link><DemoBadge demo={p.demo} /></> },
    { key: "park", header: t("cols.park"), cell: (p) => p.parkName ?? t("none") },
    { key: "municipality", header: t("cols.municipality"), cell: (p) => p.municipalityName },
    { key: "area", header: t("cols.area"), align: "end", cell: (p) => `${formatNumber(p.areaM2 / 10_000, locale, 2)} ha` },
    { key: "availability", header: t("cols.availability"), cell: (p) => <AvailabilityBadge value={p.availability} /> },
    { key: "price", header: t("cols.price"), align: "end", cell: price },
  ];
  const premisesColumns: Column<PublicPremisesView>[] = [
    { key: "name", header: t("cols.name"), rowHeader: true, cell: (p) => <>{p.name}<DemoBadge demo={p.demo} /></> },
    { key: "municipality", header: t("cols.municipality"), cell: (p) => p.municipalityName },
    { key: "kind", header: t("cols.kind"), cell: (p) => t(`premisesKind.${p.kind}`) },
    { key: "area", header: t("cols.floorArea"), align: "end", cell: (p) => `${formatNumber(p.floorAreaM2, locale, 0)} m²` },
    { key: "price", header: t("cols.price"), align: "end", cell: price },
  ];
  return (
    <div className="page">
      <PageHeader title={t("public.title")} description={t("public.lead")} />
      <SupplyFilterBar />
      <ErrorMessage error={map.error ?? parcels.error} />
      <SupplyMap data={map.data} describedBy={listId} onSelect={(f) => (f.layer === "parcel" ? navigate(`/ruimte/percelen/${f.id}`) : undefined)} />
      <section id={listId} className="supply-section">
        <h2>{t("public.parcelsTitle")}</h2>
        <DataTable caption={t("public.parcelsTitle")} captionHidden columns={parcelColumns} rows={parcels.data?.items} rowKey={(p) => p.id} loading={parcels.isLoading} emptyMessage={t("lists.empty")} />
        <Pagination total={parcels.data?.total ?? 0} limit={PAGE} offset={filters.offset ?? 0} onChange={(offset) => set("offset", String(offset))} />
        <h3>{t("public.openData")}</h3>
        <ExportBar audience="public" target="parcels" filters={filters} />
      </section>
      <section className="supply-section">
        <h2>{t("public.premisesTitle")}</h2>
        <DataTable caption={t("public.premisesTitle")} captionHidden columns={premisesColumns} rows={premises.data?.items} rowKey={(p) => p.id} loading={premises.isLoading} emptyMessage={t("lists.empty")} />
      </section>
    </div>
  );
}

export function PublicParcelPage() {
  const { id = "" } = useParams();
  const { t, locale } = useSupplyT();
  const query = usePublicParcel(id);
  const p = query.data;
  useDocumentTitle(p ? t("public.parcelTitle", { code: p.code }) : t("public.title"));
  if (query.isLoading) return <Loading />;
  if (!p) return <ErrorMessage error={query.error} />;
  const price = (cents: number | null) => (cents === null ? t("detail.onRequest") : `${formatEuro(cents / 100, locale)}/m²`);
  return (
    <div className="page">
      <PageHeader title={t("public.parcelTitle", { code: p.code })} back={{ to: "/ruimte", label: t("public.back") }} meta={<><AvailabilityBadge value={p.availability} /> <DemoBadge demo={p.demo} /></>} />
      <Dl items={[
        [t("cols.park"), p.parkName ?? t("none")],
        [t("cols.municipality"), p.municipalityName],
        [t("detail.area"), `${formatNumber(p.areaM2, locale, 0)} m² (${formatNumber(p.areaM2 / 10_000, locale, 2)} ha)`],
        [t("detail.zoning"), p.zoning ?? t("none")],
        [t("detail.allowedNace"), p.allowedNace?.join(", ") ?? t("detail.noRestriction")],
        [t("detail.availableFrom"), formatDate(p.availableFrom, locale)],
        [t("detail.transaction"), t(`transaction.${p.transaction}`)],
        [t("detail.salePrice"), price(p.salePricePerM2Cents)],
        [t("detail.leasePrice"), price(p.leasePricePerM2YearCents)],
        [t("detail.restrictions"), p.restrictions ?? t("none")],
        [t("detail.preemption"), p.preemptionRight ? t("yes") : t("no")],
        [t("detail.buyback"), p.buybackRight ? t("yes") : t("no")],
      ]} />
      <h2>{t("detail.sustainability")}</h2>
      <FeatureList features={p.effectiveFeatures} />
      <h2>{t("detail.accessTitle")}</h2>
      <AccessList access={p.effectiveAccess} />
      <h2>{t("detail.documents")}</h2>
      {p.documents.length ? <ul>{p.documents.map((d) => <li key={d.id}><a href={d.url} rel="noreferrer noopener" target="_blank">{d.title}</a></li>)}</ul> : <p>{t("detail.noDocuments")}</p>}
    </div>
  );
}
