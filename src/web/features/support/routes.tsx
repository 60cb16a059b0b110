import type { RouteObject } from "react-router";

/**
 * Support programme screens, children of "/app" (pages load lazily):
 *   ondersteuning                     the programmes
 *   ondersteuning/trajecten/:id       one trajectory
 *   ondersteuning/:programmeCode      a programme's board (columns = stages)
 *   mijn-taken                        the signed-in staff member's open tasks, overdue first
 */
export const supportRoutes: RouteObject[] = [
  {
    path: "ondersteuning",
    handle: { nav: { labelKey: "support:nav.programmes", roles: ["administrator", "policy_analyst", "account_manager", "grant_officer", "municipality"], order: 50 } },
    lazy: async () => ({ Component: (await import("./pages/ProgrammesPage")).ProgrammesPage }),
  },
  { path: "ondersteuning/trajecten/:id", lazy: async () => ({ Component: (await import("./pages/TrajectoryPage")).TrajectoryPage }) },
  { path: "ondersteuning/:programmeCode", lazy: async () => ({ Component: (await import("./pages/BoardPage")).BoardPage }) },
  {
    path: "mijn-taken",
    handle: { nav: { labelKey: "support:nav.myTasks", roles: ["administrator", "account_manager"], order: 55 } },
    lazy: async () => ({ Component: (await import("./pages/MyTasksPage")).MyTasksPage }),
  },
];
