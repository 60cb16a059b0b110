/** /app/ruimte/terreinen/:id: one business park with its parcels on the map, sustainability, documents and an edit form. */
import { useId, useState, type FormEvent } from "react";
import { Link, useNavigate, useParams } from "react-router";
import type { ParkView } from "../../../../../contracts/space-supply";
import { Button } from "../../../../components/Button";
import { ErrorMessage } from "../../../../components/ErrorMessage";
import { Loading } from "../../../../components/Loading";
import { PageHeader, useDocumentTitle } from "../../../../components/PageHeader";
import { useToast } from "../../../../components/Toast";
import { formatNumber } from "../../../../i18n/format";
import { useParcels, usePark, useSupplyMap, useUpdatePark } from "../api";
import { AccessList, FeatureList } from "../components/Features";
import { Documents } from "../components/Documents";
import { SupplyMap } from "../components/SupplyMap";
import { AvailabilityBadge, DemoBadge, Dl, SupplyError } from "../components/bits";
import { useCanKeep } from "../components/useCanKeep";
import { useSupplyT } from "../i18n";
import { recordHref } from "./SupplyMapPage";
import "../supply.css";

export function ParkPage() {
  const { id = "" } = useParams();
  const { t, locale } = useSupplyT();
  const query = usePark(id);
  const p = query.data;
  useDocumentTitle(p?.name ?? t("lists.parksTitle"));
  const canKeep = useCanKeep(p?.municipalityNis);
  const parcels = useParcels({ park: id, limit: 500 });
  const map = useSupplyMap({ park: id }, "staff");
  const navigate = useNavigate();
  if (query.isLoading) return <Loading />;
  if (!p) return <ErrorMessage error={query.error} />;
  return (
    <div className="page">
      <PageHeader title={p.name} back={{ to: "/app/ruimte/terreinen", label: t("lists.parksTitle") }} meta={<><DemoBadge demo={p.demo} /> {p.code} · {t(`parkKind.${p.kind}`)} · {t(`status.${p.developmentStatus}`)}</>} />
      <SupplyMap data={map.data ? { ...map.data, features: map.data.features.filter((f) => f.properties.layer !== "park" || f.id === id) } : undefined} onSelect={(f) => navigate(recordHref(f))} />
      <section className="supply-section">
        <h2>{t("detail.general")}</h2>
        <Dl items={[
          [t("cols.municipality"), p.municipalityName],
          [t("detail.developmentStatus"), t(`status.${p.developmentStatus}`)],
          [t("detail.developer"), p.developer ?? t("none")],
          [t("detail.parkManager"), p.parkManager ?? t("none")],
          [t("detail.area"), `${formatNumber(p.areaM2 / 10_000, locale, 1)} ha`],
          [t("detail.availableArea"), `${formatNumber(p.availableAreaM2 / 10_000, locale, 1)} ha (${p.availableParcelCount}/${p.parcelCount})`],
          [t("detail.allowedNace"), p.allowedNace?.join(", ") ?? t("detail.noRestriction")],
          [t("detail.collaboration"), p.collaboration || t("none")],
          [t("detail.regulation"), p.regulation || t("none")],
          [t("detail.description"), p.description || t("none")],
        ]} />
      </section>
      <section className="supply-section">
        <h2>{t("detail.sustainability")}</h2>
        <FeatureList features={p.features} />
        <h2>{t("detail.accessTitle")}</h2>
        <AccessList access={p.access} />
      </section>
      <section className="supply-section">
        <h2>{t("detail.parcelsOfPark")}</h2>
        <ul>
          {(parcels.data?.items ?? []).map((c) => (
            <li key={c.id}><Link to={`/app/ruimte/percelen/${c.id}`}>{c.code}</Link> · {formatNumber(c.areaM2 / 10_000, locale, 2)} ha · <AvailabilityBadge value={c.availability} /></li>
          ))}
        </ul>
      </section>
      <section className="supply-section supply-confidential">
        <h2>{t("detail.confidential")}</h2>
        <p>{t("detail.confidentialNote")}</p>
        <Dl items={[[t("detail.notes"), p.confidential.notes || t("none")]]} />
      </section>
      <Documents documents={p.documents} owner={{ parkId: p.id }} canKeep={canKeep} />
      {canKeep ? <ParkEditForm key={p.version} park={p} /> : null}
    </div>
  );
}

function ParkEditForm({ park }: { park: ParkView }) {
  const { t } = useSupplyT();
  const toast = useToast();
  const id = useId();
  const [v, setV] = useState({ name: park.name, developer: park.developer ?? "", parkManager: park.parkManager ?? "", collaboration: park.collaboration, description: park.description, status: park.developmentStatus as string, features: park.features });
  const mutation = useUpdatePark(park.id);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    mutation.mutate(
      { version: park.version, name: v.name, developer: v.developer || null, parkManager: v.parkManager || null, collaboration: v.collaboration, description: v.description, developmentStatus: v.status as ParkView["developmentStatus"], features: v.features },
      { onSuccess: () => toast.success(t("edit.saved")) },
    );
  };
  const text = (key: "name" | "developer" | "parkManager" | "collaboration" | "description", label: string) => (
    <div className="field">
      <label className="field__label" htmlFor={`${id}-${key}`}>{label}</label>
      <input id={`${id}-${key}`} className="input" value={v[key]} onChange={(e) => setV({ ...v, [key]: e.target.value })} required={key === "name"} />
    </div>
  );
  return (
    <form className="supply-form" onSubmit={submit} aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t("edit.title")}</h2>
      {text("name", t("edit.name"))}
      <div className="field">
        <label className="field__label" htmlFor={`${id}-st`}>{t("edit.developmentStatus")}</label>
        <select id={`${id}-st`} className="input select" value={v.status} onChange={(e) => setV({ ...v, status: e.target.value })}>
          {(["planning", "development", "realisation", "management"] as const).map((s) => <option key={s} value={s}>{t(`status.${s}`)}</option>)}
        </select>
      </div>
      {text("developer", t("edit.developer"))}
      {text("parkManager", t("edit.parkManager"))}
      {text("collaboration", t("edit.collaboration"))}
      {text("description", t("edit.description"))}
      <fieldset className="fieldset">
        <legend>{t("detail.sustainability")}</legend>
        {(Object.keys(v.features) as (keyof ParkView["features"])[]).map((k) => (
          <div className="checkbox" key={k}>
            <input id={`${id}-f-${k}`} type="checkbox" checked={v.features[k]} onChange={(e) => setV({ ...v, features: { ...v.features, [k]: e.target.checked } })} />
            <label htmlFor={`${id}-f-${k}`}>{t(`features.${k}`)}</label>
          </div>
        ))}
      </fieldset>
      <SupplyError error={mutation.error} />
      <div><Button type="submit" busy={mutation.isPending}>{t("edit.submit")}</Button></div>
    </form>
  );
}
