/** Export links of a list: CSV and XLSX, and GeoJSON and JSON-LD (OSLO Bedrijventerrein), with the list's filters. */
import { ExportLinks } from "../../../../components/ExportLinks";
import { exportUrl, type SupplyFilters } from "../api";
import { useSupplyT } from "../i18n";

export function ExportBar({ audience, target, filters }: { audience: "staff" | "public"; target: "parks" | "parcels"; filters: SupplyFilters }) {
  const { t } = useSupplyT();
  return (
    <div className="supply-exports">
      <ExportLinks csv={exportUrl(audience, target, "csv", filters)} xlsx={exportUrl(audience, target, "xlsx", filters)} />
      <p className="export-links">
        {t("lists.exportMore")}{" "}
        <a href={exportUrl(audience, target, "geojson", filters)} download>GeoJSON</a> ·{" "}
        <a href={exportUrl(audience, target, "jsonld", filters)} download>JSON-LD (OSLO Bedrijventerrein)</a>
      </p>
    </div>
  );
}
