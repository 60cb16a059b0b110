import { sql, type SQL } from "drizzle-orm";
import type { Role } from "../../../contracts/identity.js";
import { hasRole, isStaff, municipalityScopes, organisationScopes, requireRole } from "../../platform/authz.js";
import type { Actor } from "../../platform/context.js";

/**
 * Who may do what with support programmes and trajectories.
 * - Read: staff (administrator, account manager, policy analyst, grant officer) everything; an
 *   entrepreneur the trajectories of their own organisation(s); a municipality user those of the
 *   organisations seated in their municipality. Entrepreneurs and municipality users get the limited
 *   view: no internal notes, no confidential interactions, no tasks, no names of staff who moved stages.
 * - Write (open, move, interactions, tasks, outcomes, close, completing tasks): administrator and account
 *   manager; policy analysts and grant officers read only. Trajectories and tasks are owned by administrators
 *   and account managers.
 * - Reviewers: forbidden; the public: unauthenticated. System actors pass.
 */
export const READ_ROLES: Role[] = ["administrator", "account_manager", "policy_analyst", "grant_officer", "entrepreneur", "municipality"];
export const WRITE_ROLES: Role[] = ["administrator", "account_manager"];
/** Roles the owner of a trajectory or a task holds: those who work the trajectories. */
export const OWNER_ROLES: Role[] = WRITE_ROLES;
const STAFF_ROLES: Role[] = ["administrator", "account_manager", "policy_analyst", "grant_officer"];

export function requireReader(actor: Actor): void {
  requireRole(actor, ...READ_ROLES);
}

export function requireWriter(actor: Actor): void {
  requireRole(actor, ...WRITE_ROLES);
}

/** The staff's own work list (read-only staff simply own no tasks). */
export function requireStaff(actor: Actor): void {
  requireRole(actor, ...STAFF_ROLES);
}

export type View = "staff" | "limited";

export function viewOf(actor: Actor): View {
  return actor.kind === "system" || isStaff(actor) ? "staff" : "limited";
}

/**
 * Which trajectories the actor may read, as a condition on the organisations table aliased "o":
 * null = all (staff and the system). Call requireReader first.
 */
export function trajectoryScope(actor: Actor): SQL | null {
  if (viewOf(actor) === "staff") return null;
  const parts: SQL[] = [];
  if (hasRole(actor, "entrepreneur")) {
    const ids = organisationScopes(actor).filter((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id));
    if (ids.length) parts.push(sql`o.id in (${sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `)})`);
  }
  if (hasRole(actor, "municipality")) {
    const nis = municipalityScopes(actor);
    if (nis.length) parts.push(sql`o.municipality_nis in (${sql.join(nis.map((n) => sql`${n}`), sql`, `)})`);
  }
  if (parts.length === 0) return sql`false`;
  return sql`(${sql.join(parts, sql` or `)})`;
}

/** The scope as a where-fragment ("true" for everything). */
export function scopeSql(actor: Actor): SQL {
  return trajectoryScope(actor) ?? sql`true`;
}
