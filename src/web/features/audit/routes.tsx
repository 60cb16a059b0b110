/** Audit screen: `auditRoutes` are children of /app (administrators only). */
import type { RouteObject } from "react-router";
import { RequireRole } from "../../app/guards";
import { AuditPage } from "./AuditPage";

export const auditRoutes: RouteObject[] = [
  { path: "audit", element: <RequireRole roles={["administrator"]} />, children: [{ index: true, element: <AuditPage /> }] },
];
