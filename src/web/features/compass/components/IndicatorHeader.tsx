import type { ReactNode } from "react";
import type { IndicatorDetail } from "../../../../contracts/compass";
import { useDocumentTitle } from "../../../components/PageHeader";
import { formatDate } from "../../../i18n/format";
import { deadlineText, formatTarget, formatValue, goalTitle, indicatorName, useCompassT } from "../lib/format";
import { StatusPill } from "./StatusPill";

/** The indicator's name, goal, current figure, target, status with its explanation and the key facts. */
export function IndicatorHeader({ indicator: ind, goalTrail, actions, staff = false }: { indicator: IndicatorDetail; goalTrail?: ReactNode; actions?: ReactNode; staff?: boolean }) {
  const { t, locale } = useCompassT();
  useDocumentTitle(indicatorName(ind, locale));
  const description = locale === "en" ? ind.descriptionEn || ind.descriptionNl : ind.descriptionNl;
  return (
    <header className="compass-indicator-header">
      {goalTrail ?? <p className="compass-goal-trail">{`${ind.goal.code} ${goalTitle(ind.goal, locale)}`}</p>}
      <h1 tabIndex={-1} className="page-title">{indicatorName(ind, locale)}</h1>
      {description ? <p className="compass-lead">{description}</p> : null}
      <div className="compass-keyfigures">
        <div className="compass-keyfigure">
          <p className="compass-keyfigure__label">{t("indicator.current")}</p>
          <p className="compass-keyfigure__value">{formatValue(ind.status.current, ind.unit, locale, t)}</p>
          <p className="compass-keyfigure__note">{ind.status.currentDate ? t("card.on", { date: formatDate(ind.status.currentDate, locale) }) : t("indicator.noValueYet")}</p>
        </div>
        <div className="compass-keyfigure">
          <p className="compass-keyfigure__label">{t("indicator.target")}</p>
          <p className="compass-keyfigure__value">{formatTarget(ind, locale, t) ?? t("target.none")}</p>
          <p className="compass-keyfigure__note">{deadlineText(ind, locale, t)}</p>
          {ind.baselineValue !== null ? (
            <p className="compass-keyfigure__note">
              {ind.baselineDate
                ? t("indicator.baseline", { value: formatValue(ind.baselineValue, ind.unit, locale, t), date: formatDate(ind.baselineDate, locale) })
                : t("indicator.baselineNoDate", { value: formatValue(ind.baselineValue, ind.unit, locale, t) })}
            </p>
          ) : null}
        </div>
        <div className="compass-keyfigure">
          <p className="compass-keyfigure__label">{t("indicator.status")}</p>
          <p className="compass-keyfigure__value">
            <StatusPill status={ind.status.status} />
          </p>
          <p className="compass-keyfigure__note">{ind.status.sentence}</p>
        </div>
      </div>
      <dl className="compass-facts">
        <div>
          <dt>{t("indicator.source")}</dt>
          <dd>
            {ind.source || "—"}
            {ind.sourceNote ? <span className="compass-muted"> — {ind.sourceNote}</span> : null}
          </dd>
        </div>
        {ind.owner ? (
          <div>
            <dt>{t("indicator.owner")}</dt>
            <dd>{ind.owner}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t("indicator.kind")}</dt>
          <dd>{ind.kind === "derived" ? t("indicator.derivedFrom", { key: ind.metricKey ?? "—" }) : t("kind.measured")}</dd>
        </div>
        {staff ? (
          <>
            <div>
              <dt>{t("indicator.code")}</dt>
              <dd>
                <code>{ind.code}</code>
              </dd>
            </div>
            <div>
              <dt>{t("indicator.publication")}</dt>
              <dd>{ind.published ? t("published.yes") : t("published.no")}</dd>
            </div>
          </>
        ) : null}
      </dl>
      {actions ? <div className="compass-actions">{actions}</div> : null}
    </header>
  );
}
