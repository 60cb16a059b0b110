import { useCallback } from "react";
import { Link } from "react-router";
import { ButtonLink } from "../../../components/Button";
import { qs } from "../../../app/api";
import { useGoals, useIndicators, type IndicatorFilters as Filters } from "../api";
import { IndicatorFilters } from "../components/IndicatorFilters";
import { IndicatorGroups } from "../components/IndicatorGroups";
import { QueryState } from "../components/ui";
import { ExportLinks } from "../../../components/ExportLinks";
import { PageHeader } from "../../../components/PageHeader";
import { useCompassAccess } from "../lib/access";
import { STATUSES, useCompassT } from "../lib/format";
import { useFilterParams } from "../lib/useFilters";
import "../compass.css";

/** /app — every goal with its indicators: figure, target, status and its explanation, trend. */
export function DashboardPage() {
  const { t, locale } = useCompassT();
  const access = useCompassAccess();
  const [filters, setFilters] = useFilterParams();
  const goals = useGoals();
  const indicators = useIndicators(filters, locale);
  const onChange = useCallback((next: Filters) => setFilters(next), [setFilters]);
  const list = indicators.data ?? [];
  const filtered = Object.entries(filters).some(([k, v]) => v && k !== "sort");
  const counts = STATUSES.map((s) => [s, list.filter((i) => i.status.status === s).length] as const).filter(([, n]) => n > 0);

  return (
    <div className="compass-page">
      <PageHeader
        title={t("dashboard.title")}
        description={t("dashboard.lead")}
        actions={
          access.canEdit ? (
            <>
              <ButtonLink to="/app/doelen">{t("nav.goals")}</ButtonLink>
              <ButtonLink to="/app/import">{t("nav.import")}</ButtonLink>
            </>
          ) : undefined
        }
      />
      <IndicatorFilters filters={filters} goals={goals.data ?? []} onChange={onChange} />
      <div className="compass-toolbar">
        <p role="status" className="compass-count">
          {indicators.isFetching && !indicators.data ? t("loading") : t("dashboard.count", { count: list.length })}
          {counts.length ? ` — ${counts.map(([s, n]) => `${n} ${t(`status.${s}`)}`).join(", ")}` : ""}
        </p>
        <ExportLinks csv={`/api/compass/export.csv${qs({ ...filters, locale })}`} xlsx={`/api/compass/export.xlsx${qs({ ...filters, locale })}`} />
      </div>
      <QueryState isLoading={indicators.isLoading || goals.isLoading} error={indicators.error ?? goals.error} onRetry={() => void indicators.refetch()}>
        {list.length === 0 ? (
          <div className="compass-empty">
            {filtered ? (
              <>
                <p>{t("dashboard.emptyFiltered")}</p>
                <button type="button" className="btn btn--secondary" onClick={() => setFilters({ sort: filters.sort })}>
                  {t("filters.reset")}
                </button>
              </>
            ) : (
              <>
                <p>{t("dashboard.empty")}</p>
                {access.canEdit ? <Link to="/app/doelen">{t("dashboard.emptyAction")}</Link> : null}
              </>
            )}
          </div>
        ) : (
          <IndicatorGroups
            goals={goals.data ?? []}
            indicators={list}
            grouped={(filters.sort ?? "position") === "position"}
            hrefFor={(ind) => `/app/indicatoren/${ind.id}`}
            showFlags
          />
        )}
      </QueryState>
    </div>
  );
}
