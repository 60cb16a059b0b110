import type { FormDefinition } from "../../../contracts/grants.js";
import type { CallView, EnvelopeView, FundView, Instrument } from "../../../contracts/grants-portal.js";
import type { grantCalls, grantEnvelopes, grantFunds } from "../../db/schema/grants.js";
import { instantToLocal } from "./calendar.js";
import { callWindowState } from "./workflow.js";

export type FundRow = typeof grantFunds.$inferSelect;
export type EnvelopeRow = typeof grantEnvelopes.$inferSelect;
export type CallRow = typeof grantCalls.$inferSelect;

export const iso = (d: Date | string) => (d instanceof Date ? d : new Date(d)).toISOString();
export const isoOrNull = (d: Date | string | null | undefined) => (d ? iso(d) : null);

export function presentEnvelope(e: EnvelopeRow): EnvelopeView {
  const available = e.amountCents - e.committedCents + (e.recoveriesReplenish ? e.recoveredCents : 0);
  return {
    id: e.id,
    fundId: e.fundId,
    year: e.year,
    amountCents: e.amountCents,
    committedCents: e.committedCents,
    paidCents: e.paidCents,
    recoveredCents: e.recoveredCents,
    availableCents: available,
    recoveriesReplenish: e.recoveriesReplenish,
    note: e.note,
    version: e.version,
  };
}

export function presentFund(f: FundRow, envelopes: EnvelopeRow[]): FundView {
  return {
    id: f.id,
    code: f.code,
    nameNl: f.nameNl,
    nameEn: f.nameEn,
    descriptionNl: f.descriptionNl,
    descriptionEn: f.descriptionEn,
    fundingSource: f.fundingSource,
    instrument: f.instrument as Instrument,
    repayableAdvanceAllowed: f.repayableAdvanceAllowed,
    source: f.source,
    section: f.section,
    active: f.active,
    version: f.version,
    envelopes: envelopes.filter((e) => e.fundId === f.id).sort((a, b) => a.year - b.year).map(presentEnvelope),
  };
}

/** A call as everyone sees it; the window (open, not yet open, closed) against now. */
export function presentCall(c: CallRow, f: FundRow, e: EnvelopeRow, now: Date): CallView {
  const opensAt = iso(c.opensAt);
  const closesAt = iso(c.closesAt);
  const w = callWindowState(now.toISOString(), { opensAt, closesAt });
  const window = c.status === "closed" ? "closed" : w.state;
  return {
    id: c.id,
    code: c.code,
    fundId: f.id,
    fundCode: f.code,
    fundNameNl: f.nameNl,
    fundNameEn: f.nameEn,
    instrument: f.instrument as Instrument,
    year: e.year,
    envelopeId: e.id,
    nameNl: c.nameNl,
    nameEn: c.nameEn,
    descriptionNl: c.descriptionNl,
    descriptionEn: c.descriptionEn,
    opensAt,
    closesAt,
    opensAtLocal: instantToLocal(opensAt).slice(0, 16),
    closesAtLocal: instantToLocal(closesAt).slice(0, 16),
    status: c.status as CallView["status"],
    window,
    maxAmountCents: c.rules.maxAmountCents ?? null,
    consortium: c.rules.consortium !== null && c.rules.consortium !== undefined,
    rules: c.rules,
    form: c.form as FormDefinition,
    rubric: c.rubric,
    maxAttachments: c.maxAttachments,
    maxAttachmentBytes: c.maxAttachmentBytes,
    allowedAttachmentTypes: c.allowedAttachmentTypes,
    publishedAt: isoOrNull(c.publishedAt),
    windowReason: w.reason,
    version: c.version,
  };
}
