import type { RouteObject } from "react-router";
import { RequireRole } from "../../app/guards";

/**
 * Organisation registry screens, children of "/app" (pages load lazily):
 *   organisaties            search, filters, export (staff and municipality users)
 *   organisaties/import     KBO open-data imports (administrator)
 *   organisaties/:id        one organisation (not found when the user may not see it)
 *   mijn-organisatie        the entrepreneur's own organisation
 */
export const organisationRoutes: RouteObject[] = [
  {
    path: "organisaties",
    handle: { nav: { labelKey: "organisations:nav.organisations", roles: ["administrator", "policy_analyst", "account_manager", "grant_officer", "municipality"], order: 40 } },
    lazy: async () => ({ Component: (await import("./pages/OrganisationsPage")).OrganisationsPage }),
  },
  {
    path: "organisaties/import",
    lazy: async () => {
      const { KboImportPage } = await import("./pages/KboImportPage");
      return {
        Component: () => (
          <RequireRole roles={["administrator"]}>
            <KboImportPage />
          </RequireRole>
        ),
      };
    },
  },
  { path: "organisaties/:id", lazy: async () => ({ Component: (await import("./pages/OrganisationPage")).OrganisationPage }) },
  {
    path: "mijn-organisatie",
    handle: { nav: { labelKey: "organisations:nav.myOrganisation", roles: ["entrepreneur"], order: 15 } },
    lazy: async () => ({ Component: (await import("./pages/MyOrganisationPage")).MyOrganisationPage }),
  },
];
