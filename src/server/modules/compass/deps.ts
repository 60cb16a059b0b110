import { MetricRegistry } from "../../platform/metrics.js";

/**
 * What compass verbs need besides the ctx: the metric registry (derived indicators) and the clock.
 * Routes pass the app's deps (AppDeps is a superset); the seed and jobs may pass their own.
 * Without deps, a verb uses an empty registry (metric keys are then not checked) and the real clock.
 */
export interface CompassDeps {
  metrics: MetricRegistry;
  now: () => Date;
}

const fallback: CompassDeps = { metrics: new MetricRegistry(), now: () => new Date() };

export function resolveDeps(deps?: Partial<CompassDeps>): CompassDeps & { checkMetrics: boolean } {
  return { metrics: deps?.metrics ?? fallback.metrics, now: deps?.now ?? fallback.now, checkMetrics: Boolean(deps?.metrics) };
}

const brussels = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Brussels", year: "numeric", month: "2-digit", day: "2-digit" });

/** Today's date in Limburg (Europe/Brussels) as yyyy-mm-dd. */
export function todayIso(deps: { now: () => Date }): string {
  return brussels.format(deps.now());
}
