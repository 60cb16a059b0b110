import { z } from "zod";
import {
  ApplicationStatus, Cents, ConsortiumResult, DeMinimisResult, FormAnswers, FormDefinitionShape, IbanResult, IsoDate, PositiveCents, Reason,
  RepaymentPlan, Rubric, SmeClass,
} from "./grants.js";

/*
 * Grants after submission: eligibility, review, decision, payments, registers. Money in integer euro
 * cents; dates as yyyy-mm-dd.
 */

const Uuid = z.string().uuid();
const Text = (min: number, max: number) => z.string().trim().min(min).max(max);
export const MIN_REASON = 10;

/* ---------- eligibility ---------- */
export const EligibilityQuery = z.strictObject({
  /** The amount to check the de minimis ceiling with; default the amount requested. */
  amountCents: z.coerce.number().int().min(1).max(10_000_000_000_000).optional(),
  /** The grant date; default today. */
  asOf: IsoDate.optional(),
});
export type EligibilityQuery = z.input<typeof EligibilityQuery>;

export const EligibilityCompany = z.object({
  organisationId: z.string(),
  name: z.string(),
  enterpriseNumber: z.string().nullable(),
  role: z.enum(["lead", "partner"]),
  smeClass: SmeClass,
  smeReasons: z.array(z.object({ code: z.string(), message: z.string() })),
  /** Partner and linked enterprises behind the SME class. */
  related: z.array(z.object({ id: z.string(), name: z.string(), relation: z.enum(["partner", "linked"]), sharePct: z.number() })),
  municipalityNis: z.string().nullable(),
  shareCents: Cents,
});
export const UndertakingCheck = z.object({
  memberIds: z.array(z.string()),
  members: z.array(z.object({ organisationId: z.string(), name: z.string(), reason: Reason })),
  /** The participants of this application that belong to it. */
  participantIds: z.array(z.string()),
  awardCents: Cents,
  result: DeMinimisResult,
});
export const EligibilityView = z.object({
  checkId: z.string().nullable(),
  applicationId: z.string(),
  asOf: IsoDate,
  amountCents: Cents,
  passed: z.boolean(),
  /** Rules that failed: min_independent_companies, sme_share, location_limburg, excluded_nace, de_minimis. */
  failedRules: z.array(z.string()),
  companies: z.array(EligibilityCompany),
  consortium: ConsortiumResult,
  deMinimis: z.object({ applies: z.boolean(), undertakings: z.array(UndertakingCheck) }),
  computedAt: z.string(),
});
export type EligibilityView = z.infer<typeof EligibilityView>;

