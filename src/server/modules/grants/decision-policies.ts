import type { Role } from "../../../contracts/identity.js";
import { hasRole, organisationScopes, requireRole } from "../../platform/authz.js";
import type { Actor } from "../../platform/context.js";
import { forbidden } from "../../platform/errors.js";

/**
 * Who may do what after submission.
 * - Grant officers: eligibility, assigning reviewers, ranking, decisions, payments, recoveries,
 *   repayments, register exports. Administrators and policy analysts read rankings, decisions,
 *   money and registers but change nothing.
 * - Reviewers: only the applications assigned to them, and only after declaring no conflict.
 * - Entrepreneurs: the decision and letter of an application their organisation takes part in.
 * - The public: the list of awarded aid. System actors pass.
 */
export const OFFICER_ROLES: Role[] = ["grant_officer"];
export const READER_ROLES: Role[] = ["grant_officer", "administrator", "policy_analyst"];

export function requireOfficer(actor: Actor): void {
  requireRole(actor, ...OFFICER_ROLES);
}

export function requireGrantReader(actor: Actor): void {
  requireRole(actor, ...READER_ROLES);
}

export function requireReviewer(actor: Actor): void {
  requireRole(actor, "reviewer");
}

export function isGrantReader(actor: Actor): boolean {
  return hasRole(actor, ...READER_ROLES);
}

/** Roles to hand to the workflow: system actors act as officers. */
export function workflowRoles(actor: Actor): Role[] {
  if (actor.kind === "system") return ["grant_officer"];
  return actor.kind === "user" ? actor.roles : [];
}

export function userIdOf(actor: Actor): string | null {
  return actor.kind === "user" ? actor.userId : null;
}

/** An entrepreneur may read when one of their organisations takes part; otherwise the caller answers not found. */
export function actsForOneOf(actor: Actor, organisationIds: string[]): boolean {
  if (!hasRole(actor, "entrepreneur")) return false;
  const mine = new Set(organisationScopes(actor));
  return organisationIds.some((id) => mine.has(id));
}

export function requireSignedInReader(actor: Actor): void {
  requireRole(actor, ...READER_ROLES, "entrepreneur");
  if (actor.kind === "user" && !hasRole(actor, ...READER_ROLES, "entrepreneur")) throw forbidden();
}
