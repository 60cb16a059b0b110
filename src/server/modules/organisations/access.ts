import { sql, type SQL } from "drizzle-orm";
import { hasRole, isStaff, municipalityScopes, organisationScopes, requireSignedIn } from "../../platform/authz.js";
import type { Actor } from "../../platform/context.js";
import { forbidden } from "../../platform/errors.js";

/**
 * Which organisations an actor may read, as a condition on the organisations table aliased "o":
 * null = all (staff and the system); otherwise the actor's own organisations (entrepreneur) and the
 * organisations seated or established in their municipality (municipality user). The public gets
 * unauthenticated; roles that never read the registry get forbidden.
 */
export function visibleOrganisations(actor: Actor): SQL | null {
  requireSignedIn(actor);
  if (actor.kind === "system" || isStaff(actor)) return null;
  const parts: SQL[] = [];
  if (hasRole(actor, "entrepreneur")) {
    const ids = organisationScopes(actor).filter((id) => /^[0-9a-f-]{36}$/i.test(id));
    if (ids.length) parts.push(sql`o.id in (${sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `)})`);
  }
  if (hasRole(actor, "municipality")) {
    const nis = municipalityScopes(actor);
    if (nis.length) {
      const list = sql.join(nis.map((n) => sql`${n}`), sql`, `);
      parts.push(sql`(o.municipality_nis in (${list}) or o.establishment_nis && array[${list}]::text[])`);
    }
  }
  if (!hasRole(actor, "entrepreneur", "municipality")) throw forbidden();
  if (parts.length === 0) return sql`false`;
  return sql`(${sql.join(parts, sql` or `)})`;
}
