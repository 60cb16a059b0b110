import { useCallback } from "react";
import { PageHeader } from "../../components/PageHeader";
import { useGoals, useIndicators, type IndicatorFilters as Filters } from "../compass/api";
import { IndicatorFilters } from "../compass/components/IndicatorFilters";
import { IndicatorGroups } from "../compass/components/IndicatorGroups";
import { StatusPill } from "../compass/components/StatusPill";
import { QueryState } from "../compass/components/ui";
import { STATUSES, useCompassT } from "../compass/lib/format";
import { useFilterParams } from "../compass/lib/useFilters";
import "../compass/compass.css";

/** "/" — the public progress dashboard: the province's goals with their published indicators. No sign-in. */
export function PublicDashboardPage() {
  const { t, locale } = useCompassT();
  const [filters, setFilters] = useFilterParams(["q", "goal", "status", "sort"]);
  const goals = useGoals("public");
  const indicators = useIndicators(filters, locale, "public");
  const onChange = useCallback((next: Filters) => setFilters(next), [setFilters]);
  const list = indicators.data ?? [];
  const filtered = Object.entries(filters).some(([k, v]) => v && k !== "sort");
  const counts = STATUSES.map((s) => [s, list.filter((i) => i.status.status === s).length] as const).filter(([, n]) => n > 0);

  return (
    <div className="compass-page compass-page--public">
      <PageHeader
        title={t("public.title")}
        description={
          <>
            <p className="compass-lead">{t("public.lead")}</p>
            <blockquote className="compass-quote" lang="nl">
              <p>{t("public.quote")}</p>
              <footer>{t("public.quoteSource")}</footer>
            </blockquote>
            <p>{t("public.howToRead")}</p>
          </>
        }
      />
      {counts.length && !filtered ? (
        <section aria-labelledby="public-overview" className="compass-overview">
          <h2 id="public-overview">{t("public.overviewTitle")}</h2>
          <ul className="compass-overview__list">
            {counts.map(([s, n]) => (
              <li key={s}>
                <span className="compass-overview__n">{n}</span> <StatusPill status={s} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <IndicatorFilters filters={filters} goals={goals.data ?? []} onChange={onChange} showStaffFilters={false} />
      <div className="compass-toolbar">
        <p role="status" className="compass-count">
          {indicators.isFetching && !indicators.data ? t("loading") : t("dashboard.count", { count: list.length })}
        </p>
      </div>
      <QueryState isLoading={indicators.isLoading || goals.isLoading} error={indicators.error ?? goals.error} onRetry={() => void indicators.refetch()}>
        {list.length === 0 ? (
          <div className="compass-empty">
            <p>{filtered ? t("dashboard.emptyFiltered") : t("public.empty")}</p>
            {filtered ? (
              <button type="button" className="btn btn--secondary" onClick={() => setFilters({ sort: filters.sort })}>
                {t("filters.reset")}
              </button>
            ) : null}
          </div>
        ) : (
          <IndicatorGroups goals={goals.data ?? []} indicators={list} grouped={(filters.sort ?? "position") === "position"} hrefFor={(ind) => `/publiek/indicatoren/${ind.id}`} showSummaries />
        )}
      </QueryState>
      <section aria-labelledby="public-open-data" className="compass-panel">
        <h2 id="public-open-data">{t("public.openDataTitle")}</h2>
        <p>{t("public.openDataText")}</p>
      </section>
    </div>
  );
}
