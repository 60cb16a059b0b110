import { STAFF_ROLES, type Role } from "../../contracts/identity.js";
import type { Actor } from "./context.js";
import { forbidden, unauthenticated } from "./errors.js";

export function isUser(actor: Actor): actor is Extract<Actor, { kind: "user" }> {
  return actor.kind === "user";
}

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  if (actor.kind === "system") return true;
  return actor.kind === "user" && actor.roles.some((r) => roles.includes(r));
}

export function isStaff(actor: Actor): boolean {
  return hasRole(actor, ...STAFF_ROLES);
}

/** Throws unless the actor is signed in and holds one of the roles (system actors always pass). */
export function requireRole(actor: Actor, ...roles: Role[]): void {
  if (actor.kind === "public") throw unauthenticated();
  if (!hasRole(actor, ...roles)) throw forbidden();
}

export function requireSignedIn(actor: Actor): asserts actor is Extract<Actor, { kind: "user" | "system" }> {
  if (actor.kind === "public") throw unauthenticated();
}

/** NIS codes the actor acts for as a municipality user. */
export function municipalityScopes(actor: Actor): string[] {
  return actor.kind === "user" ? actor.scopes.filter((s) => s.kind === "municipality").map((s) => s.ref) : [];
}

/** Organisation ids the actor acts for as an entrepreneur. */
export function organisationScopes(actor: Actor): string[] {
  return actor.kind === "user" ? actor.scopes.filter((s) => s.kind === "organisation").map((s) => s.ref) : [];
}
