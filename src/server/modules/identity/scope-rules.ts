import type { ErrorDetail } from "../../../contracts/errors.js";
import type { Role, Scope } from "../../../contracts/identity.js";

const NIS = /^\d{5}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Which role a scope kind belongs to. */
const ROLE_OF_SCOPE: Record<Scope["kind"], Role> = { municipality: "municipality", organisation: "entrepreneur" };

/** Pure: drops repeated roles and scopes (organisation ids compared lower-case), keeping the first occurrence's order. */
export function normaliseAccess(roles: Role[], scopes: Scope[]): { roles: Role[]; scopes: Scope[] } {
  const seen = new Set<string>();
  const tidy = scopes.map((s) => (s.kind === "organisation" ? { kind: s.kind, ref: s.ref.toLowerCase() } : { kind: s.kind, ref: s.ref }));
  const uniqueScopes = tidy.filter((s) => {
    const key = `${s.kind}:${s.ref}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { roles: [...new Set(roles)], scopes: uniqueScopes };
}

/**
 * Pure: what is wrong with this combination of roles and scopes. A municipality user needs at
 * least one municipality (a five-digit NIS code), an entrepreneur at least one organisation (an
 * id); a scope whose role the user does not hold means nothing and is refused.
 * Paths are relative to the input ("scopes", "scopes.1.ref").
 */
export function scopeProblems(roles: Role[], scopes: Scope[]): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  scopes.forEach((scope, i) => {
    if (!roles.includes(ROLE_OF_SCOPE[scope.kind])) {
      problems.push({
        path: `scopes.${i}.kind`,
        code: "scope_without_role",
        message: `A ${scope.kind} scope needs the ${ROLE_OF_SCOPE[scope.kind]} role.`,
      });
    }
    if (scope.kind === "municipality" && !NIS.test(scope.ref)) {
      problems.push({ path: `scopes.${i}.ref`, code: "invalid_nis", message: "A municipality is named by its five-digit NIS code." });
    }
    if (scope.kind === "organisation" && !UUID.test(scope.ref)) {
      problems.push({ path: `scopes.${i}.ref`, code: "invalid_organisation_id", message: "An organisation is named by its id." });
    }
  });
  if (roles.includes("municipality") && !scopes.some((s) => s.kind === "municipality")) {
    problems.push({ path: "scopes", code: "municipality_scope_required", message: "A municipality user needs at least one municipality." });
  }
  if (roles.includes("entrepreneur") && !scopes.some((s) => s.kind === "organisation")) {
    problems.push({ path: "scopes", code: "organisation_scope_required", message: "An entrepreneur needs at least one organisation." });
  }
  return problems;
}

/** Pure: problems for municipality scopes whose NIS code is not a known municipality. */
export function unknownMunicipalityProblems(scopes: Scope[], known: Set<string>): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  scopes.forEach((scope, i) => {
    if (scope.kind === "municipality" && NIS.test(scope.ref) && !known.has(scope.ref)) {
      problems.push({ path: `scopes.${i}.ref`, code: "unknown_municipality", message: `There is no municipality with NIS code ${scope.ref}.` });
    }
  });
  return problems;
}
