import { IbanCheckInput } from "../../../contracts/grants-decisions.js";
import type { IbanResult } from "../../../contracts/grants.js";
import type { Ctx } from "../../platform/context.js";
import { validation, zodDetails } from "../../platform/errors.js";
import { requireOfficer } from "./decision-policies.js";
import { validateBelgianIban } from "./iban.js";

/** Checks an IBAN as the officer types it (both the ISO check and the Belgian national check). Changes nothing. */
export async function checkIban({ ctx, input }: { ctx: Ctx; input: { iban: string } }): Promise<IbanResult> {
  requireOfficer(ctx.actor);
  const parsed = IbanCheckInput.safeParse(input);
  if (!parsed.success) throw validation(zodDetails(parsed.error, "body"));
  return validateBelgianIban(parsed.data.iban);
}
