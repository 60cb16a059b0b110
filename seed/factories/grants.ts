import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { CallRules, Rubric, type FormAnswers, type FormDefinitionInput, type RubricInput } from "../../src/contracts/grants.js";
import type { ApplicationLanguage, Instrument, PartnerStatus } from "../../src/contracts/grants-portal.js";
import type { Database, Db } from "../../src/server/db/client.js";
import {
  grantApplicationPartners, grantApplications, grantCalls, grantDeMinimisDeclarations, grantEnvelopes, grantFunds,
} from "../../src/server/db/schema/grants.js";
import { FormDefinitionSchema, nextApplicationReference } from "../../src/server/modules/grants/index.js";
import { GRANT_FUNDS } from "../grants/funds.js";
import { TEST_ANSWERS, TEST_FORM, TEST_RUBRIC } from "../grants/forms.js";

/**
 * Grants test data written straight into the tables (fixtures are not acts: no audit rows), with the
 * same checks on rules, form and rubric as the verbs. Money in euro cents.
 */
export type FundRow = typeof grantFunds.$inferSelect;
export type EnvelopeRow = typeof grantEnvelopes.$inferSelect;
export type CallRow = typeof grantCalls.$inferSelect;
export type ApplicationRow = typeof grantApplications.$inferSelect;
export type PartnerRow = typeof grantApplicationPartners.$inferSelect;
export type DeclarationRow = typeof grantDeMinimisDeclarations.$inferSelect;

type Target = Db | Database;
function dbOf(target: Target): Db {
  return "kind" in target && "db" in target ? (target as Database).db : (target as Db);
}
const suffix = () => randomBytes(3).toString("hex");
const DAY = 86_400_000;

export { TEST_ANSWERS, TEST_FORM, TEST_RUBRIC };

/** The statement's five funds (innovation_premium, maatwerk_fund, …) by code; idempotent. */
export async function ensureGrantFunds(target: Target): Promise<Record<string, FundRow>> {
  const db = dbOf(target);
  const out: Record<string, FundRow> = {};
  for (const [position, f] of GRANT_FUNDS.entries()) {
    const [existing] = await db.select().from(grantFunds).where(eq(grantFunds.code, f.code));
    out[f.code] = existing ?? (await createFund(db, { ...f, position }));
  }
  return out;
}

export interface FundSpec {
  code?: string;
  nameNl?: string;
  nameEn?: string;
  fundingSource?: string;
  instrument?: Instrument;
  repayableAdvanceAllowed?: boolean;
  source?: string;
  section?: string;
  descriptionNl?: string;
  descriptionEn?: string;
  position?: number;
  demo?: boolean;
}

export async function createFund(target: Target, spec: FundSpec = {}): Promise<FundRow> {
  const code = spec.code ?? `test_fund_${suffix()}`;
  const [row] = await dbOf(target)
    .insert(grantFunds)
    .values({
      code,
      nameNl: spec.nameNl ?? `Testfonds ${code}`,
      nameEn: spec.nameEn ?? `Test fund ${code}`,
      descriptionNl: spec.descriptionNl ?? "",
      descriptionEn: spec.descriptionEn ?? "",
      fundingSource: spec.fundingSource ?? "Provincie Limburg",
      instrument: spec.instrument ?? "grant",
      repayableAdvanceAllowed: spec.repayableAdvanceAllowed ?? spec.instrument === "repayable_advance",
      source: spec.source ?? "",
      section: spec.section ?? "",
      position: spec.position ?? 0,
      demo: spec.demo ?? false,
    })
    .returning();
  return row;
}

/** A fund's envelope for a year (the current year and EUR 1,000,000 by default). */
export async function createEnvelope(target: Target, spec: { fundId: string; year?: number; amountCents?: number; recoveriesReplenish?: boolean }): Promise<EnvelopeRow> {
  const [row] = await dbOf(target)
    .insert(grantEnvelopes)
    .values({ fundId: spec.fundId, year: spec.year ?? new Date().getUTCFullYear(), amountCents: spec.amountCents ?? 100_000_000, recoveriesReplenish: spec.recoveriesReplenish ?? false })
    .returning();
  return row;
}

