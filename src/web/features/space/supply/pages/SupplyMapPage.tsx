/** /app/ruimte/kaart: parks, parcels and premises on the map, with filters; a click opens the record. */
import { useId } from "react";
import { Link, useNavigate } from "react-router";
import { useAuth } from "../../../../app/auth";
import { ButtonLink } from "../../../../components/Button";
import { ErrorMessage } from "../../../../components/ErrorMessage";
import { PageHeader, useDocumentTitle } from "../../../../components/PageHeader";
import { formatNumber } from "../../../../i18n/format";
import { useSupplyMap, type MapFeature } from "../api";
import { SupplyFilterBar, useSupplyFilters } from "../components/SupplyFilters";
import { SupplyMap } from "../components/SupplyMap";
import { AvailabilityBadge, DemoBadge } from "../components/bits";
import { SpaceTabs } from "../components/SpaceTabs";
import { useSupplyT } from "../i18n";
import "../supply.css";

export const recordHref = (p: MapFeature["properties"]) =>
  p.layer === "park" ? `/app/ruimte/terreinen/${p.id}` : p.layer === "parcel" ? `/app/ruimte/percelen/${p.id}` : `/app/ruimte/panden/${p.id}`;

export function SupplyMapPage() {
  const { t, locale } = useSupplyT();
  useDocumentTitle(t("map.title"));
  const { hasRole } = useAuth();
  const navigate = useNavigate();
  const { filters } = useSupplyFilters();
  const data = useSupplyMap({ ...filters, offset: undefined, sort: undefined }, "staff");
  const listId = useId();
  const features = data.data?.features ?? [];
  const count = (layer: string) => features.filter((f) => f.properties.layer === layer).length;
  return (
    <div className="page">
      <PageHeader
        title={t("map.title")}
        description={t("map.lead")}
        actions={hasRole("administrator", "account_manager", "municipality") ? <ButtonLink to="/app/ruimte/import">{t("import.title")}</ButtonLink> : null}
      />
      <SpaceTabs />
      <SupplyFilterBar />
      <ErrorMessage error={data.error} />
      <SupplyMap data={data.data} onSelect={(p) => navigate(recordHref(p))} describedBy={listId} />
      <p role="status">{t("map.count", { parks: count("park"), parcels: count("parcel"), premises: count("premises") })}</p>
      <section id={listId} aria-label={t("map.listTitle")}>
        <h2>{t("map.listTitle")}</h2>
        <ul className="supply-list">
          {features.slice(0, 200).map((f) => (
            <li key={`${f.properties.layer}-${f.id}`}>
              <Link to={recordHref(f.properties)}>{f.properties.name}</Link> · {f.properties.municipalityName} · {formatNumber(f.properties.areaM2 / 10_000, locale, 2)} ha
              {f.properties.availability ? <> · <AvailabilityBadge value={f.properties.availability} /></> : null}
              <DemoBadge demo={f.properties.demo} />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
