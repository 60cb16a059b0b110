/** /app/ruimte/percelen/:id: one parcel (staff view with the confidential block), its availability, edit form and documents. */
import { Link, useParams } from "react-router";
import { ErrorMessage } from "../../../../components/ErrorMessage";
import { Loading } from "../../../../components/Loading";
import { PageHeader, useDocumentTitle } from "../../../../components/PageHeader";
import { formatDate, formatEuro, formatNumber } from "../../../../i18n/format";
import { FEATURE_KEYS } from "../../../../../contracts/space-supply";
import { useDeleteRecord, useParcel } from "../api";
import { DeleteRecord } from "../components/DeleteRecord";
import { AccessList, FeatureList } from "../components/Features";
import { Documents } from "../components/Documents";
import { AvailabilityForm, ParcelEditForm } from "../components/ParcelForms";
import { AvailabilityBadge, DemoBadge, Dl } from "../components/bits";
import { useCanKeep } from "../components/useCanKeep";
import { useSupplyT } from "../i18n";
import "../supply.css";

export function ParcelPage() {
  const { id = "" } = useParams();
  const { t, locale } = useSupplyT();
  const query = useParcel(id);
  const p = query.data;
  useDocumentTitle(p ? t("detail.parcelTitle", { code: p.code }) : t("lists.parcelsTitle"));
  const canKeep = useCanKeep(p?.municipalityNis);
  const del = useDeleteRecord("parcels", id);
  if (query.isLoading) return <Loading />;
  if (!p) return <ErrorMessage error={query.error} />;
  const price = (cents: number | null) => (cents === null ? t("detail.onRequest") : `${formatEuro(cents / 100, locale)}/m²`);
  return (
    <div className="page">
      <PageHeader
        title={t("detail.parcelTitle", { code: p.code })}
        back={{ to: "/app/ruimte/percelen", label: t("lists.parcelsTitle") }}
        meta={<><AvailabilityBadge value={p.availability} /> <DemoBadge demo={p.demo} /> · {t("detail.version", { version: p.version })}</>}
        actions={canKeep ? <DeleteRecord del={del} version={p.version} label={t("del.parcel")} title={t("del.confirmTitle")}
          body={t("del.confirmBody", { code: p.code })} done={t("del.done")} list="/app/ruimte/percelen" /> : null}
      />
      <section className="supply-section">
        <h2>{t("detail.general")}</h2>
        <Dl items={[
          [t("cols.park"), p.parkId ? <Link to={`/app/ruimte/terreinen/${p.parkId}`}>{p.parkName}</Link> : t("none")],
          [t("cols.municipality"), p.municipalityName],
          [t("detail.cadastralRef"), p.cadastralRef ?? t("none")],
          [t("detail.area"), `${formatNumber(p.areaM2, locale, 0)} m² (${formatNumber(p.areaM2 / 10_000, locale, 2)} ha)`],
          [t("detail.statedArea"), p.statedAreaM2 === null ? t("none") : `${formatNumber(p.statedAreaM2, locale, 0)} m²`],
          [t("detail.zoning"), p.zoning ?? t("none")],
          [t("detail.allowedNace"), p.allowedNace?.join(", ") ?? t("detail.noRestriction")],
          [t("cols.availability"), <><AvailabilityBadge value={p.availability} /> {t("detail.availabilitySince")} {formatDate(p.availabilitySince, locale)}</>],
          [t("detail.availableFrom"), formatDate(p.availableFrom, locale)],
          [t("detail.activatedOn"), formatDate(p.activatedOn, locale)],
          [t("detail.origin"), t(`origin.${p.origin}`)],
          [t("detail.transaction"), t(`transaction.${p.transaction}`)],
          [t("detail.salePrice"), price(p.salePricePerM2Cents)],
          [t("detail.leasePrice"), price(p.leasePricePerM2YearCents)],
          [t("detail.restrictions"), p.restrictions ?? t("none")],
          [t("detail.preemption"), p.preemptionRight ? t("yes") : t("no")],
          [t("detail.buyback"), p.buybackRight ? t("yes") : t("no")],
        ]} />
      </section>
      <section className="supply-section">
        <h2>{t("detail.sustainability")}</h2>
        <FeatureList features={p.effectiveFeatures} own={Object.fromEntries(FEATURE_KEYS.map((k) => [k, p.features[k]]))} />
        <h2>{t("detail.accessTitle")}</h2>
        <AccessList access={p.effectiveAccess} />
      </section>
      <section className="supply-section supply-confidential" aria-labelledby="conf-h">
        <h2 id="conf-h">{t("detail.confidential")}</h2>
        <p>{t("detail.confidentialNote")}</p>
        <Dl items={[
          [t("detail.strategic"), p.confidential.strategic ? t("yes") : t("no")],
          [t("detail.owner"), p.confidential.ownerOrganisationName ?? p.confidential.ownerName ?? t("none")],
          [t("detail.minPrice"), p.confidential.minPricePerM2Cents === null ? t("none") : `${formatEuro(p.confidential.minPricePerM2Cents / 100, locale)}/m²`],
          [t("detail.notes"), p.confidential.notes || t("none")],
        ]} />
      </section>
      {canKeep ? <AvailabilityForm key={`a${p.version}`} parcel={p} /> : null}
      <Documents documents={p.documents} owner={{ parcelId: p.id }} canKeep={canKeep} />
      {canKeep ? <ParcelEditForm key={`e${p.version}`} parcel={p} /> : null}
    </div>
  );
}