export interface CallSpec {
  /** An existing fund; otherwise fundCode names one of the statement's funds, else a fresh test fund is made. */
  fundId?: string;
  fundCode?: string;
  instrument?: Instrument;
  /** An existing envelope; otherwise one is made for the year with envelopeAmountCents. */
  envelopeId?: string;
  year?: number;
  envelopeAmountCents?: number;
  code?: string;
  nameNl?: string;
  nameEn?: string;
  status?: "draft" | "published" | "closed";
  /** Default: opened 10 days before now, closes 30 days after. */
  opensAt?: Date | string;
  closesAt?: Date | string;
  now?: () => Date;
  /** Merged over the innovation premium's rules: consortium of 2, mainly SMEs, Limburg, max EUR 50,000, de minimis. */
  rules?: Partial<CallRules>;
  form?: FormDefinitionInput;
  rubric?: RubricInput;
  maxAttachments?: number;
  maxAttachmentBytes?: number;
  allowedAttachmentTypes?: string[];
  demo?: boolean;
}

export const INNOVATION_PREMIUM_RULES: CallRules = CallRules.parse({
  consortium: { minIndependentCompanies: 2, minSmePercent: 50, smeShareStrict: true },
  requireLimburg: true,
  excludedNacePrefixes: ["01", "02", "03"],
  maxAmountCents: 5_000_000,
  aidRateBasisPoints: 5000,
  deMinimis: true,
});

/** A call with its fund and envelope; published and open now unless told otherwise. */
export async function createCall(target: Target, spec: CallSpec = {}): Promise<{ call: CallRow; fund: FundRow; envelope: EnvelopeRow }> {
  const db = dbOf(target);
  const now = (spec.now ?? (() => new Date()))();
  let fund: FundRow | undefined;
  if (spec.fundId) [fund] = await db.select().from(grantFunds).where(eq(grantFunds.id, spec.fundId));
  else if (spec.fundCode) fund = (await ensureGrantFunds(db))[spec.fundCode] ?? (await createFund(db, { code: spec.fundCode, instrument: spec.instrument }));
  else fund = await createFund(db, { instrument: spec.instrument });
  if (!fund) throw new Error(`No fund ${spec.fundId}`);
  const year = spec.year ?? now.getUTCFullYear();
  let envelope: EnvelopeRow | undefined;
  if (spec.envelopeId) [envelope] = await db.select().from(grantEnvelopes).where(eq(grantEnvelopes.id, spec.envelopeId));
  else [envelope] = await db.select().from(grantEnvelopes).where(eq(grantEnvelopes.fundId, fund.id)).then((rows) => rows.filter((r) => r.year === year));
  envelope ??= await createEnvelope(db, { fundId: fund.id, year, amountCents: spec.envelopeAmountCents });
  const opensAt = spec.opensAt ? new Date(spec.opensAt) : new Date(now.getTime() - 10 * DAY);
  const closesAt = spec.closesAt ? new Date(spec.closesAt) : new Date(now.getTime() + 30 * DAY);
  const status = spec.status ?? "published";
  const [call] = await db
    .insert(grantCalls)
    .values({
      fundId: fund.id,
      envelopeId: envelope.id,
      code: spec.code ?? `T-${suffix().toUpperCase()}`,
      nameNl: spec.nameNl ?? "Testoproep",
      nameEn: spec.nameEn ?? "Test call",
      opensAt,
      closesAt,
      status,
      rules: CallRules.parse({ ...INNOVATION_PREMIUM_RULES, ...spec.rules }),
      form: FormDefinitionSchema.parse(spec.form ?? TEST_FORM),
      rubric: Rubric.parse(spec.rubric ?? TEST_RUBRIC),
      maxAttachments: spec.maxAttachments ?? 10,
      maxAttachmentBytes: spec.maxAttachmentBytes ?? 1024 * 1024,
      allowedAttachmentTypes: spec.allowedAttachmentTypes ?? ["application/pdf"],
      publishedAt: status === "draft" ? null : opensAt,
      demo: spec.demo ?? false,
    })
    .returning();
  return { call, fund, envelope };
}

