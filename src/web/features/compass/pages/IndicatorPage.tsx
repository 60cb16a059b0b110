import { useState } from "react";
import { Link, useParams } from "react-router";
import { Button } from "../../../components/Button";
import { useGoals, useIndicator } from "../api";
import { DrilldownList } from "../components/DrilldownList";
import { IndicatorChart } from "../components/IndicatorChart";
import { IndicatorForm } from "../components/IndicatorForm";
import { IndicatorHeader } from "../components/IndicatorHeader";
import { MeasurementForm } from "../components/MeasurementForm";
import { MeasurementHistory } from "../components/MeasurementHistory";
import { MunicipalitySection } from "../components/MunicipalitySection";
import { RecordHistory } from "../../../components/RecordHistory";
import { ApiError } from "../../../app/api";
import { ErrorMessage } from "../../../components/ErrorMessage";
import { Loading } from "../../../components/Loading";
import { PageHeader } from "../../../components/PageHeader";
import { useCompassAccess } from "../lib/access";
import { goalTitle, indicatorName, useCompassT } from "../lib/format";
import { goalPath } from "../lib/tree";
import "../compass.css";

/** /app/indicatoren/:id — one indicator: figure, trend, per municipality, values, drill-down, settings, history. */
export function IndicatorPage() {
  const { id = "" } = useParams();
  const { t, locale } = useCompassT();
  const access = useCompassAccess();
  const query = useIndicator(id, locale);
  const goals = useGoals();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState("");
  const ind = query.data;

  if (!ind) {
    const notFound = query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 403);
    return (
      <div className="compass-page">
        <PageHeader title={query.isLoading ? t("loading") : notFound ? t("indicator.notFound") : t("indicator.loadFailed")} back={{ to: "/app", label: t("nav.back") }} />
        {query.isLoading ? <Loading /> : notFound ? <p>{t("indicator.notFoundBody")}</p> : <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
      </div>
    );
  }

  const path = goals.data ? goalPath(goals.data, ind.goalId) : [ind.goal];
  const canEnterAny = ind.kind === "measured" && (access.canEdit || (ind.perMunicipality && access.municipalities.length > 0));
  const sections = [
    { id: "verloop", label: t("chart.title") },
    ...(ind.perMunicipality ? [{ id: "gemeenten", label: t("map.title") }] : []),
    { id: "metingen", label: t("measurement.title") },
    ...(ind.kind === "derived" ? [{ id: "drilldown", label: t("drilldown.title") }] : []),
    ...(access.canEdit ? [{ id: "instellingen", label: t("indicatorForm.title") }] : []),
    ...(access.isStaff ? [{ id: "geschiedenis", label: t("history.title") }] : []),
  ];

  return (
    <div className="compass-page">
      <nav aria-label={t("nav.breadcrumb")} className="compass-breadcrumb">
        <ol>
          <li>
            <Link to="/app">{t("dashboard.title")}</Link>
          </li>
          {path.map((g) => (
            <li key={g.id}>
              <Link to={`/app?goal=${encodeURIComponent(g.code)}`}>{`${g.code} ${goalTitle(g, locale)}`}</Link>
            </li>
          ))}
          <li aria-current="page">{indicatorName(ind, locale)}</li>
        </ol>
      </nav>
      <IndicatorHeader indicator={ind} goalTrail={<></>} staff />
      <nav aria-label={t("nav.onThisPage")} className="compass-toc">
        <ul>
          {sections.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`}>{s.label}</a>
            </li>
          ))}
        </ul>
      </nav>

      <div id="verloop">
        <IndicatorChart indicator={ind} />
      </div>
      {ind.perMunicipality ? (
        <div id="gemeenten">
          <MunicipalitySection indicator={ind} />
        </div>
      ) : null}

      <section id="metingen" aria-labelledby="metingen-h">
        <h2 id="metingen-h">{t("measurement.title")}</h2>
        {ind.kind === "derived" ? <p className="compass-muted">{t("measurement.derivedNote")}</p> : null}
        {canEnterAny ? (
          <details className="compass-disclosure">
            <summary>{t("measurement.addTitle")}</summary>
            <MeasurementForm indicator={ind} access={access} />
          </details>
        ) : null}
        <h3>{t("measurement.historyTitle")}</h3>
        <MeasurementHistory indicator={ind} access={access} />
      </section>

      {ind.kind === "derived" ? (
        <section id="drilldown" aria-labelledby="drilldown-h">
          <h2 id="drilldown-h">{t("drilldown.title")}</h2>
          <p className="compass-muted">{t("drilldown.intro", { key: ind.metricKey ?? "" })}</p>
          <DrilldownList indicator={ind} />
        </section>
      ) : null}

      {access.canEdit ? (
        <section id="instellingen" aria-labelledby="instellingen-h">
          <h2 id="instellingen-h">{t("indicatorForm.title")}</h2>
          <p role="status" className="compass-notice">
            {saved}
          </p>
          {editing ? (
            <IndicatorForm
              key={ind.version}
              indicator={ind}
              goals={goals.data ?? [ind.goal]}
              onDone={() => {
                setEditing(false);
                setSaved(t("indicatorForm.saved"));
              }}
              onCancel={() => setEditing(false)}
            />
          ) : (
            <Button
              onClick={() => {
                setSaved("");
                setEditing(true);
              }}
            >
              {t("indicatorForm.edit")}
            </Button>
          )}
        </section>
      ) : null}

      {access.isStaff ? (
        <div id="geschiedenis">
          <RecordHistory entity="indicator" entityId={ind.id} title={t("history.title")} headingLevel={2} />
        </div>
      ) : null}
    </div>
  );
}
