import type { RouteObject } from "react-router";

/**
 * Space demand and retail core screens, children of "/app" (pages load lazily):
 *   ruimte/vragen             space demands (own organisation, own municipality, or all for staff)
 *   ruimte/vragen/nieuw       post a demand (entrepreneur for itself; account manager for a company)
 *   ruimte/vragen/:id         one demand: ranked suggestions with reasons, excluded items, introductions
 *   ruimte/kernen             core shopping areas with their vacancy
 *   ruimte/kernen/:id         one core: vacancy trend, premises, campaigns
 */
export const demandRoutes: RouteObject[] = [
  {
    path: "ruimte/vragen",
    handle: { nav: { labelKey: "spaceDemand:nav.demands", roles: ["administrator", "policy_analyst", "account_manager", "grant_officer", "municipality", "entrepreneur"], order: 62 } },
    lazy: async () => ({ Component: (await import("./pages/DemandsPage")).DemandsPage }),
  },
  { path: "ruimte/vragen/nieuw", lazy: async () => ({ Component: (await import("./pages/DemandFormPage")).DemandFormPage }) },
  { path: "ruimte/vragen/:id", lazy: async () => ({ Component: (await import("./pages/DemandPage")).DemandPage }) },
  {
    path: "ruimte/kernen",
    handle: { nav: { labelKey: "spaceDemand:nav.retail", roles: ["administrator", "policy_analyst", "account_manager", "grant_officer", "municipality"], order: 64 } },
    lazy: async () => ({ Component: (await import("./pages/RetailCoresPage")).RetailCoresPage }),
  },
  { path: "ruimte/kernen/:id", lazy: async () => ({ Component: (await import("./pages/RetailCorePage")).RetailCorePage }) },
];
