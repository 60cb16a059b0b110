/**
 * Route guards.
 * - <RequireSession>: signed-out users go to /aanmelden?next=<where they were>; a user who must
 *   change their password is sent to /app/wachtwoord first.
 * - <RequireRole roles={["administrator"]} />: renders its children (or <Outlet />) for users
 *   holding any of the roles, and a "Geen toegang" page otherwise.
 */
import type { ReactNode } from "react";
import { Navigate, Outlet, useLocation } from "react-router";
import type { Role } from "../../contracts/identity";
import { ErrorMessage } from "../components/ErrorMessage";
import { Loading } from "../components/Loading";
import { useAuth } from "./auth";
import { ForbiddenPage } from "./pages/NotFoundPage";

export const PASSWORD_PATH = "/app/wachtwoord";

export function RequireSession({ children }: { children: ReactNode }) {
  const { status, me, error, refresh } = useAuth();
  const location = useLocation();
  if (status === "loading") return <Loading />;
  if (status === "error") return <ErrorMessage error={error} onRetry={() => void refresh()} />;
  if (status === "signedOut" || !me) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/aanmelden?next=${encodeURIComponent(next)}`} replace />;
  }
  if (me.mustChangePassword && location.pathname !== PASSWORD_PATH) return <Navigate to={PASSWORD_PATH} replace />;
  return <>{children}</>;
}

export function RequireRole({ roles, children }: { roles: Role[]; children?: ReactNode }) {
  const { hasRole } = useAuth();
  if (!hasRole(...roles)) return <ForbiddenPage />;
  return <>{children ?? <Outlet />}</>;
}
