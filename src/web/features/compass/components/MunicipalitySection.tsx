import { useId } from "react";
import type { IndicatorDetail } from "../../../../contracts/compass";
import { useCompassT } from "../lib/format";
import { MunicipalityMap } from "./MunicipalityMap";
import { MunicipalityTable } from "./MunicipalityTable";

/** Per-municipality values: the map of Limburg and the same values as a sortable table. */
export function MunicipalitySection({ indicator }: { indicator: Pick<IndicatorDetail, "municipalities" | "unit"> }) {
  const { t } = useCompassT();
  const id = useId().replace(/:/g, "");
  const headingId = `${id}-h`;
  const tableId = `${id}-table`;
  if (!indicator.municipalities.length) return null;
  return (
    <section className="compass-municipalities" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("map.title")}</h2>
      <p className="compass-muted" id={`${id}-desc`}>{t("map.intro")}</p>
      <div className="compass-municipalities__grid">
        <MunicipalityMap points={indicator.municipalities} unit={indicator.unit} describedBy={`${id}-desc`} />
        <MunicipalityTable points={indicator.municipalities} unit={indicator.unit} id={tableId} />
      </div>
    </section>
  );
}
