import type { Role } from "../../../contracts/identity.js";
import { hasRole, municipalityScopes, requireRole } from "../../platform/authz.js";
import type { Actor } from "../../platform/context.js";
import { notFound } from "../../platform/errors.js";

/**
 * Retail cores (statement 2.2): who may do what.
 * - Read: staff (administrator, account manager, policy analyst, grant officer) every municipality; a
 *   municipality user its own municipality only (other municipalities' cores and campaigns answer not found).
 * - Keep (cores, premises and their status, campaigns and merchants): administrators and account managers
 *   everywhere; a municipality user in its own municipality. Province-wide campaigns (no municipality) are kept
 *   by the agency only.
 * - Entrepreneurs and reviewers: forbidden; the public: unauthenticated. The compass shows the vacancy rate
 *   per municipality to everyone through its own read models.
 */
export const RETAIL_READ_ROLES: Role[] = ["administrator", "account_manager", "policy_analyst", "grant_officer", "municipality"];
export const RETAIL_KEEP_ROLES: Role[] = ["administrator", "account_manager", "municipality"];

export function requireRetailReader(actor: Actor): void {
  requireRole(actor, ...RETAIL_READ_ROLES);
}

export function requireRetailKeeper(actor: Actor): void {
  requireRole(actor, ...RETAIL_KEEP_ROLES);
}

/** NIS codes the actor reads; null = all. */
export function retailReadScope(actor: Actor): string[] | null {
  if (actor.kind === "system" || hasRole(actor, "administrator", "account_manager", "policy_analyst", "grant_officer")) return null;
  return municipalityScopes(actor);
}

/** NIS codes the actor keeps; null = all. */
export function retailKeepScope(actor: Actor): string[] | null {
  if (actor.kind === "system" || hasRole(actor, "administrator", "account_manager")) return null;
  return hasRole(actor, "municipality") ? municipalityScopes(actor) : [];
}

export function canKeepRetail(actor: Actor, nis: string | null): boolean {
  const scope = retailKeepScope(actor);
  return scope === null || (nis !== null && scope.includes(nis));
}

/** Reading outside the scope answers not found (the record's existence is not revealed). */
export function requireReadsMunicipality(actor: Actor, nis: string | null, what: string): void {
  const scope = retailReadScope(actor);
  if (scope !== null && (nis === null || !scope.includes(nis))) throw notFound(what);
}
