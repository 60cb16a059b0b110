import type { RouteObject } from "react-router";

/**
 * Grants screens. Back office (children of "/app", pages load lazily):
 *   subsidies/oproepen                   open and upcoming calls; entrepreneurs start an application
 *   subsidies/oproepen/:id               one call
 *   subsidies/aanvragen                  my applications (entrepreneur) / all applications (grant officer)
 *   subsidies/aanvragen/:id              one application: form with autosave, partners, files, submit, questions
 *   subsidies/beheer                     funds, envelopes and calls (grant officer, administrator)
 *   subsidies/beheer/oproepen/nieuw|:id  create or edit a call, publish or close it
 * Public (children of the public layout): oproepen, oproepen/:id.
 */
export const grantRoutes: RouteObject[] = [
  {
    path: "subsidies/oproepen",
    handle: { nav: { labelKey: "grants:nav.calls", roles: ["entrepreneur", "administrator", "grant_officer"], order: 60 } },
    lazy: async () => ({ Component: (await import("./pages/CallsPage")).CallsPage }),
  },
  { path: "subsidies/oproepen/:id", lazy: async () => ({ Component: (await import("./pages/CallPage")).CallPage }) },
  {
    path: "subsidies/aanvragen",
    handle: { nav: { labelKey: "grants:nav.applications", roles: ["entrepreneur", "administrator", "grant_officer"], order: 61 } },
    lazy: async () => ({ Component: (await import("./pages/ApplicationsPage")).ApplicationsPage }),
  },
  { path: "subsidies/aanvragen/:id", lazy: async () => ({ Component: (await import("./pages/ApplicationPage")).ApplicationPage }) },
  {
    path: "subsidies/beheer",
    handle: { nav: { labelKey: "grants:nav.admin", roles: ["administrator", "grant_officer"], order: 62 } },
    lazy: async () => ({ Component: (await import("./pages/FundsAdminPage")).FundsAdminPage }),
  },
  { path: "subsidies/beheer/oproepen/nieuw", lazy: async () => ({ Component: (await import("./pages/CallEditPage")).CallEditPage }) },
  { path: "subsidies/beheer/oproepen/:id", lazy: async () => ({ Component: (await import("./pages/CallEditPage")).CallEditPage }) },
];

export const publicGrantRoutes: RouteObject[] = [
  { path: "oproepen", lazy: async () => ({ Component: (await import("./pages/CallsPage")).CallsPage }) },
  { path: "oproepen/:id", lazy: async () => ({ Component: (await import("./pages/CallPage")).CallPage }) },
];
