/**
 * Back-office navigation. A route in backOfficeRoutes (children of /app) appears in the main
 * navigation when it carries `handle: { nav: { labelKey, roles?, order?, end? } }`:
 *
 *   { path: "doelen", handle: { nav: { labelKey: "compass:nav.goals", roles: ["policy_analyst"], order: 20 } }, lazy: … }
 *
 * `labelKey` is an i18n key with its namespace; `roles` limits who sees the entry (any role
 * listed; omitted = every signed-in user); `order` sorts (lower first); `end` makes the link
 * active only on its exact path (set automatically for the index route). When no compass route
 * carries a handle, the known compass paths (index, doelen, import) are listed instead.
 */
import type { RouteObject } from "react-router";
import type { Role } from "../../contracts/identity";

export interface NavEntry {
  labelKey: string;
  roles?: Role[];
  order?: number;
  end?: boolean;
}

export interface NavItem extends NavEntry {
  to: string;
}

export interface NavHandle {
  nav?: NavEntry;
}

const FALLBACK: Record<string, NavEntry> = {
  "": { labelKey: "common:nav.dashboard", order: 10, end: true },
  doelen: { labelKey: "common:nav.goals", order: 20 },
  import: { labelKey: "common:nav.import", order: 30, roles: ["administrator", "policy_analyst"] },
};

function join(base: string, path: string | undefined): string {
  if (!path) return base;
  return `${base}/${path}`.replace(/\/+/g, "/");
}

export function navFromRoutes(routes: RouteObject[], base = "/app"): NavItem[] {
  const withHandle = routes.filter((r) => (r.handle as NavHandle | undefined)?.nav);
  if (withHandle.length) {
    return withHandle
      .map((r) => {
        const nav = (r.handle as NavHandle).nav!;
        return { ...nav, to: join(base, r.index ? "" : r.path), end: nav.end ?? Boolean(r.index) };
      })
      .sort((a, b) => (a.order ?? 100) - (b.order ?? 100));
  }
  return routes
    .map((r) => {
      const key = r.index ? "" : (r.path ?? "-");
      const entry = FALLBACK[key];
      return entry ? { ...entry, to: join(base, key) } : null;
    })
    .filter((x): x is NavItem => x !== null)
    .sort((a, b) => (a.order ?? 100) - (b.order ?? 100));
}

/** The administrator's entries, after the compass ones. */
export const ADMIN_NAV: NavItem[] = [
  { to: "/app/gebruikers", labelKey: "common:nav.users", roles: ["administrator"], order: 900 },
  { to: "/app/audit", labelKey: "common:nav.audit", roles: ["administrator"], order: 910 },
];
