import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";
import type { IndicatorFilters } from "../api";

const KEYS = ["q", "goal", "status", "kind", "published", "sort"] as const;

/** Filters kept in the address bar, so a filtered view can be bookmarked and shared. */
export function useFilterParams(allowed: readonly (typeof KEYS)[number][] = KEYS): [IndicatorFilters, (next: IndicatorFilters) => void] {
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  const filters = useMemo(() => {
    const f: IndicatorFilters = {};
    for (const k of allowed) {
      const v = params.get(k);
      if (v) f[k] = v;
    }
    return f;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  const set = useCallback(
    (next: IndicatorFilters) => {
      const p = new URLSearchParams();
      for (const k of allowed) {
        const v = next[k];
        if (v && !(k === "sort" && v === "position")) p.set(k, v);
      }
      setParams(p, { replace: true });
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [setParams],
  );
  return [filters, set];
}
