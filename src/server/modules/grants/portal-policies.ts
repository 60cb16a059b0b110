import type { Role } from "../../../contracts/identity.js";
import { hasRole, organisationScopes, requireRole } from "../../platform/authz.js";
import type { Actor } from "../../platform/context.js";
import { forbidden, unauthenticated } from "../../platform/errors.js";

/**
 * Who may do what with funds, calls and applications.
 * - Funds and envelopes: read by the agency's staff; created and changed by grant officers and administrators.
 * - Calls: published calls are public (anyone, signed in or not); drafts only for grant officers and
 *   administrators, who create, change and publish them.
 * - Applications: an entrepreneur sees the applications in which one of their organisations takes part.
 *   As the lead (or for the lead) they see everything and act as the applicant; as a partner they see the
 *   partnership part only (call, reference, title, lead, status, the partners and their own de minimis
 *   declaration) — not the lead's answers, amount, attachments or information requests, which are the
 *   lead's confidential business until the lead shares them. Grant officers and administrators see all.
 *   Policy analysts, account managers, municipalities and reviewers get nothing here (reviewers get their
 *   assigned applications through the review endpoints). System actors pass.
 */
export const OFFICER_ROLES: Role[] = ["administrator", "grant_officer"];
export const FUND_READ_ROLES: Role[] = ["administrator", "grant_officer", "policy_analyst", "account_manager"];
export const APPLICATION_ROLES: Role[] = ["administrator", "grant_officer", "entrepreneur"];

export interface GrantsDeps {
  now: () => Date;
}
export function resolveGrantsDeps(deps?: Partial<GrantsDeps>): GrantsDeps {
  return { now: deps?.now ?? (() => new Date()) };
}

export function requireOfficer(actor: Actor): void {
  requireRole(actor, ...OFFICER_ROLES);
}
export function requireFundReader(actor: Actor): void {
  requireRole(actor, ...FUND_READ_ROLES);
}
export function requireApplicationRole(actor: Actor): void {
  requireRole(actor, ...APPLICATION_ROLES);
}
export function isOfficer(actor: Actor): boolean {
  return actor.kind === "system" || (actor.kind === "user" && hasRole(actor, ...OFFICER_ROLES));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Organisations the actor acts for as an entrepreneur (valid ids only). */
export function myOrganisations(actor: Actor): string[] {
  if (actor.kind !== "user" || !hasRole(actor, "entrepreneur")) return [];
  return organisationScopes(actor).filter((id) => UUID.test(id));
}

/** The actor must act for this organisation as its entrepreneur (system actors pass). */
export function requireActsFor(actor: Actor, organisationId: string): void {
  if (actor.kind === "public") throw unauthenticated();
  if (actor.kind === "system") return;
  if (!myOrganisations(actor).includes(organisationId)) throw forbidden("You do not act for this organisation.");
}

/** The roles the pure workflow sees: a system actor counts as both applicant and officer. */
export function workflowRoles(actor: Actor): Role[] {
  if (actor.kind === "system") return ["entrepreneur", "grant_officer"];
  if (actor.kind !== "user") return [];
  // Administrators act as grant officers in the workflow.
  return actor.roles.includes("administrator") ? [...actor.roles, "grant_officer"] : actor.roles;
}