/* ---------- review ---------- */
export const AssignReviewersInput = z.strictObject({ reviewerIds: z.array(Uuid).min(1).max(10) });
export type AssignReviewersInput = z.input<typeof AssignReviewersInput>;
export const DeclarationInput = z.discriminatedUnion("conflict", [
  z.strictObject({ conflict: z.literal(false) }),
  z.strictObject({ conflict: z.literal(true), note: Text(MIN_REASON, 2000) }),
]);
export type DeclarationInput = z.input<typeof DeclarationInput>;
export const ScoreInput = z.strictObject({
  scores: z.array(z.strictObject({ criterion: z.string().min(1).max(63), score: z.number().int().min(0).max(100), comment: Text(1, 4000) })).min(1).max(30),
});
export type ScoreInput = z.input<typeof ScoreInput>;
export const AssignmentStatus = z.enum(["assigned", "declared", "conflict", "scored"]);
export const AssignmentView = z.object({
  id: z.string(),
  applicationId: z.string(),
  reviewerId: z.string(),
  reviewerName: z.string(),
  status: AssignmentStatus,
  assignedAt: z.string(),
  declaredAt: z.string().nullable(),
  scoredAt: z.string().nullable(),
});
export type AssignmentView = z.infer<typeof AssignmentView>;
/** What a reviewer sees before declaring: the call and who takes part (to judge a conflict), nothing of the application itself. */
export const InboxItem = z.object({
  assignmentId: z.string(),
  status: AssignmentStatus,
  callNameNl: z.string(),
  callNameEn: z.string(),
  reference: z.string(),
  participants: z.array(z.object({ name: z.string(), enterpriseNumber: z.string().nullable(), role: z.enum(["lead", "partner"]) })),
  assignedAt: z.string(),
});
export type InboxItem = z.infer<typeof InboxItem>;
export const ReviewDetail = z.object({
  assignmentId: z.string(),
  status: AssignmentStatus,
  application: z.object({
    id: z.string(),
    reference: z.string(),
    title: z.string(),
    status: ApplicationStatus,
    amountRequestedCents: z.number().nullable(),
    answers: FormAnswers,
    language: z.string(),
  }),
  call: z.object({ id: z.string(), nameNl: z.string(), nameEn: z.string(), form: FormDefinitionShape, rubric: Rubric }),
  participants: z.array(z.object({ organisationId: z.string(), name: z.string(), enterpriseNumber: z.string().nullable(), role: z.enum(["lead", "partner"]), smeClass: SmeClass })),
  scores: z.array(z.object({ criterion: z.string(), score: z.number(), comment: z.string() })).nullable(),
  weightedScore: z.number().nullable(),
});
export type ReviewDetail = z.infer<typeof ReviewDetail>;
export const RankingRow = z.object({
  applicationId: z.string(),
  reference: z.string(),
  title: z.string(),
  applicantName: z.string(),
  status: ApplicationStatus,
  amountRequestedCents: z.number().nullable(),
  reviews: z.number().int(),
  score: z.number().nullable(),
  percent: z.number().nullable(),
  rank: z.number().int().nullable(),
  tied: z.boolean(),
  perCriterion: z.array(z.object({ criterion: z.string(), mean: z.number() })),
  comments: z.array(z.object({ criterion: z.string(), comment: z.string() })),
  eligibilityPassed: z.boolean().nullable(),
});
export const CallRanking = z.object({
  callId: z.string(),
  nameNl: z.string(),
  nameEn: z.string(),
  rubric: Rubric,
  ranked: z.array(RankingRow),
  unranked: z.array(RankingRow),
  envelope: z.object({ amountCents: Cents, committedCents: Cents, availableCents: z.number() }),
  requestedRankedCents: Cents,
});
export type CallRanking = z.infer<typeof CallRanking>;

/* ---------- decision ---------- */
export const TrancheInput = z.strictObject({ label: Text(1, 200), amountCents: PositiveCents, due: Text(1, 200) });
export const ShareInput = z.strictObject({ organisationId: Uuid, amountCents: Cents });
export const DecisionInput = z.discriminatedUnion("outcome", [
  z.strictObject({
    outcome: z.literal("approved"),
    amountCents: PositiveCents,
    decisionDate: IsoDate.optional(),
    reasons: Text(MIN_REASON, 8000),
    purpose: Text(1, 500),
    conditions: z.array(Text(1, 1000)).max(30).default([]),
    /** Default: one tranche of the whole amount. */
    tranches: z.array(TrancheInput).min(1).max(20).optional(),
    /** Each participant's share; default equal shares (the lead takes the odd cents). */
    shares: z.array(ShareInput).min(1).max(50).optional(),
    overrideReason: Text(MIN_REASON, 4000).optional(),
    repaymentPlan: RepaymentPlan.omit({ principalCents: true }).optional(),
  }),
  z.strictObject({ outcome: z.literal("refused"), decisionDate: IsoDate.optional(), reasons: Text(MIN_REASON, 8000) }),
]);
export type DecisionInput = z.input<typeof DecisionInput>;
export const DecisionView = z.object({
  id: z.string(),
  applicationId: z.string(),
  reference: z.string(),
  outcome: z.enum(["approved", "refused"]),
  amountCents: z.number().nullable(),
  decisionDate: IsoDate,
  reasons: z.string(),
  purpose: z.string(),
  conditions: z.array(z.string()),
  tranches: z.array(z.object({ number: z.number().int(), label: z.string(), amountCents: z.number(), due: z.string() })),
  shares: z.array(z.object({ organisationId: z.string(), name: z.string(), amountCents: z.number() })),
  instrument: z.enum(["grant", "repayable_advance"]),
  deMinimis: z.boolean(),
  overrideReason: z.string().nullable(),
  overriddenRules: z.array(z.string()),
  letterLanguage: z.enum(["nl", "en"]),
  letterFellBack: z.boolean(),
  applicationStatus: ApplicationStatus,
  decidedAt: z.string(),
});
export type DecisionView = z.infer<typeof DecisionView>;

