import { hasRole, organisationScopes, requireSignedIn } from "../../platform/authz.js";
import type { Ctx } from "../../platform/context.js";
import { forbidden } from "../../platform/errors.js";
import { findVisibleOrganisation } from "./get-organisation.js";

type OrgRow = Awaited<ReturnType<typeof findVisibleOrganisation>>;

/**
 * Who may change an organisation's profile and contacts: administrators and account managers any
 * organisation ("full"); an entrepreneur only their own organisation ("own"). Others who can see
 * the organisation get forbidden; an organisation the actor cannot see answers not found.
 */
export async function organisationForEdit(ctx: Ctx, id: string): Promise<{ org: OrgRow; access: "full" | "own" }> {
  requireSignedIn(ctx.actor);
  const full = hasRole(ctx.actor, "administrator", "account_manager");
  const org = await findVisibleOrganisation(ctx, id);
  if (full) return { org, access: "full" };
  if (hasRole(ctx.actor, "entrepreneur") && organisationScopes(ctx.actor).includes(org.id)) return { org, access: "own" };
  throw forbidden();
}
