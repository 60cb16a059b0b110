import type { RouteObject } from "react-router";

/**
 * Compass screens. Pages are loaded lazily so that ECharts and MapLibre stay out of the first bundle.
 * backOfficeRoutes are children of "/app"; publicRoutes are children of the public layout.
 */
export const backOfficeRoutes: RouteObject[] = [
  {
    index: true,
    handle: { nav: { labelKey: "compass:nav.menuDashboard", order: 10 } },
    lazy: async () => ({ Component: (await import("./pages/DashboardPage")).DashboardPage }),
  },
  { path: "indicatoren/:id", lazy: async () => ({ Component: (await import("./pages/IndicatorPage")).IndicatorPage }) },
  {
    path: "doelen",
    handle: { nav: { labelKey: "compass:nav.menuGoals", order: 20 } },
    lazy: async () => ({ Component: (await import("./pages/GoalsPage")).GoalsPage }),
  },
  {
    path: "import",
    handle: { nav: { labelKey: "compass:nav.menuImport", order: 30, roles: ["administrator", "policy_analyst"] } },
    lazy: async () => ({ Component: (await import("./pages/ImportPage")).ImportPage }),
  },
];

export const publicRoutes: RouteObject[] = [
  { index: true, lazy: async () => ({ Component: (await import("../public/PublicDashboardPage")).PublicDashboardPage }) },
  { path: "publiek/indicatoren/:id", lazy: async () => ({ Component: (await import("../public/PublicIndicatorPage")).PublicIndicatorPage }) },
];
