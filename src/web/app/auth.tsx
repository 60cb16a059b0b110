/**
 * The signed-in user, for every screen: `const { me, hasRole, login, logout } = useAuth()`.
 *
 * - `me` is the current user (GET /api/auth/me) or null when signed out;
 * - `status` is "loading" until the first answer, then "signedIn" | "signedOut" (or "error"
 *   when the server could not be reached);
 * - `roles` / `hasRole(...roles)` (true when the user holds any of them) / `isStaff`;
 * - `login({ email, password })` signs in and returns Me (throws ApiError 401 / 429);
 * - `logout()` signs out and forgets every cached query;
 * - `refresh()` re-reads /api/auth/me (after a password change, for instance).
 * The CSRF token from Me is handed to app/api.ts so that mutations carry it.
 */
import { createContext, useCallback, useContext, useMemo, type ReactNode } from "react";
import { useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { STAFF_ROLES, type LoginInput, type Me, type Role } from "../../contracts/identity";
import { setLocale } from "../i18n";
import { api, ApiError, setCsrfToken } from "./api";
import { ME_KEY } from "./query";

export type AuthStatus = "loading" | "signedIn" | "signedOut" | "error";

export interface AuthValue {
  me: Me | null;
  status: AuthStatus;
  /** The error when status is "error". */
  error: unknown;
  roles: Role[];
  hasRole: (...roles: Role[]) => boolean;
  isStaff: boolean;
  login: (input: LoginInput) => Promise<Me>;
  logout: () => Promise<void>;
  refresh: () => Promise<Me | null>;
}

const AuthContext = createContext<AuthValue | null>(null);

async function fetchMe(): Promise<Me | null> {
  try {
    const me = await api.get<Me>("/api/auth/me");
    setCsrfToken(me.csrfToken);
    return me;
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw e;
  }
}

/** Drops every cached query except the current user's (which the provider observes). */
function forgetOthers(client: QueryClient): void {
  client.removeQueries({ predicate: (q) => q.queryKey[0] !== ME_KEY[0] });
}

function hasExplicitLocale(): boolean {
  return typeof localStorage !== "undefined" && localStorage.getItem("koers.locale") !== null;
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const query = useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: 5 * 60_000, retry: 1 });

  const refresh = useCallback(async () => {
    const me = await client.fetchQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: 0 });
    return me;
  }, [client]);

  const login = useCallback(
    async (input: LoginInput) => {
      let me = await api.post<Me>("/api/auth/login", input);
      forgetOthers(client);
      if (me?.csrfToken) setCsrfToken(me.csrfToken);
      else me = (await fetchMe()) ?? me;
      client.setQueryData(ME_KEY, me);
      if (!hasExplicitLocale() && me.locale) setLocale(me.locale);
      return me;
    },
    [client],
  );

  const logout = useCallback(async () => {
    try {
      await api.post<void>("/api/auth/logout");
    } finally {
      setCsrfToken(null);
      forgetOthers(client);
      client.setQueryData(ME_KEY, null);
    }
  }, [client]);

  const me = query.data ?? null;
  const value = useMemo<AuthValue>(() => {
    const roles = me?.roles ?? [];
    const status: AuthStatus = query.status === "pending" ? "loading" : query.data === undefined ? "error" : me ? "signedIn" : "signedOut";
    return {
      me,
      status,
      error: query.error,
      roles,
      hasRole: (...wanted: Role[]) => roles.some((r) => wanted.includes(r)),
      isStaff: roles.some((r) => STAFF_ROLES.includes(r)),
      login,
      logout,
      refresh,
    };
  }, [me, query.status, query.data, query.error, login, logout, refresh]);

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthValue {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error("useAuth needs an <AuthProvider> above it");
  return ctx;
}

/** A safe "next" target: an app path on this site, never another origin. */
export function safeNext(next: string | null | undefined, fallback = "/app"): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return fallback;
  if (next.startsWith("/aanmelden")) return fallback;
  return next;
}
