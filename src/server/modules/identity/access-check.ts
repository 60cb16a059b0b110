import type { Role, Scope } from "../../../contracts/identity.js";
import type { Ctx } from "../../platform/context.js";
import { validation } from "../../platform/errors.js";
import { normaliseAccess, scopeProblems, unknownMunicipalityProblems } from "./scope-rules.js";
import { existingMunicipalities } from "./users-repo.js";

/**
 * Checks roles and scopes against each other and against the municipalities table, throwing a
 * validation error whose paths point into the input; answers them without repeats.
 */
export async function checkedAccess(ctx: Ctx, roles: Role[], scopes: Scope[]): Promise<{ roles: Role[]; scopes: Scope[] }> {
  const problems = scopeProblems(roles, scopes);
  if (!problems.length) {
    const nis = scopes.filter((s) => s.kind === "municipality").map((s) => s.ref);
    problems.push(...unknownMunicipalityProblems(scopes, await existingMunicipalities(ctx.db, nis)));
  }
  if (problems.length) throw validation(problems, "The roles and scopes do not fit together.");
  return normaliseAccess(roles, scopes);
}
