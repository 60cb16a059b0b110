import { z } from "zod";
import { NisCode } from "./geography.js";

/*
 * Grants: call rules, form definitions, rubrics and the results of the pure eligibility rules.
 *
 * Conventions for the whole module:
 * - Money is an integer number of euro cents (EUR 300,000 = 30_000_000). Sums stay far below
 *   2^53, so plain numbers are exact; the database stores them as bigint.
 * - Calendar dates are ISO "yyyy-mm-dd" strings (a grant date, a due date).
 * - Moments (a call's opening and closing) are ISO instants with an offset; officers enter them
 *   as Europe/Brussels wall-clock time and the server converts once (see grants/calendar.ts).
 * - Every rule returns reasons: a stable code for the UI to translate, an English sentence,
 *   and the parameters the sentence was built from.
 */

export const Cents = z.number().int().min(0).max(10_000_000_000_000); // up to EUR 100 bn
export const PositiveCents = Cents.min(1);
export const IsoDate = z.iso.date();
export const Instant = z.iso.datetime({ offset: true });
/** A NACE-BEL code or prefix, written with or without dots: "01", "62.01", "4711". */
export const NaceCode = z.string().trim().regex(/^\d{2}(\.?\d{1,3})?$/, "A NACE code has 2 to 5 digits");

export const ReasonParam = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export const Reason = z.object({
  code: z.string(),
  message: z.string(),
  params: z.record(z.string(), ReasonParam),
});
export type Reason = z.infer<typeof Reason>;

/* ---------- IBAN ---------- */
export const IbanProblem = z.enum(["format", "length", "country", "iso_checksum", "national_checksum", "bank_code"]);
export type IbanProblem = z.infer<typeof IbanProblem>;
export const IbanResult = z.discriminatedUnion("valid", [
  z.object({
    valid: z.literal(true),
    iban: z.string(), // electronic form: BE68539007547034
    formatted: z.string(), // paper form: BE68 5390 0754 7034
    bankCode: z.string(),
    reason: Reason,
  }),
  z.object({ valid: z.literal(false), normalised: z.string(), problem: IbanProblem, reason: Reason }),
]);
export type IbanResult = z.infer<typeof IbanResult>;

/* ---------- single undertaking (control links) ---------- */
export const ControlBasis = z.enum(["voting_majority", "board_majority", "dominant_influence", "shareholder_agreement"]);
export type ControlBasis = z.infer<typeof ControlBasis>;
export const ControlLink = z.strictObject({
  controllerId: z.string().min(1).max(64),
  controlledId: z.string().min(1).max(64),
  basis: ControlBasis,
  validFrom: IsoDate.nullable().default(null),
  validUntil: IsoDate.nullable().default(null), // inclusive
});
export type ControlLink = z.input<typeof ControlLink>;
export const PathStep = z.object({
  from: z.string(),
  to: z.string(),
  direction: z.enum(["controls", "controlled_by"]),
  basis: ControlBasis,
});
export type PathStep = z.infer<typeof PathStep>;
export const UndertakingMember = z.object({ enterpriseId: z.string(), path: z.array(PathStep), reason: Reason });
export type UndertakingMember = z.infer<typeof UndertakingMember>;
export const SingleUndertaking = z.object({
  enterpriseId: z.string(),
  asOf: IsoDate,
  members: z.array(UndertakingMember),
  ignoredLinks: z.array(z.object({ controllerId: z.string(), controlledId: z.string(), reason: Reason })),
});
export type SingleUndertaking = z.infer<typeof SingleUndertaking>;

