import type { Database, Db } from "../../src/server/db/client.js";
import type { CallRules } from "../../src/contracts/grants.js";
import { createOrganisation, relateOrganisations } from "./organisations.js";
import { createApplication, createCall, type ApplicationSpec, type CallSpec } from "./grants.js";

const M = 1_000_000;

/** Rules that every application passes: one applicant suffices, anywhere, no excluded sector, no de minimis. */
export const OPEN_RULES: Partial<CallRules> = { consortium: null, requireLimburg: false, excludedNacePrefixes: [], maxAmountCents: null, deMinimis: false };

/** An SME (small: 20 people, EUR 3 M turnover) seated in the given Limburg municipality, in software (62.010). */
export async function createSme(target: Db | Database, spec: { name?: string; municipalityNis?: string | null; headcount?: number; nace?: string } = {}) {
  return createOrganisation(target, {
    name: spec.name,
    municipalityNis: spec.municipalityNis ?? null,
    headcount: spec.headcount ?? 20,
    turnoverEur: 3 * M,
    balanceSheetEur: 2 * M,
    figuresYear: 2025,
    nace: [{ code: spec.nace ?? "62.010", classification: "MAIN" }],
  });
}

/** `controller` holds the majority of `controlled` (a linked enterprise: one single undertaking). */
export async function linkCompanies(target: Db | Database, controllerId: string, controlledId: string, sharePct = 60): Promise<void> {
  await relateOrganisations(target, { organisationId: controlledId, relatedId: controllerId, relation: "linked", sharePct, upstream: true });
}

/** An application under review in a call (made with the call spec), ready for a decision. */
export async function applicationUnderReview(
  target: Db | Database,
  spec: { call?: CallSpec; callId?: string; leadId: string; partnerIds?: string[]; amountRequestedCents?: number; application?: Partial<ApplicationSpec> },
) {
  const callId = spec.callId ?? (await createCall(target, spec.call ?? {})).call.id;
  const { application } = await createApplication(target, {
    callId,
    organisationId: spec.leadId,
    status: "under_review",
    amountRequestedCents: spec.amountRequestedCents ?? 2_500_000,
    partners: (spec.partnerIds ?? []).map((organisationId) => ({ organisationId })),
    ...spec.application,
  } as ApplicationSpec);
  return { application, callId };
}
