import { Link, useParams } from "react-router";
import { ApiError } from "../../app/api";
import { ErrorMessage } from "../../components/ErrorMessage";
import { Loading } from "../../components/Loading";
import { PageHeader } from "../../components/PageHeader";
import { useGoals, useIndicator } from "../compass/api";
import { IndicatorChart } from "../compass/components/IndicatorChart";
import { IndicatorHeader } from "../compass/components/IndicatorHeader";
import { MunicipalitySection } from "../compass/components/MunicipalitySection";
import { goalTitle, indicatorName, useCompassT } from "../compass/lib/format";
import { goalPath } from "../compass/lib/tree";
import "../compass/compass.css";

/** "/publiek/indicatoren/:id" — a published indicator: figure, status, chart with its table, municipalities, open data. */
export function PublicIndicatorPage() {
  const { id = "" } = useParams();
  const { t, locale } = useCompassT();
  const query = useIndicator(id, locale, "public");
  const goals = useGoals("public");
  const ind = query.data;

  if (!ind) {
    const notFound = query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 403);
    return (
      <div className="compass-page compass-page--public">
        <PageHeader title={query.isLoading ? t("loading") : notFound ? t("indicator.notFound") : t("indicator.loadFailed")} back={{ to: "/", label: t("public.back") }} />
        {query.isLoading ? <Loading /> : notFound ? <p>{t("indicator.notFoundPublic")}</p> : <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
      </div>
    );
  }

  const path = goals.data ? goalPath(goals.data, ind.goalId) : [ind.goal];
  const base = `/api/public/indicators/${encodeURIComponent(ind.id)}`;
  return (
    <div className="compass-page compass-page--public">
      <nav aria-label={t("nav.breadcrumb")} className="compass-breadcrumb">
        <ol>
          <li>
            <Link to="/">{t("public.home")}</Link>
          </li>
          {path.map((g) => (
            <li key={g.id}>
              <Link to={`/?goal=${encodeURIComponent(g.code)}`}>{`${g.code} ${goalTitle(g, locale)}`}</Link>
            </li>
          ))}
          <li aria-current="page">{indicatorName(ind, locale)}</li>
        </ol>
      </nav>
      <IndicatorHeader indicator={ind} goalTrail={<></>} />
      <IndicatorChart indicator={ind} />
      {ind.perMunicipality ? <MunicipalitySection indicator={ind} /> : null}
      <section aria-labelledby="public-download" className="compass-panel">
        <h2 id="public-download">{t("public.downloadTitle")}</h2>
        <p>{t("public.downloadText")}</p>
        <ul className="compass-downloads">
          <li>
            <a href={`${base}/data.csv`} download>
              <span aria-hidden="true">⤓ </span>
              {t("public.downloadCsv", { name: indicatorName(ind, locale) })}
            </a>
          </li>
          <li>
            <a href={`${base}/data.json`} download>
              <span aria-hidden="true">⤓ </span>
              {t("public.downloadJson", { name: indicatorName(ind, locale) })}
            </a>
          </li>
        </ul>
      </section>
    </div>
  );
}
