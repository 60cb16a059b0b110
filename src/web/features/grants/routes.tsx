import type { RouteObject } from "react-router";

/**
 * Grants screens. Back office (children of "/app", pages load lazily):
 *   subsidies/oproepen                   open and upcoming calls; entrepreneurs start an application
 *   subsidies/oproepen/:id               one call
 *   subsidies/aanvragen                  my applications (entrepreneur) / all applications (grant officer)
 *   subsidies/aanvragen/:id              one application: form with autosave, partners, files, submit, questions
 *   subsidies/beheer                     funds, envelopes and calls (grant officer, administrator)
 *   subsidies/beheer/oproepen/nieuw|:id  create or edit a call, publish or close it
 *   subsidies/beoordelingen[/:assignmentId]   the reviewer's inbox; declaration of no conflict, then scoring
 *   subsidies/oproepen/:callId/rangschikking    weighted scores and ranking of a call (grant staff)
 *   subsidies/aanvragen/:id/beslissing          eligibility, reviewers and decision (officer); decision and letter
 *   subsidies/aanvragen/:id/betalingen          tranches to a checked IBAN, recoveries, repayments
 *   subsidies/registers                         de minimis register and per-call exports
 * Public (children of the public layout): oproepen, oproepen/:id, steun (awarded aid).
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
  {
    path: "subsidies/beoordelingen",
    handle: { nav: { labelKey: "grantsDecisions:nav.reviews", roles: ["reviewer"], order: 63 } },
    lazy: async () => ({ Component: (await import("./pages/ReviewInboxPage")).ReviewInboxPage }),
  },
  { path: "subsidies/beoordelingen/:assignmentId", lazy: async () => ({ Component: (await import("./pages/ReviewPage")).ReviewPage }) },
  { path: "subsidies/oproepen/:callId/rangschikking", lazy: async () => ({ Component: (await import("./pages/RankingPage")).RankingPage }) },
  { path: "subsidies/aanvragen/:id/beslissing", lazy: async () => ({ Component: (await import("./pages/DecisionPage")).DecisionPage }) },
  { path: "subsidies/aanvragen/:id/betalingen", lazy: async () => ({ Component: (await import("./pages/PaymentsPage")).PaymentsPage }) },
  {
    path: "subsidies/registers",
    handle: { nav: { labelKey: "grantsDecisions:nav.registers", roles: ["grant_officer", "administrator", "policy_analyst"], order: 64 } },
    lazy: async () => ({ Component: (await import("./pages/RegistersPage")).RegistersPage }),
  },
];

export const publicGrantRoutes: RouteObject[] = [
  { path: "oproepen", lazy: async () => ({ Component: (await import("./pages/CallsPage")).CallsPage }) },
  { path: "oproepen/:id", lazy: async () => ({ Component: (await import("./pages/CallPage")).CallPage }) },
  { path: "steun", lazy: async () => ({ Component: (await import("./pages/RegistersPublicAwardsPage")).RegistersPublicAwardsPage }) },
];
