import { Link } from "react-router";
import type { IndicatorSummary } from "../../../../contracts/compass";
import { formatDate } from "../../../i18n/format";
import { formatValue, indicatorName, targetSentence, useCompassT } from "../lib/format";
import { Sparkline } from "./Sparkline";
import { StatusPill } from "./StatusPill";

/**
 * One indicator as a card: name (the link), current figure, target and deadline, status with its sentence
 * and a sparkline. Shared by the back-office and the public dashboard.
 */
export function IndicatorCard({
  indicator: ind,
  href,
  headingLevel = 3,
  context,
  showFlags = false,
}: {
  indicator: IndicatorSummary;
  href: string;
  headingLevel?: 3 | 4;
  context?: string;
  showFlags?: boolean;
}) {
  const { t, locale } = useCompassT();
  const H = headingLevel === 3 ? "h3" : "h4";
  const { status } = ind;
  return (
    <article className={`compass-card compass-card--${status.status}`}>
      <div className="compass-card__head">
        <H className="compass-card__title">
          <Link to={href}>{indicatorName(ind, locale)}</Link>
        </H>
        <StatusPill status={status.status} />
      </div>
      {context ? <p className="compass-card__context">{context}</p> : null}
      <div className="compass-card__figures">
        <p className="compass-card__figure">
          <span className="visually-hidden">{t("card.current")}: </span>
          <strong>{formatValue(status.current, ind.unit, locale, t)}</strong>
          {status.currentDate ? <span className="compass-card__date"> {t("card.on", { date: formatDate(status.currentDate, locale) })}</span> : null}
        </p>
        <Sparkline points={ind.sparkline} unit={ind.unit} />
      </div>
      <p className="compass-card__target">{targetSentence(ind, locale, t)}</p>
      <p className="compass-card__sentence">{status.sentence}</p>
      {showFlags ? (
        <p className="compass-card__flags">
          <span className="compass-tag">{t(`kind.${ind.kind}`)}</span>
          <span className="compass-tag">{ind.published ? t("published.yes") : t("published.no")}</span>
          {ind.perMunicipality ? <span className="compass-tag">{t("card.perMunicipality")}</span> : null}
        </p>
      ) : null}
    </article>
  );
}
