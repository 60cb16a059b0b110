import type { RouteObject } from "react-router";

/**
 * Compass screens. Pages are loaded lazily so that ECharts and MapLibre stay out of the first bundle.
 * backOfficeRoutes are children of "/app"; publicRoutes are children of the public layout.
 */
export const backOfficeRoutes: RouteObject[] = [
  { index: true, lazy: async () => ({ Component: (await import("./pages/DashboardPage")).DashboardPage }) },
  { path: "indicatoren/:id", lazy: async () => ({ Component: (await import("./pages/IndicatorPage")).IndicatorPage }) },
  { path: "doelen", lazy: async () => ({ Component: (await import("./pages/GoalsPage")).GoalsPage }) },
  { path: "import", lazy: async () => ({ Component: (await import("./pages/ImportPage")).ImportPage }) },
];

export const publicRoutes: RouteObject[] = [
  { index: true, lazy: async () => ({ Component: (await import("../public/PublicDashboardPage")).PublicDashboardPage }) },
  { path: "publiek/indicatoren/:id", lazy: async () => ({ Component: (await import("../public/PublicIndicatorPage")).PublicIndicatorPage }) },
];
