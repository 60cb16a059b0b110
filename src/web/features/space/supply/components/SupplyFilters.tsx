/** Filters shared by the map and the lists, kept in the URL (municipality, availability, kind, minimum area, text). */
import { useSearchParams } from "react-router";
import { FilterBar, FilterInput, FilterSelect } from "../../../../components/FilterBar";
import { useMunicipalities } from "../../../../app/geography";
import type { SupplyFilters } from "../api";
import { useSupplyT } from "../i18n";

const AVAILABILITIES = ["available", "under_option", "sold", "in_use", "not_available"] as const;
const KINDS = ["regional", "local", "science", "logistics"] as const;
const KEYS = ["municipality", "availability", "kind", "minAreaM2", "q"] as const;

/** The filters in the URL, plus the page offset. */
export function useSupplyFilters(): { filters: SupplyFilters; set: (key: string, value: string) => void; reset: () => void; any: boolean } {
  const [params, setParams] = useSearchParams();
  const filters: SupplyFilters = {};
  for (const k of KEYS) {
    const v = params.get(k);
    if (v) (filters as Record<string, unknown>)[k] = k === "minAreaM2" ? Number(v) : v;
  }
  const sort = params.get("sort");
  if (sort) filters.sort = sort;
  const offset = Number(params.get("offset") ?? 0);
  if (offset > 0) filters.offset = offset;
  return {
    filters,
    set: (key, value) =>
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(key, value);
        else next.delete(key);
        if (key !== "offset") next.delete("offset");
        return next;
      }, { replace: true }),
    reset: () => setParams(new URLSearchParams(), { replace: true }),
    any: KEYS.some((k) => params.get(k)),
  };
}

export function SupplyFilterBar({ withAvailability = true, withKind = true }: { withAvailability?: boolean; withKind?: boolean }) {
  const { t } = useSupplyT();
  const { filters, set, reset, any } = useSupplyFilters();
  const municipalities = useMunicipalities();
  return (
    <FilterBar label={t("filters.label")} onReset={reset} resetDisabled={!any}>
      <FilterInput label={t("filters.search")} type="search" value={filters.q ?? ""} onChange={(v) => set("q", v)} hint={t("filters.searchHint")} />
      <FilterSelect
        label={t("filters.municipality")}
        value={filters.municipality ?? ""}
        onChange={(v) => set("municipality", v)}
        anyLabel={t("filters.anyMunicipality")}
        options={(municipalities.data ?? []).map((m) => ({ value: m.nis, label: m.nameNl })).sort((a, b) => a.label.localeCompare(b.label))}
      />
      {withAvailability ? (
        <FilterSelect label={t("filters.availability")} value={filters.availability ?? ""} onChange={(v) => set("availability", v)} anyLabel={t("filters.any")}
          options={AVAILABILITIES.map((a) => ({ value: a, label: t(`availability.${a}`) }))} />
      ) : null}
      {withKind ? (
        <FilterSelect label={t("filters.kind")} value={filters.kind ?? ""} onChange={(v) => set("kind", v)} anyLabel={t("filters.any")} options={KINDS.map((k) => ({ value: k, label: t(`parkKind.${k}`) }))} />
      ) : null}
      <FilterInput label={t("filters.minArea")} value={filters.minAreaM2 ? String(filters.minAreaM2) : ""} onChange={(v) => set("minAreaM2", /^\d+$/.test(v) ? v : "")} />
    </FilterBar>
  );
}