/* ---------- de minimis ---------- */
export const DE_MINIMIS_CEILING_CENTS = 30_000_000; // EUR 300,000, Regulation (EU) 2023/2831 Art. 3(2)
export const DeMinimisRegulation = z.enum(["2023/2831", "1407/2013"]);
export const DeMinimisAid = z.strictObject({
  id: z.string().min(1).max(64),
  enterpriseId: z.string().min(1).max(64),
  amountCents: PositiveCents,
  grantDate: IsoDate,
  grantingBody: z.string().trim().min(1).max(300),
  regulation: DeMinimisRegulation,
  source: z.enum(["koers", "declared"]),
});
export type DeMinimisAid = z.infer<typeof DeMinimisAid>;
export const DeMinimisExclusion = z.enum(["before_window", "after_grant_date", "not_in_undertaking", "duplicate_of_koers"]);
export const DeMinimisResult = z.object({
  verdict: z.enum(["fits", "exceeds"]),
  ceilingCents: Cents,
  award: z.object({ amountCents: Cents, grantDate: IsoDate }),
  window: z.object({ from: IsoDate, to: IsoDate }), // both days inclusive
  counted: z.array(z.object({ aidId: z.string(), amountCents: Cents, grantDate: IsoDate, leavesWindowOn: IsoDate })),
  excluded: z.array(z.object({ aidId: z.string(), why: DeMinimisExclusion, reason: Reason })),
  sumInWindowCents: Cents,
  totalWithAwardCents: Cents,
  headroomCents: Cents, // the largest award that fits on the grant date
  excessCents: Cents,
  nextToLeave: z.object({ aidIds: z.array(z.string()), amountCents: Cents, leavesWindowOn: IsoDate }).nullable(),
  fitsFrom: IsoDate.nullable(), // earliest grant date on which this award fits (null: it fits now, or never)
  reasons: z.array(Reason),
});
export type DeMinimisResult = z.infer<typeof DeMinimisResult>;

/* ---------- call rules ---------- */
export const ConsortiumRule = z.strictObject({
  minIndependentCompanies: z.number().int().min(1).max(50).default(2),
  /** Share of SMEs among the independent groups; "mainly SMEs" = more than 50 %. */
  minSmePercent: z.number().int().min(0).max(100).default(50),
  smeShareStrict: z.boolean().default(true), // true: more than minSmePercent; false: at least
});
export type ConsortiumRule = z.infer<typeof ConsortiumRule>;
export const CallRules = z.strictObject({
  consortium: ConsortiumRule.nullable().default(null), // null: one applicant suffices
  requireLimburg: z.boolean().default(true),
  excludedNacePrefixes: z.array(NaceCode).max(200).default([]),
  naceScope: z.enum(["main", "any"]).default("main"),
  maxAmountCents: PositiveCents.nullable().default(null),
  aidRateBasisPoints: z.number().int().min(1).max(10_000).nullable().default(null), // 5000 = 50 %
  deMinimis: z.boolean().default(true),
});
export type CallRules = z.infer<typeof CallRules>;

/* ---------- consortium ---------- */
/** The SME class the organisations module computes (EU Recommendation 2003/361); "unknown" when it could not. */
export const SmeClass = z.enum(["micro", "small", "medium", "large", "unknown"]);
export type SmeClass = z.infer<typeof SmeClass>;
export const ConsortiumCompany = z.strictObject({
  enterpriseId: z.string().min(1).max(64),
  name: z.string().max(300).default(""),
  smeClass: SmeClass,
  seatNis: NisCode.nullable(),
  establishmentNis: z.array(NisCode).max(500).default([]),
  naceCodes: z.array(z.strictObject({ code: NaceCode, main: z.boolean() })).max(200).default([]),
});
export type ConsortiumCompany = z.input<typeof ConsortiumCompany>;
export const RuleKey = z.enum(["min_independent_companies", "sme_share", "location_limburg", "excluded_nace"]);
export const RuleStatus = z.enum(["passed", "failed", "not_applicable"]);
export const RuleVerdict = z.object({ rule: RuleKey, status: RuleStatus, reasons: z.array(Reason) });
export type RuleVerdict = z.infer<typeof RuleVerdict>;
export const ConsortiumResult = z.object({
  passed: z.boolean(),
  groups: z.array(
    z.object({ enterpriseIds: z.array(z.string()), smeClass: SmeClass, isSme: z.boolean(), members: z.array(UndertakingMember) }),
  ),
  rules: z.array(RuleVerdict),
});
export type ConsortiumResult = z.infer<typeof ConsortiumResult>;