/* ---------- money ---------- */
export const IbanCheckInput = z.strictObject({ iban: z.string().max(64) });
export const PaymentInput = z.strictObject({ trancheNumber: z.number().int().min(1).max(20), iban: z.string().trim().min(1).max(64), paidOn: IsoDate.optional() });
export type PaymentInput = z.input<typeof PaymentInput>;
export const RecoveryInput = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("ordered"), amountCents: PositiveCents, reason: Text(MIN_REASON, 4000), onDate: IsoDate.optional() }),
  z.strictObject({ kind: z.literal("received"), amountCents: PositiveCents, onDate: IsoDate.optional() }),
]);
export type RecoveryInput = z.input<typeof RecoveryInput>;
export const RepaymentInput = z.strictObject({ amountCents: PositiveCents, paidOn: IsoDate.optional(), note: z.string().trim().max(1000).default("") });
export type RepaymentInput = z.input<typeof RepaymentInput>;
export const MoneyView = z.object({
  applicationId: z.string(),
  status: ApplicationStatus,
  committedCents: Cents,
  paidCents: Cents,
  recoveryOrderedCents: Cents,
  recoveredCents: Cents,
  tranches: z.array(z.object({
    number: z.number().int(), label: z.string(), amountCents: Cents, due: z.string(),
    payment: z.object({ amountCents: Cents, iban: z.string(), paidOn: IsoDate }).nullable(),
  })),
  recoveries: z.array(z.object({ kind: z.enum(["ordered", "received"]), amountCents: Cents, reason: z.string(), onDate: IsoDate })),
  envelope: z.object({ year: z.number().int(), amountCents: Cents, committedCents: Cents, paidCents: Cents, availableCents: z.number() }),
  advance: z
    .object({
      schedule: z.array(z.object({ number: z.number().int(), dueDate: IsoDate, principalCents: Cents, interestCents: Cents, totalCents: Cents, balanceAfterCents: Cents })),
      repayments: z.array(z.object({ paidOn: IsoDate, amountCents: Cents, note: z.string() })),
      arrears: z.object({ asOf: IsoDate, dueCents: Cents, repaidCents: Cents, arrearsCents: Cents, daysOverdue: z.number().int(), reason: Reason }),
    })
    .nullable(),
});
export type MoneyView = z.infer<typeof MoneyView>;
export { IbanResult };

/* ---------- registers ---------- */
export const AwardsQuery = z.strictObject({
  fund: z.string().max(64).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  q: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type AwardsQuery = z.input<typeof AwardsQuery>;
export const PublicAward = z.object({
  beneficiary: z.string(),
  enterpriseNumber: z.string().nullable(),
  municipalityNis: z.string().nullable(),
  instrumentNl: z.string(),
  instrumentEn: z.string(),
  fundCode: z.string(),
  kind: z.enum(["grant", "repayable_advance"]),
  amountCents: Cents,
  grantDate: IsoDate,
  purpose: z.string(),
  deMinimis: z.boolean(),
});
export const PublicAwardPage = z.object({ items: z.array(PublicAward), total: z.number().int(), page: z.number().int(), pageSize: z.number().int(), totalCents: Cents });
export type PublicAwardPage = z.infer<typeof PublicAwardPage>;
export const RegisterFormat = z.enum(["csv", "xlsx"]);
