import type { Role } from "../../../contracts/identity.js";
import { hasRole, municipalityScopes, requireRole } from "../../platform/authz.js";
import type { Actor } from "../../platform/context.js";
import { forbidden } from "../../platform/errors.js";

/**
 * Who keeps what in the supply of space (statement 2.1):
 * - Keep (create, edit, import, delete parks, parcels, premises, brownfields, documents): administrators and
 *   account managers everywhere; a municipality user only in its own municipality (NIS scope). A record moved to
 *   another municipality must stay in the keeper's scope.
 * - Read the back office (staff view with confidential fields): the agency's staff (administrator, account
 *   manager, policy analyst, grant officer) everything; a municipality user its own municipality's records
 *   (others' answer not found — their public side is in the catalogue).
 * - Everyone else (entrepreneurs, reviewers, the public): the public catalogue only, without confidential fields.
 * System actors pass.
 */
export const KEEPER_ROLES: Role[] = ["administrator", "account_manager", "municipality"];
export const READER_ROLES: Role[] = ["administrator", "account_manager", "policy_analyst", "grant_officer", "municipality"];
const AGENCY_ROLES: Role[] = ["administrator", "account_manager", "policy_analyst", "grant_officer"];
const AGENCY_KEEPERS: Role[] = ["administrator", "account_manager"];

export function requireReader(actor: Actor): void {
  requireRole(actor, ...READER_ROLES);
}

export function requireKeeper(actor: Actor): void {
  requireRole(actor, ...KEEPER_ROLES);
}

/** NIS codes the actor reads in the back office; null = all. */
export function readScope(actor: Actor): string[] | null {
  if (actor.kind === "system" || hasRole(actor, ...AGENCY_ROLES)) return null;
  return municipalityScopes(actor);
}

/** NIS codes the actor keeps; null = all. */
export function keepScope(actor: Actor): string[] | null {
  if (actor.kind === "system" || hasRole(actor, ...AGENCY_KEEPERS)) return null;
  return hasRole(actor, "municipality") ? municipalityScopes(actor) : [];
}

export function canRead(actor: Actor, nis: string): boolean {
  const scope = readScope(actor);
  return scope === null || scope.includes(nis);
}

export function canKeep(actor: Actor, nis: string): boolean {
  const scope = keepScope(actor);
  return scope === null || scope.includes(nis);
}

/** Throws forbidden unless the actor keeps records of this municipality. */
export function requireKeeps(actor: Actor, nis: string): void {
  if (!canKeep(actor, nis)) throw forbidden("You keep only the space of your own municipality.");
}
