/** /app/ruimte/panden/:id and /app/ruimte/brownfields/:id: one premises, one brownfield (staff view). */
import { Link, useParams } from "react-router";
import { ErrorMessage } from "../../../../components/ErrorMessage";
import { Loading } from "../../../../components/Loading";
import { PageHeader, useDocumentTitle } from "../../../../components/PageHeader";
import { formatDate, formatEuro, formatNumber } from "../../../../i18n/format";
import { useBrownfield, useDeleteRecord, usePremises } from "../api";
import { DeleteRecord } from "../components/DeleteRecord";
import { AccessList } from "../components/Features";
import { BrownfieldForm, PremisesForm } from "../components/RecordForms";
import { useCanKeep } from "../components/useCanKeep";
import { AvailabilityBadge, DemoBadge, Dl } from "../components/bits";
import { useSupplyT } from "../i18n";
import "../supply.css";

export function PremisesPage() {
  const { id = "" } = useParams();
  const { t, locale } = useSupplyT();
  const query = usePremises(id);
  const p = query.data;
  const canKeep = useCanKeep(p?.municipalityNis);
  const del = useDeleteRecord("premises", id);
  useDocumentTitle(p?.name ?? t("lists.premisesTitle"));
  if (query.isLoading) return <Loading />;
  if (!p) return <ErrorMessage error={query.error} />;
  const price = (cents: number | null) => (cents === null ? t("detail.onRequest") : `${formatEuro(cents / 100, locale)}/m²`);
  return (
    <div className="page">
      <PageHeader title={p.name} back={{ to: "/app/ruimte/panden", label: t("lists.premisesTitle") }} meta={<><AvailabilityBadge value={p.availability} /> <DemoBadge demo={p.demo} /></>}
        actions={canKeep ? <DeleteRecord del={del} version={p.version} title={t("records.confirmPremisesTitle")} label={t("records.deletePremises")}
          body={t("records.confirmBody", { name: p.name, code: p.code })} done={t("records.deletedPremises")} list="/app/ruimte/panden" /> : null} />
      <Dl items={[
        [t("cols.code"), p.code],
        [t("cols.park"), p.parkId ? <Link to={`/app/ruimte/terreinen/${p.parkId}`}>{p.parkName}</Link> : t("none")],
        [t("cols.municipality"), [p.street, p.houseNumber].filter(Boolean).join(" ") + (p.street ? ", " : "") + [p.postcode, p.municipalityName].filter(Boolean).join(" ")],
        [t("cols.kind"), t(`premisesKind.${p.kind}`)],
        [t("cols.floorArea"), `${formatNumber(p.floorAreaM2, locale, 0)} m²`],
        [t("detail.transaction"), t(`transaction.${p.transaction}`)],
        [t("detail.salePrice"), price(p.salePricePerM2Cents)],
        [t("detail.leasePrice"), price(p.leasePricePerM2YearCents)],
        [t("cols.vacantSince"), formatDate(p.vacantSince, locale)],
        [t("detail.availabilitySince"), formatDate(p.availabilitySince, locale)],
      ]} />
      <h2>{t("detail.accessTitle")}</h2>
      <AccessList access={p.access} />
      <section className="supply-section supply-confidential">
        <h2>{t("detail.confidential")}</h2>
        <Dl items={[[t("detail.owner"), p.confidential.ownerName ?? t("none")], [t("detail.notes"), p.confidential.notes || t("none")]]} />
      </section>
      {canKeep ? <PremisesForm key={p.version} premises={p} /> : null}
    </div>
  );
}

export function BrownfieldPage() {
  const { id = "" } = useParams();
  const { t, locale } = useSupplyT();
  const query = useBrownfield(id);
  const b = query.data;
  const canKeep = useCanKeep(b?.municipalityNis);
  const del = useDeleteRecord("brownfields", id);
  useDocumentTitle(b?.name ?? t("lists.brownfieldsTitle"));
  if (query.isLoading) return <Loading />;
  if (!b) return <ErrorMessage error={query.error} />;
  return (
    <div className="page">
      <PageHeader title={b.name} back={{ to: "/app/ruimte/brownfields", label: t("lists.brownfieldsTitle") }} meta={<DemoBadge demo={b.demo} />}
        actions={canKeep ? <DeleteRecord del={del} version={b.version} title={t("records.confirmBrownfieldTitle")} label={t("records.deleteBrownfield")}
          body={t("records.confirmBody", { name: b.name, code: b.code })} done={t("records.deletedBrownfield")} list="/app/ruimte/brownfields" /> : null} />
      <Dl items={[
        [t("cols.code"), b.code],
        [t("cols.kind"), t(`brownfieldKind.${b.kind}`)],
        [t("cols.municipality"), b.municipalityName],
        [t("cols.area"), `${formatNumber(b.areaM2 / 10_000, locale, 2)} ha`],
        [t("cols.renovation"), `${t(`renovation.${b.renovationStatus}`)} (${formatDate(b.renovationStatusSince, locale)})`],
        [t("cols.redevelopedOn"), formatDate(b.redevelopedOn, locale)],
        [t("detail.description"), b.description || t("none")],
      ]} />
      <section className="supply-section supply-confidential">
        <h2>{t("detail.confidential")}</h2>
        <Dl items={[[t("detail.notes"), b.confidential.notes || t("none")]]} />
      </section>
      {canKeep ? <BrownfieldForm key={b.version} brownfield={b} /> : null}
    </div>
  );
}
