import { useId, useState } from "react";
import { Link } from "react-router";
import type { IndicatorDetail } from "../../../../contracts/compass";
import { formatDate } from "../../../i18n/format";
import { useDrilldown } from "../api";
import { formatPlain, useCompassT } from "../lib/format";
import { QueryState } from "./ui";

/** For a derived indicator: the records of the instrument that make up its value, optionally for one municipality. */
export function DrilldownList({ indicator }: { indicator: IndicatorDetail }) {
  const { t, locale } = useCompassT();
  const id = useId();
  const [municipality, setMunicipality] = useState("");
  const query = useDrilldown(indicator.id, municipality || undefined, indicator.kind === "derived");
  const names = new Map(indicator.municipalities.map((m) => [m.nis, m.name]));
  const rows = query.data ?? [];
  const total = rows.reduce((s, r) => s + (r.amount ?? 0), 0);
  return (
    <div className="compass-drilldown">
      {indicator.perMunicipality ? (
        <div className="field compass-filters--inline">
          <label className="field__label" htmlFor={`${id}-m`}>
            {t("measurement.municipalityFilter")}
          </label>
          <select id={`${id}-m`} className="input select" value={municipality} onChange={(e) => setMunicipality(e.target.value)}>
            <option value="">{t("drilldown.all")}</option>
            {indicator.municipalities.map((m) => (
              <option key={m.nis} value={m.nis}>
                {m.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <QueryState isLoading={query.isLoading} error={query.error}>
        {rows.length === 0 ? (
          <p className="compass-empty">{t("drilldown.empty")}</p>
        ) : (
          <div className="table-wrap compass-table-wrap" tabIndex={0} role="region" aria-labelledby={`${id}-cap`}>
            <table className="table compass-table compass-table--dense">
              <caption id={`${id}-cap`}>{t("drilldown.caption", { count: rows.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("drilldown.record")}</th>
                  <th scope="col">{t("drilldown.entity")}</th>
                  <th scope="col">{t("measurement.municipality")}</th>
                  <th scope="col">{t("drilldown.date")}</th>
                  <th scope="col" className="num">{t("drilldown.amount")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={`${r.entity}:${r.id}`}>
                    <td>{r.href ? r.href.startsWith("/") ? <Link to={r.href}>{r.label}</Link> : <a href={r.href}>{r.label}</a> : r.label}</td>
                    <td>{t(`entity.${r.entity}`, { defaultValue: r.entity })}</td>
                    <td>{r.municipalityNis ? (names.get(r.municipalityNis) ?? r.municipalityNis) : "—"}</td>
                    <td>{formatDate(r.date, locale)}</td>
                    <td className="num">{r.amount === null ? "—" : formatPlain(r.amount, indicator.unit, locale)}</td>
                  </tr>
                ))}
              </tbody>
              {rows.some((r) => r.amount !== null) ? (
                <tfoot>
                  <tr>
                    <th scope="row" colSpan={4}>
                      {t("drilldown.total")}
                    </th>
                    <td className="num">{formatPlain(total, indicator.unit, locale)}</td>
                  </tr>
                </tfoot>
              ) : null}
            </table>
          </div>
        )}
      </QueryState>
    </div>
  );
}
