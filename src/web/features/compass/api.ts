import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  DrilldownRecord,
  GoalInput,
  GoalUpdate,
  GoalView,
  IndicatorDetail,
  IndicatorInput,
  IndicatorSummary,
  IndicatorUpdate,
  MeasurementCorrection,
  MeasurementInput,
  MeasurementView,
  MetricView,
  MeasurementResult,
} from "../../../contracts/compass";
import i18next from "i18next";
import { api, qs } from "../../app/api";
import { toAppLocale, type AppLocale } from "../../i18n/format";

export type IndicatorFilters = {
  q?: string;
  goal?: string;
  status?: string;
  kind?: string;
  published?: string;
  sort?: string;
};

/** Back office ("staff") or public read endpoints: same shapes, different audiences. */
export type Audience = "staff" | "public";
const base = (audience: Audience) => (audience === "public" ? "/api/public" : "/api/compass");

export const compassKeys = {
  all: ["compass"] as const,
  goals: (audience: Audience) => ["compass", audience, "goals"] as const,
  indicators: (audience: Audience, filters: IndicatorFilters, locale: AppLocale) => ["compass", audience, "indicators", filters, locale] as const,
  indicator: (audience: Audience, id: string, locale: AppLocale) => ["compass", audience, "indicator", id, locale] as const,
  measurements: (id: string, municipality?: string) => ["compass", "staff", "measurements", id, municipality ?? ""] as const,
  drilldown: (id: string, municipality?: string) => ["compass", "staff", "drilldown", id, municipality ?? ""] as const,
  metrics: ["compass", "staff", "metrics"] as const,
};

export function useGoals(audience: Audience = "staff") {
  return useQuery({ queryKey: compassKeys.goals(audience), queryFn: () => api.get<GoalView[]>(`${base(audience)}/goals`) });
}

export function useIndicators(filters: IndicatorFilters, locale: AppLocale, audience: Audience = "staff") {
  return useQuery({
    queryKey: compassKeys.indicators(audience, filters, locale),
    queryFn: () => api.get<IndicatorSummary[]>(`${base(audience)}/indicators${qs({ ...filters, locale })}`),
    placeholderData: (prev) => prev,
  });
}

export function useIndicator(id: string, locale: AppLocale, audience: Audience = "staff") {
  return useQuery({
    queryKey: compassKeys.indicator(audience, id, locale),
    queryFn: () => api.get<IndicatorDetail>(`${base(audience)}/indicators/${encodeURIComponent(id)}${qs({ locale })}`),
    retry: (count, err) => (err as { status?: number }).status !== 404 && (err as { status?: number }).status !== 403 && count < 2,
  });
}

export function useMeasurements(id: string, municipality?: string, enabled = true) {
  return useQuery({
    queryKey: compassKeys.measurements(id, municipality),
    queryFn: () => api.get<MeasurementView[]>(`/api/compass/indicators/${encodeURIComponent(id)}/measurements${qs({ includeSuperseded: true, municipality })}`),
    enabled,
  });
}

export function useDrilldown(id: string, municipality: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: compassKeys.drilldown(id, municipality),
    queryFn: () => api.get<DrilldownRecord[]>(`/api/compass/indicators/${encodeURIComponent(id)}/drilldown${qs({ municipality })}`),
    enabled,
  });
}

export function useMetrics(enabled = true) {
  return useQuery({ queryKey: compassKeys.metrics, queryFn: () => api.get<MetricView[]>("/api/compass/metrics"), enabled, staleTime: 5 * 60_000 });
}

/* ---------- mutations ---------- */

/** Mutations answer with status sentences; ask for them in the UI's language. */
const lq = () => qs({ locale: toAppLocale(i18next.language) });

function useInvalidateCompass() {
  const qc = useQueryClient();
  return () => Promise.all([qc.invalidateQueries({ queryKey: compassKeys.all }), qc.invalidateQueries({ queryKey: ["audit"] })]);
}

export function useCreateGoal() {
  const invalidate = useInvalidateCompass();
  return useMutation({ mutationFn: (input: GoalInput) => api.post<GoalView>("/api/compass/goals", input), onSuccess: invalidate });
}

export function useUpdateGoal() {
  const invalidate = useInvalidateCompass();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: GoalUpdate }) => api.patch<GoalView>(`/api/compass/goals/${encodeURIComponent(id)}`, input),
    onSuccess: invalidate,
  });
}

export function useCreateIndicator() {
  const invalidate = useInvalidateCompass();
  return useMutation({ mutationFn: (input: IndicatorInput) => api.post<IndicatorDetail>(`/api/compass/indicators${lq()}`, input), onSuccess: invalidate });
}

export function useUpdateIndicator() {
  const invalidate = useInvalidateCompass();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: IndicatorUpdate }) => api.patch<IndicatorDetail>(`/api/compass/indicators/${encodeURIComponent(id)}${lq()}`, input),
    onSuccess: invalidate,
  });
}


export function useAddMeasurement(indicatorId: string) {
  const invalidate = useInvalidateCompass();
  return useMutation({
    mutationFn: (input: MeasurementInput) => api.post<MeasurementResult>(`/api/compass/indicators/${encodeURIComponent(indicatorId)}/measurements${lq()}`, input),
    onSuccess: invalidate,
  });
}

export function useCorrectMeasurement() {
  const invalidate = useInvalidateCompass();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: MeasurementCorrection }) => api.put<MeasurementResult>(`/api/compass/measurements/${encodeURIComponent(id)}${lq()}`, input),
    onSuccess: invalidate,
  });
}
