/**
 * The route tree:
 *   /              public layout → publicRoutes (compass), oproepen[/:id] (grant calls), 404 for unknown public paths
 *   /aanmelden     sign-in page (?next=/app/… returns there after sign-in)
 *   /app           back office (session required) → backOfficeRoutes (compass: index = Kompas,
 *                  doelen, import, …), organisaties, ondersteuning, mijn-taken, mijn-organisatie, wachtwoord, gebruikers[/nieuw|/:id], audit, 404
 */
import { createBrowserRouter, Outlet, type RouteObject } from "react-router";
import { backOfficeRoutes, publicRoutes } from "../features/compass/routes";
import { auditRoutes } from "../features/audit/routes";
import { identityRoutes, signInRoute } from "../features/identity/routes";
import { organisationRoutes } from "../features/organisations/routes";
import { supportRoutes } from "../features/support/routes";
import { demandRoutes } from "../features/space/demand-routes";
import { spacePublicRoutes, supplyRoutes } from "../features/space/routes";
import { grantRoutes, publicGrantRoutes } from "../features/grants/routes";
import { Loading } from "../components/Loading";
import { BackOfficeLayout } from "./layouts/BackOfficeLayout";
import { AuthLayout, PublicLayout } from "./layouts/PublicLayout";
import { ADMIN_NAV, navFromRoutes } from "./nav";
import { NotFoundPage, RouteError } from "./pages/NotFoundPage";

export function appRoutes(): RouteObject[] {
  const nav = [...navFromRoutes([...backOfficeRoutes, ...organisationRoutes, ...supportRoutes, ...grantRoutes, ...supplyRoutes, ...demandRoutes]), ...ADMIN_NAV];
  return [
    {
      element: <Outlet />,
      hydrateFallbackElement: <Loading />,
      errorElement: <RouteError />,
      children: [
        {
          path: "/",
          element: <PublicLayout />,
          children: [{ errorElement: <RouteError />, children: [...publicRoutes, ...publicGrantRoutes, ...spacePublicRoutes, { path: "*", element: <NotFoundPage /> }] }],
        },
        {
          path: "/aanmelden",
          element: <AuthLayout />,
          children: [{ errorElement: <RouteError />, children: [signInRoute] }],
        },
        {
          path: "/app",
          element: <BackOfficeLayout nav={nav} />,
          children: [
            {
              errorElement: <RouteError />,
              children: [...backOfficeRoutes, ...organisationRoutes, ...supportRoutes, ...grantRoutes, ...supplyRoutes, ...demandRoutes, ...identityRoutes, ...auditRoutes, { path: "*", element: <NotFoundPage inApp /> }],
            },
          ],
        },
      ],
    },
  ];
}

export function createAppRouter() {
  return createBrowserRouter(appRoutes());
}
