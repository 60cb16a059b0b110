import { useEffect, useId, useState } from "react";
import type { GoalView } from "../../../../contracts/compass";
import type { IndicatorFilters as Filters } from "../api";
import { goalTitle, STATUSES, useCompassT } from "../lib/format";
import { buildGoalTree, flattenTree } from "../lib/tree";

/** Search, filters and sort of the indicator list; every control has a visible label. */
export function IndicatorFilters({
  filters,
  goals,
  onChange,
  showStaffFilters = true,
}: {
  filters: Filters;
  goals: GoalView[];
  onChange: (next: Filters) => void;
  showStaffFilters?: boolean;
}) {
  const { t, locale } = useCompassT();
  const id = useId();
  const [q, setQ] = useState(filters.q ?? "");
  useEffect(() => setQ(filters.q ?? ""), [filters.q]);
  useEffect(() => {
    if ((filters.q ?? "") === q) return;
    const timer = setTimeout(() => onChange({ ...filters, q: q || undefined }), 300);
    return () => clearTimeout(timer);
  }, [q, filters, onChange]);

  const goalOptions = flattenTree(buildGoalTree(goals)).filter((e) => e.goal.kind !== "action");
  const set = (key: keyof Filters) => (e: React.ChangeEvent<HTMLSelectElement>) => onChange({ ...filters, [key]: e.target.value || undefined });
  const active = Object.entries(filters).some(([k, v]) => v && k !== "sort");

  return (
    <form
      className="filter-bar compass-filters"
      role="search"
      aria-label={t("filters.label")}
      onSubmit={(e) => {
        e.preventDefault();
        onChange({ ...filters, q: q || undefined });
      }}
    >
      <div className="field compass-filters__search">
        <label className="field__label" htmlFor={`${id}-q`}>
          {t("filters.search")}
        </label>
        <input id={`${id}-q`} className="input" type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder={t("filters.searchPlaceholder")} />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-goal`}>
          {t("filters.goal")}
        </label>
        <select id={`${id}-goal`} className="input select" value={filters.goal ?? ""} onChange={set("goal")}>
          <option value="">{t("filters.allGoals")}</option>
          {goalOptions.map(({ goal, depth }) => (
            <option key={goal.id} value={goal.code}>
              {"\u00a0\u00a0".repeat(depth)}
              {goal.code} {goalTitle(goal, locale)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-status`}>
          {t("filters.status")}
        </label>
        <select id={`${id}-status`} className="input select" value={filters.status ?? ""} onChange={set("status")}>
          <option value="">{t("filters.allStatuses")}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      {showStaffFilters ? (
        <>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-kind`}>
              {t("filters.kind")}
            </label>
            <select id={`${id}-kind`} className="input select" value={filters.kind ?? ""} onChange={set("kind")}>
              <option value="">{t("filters.allKinds")}</option>
              <option value="measured">{t("kind.measured")}</option>
              <option value="derived">{t("kind.derived")}</option>
            </select>
          </div>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-published`}>
              {t("filters.published")}
            </label>
            <select id={`${id}-published`} className="input select" value={filters.published ?? ""} onChange={set("published")}>
              <option value="">{t("filters.allPublished")}</option>
              <option value="true">{t("published.yes")}</option>
              <option value="false">{t("published.no")}</option>
            </select>
          </div>
        </>
      ) : null}
      <div className="field">
        <label className="field__label" htmlFor={`${id}-sort`}>
          {t("filters.sort")}
        </label>
        <select id={`${id}-sort`} className="input select" value={filters.sort ?? "position"} onChange={set("sort")}>
          <option value="position">{t("sort.position")}</option>
          <option value="name">{t("sort.name")}</option>
          <option value="status">{t("sort.status")}</option>
          <option value="target_date">{t("sort.target_date")}</option>
        </select>
      </div>
      {active ? (
        <div className="compass-filters__reset">
          <button type="button" className="btn btn--ghost" onClick={() => onChange({ sort: filters.sort })}>
            {t("filters.reset")}
          </button>
        </div>
      ) : null}
    </form>
  );
}
