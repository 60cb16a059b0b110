import { useId, useMemo, useState } from "react";
import type { IndicatorDetail, MeasurementView } from "../../../../contracts/compass";
import { formatDate, formatDateTime } from "../../../i18n/format";
import { useMeasurements } from "../api";
import type { CompassAccess } from "../lib/access";
import { formatPlain, useCompassT } from "../lib/format";
import { CorrectionDialog } from "./CorrectionDialog";
import { QueryState } from "./ui";

/** Every value of the indicator, current and superseded, with who entered it, when, from which source and why. */
export function MeasurementHistory({ indicator, access }: { indicator: IndicatorDetail; access: CompassAccess }) {
  const { t, locale } = useCompassT();
  const id = useId();
  const [municipality, setMunicipality] = useState("");
  const [showSuperseded, setShowSuperseded] = useState(true);
  const [correcting, setCorrecting] = useState<MeasurementView | null>(null);
  const [notice, setNotice] = useState("");
  const query = useMeasurements(indicator.id, municipality || undefined);
  const names = useMemo(() => new Map(indicator.municipalities.map((m) => [m.nis, m.name])), [indicator.municipalities]);
  const rows = (query.data ?? []).filter((m) => showSuperseded || !m.supersededAt);
  const sorted = [...rows].sort((a, b) => b.periodDate.localeCompare(a.periodDate) || b.enteredAt.localeCompare(a.enteredAt));
  const canCorrect = (m: MeasurementView) => indicator.kind === "measured" && !m.supersededAt && access.canEnter(m.municipalityNis);

  return (
    <div className="compass-history">
      <div className="compass-filters compass-filters--inline">
        {indicator.perMunicipality ? (
          <div className="field">
            <label className="field__label" htmlFor={`${id}-m`}>
              {t("measurement.municipalityFilter")}
            </label>
            <select id={`${id}-m`} className="input select" value={municipality} onChange={(e) => setMunicipality(e.target.value)}>
              <option value="">{t("measurement.allLevels")}</option>
              {indicator.municipalities.map((m) => (
                <option key={m.nis} value={m.nis}>
                  {m.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="checkbox">
          <input id={`${id}-s`} type="checkbox" checked={showSuperseded} onChange={(e) => setShowSuperseded(e.target.checked)} />
          <label htmlFor={`${id}-s`}>{t("measurement.showSuperseded")}</label>
        </div>
      </div>
      <p role="status" className="compass-notice">
        {notice}
      </p>
      <QueryState isLoading={query.isLoading} error={query.error}>
        {sorted.length === 0 ? (
          <p className="compass-empty">{t("measurement.empty")}</p>
        ) : (
          <div className="table-wrap compass-table-wrap" tabIndex={0} role="region" aria-labelledby={`${id}-cap`}>
            <table className="table compass-table compass-table--dense">
              <caption id={`${id}-cap`} className="visually-hidden">
                {t("measurement.tableCaption")}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t("measurement.period")}</th>
                  {indicator.perMunicipality ? <th scope="col">{t("measurement.municipality")}</th> : null}
                  <th scope="col" className="num">{t("measurement.value")}</th>
                  <th scope="col">{t("measurement.state")}</th>
                  <th scope="col">{t("measurement.source")}</th>
                  <th scope="col">{t("measurement.note")}</th>
                  <th scope="col">{t("measurement.enteredBy")}</th>
                  <th scope="col">{access.canEdit || access.municipalities.length ? t("measurement.actions") : <span className="visually-hidden">{t("measurement.actions")}</span>}</th>
                </tr>
              </thead>
              <tbody>
                {sorted.map((m) => (
                  <tr key={m.id} className={m.supersededAt ? "is-superseded" : undefined}>
                    <td>{formatDate(m.periodDate, locale)}</td>
                    {indicator.perMunicipality ? <td>{m.municipalityNis ? (names.get(m.municipalityNis) ?? m.municipalityNis) : t("measurement.province")}</td> : null}
                    <td className="num">{m.supersededAt ? <del>{formatPlain(m.value, indicator.unit, locale)}</del> : formatPlain(m.value, indicator.unit, locale)}</td>
                    <td>
                      {m.supersededAt ? t("measurement.superseded", { date: formatDateTime(m.supersededAt, locale) }) : t("measurement.current")}
                      <br />
                      <span className="compass-muted">{t(`origin.${m.origin}`)}</span>
                    </td>
                    <td>{m.source || "—"}</td>
                    <td>{m.note || "—"}</td>
                    <td>
                      {m.enteredBy ?? t("measurement.system")}
                      <br />
                      <span className="compass-muted">{formatDateTime(m.enteredAt, locale)}</span>
                    </td>
                    <td>
                      {canCorrect(m) ? (
                        <button type="button" className="btn btn--secondary btn--small" onClick={() => setCorrecting(m)}>
                          {t("measurement.correct")}
                          <span className="visually-hidden"> {t("measurement.correctWhich", { date: formatDate(m.periodDate, locale) })}</span>
                        </button>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </QueryState>
      {correcting ? (
        <CorrectionDialog
          measurement={correcting}
          unit={indicator.unit}
          municipalityName={correcting.municipalityNis ? names.get(correcting.municipalityNis) : undefined}
          onClose={(done) => {
            setCorrecting(null);
            if (done) setNotice(done);
          }}
        />
      ) : null}
    </div>
  );
}
