import { z } from "zod";
import type { Actor } from "./context.js";
import { requireRole } from "./authz.js";
import { validation, zodDetails } from "./errors.js";

/*
 * When a duplicate organisation is merged into the one that survives, each module moves its own links
 * (`repointOrganisation` in support, grants and space; `repointOrganisationScopes` in identity). They share
 * who may do it and what they take.
 */

export const RepointInput = z.strictObject({ fromOrganisationId: z.string().uuid(), toOrganisationId: z.string().uuid() });
export type RepointInput = z.input<typeof RepointInput>;

/** Administrators and account managers (the ones who merge); two different organisation ids. */
export function checkRepoint(actor: Actor, input: unknown): { from: string; to: string } {
  requireRole(actor, "administrator", "account_manager");
  const parsed = RepointInput.safeParse(input);
  if (!parsed.success) throw validation(zodDetails(parsed.error));
  const { fromOrganisationId: from, toOrganisationId: to } = parsed.data;
  if (from === to) throw validation([{ path: "toOrganisationId", code: "same_organisation", message: "Choose another organisation." }]);
  return { from, to };
}
