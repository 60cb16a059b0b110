/** One suggestion (or excluded item): the supply item's public fields, its score and every criterion with outcome and weight. */
import type { ReactNode } from "react";
import type { AppLocale } from "../../../../i18n/format";
import type { SuggestionView } from "../../../../../contracts/space-demand";
import { formatNumber } from "../../../../i18n/format";
import { useMunicipalityName } from "../../../../app/geography";
import { useDemandT } from "../i18n";

const fmtParams = (params: Record<string, unknown>, locale: AppLocale) =>
  Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === "number" ? formatNumber(v, locale) : Array.isArray(v) ? v.join(", ") : String(v ?? "—")]));

export function SuggestionCard({ s, actions }: { s: SuggestionView; actions?: ReactNode }) {
  const { t, locale } = useDemandT();
  const muni = useMunicipalityName();
  const headingId = `sug-${s.id}`;
  return (
    <li className={`card demand-suggestion${s.excluded ? " demand-suggestion--excluded" : ""}`} aria-labelledby={headingId}>
      <div className="demand-suggestion__head">
        <h3 id={headingId}>
          {s.rank !== null ? <span className="demand-suggestion__rank">{t("detail.rank", { rank: s.rank })} </span> : null}
          {t(`itemKind.${s.item.kind}`)} {s.item.label}
        </h3>
        {s.score !== null ? <span className="pill pill--info">{t("detail.score", { score: s.score })}</span> : null}
      </div>
      <p className="demand-suggestion__meta">
        {[s.item.parkName, muni(s.item.municipalityNis), `${formatNumber(s.item.areaM2, locale, 0)} m²`, s.item.zoning, t(`availability.${s.item.availability}`), t(`supplyTransaction.${s.item.transaction}`)]
          .filter(Boolean)
          .join(" · ")}
        {s.introductionStage ? ` · ${t(`stage.${s.introductionStage}`)}` : ""}
      </p>
      {s.excluded ? (
        <ul className="demand-exclusions">
          {s.exclusions.map((x) => (
            <li key={x.code}>
              <strong>{t("detail.excluded")}: </strong>
              {t(`exclusion.${x.code}`, { ...fmtParams(x.params, locale), wanted: t(`${x.code === "wrong_kind" ? "kind" : "transaction"}.${String(x.params.wanted)}`, { defaultValue: String(x.params.wanted ?? "") }), availability: x.params.availability ? t(`availability.${String(x.params.availability)}`) : "" })}
            </li>
          ))}
        </ul>
      ) : (
        <table className="demand-criteria">
          <caption className="visually-hidden">{t("detail.suggestions")}: {s.item.label}</caption>
          <thead>
            <tr>
              <th scope="col">{t("detail.criterion")}</th>
              <th scope="col">{t("detail.outcome")}</th>
              <th scope="col" className="num">{t("detail.weight")}</th>
              <th scope="col" className="num">{t("detail.points")}</th>
              <th scope="col">{t("detail.reason")}</th>
            </tr>
          </thead>
          <tbody>
            {s.criteria.map((c) => (
              <tr key={c.criterion}>
                <th scope="row">{t(`criterion.${c.criterion}`)}</th>
                <td>
                  <span className={`outcome outcome--${c.outcome}`}>
                    <span aria-hidden="true">{c.outcome === "met" ? "✓ " : c.outcome === "partly" ? "◐ " : "✕ "}</span>
                    {t(`outcome.${c.outcome}`)}
                  </span>
                </td>
                <td className="num">{formatNumber(c.weight, locale)}</td>
                <td className="num">{formatNumber(c.points, locale)}</td>
                <td>{t(`reason.${c.code}`, { ...fmtParams(c.params, locale), defaultValue: c.message })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {actions ? <div className="demand-suggestion__actions">{actions}</div> : null}
    </li>
  );
}