/* ---------- application workflow ---------- */
export const ApplicationStatus = z.enum([
  "draft",
  "submitted",
  "more_info_requested",
  "under_review",
  "decided_approved",
  "decided_refused",
  "withdrawn",
  "committed",
  "paid_partially",
  "paid",
  "recovery_ordered",
  "recovered",
]);
export type ApplicationStatus = z.infer<typeof ApplicationStatus>;
export const WorkflowEventType = z.enum([
  "submit",
  "request_more_info",
  "answer_more_info",
  "start_review",
  "approve",
  "refuse",
  "withdraw",
  "commit",
  "record_payment",
  "order_recovery",
  "record_recovery",
]);
export type WorkflowEventType = z.infer<typeof WorkflowEventType>;

/* ---------- envelopes and repayable advances ---------- */
export const EnvelopeFigures = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  amountCents: Cents,
  committedCents: Cents, // net commitments booked (releases already deducted)
  paidCents: Cents,
  recoveredCents: Cents,
  recoveriesReplenish: z.boolean().default(false), // recovered money may be committed again
});
export type EnvelopeFigures = z.input<typeof EnvelopeFigures>;
export const RepaymentPlan = z.strictObject({
  principalCents: PositiveCents,
  method: z.enum(["annuity", "linear"]),
  instalments: z.number().int().min(1).max(600),
  firstDueDate: IsoDate,
  monthsBetween: z.number().int().min(1).max(12).default(12),
  annualRateBasisPoints: z.number().int().min(0).max(5_000).default(0), // 250 = 2.5 % a year
});
export type RepaymentPlan = z.input<typeof RepaymentPlan>;
export const Instalment = z.object({
  number: z.number().int(),
  dueDate: IsoDate,
  principalCents: Cents,
  interestCents: Cents,
  totalCents: Cents,
  balanceAfterCents: Cents,
});
export type Instalment = z.infer<typeof Instalment>;
export const Repayment = z.strictObject({ date: IsoDate, amountCents: PositiveCents });
export type Repayment = z.infer<typeof Repayment>;

/* ---------- forms defined as data ---------- */
export const LocalText = z.strictObject({ nl: z.string().trim().min(1).max(500), en: z.string().trim().min(1).max(500) });
export const LocalLongText = z.strictObject({ nl: z.string().trim().max(4000), en: z.string().trim().max(4000) });
export const FormKey = z.string().regex(/^[a-z][a-z0-9_]{0,62}$/, "A key is lower case letters, digits and _");
export const FieldCondition = z.strictObject({ field: FormKey, equals: z.union([z.string().max(200), z.number(), z.boolean()]) });
export type FieldCondition = z.infer<typeof FieldCondition>;
const ChoiceOption = z.strictObject({ value: z.string().trim().min(1).max(100), label: LocalText });
const fieldBase = {
  key: FormKey,
  label: LocalText,
  help: LocalLongText.optional(),
  required: z.boolean().default(false),
  showWhen: FieldCondition.optional(),
  requireWhen: FieldCondition.optional(),
};
export const MediaType = z.string().regex(/^[a-z]+\/[a-z0-9.+-]+$/, "A media type like application/pdf");
export const FormField = z.discriminatedUnion("type", [
  z.strictObject({ ...fieldBase, type: z.literal("text"), maxLength: z.number().int().min(1).max(2_000).default(500) }),
  z.strictObject({ ...fieldBase, type: z.literal("long_text"), maxLength: z.number().int().min(1).max(50_000).default(10_000) }),
  z.strictObject({
    ...fieldBase,
    type: z.literal("number"),
    min: z.number().finite().optional(),
    max: z.number().finite().optional(),
    integer: z.boolean().default(false),
  }),
  z.strictObject({ ...fieldBase, type: z.literal("money"), minCents: Cents.optional(), maxCents: Cents.optional() }),
  z.strictObject({ ...fieldBase, type: z.literal("date"), min: IsoDate.optional(), max: IsoDate.optional() }),
  z.strictObject({ ...fieldBase, type: z.literal("choice"), options: z.array(ChoiceOption).min(1).max(100) }),
  z.strictObject({
    ...fieldBase,
    type: z.literal("multi_choice"),
    options: z.array(ChoiceOption).min(1).max(100),
    minSelected: z.number().int().min(0).max(100).optional(),
    maxSelected: z.number().int().min(1).max(100).optional(),
  }),
  z.strictObject({ ...fieldBase, type: z.literal("yes_no") }),
  z.strictObject({
    ...fieldBase,
    type: z.literal("file"),
    maxFiles: z.number().int().min(1).max(20).default(1),
    maxSizeBytes: z.number().int().min(1).max(50 * 1024 * 1024),
    allowedTypes: z.array(MediaType).min(1).max(20),
  }),
]);
export type FormField = z.infer<typeof FormField>;
export type FieldType = FormField["type"];
export const FormSection = z.strictObject({
  key: FormKey,
  title: LocalText,
  description: LocalLongText.optional(),
  fields: z.array(FormField).min(1).max(100),
});
export type FormSection = z.infer<typeof FormSection>;
// The cross-field checks (unique keys, conditions pointing to earlier fields) are in
// grants/form-definition.ts, which exports the refined schema FormDefinitionSchema.
export const FormDefinitionShape = z.strictObject({ sections: z.array(FormSection).min(1).max(30) });
export type FormDefinition = z.infer<typeof FormDefinitionShape>;
export type FormDefinitionInput = z.input<typeof FormDefinitionShape>;
export const FileAnswer = z.strictObject({
  fileId: z.string().min(1).max(64),
  name: z.string().min(1).max(255),
  sizeBytes: z.number().int().min(0),
  mediaType: z.string().max(200),
});
export type FileAnswer = z.infer<typeof FileAnswer>;
/** Answers keyed by field key; the values are checked against the definition, not here. */
export const FormAnswers = z.record(FormKey, z.unknown());
export type FormAnswers = z.infer<typeof FormAnswers>;
export const FieldError = z.object({ path: z.string(), section: z.string(), code: z.string(), message: z.string(), params: z.record(z.string(), ReasonParam) });
export type FieldError = z.infer<typeof FieldError>;
export const FormValidation = z.object({
  complete: z.boolean(),
  valid: z.boolean(), // no errors for the chosen mode
  sections: z.array(
    z.object({ key: z.string(), complete: z.boolean(), requiredCount: z.number().int(), answeredCount: z.number().int(), missing: z.array(z.string()) }),
  ),
  errors: z.array(FieldError),
  ignored: z.array(z.string()), // answers to hidden or unknown fields, to be dropped on save
});
export type FormValidation = z.infer<typeof FormValidation>;