export interface DeclarationSpec {
  organisationId: string;
  amountCents: number;
  aidDate: string;
  grantingAuthority?: string;
  regulation?: "2023/2831" | "1407/2013";
  description?: string;
}

export interface ApplicationSpec {
  callId: string;
  /** The lead applicant. */
  organisationId: string;
  /** Default "draft"; a submitted-or-later status sets submittedAt (now, unless given). */
  status?: string;
  title?: string;
  amountRequestedCents?: number | null;
  /** Default: TEST_ANSWERS (complete for TEST_FORM). */
  answers?: FormAnswers;
  language?: ApplicationLanguage;
  createdBy?: string | null;
  submittedAt?: Date | null;
  /** Partner organisations; confirmed by default. */
  partners?: { organisationId: string; status?: PartnerStatus; contribution?: string; confirmedBy?: string | null }[];
  /** Prior de minimis aid declared by the lead or a partner. */
  declarations?: DeclarationSpec[];
  /** Mark every confirmed participant's declaration as done (default true). */
  declared?: boolean;
  demo?: boolean;
}

/** An application with its lead and partner rows (and declared aid); a consortium in one call. */
export async function createApplication(
  target: Target,
  spec: ApplicationSpec,
): Promise<{ application: ApplicationRow; partners: PartnerRow[]; declarations: DeclarationRow[] }> {
  const db = dbOf(target);
  const status = spec.status ?? "draft";
  const submittedAt = spec.submittedAt !== undefined ? spec.submittedAt : status === "draft" ? null : new Date();
  const declaredAt = spec.declared === false ? null : new Date();
  const [application] = await db
    .insert(grantApplications)
    .values({
      callId: spec.callId,
      organisationId: spec.organisationId,
      createdBy: spec.createdBy ?? null,
      reference: await nextApplicationReference(db, spec.callId),
      status,
      title: spec.title ?? "Samen een cobotcel bouwen",
      amountRequestedCents: spec.amountRequestedCents === undefined ? 2_500_000 : spec.amountRequestedCents,
      answers: spec.answers ?? TEST_ANSWERS,
      language: spec.language ?? "nl",
      submittedAt,
      submittedBy: submittedAt ? (spec.createdBy ?? null) : null,
      withdrawnAt: status === "withdrawn" ? new Date() : null,
      demo: spec.demo ?? false,
    })
    .returning();
  const partnerValues = [
    { organisationId: spec.organisationId, role: "lead", status: "confirmed" as PartnerStatus, contribution: "", confirmedBy: spec.createdBy ?? null },
    ...(spec.partners ?? []).map((p) => ({ organisationId: p.organisationId, role: "partner", status: p.status ?? ("confirmed" as PartnerStatus), contribution: p.contribution ?? "", confirmedBy: p.confirmedBy ?? null })),
  ];
  const partners = await db
    .insert(grantApplicationPartners)
    .values(
      partnerValues.map((p) => ({
        applicationId: application.id,
        organisationId: p.organisationId,
        role: p.role,
        status: p.status,
        contribution: p.contribution,
        invitedBy: spec.createdBy ?? null,
        confirmedBy: p.status === "confirmed" ? p.confirmedBy : null,
        confirmedAt: p.status === "confirmed" ? new Date() : null,
        deMinimisDeclaredAt: p.status === "confirmed" ? declaredAt : null,
      })),
    )
    .returning();
  const declarations = spec.declarations?.length
    ? await db
        .insert(grantDeMinimisDeclarations)
        .values(
          spec.declarations.map((d) => ({
            applicationId: application.id,
            organisationId: d.organisationId,
            grantingAuthority: d.grantingAuthority ?? "Vlaamse overheid (VLAIO)",
            aidDate: d.aidDate,
            amountCents: d.amountCents,
            regulation: d.regulation ?? "2023/2831",
            description: d.description ?? "",
          })),
        )
        .returning()
    : [];
  return { application, partners, declarations };
}
