import { sql, type SQL } from "drizzle-orm";
import type { Role } from "../../../contracts/identity.js";
import { hasRole, isStaff, municipalityScopes, organisationScopes, requireRole } from "../../platform/authz.js";
import type { Actor } from "../../platform/context.js";
import { forbidden } from "../../platform/errors.js";

/**
 * Who may do what with space demands, their suggestions and introductions.
 * - Post, edit, close or withdraw a demand: an entrepreneur for its own organisation(s); an administrator or
 *   account manager for any organisation (on its behalf).
 * - Read: staff (administrator, account manager, policy analyst, grant officer) every demand; an entrepreneur
 *   its own organisations' demands; a municipality user the demands that concern its municipality: those
 *   naming it among the wanted municipalities, and those with a current suggestion on a parcel or premises in
 *   it (the municipality keeps that supply and can act on it). Municipality users do not see the company's
 *   budget. Everyone outside staff sees only the public catalogue fields of the supply items.
 * - Introductions (suggested → visit → option → deal, or dropped): administrators and account managers.
 * - Reviewers: forbidden; the public: unauthenticated. System actors pass.
 */
export const DEMAND_READ_ROLES: Role[] = ["administrator", "account_manager", "policy_analyst", "grant_officer", "entrepreneur", "municipality"];
export const DEMAND_POST_ROLES: Role[] = ["administrator", "account_manager", "entrepreneur"];
export const INTRODUCTION_ROLES: Role[] = ["administrator", "account_manager"];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function requireDemandReader(actor: Actor): void {
  requireRole(actor, ...DEMAND_READ_ROLES);
}

export function requireDemandPoster(actor: Actor): void {
  requireRole(actor, ...DEMAND_POST_ROLES);
}

export function requireIntroducer(actor: Actor): void {
  requireRole(actor, ...INTRODUCTION_ROLES);
}

/** Staff, the system, administrators and account managers act for any organisation. */
export function actsForAnyOrganisation(actor: Actor): boolean {
  return actor.kind === "system" || hasRole(actor, "administrator", "account_manager");
}

/** Throws forbidden unless the actor may post or change demands of this organisation. */
export function requireActsFor(actor: Actor, organisationId: string): void {
  if (actsForAnyOrganisation(actor)) return;
  if (hasRole(actor, "entrepreneur") && organisationScopes(actor).includes(organisationId)) return;
  throw forbidden("You may post space demands for your own organisation only.");
}

export function canEditDemand(actor: Actor, organisationId: string): boolean {
  try {
    requireRole(actor, ...DEMAND_POST_ROLES);
    requireActsFor(actor, organisationId);
    return true;
  } catch {
    return false;
  }
}

export type DemandViewKind = "staff" | "owner" | "municipality";

/** Staff see everything; the owning company its own demand in full; a municipality user without the budget. */
export function demandViewOf(actor: Actor, organisationId: string): DemandViewKind {
  if (actor.kind === "system" || isStaff(actor)) return "staff";
  if (hasRole(actor, "entrepreneur") && organisationScopes(actor).includes(organisationId)) return "owner";
  return "municipality";
}

/** Which demands the actor may read, as a condition on space_demands aliased "d" (call requireDemandReader first). */
export function demandScope(actor: Actor): SQL {
  if (actor.kind === "system" || isStaff(actor)) return sql`true`;
  const parts: SQL[] = [];
  if (hasRole(actor, "entrepreneur")) {
    const ids = organisationScopes(actor).filter((id) => UUID.test(id));
    if (ids.length) parts.push(sql`d.organisation_id in (${sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `)})`);
  }
  if (hasRole(actor, "municipality")) {
    const nis = municipalityScopes(actor);
    if (nis.length) {
      const list = sql.join(nis.map((n) => sql`${n}`), sql`, `);
      parts.push(sql`(d.municipalities && array[${list}]::text[]
        or exists (select 1 from space_suggestions s
          left join space_parcels sp on sp.id = s.parcel_id
          left join space_premises sb on sb.id = s.premises_id
          where s.demand_id = d.id and s.active and not s.excluded
            and coalesce(sp.municipality_nis, sb.municipality_nis) in (${list})))`);
    }
  }
  if (parts.length === 0) return sql`false`;
  return sql`(${sql.join(parts, sql` or `)})`;
}

export const isUuid = (id: string) => UUID.test(id);