/* ---------- review rubric and scores ---------- */
export const Rubric = z
  .strictObject({
    scale: z.strictObject({ min: z.number().int().min(0).max(10), max: z.number().int().min(1).max(100) }),
    criteria: z
      .array(
        z.strictObject({
          key: FormKey,
          label: LocalText,
          description: LocalLongText.optional(),
          weight: z.number().int().min(1).max(100),
        }),
      )
      .min(1)
      .max(30),
    tieBreakers: z.array(FormKey).max(30).default([]),
    minReviews: z.number().int().min(1).max(20).default(1),
    passMarkPercent: z.number().int().min(0).max(100).nullable().default(null),
  })
  .superRefine((r, ctx) => {
    if (r.scale.max <= r.scale.min) ctx.addIssue({ code: "custom", path: ["scale", "max"], message: "The scale's maximum must exceed its minimum", params: { code: "invalid_scale" } });
    const keys = new Set<string>();
    r.criteria.forEach((c, i) => {
      if (keys.has(c.key)) ctx.addIssue({ code: "custom", path: ["criteria", i, "key"], message: "Criterion keys must be unique", params: { code: "duplicate" } });
      keys.add(c.key);
    });
    r.tieBreakers.forEach((k, i) => {
      if (!keys.has(k)) ctx.addIssue({ code: "custom", path: ["tieBreakers", i], message: "A tie-breaker must be one of the criteria", params: { code: "unknown_criterion" } });
    });
  });
export type Rubric = z.infer<typeof Rubric>;
export type RubricInput = z.input<typeof Rubric>;
export const CriterionScore = z.strictObject({ criterion: FormKey, score: z.number().int(), comment: z.string().trim().min(1).max(4000) });
export const ReviewScores = z.strictObject({
  reviewId: z.string().min(1).max(64),
  applicationId: z.string().min(1).max(64),
  reviewerId: z.string().min(1).max(64),
  scores: z.array(CriterionScore).min(1).max(30),
});
export type ReviewScores = z.infer<typeof ReviewScores>;
