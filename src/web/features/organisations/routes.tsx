import type { RouteObject } from "react-router";
import { STAFF_ROLES } from "../../../contracts/identity";
import { RequireRole } from "../../app/guards";

/**
 * Organisation registry screens, children of "/app" (pages load lazily):
 *   organisaties            search, filters, export (staff and municipality users)
 *   organisaties/import     KBO open-data imports (administrator)
 *   organisaties/dubbels    likely duplicate records (staff)
 *   organisaties/samenvoegen merging two records (administrator, account manager)
 *   organisaties/:id        one organisation (not found when the user may not see it; a merged record redirects)
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
  {
    path: "organisaties/dubbels",
    lazy: async () => {
      const { DuplicatesPage } = await import("./pages/DuplicatesPage");
      return {
        Component: () => (
          <RequireRole roles={[...STAFF_ROLES]}>
            <DuplicatesPage />
          </RequireRole>
        ),
      };
    },
  },
  {
    path: "organisaties/samenvoegen",
    lazy: async () => {
      const { MergePage } = await import("./pages/MergePage");
      return {
        Component: () => (
          <RequireRole roles={["administrator", "account_manager"]}>
            <MergePage />
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
