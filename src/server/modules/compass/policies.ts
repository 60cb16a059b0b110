import type { Actor } from "../../platform/context.js";
import { hasRole, municipalityScopes, requireRole } from "../../platform/authz.js";
import { forbidden } from "../../platform/errors.js";

/**
 * Who may do what in the compass.
 * - Read the back office (goals, indicators, measurements, exports, metrics, drill-downs): staff
 *   (administrator, policy analyst, account manager, grant officer) and municipality users.
 * - Municipality users see only their own municipality's rows (province-level figures are fine) and may
 *   record measurements only for their own municipality on indicators broken down per municipality.
 * - Goals, indicators, province-level measurements and imports: administrator and policy analyst.
 * - Reviewers and entrepreneurs: forbidden; the public: unauthenticated. System actors pass.
 */
export const READ_ROLES = ["administrator", "policy_analyst", "account_manager", "grant_officer", "municipality"] as const;
export const DEFINE_ROLES = ["administrator", "policy_analyst"] as const;

export function requireCompassReader(actor: Actor): void {
  requireRole(actor, ...READ_ROLES);
}

export function requireDefiner(actor: Actor): void {
  requireRole(actor, ...DEFINE_ROLES);
}

/** Roles that may write some measurement (fine-grained check: canWriteMeasurement). */
export function requireMeasurementWriter(actor: Actor): void {
  requireRole(actor, ...DEFINE_ROLES, "municipality");
}

/**
 * The municipalities whose rows the actor may see: null = all (staff, system), otherwise a list of NIS
 * codes (a municipality user; province-level rows are always visible).
 */
export function rowScope(actor: Actor): string[] | null {
  if (actor.kind === "system") return null;
  if (hasRole(actor, "administrator", "policy_analyst", "account_manager", "grant_officer")) return null;
  return municipalityScopes(actor);
}

export function canSeeMunicipality(actor: Actor, nis: string | null): boolean {
  if (nis === null) return true;
  const scope = rowScope(actor);
  return scope === null || scope.includes(nis);
}

/** Throws forbidden unless the actor may write a value of this indicator for this municipality (null = province). */
export function assertCanWriteMeasurement(actor: Actor, indicator: { perMunicipality: boolean }, nis: string | null): void {
  if (hasRole(actor, ...DEFINE_ROLES)) return;
  if (hasRole(actor, "municipality") && nis !== null && indicator.perMunicipality && municipalityScopes(actor).includes(nis)) return;
  throw forbidden(
    nis === null
      ? "Only administrators and policy analysts record province-level values."
      : "You may record values only for your own municipality, on indicators broken down per municipality.",
  );
}
