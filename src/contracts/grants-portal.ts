import { z } from "zod";
import { patchOf } from "./patch.js";
import {
  ApplicationStatus, CallRules, Cents, DeMinimisRegulation, FormAnswers, FormDefinitionShape, FormValidation, IsoDate, MediaType, PositiveCents,
  Reason, Rubric, SmeClass,
} from "./grants.js";

/*
 * Grants, funds/calls administration and the applicant portal: inputs and views of the HTTP API.
 * Money in integer euro cents; moments as ISO instants; officers enter opening and closing moments
 * as Europe/Brussels wall-clock time ("2026-03-01T09:00"), converted once on the server.
 */

export const Instrument = z.enum(["grant", "repayable_advance"]);
export type Instrument = z.infer<typeof Instrument>;
export const CallStatus = z.enum(["draft", "published", "closed"]);
export type CallStatus = z.infer<typeof CallStatus>;
export const WindowState = z.enum(["not_yet_open", "open", "closed"]);
export const ApplicationLanguage = z.enum(["nl", "en", "fr", "de"]);
export type ApplicationLanguage = z.infer<typeof ApplicationLanguage>;
export const PartnerRole = z.enum(["lead", "partner"]);
export const PartnerStatus = z.enum(["invited", "confirmed", "declined"]);
export type PartnerStatus = z.infer<typeof PartnerStatus>;

const Code = z.string().trim().regex(/^[a-z][a-z0-9_]{1,62}$/, "A code is lower case letters, digits and _");
const CallCode = z.string().trim().regex(/^[A-Z][A-Z0-9-]{1,39}$/, "A call code is upper case letters, digits and -, e.g. IP-2026-1");
const Name = z.string().trim().min(1).max(200);
const LongText = z.string().trim().max(8000);
/** Wall-clock time in Brussels: yyyy-mm-ddThh:mm. */
export const LocalDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "A date and time like 2026-03-01T09:00");
const Version = z.number().int().min(1);
export const Uuid = z.string().uuid();

/* ---------- funds and envelopes ---------- */
export const FundInput = z.strictObject({
  code: Code,
  nameNl: Name,
  nameEn: Name,
  descriptionNl: LongText.default(""),
  descriptionEn: LongText.default(""),
  fundingSource: Name,
  instrument: Instrument.default("grant"),
  repayableAdvanceAllowed: z.boolean().default(false),
  source: LongText.default(""),
  section: z.string().trim().max(20).default(""),
  active: z.boolean().default(true),
});
export type FundInput = z.input<typeof FundInput>;
export const FundUpdate = patchOf(FundInput.omit({ code: true }).shape);
export type FundUpdate = z.input<typeof FundUpdate>;
export const EnvelopeInput = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  amountCents: Cents,
  recoveriesReplenish: z.boolean().default(false),
  note: z.string().trim().max(1000).default(""),
  version: Version.optional(),
});
export type EnvelopeInput = z.input<typeof EnvelopeInput>;
export const EnvelopeView = z.object({
  id: z.string(),
  fundId: z.string(),
  year: z.number().int(),
  amountCents: z.number().int(),
  committedCents: z.number().int(),
  paidCents: z.number().int(),
  recoveredCents: z.number().int(),
  availableCents: z.number().int(),
  recoveriesReplenish: z.boolean(),
  note: z.string(),
  version: z.number().int(),
});
export type EnvelopeView = z.infer<typeof EnvelopeView>;
export const FundView = z.object({
  id: z.string(),
  code: z.string(),
  nameNl: z.string(),
  nameEn: z.string(),
  descriptionNl: z.string(),
  descriptionEn: z.string(),
  fundingSource: z.string(),
  instrument: Instrument,
  repayableAdvanceAllowed: z.boolean(),
  source: z.string(),
  section: z.string(),
  active: z.boolean(),
  version: z.number().int(),
  envelopes: z.array(EnvelopeView),
});
export type FundView = z.infer<typeof FundView>;

/* ---------- calls ---------- */
const AttachmentLimits = {
  maxAttachments: z.number().int().min(0).max(50).default(10),
  maxAttachmentBytes: z.number().int().min(1).max(50 * 1024 * 1024).default(10 * 1024 * 1024),
  allowedAttachmentTypes: z.array(MediaType).min(1).max(20).default(["application/pdf"]),
};
export const CallInput = z.strictObject({
  fundCode: Code,
  year: z.number().int().min(2000).max(2100), // the fund's envelope of that year
  code: CallCode,
  nameNl: Name,
  nameEn: Name,
  descriptionNl: LongText.default(""),
  descriptionEn: LongText.default(""),
  opensAtLocal: LocalDateTime,
  closesAtLocal: LocalDateTime,
  rules: CallRules,
  form: FormDefinitionShape,
  rubric: Rubric,
  ...AttachmentLimits,
});
export type CallInput = z.input<typeof CallInput>;
export const CallUpdate = patchOf(CallInput.omit({ fundCode: true, code: true }).shape);
export type CallUpdate = z.input<typeof CallUpdate>;
export const VersionInput = z.strictObject({ version: Version });
export const CallListQuery = z.strictObject({
  state: z.enum(["open", "upcoming", "closed", "all"]).default("all"),
  fundCode: Code.optional(),
  status: CallStatus.optional(),
});
export type CallListQuery = z.input<typeof CallListQuery>;
export const CallSummary = z.object({
  id: z.string(),
  code: z.string(),
  fundId: z.string(),
  fundCode: z.string(),
  fundNameNl: z.string(),
  fundNameEn: z.string(),
  instrument: Instrument,
  year: z.number().int(),
  nameNl: z.string(),
  nameEn: z.string(),
  descriptionNl: z.string(),
  descriptionEn: z.string(),
  opensAt: z.string(),
  closesAt: z.string(),
  opensAtLocal: z.string(),
  closesAtLocal: z.string(),
  status: CallStatus,
  window: WindowState,
  maxAmountCents: z.number().int().nullable(),
  consortium: z.boolean(),
  version: z.number().int(),
});
export type CallSummary = z.infer<typeof CallSummary>;
export const CallView = CallSummary.extend({
  envelopeId: z.string(),
  rules: CallRules,
  form: FormDefinitionShape,
  rubric: Rubric,
  maxAttachments: z.number().int(),
  maxAttachmentBytes: z.number().int(),
  allowedAttachmentTypes: z.array(z.string()),
  publishedAt: z.string().nullable(),
  windowReason: Reason,
});
export type CallView = z.infer<typeof CallView>;

/* ---------- applications ---------- */
export const StartApplicationInput = z.strictObject({
  callId: Uuid,
  organisationId: Uuid,
  title: z.string().trim().max(300).default(""),
  language: ApplicationLanguage.default("nl"),
});
export type StartApplicationInput = z.input<typeof StartApplicationInput>;
export const SaveDraftInput = z.strictObject({
  version: Version,
  title: z.string().trim().max(300).optional(),
  amountRequestedCents: Cents.nullable().optional(),
  language: ApplicationLanguage.optional(),
  contactName: z.string().trim().max(200).optional(),
  contactEmail: z.union([z.literal(""), z.string().trim().toLowerCase().email().max(254)]).optional(),
  /** Merged into the stored answers; a key set to null clears that answer. */
  answers: FormAnswers.optional(),
});
export type SaveDraftInput = z.input<typeof SaveDraftInput>;
export const InvitePartnerInput = z.strictObject({
  enterpriseNumber: z.string().trim().min(9).max(20),
  contribution: z.string().trim().max(2000).default(""),
});
export type InvitePartnerInput = z.input<typeof InvitePartnerInput>;
export const DeclaredAid = z.strictObject({
  grantingAuthority: z.string().trim().min(1).max(300),
  aidDate: IsoDate,
  amountCents: PositiveCents,
  regulation: DeMinimisRegulation.default("2023/2831"),
  description: z.string().trim().max(1000).default(""),
});
export type DeclaredAid = z.input<typeof DeclaredAid>;
/** Replaces the organisation's declaration on this application; an empty list declares "no de minimis aid". */
export const DeclareDeMinimisInput = z.strictObject({ organisationId: Uuid, aids: z.array(DeclaredAid).max(100) });
export type DeclareDeMinimisInput = z.input<typeof DeclareDeMinimisInput>;
export const RespondInvitationInput = z.discriminatedUnion("accept", [
  z.strictObject({ accept: z.literal(true), aids: z.array(DeclaredAid).max(100) }),
  z.strictObject({ accept: z.literal(false), reason: z.string().trim().max(1000).default("") }),
]);
export type RespondInvitationInput = z.input<typeof RespondInvitationInput>;
export const WithdrawInput = z.strictObject({ version: Version, reason: z.string().trim().max(2000).default("") });
export const AskInput = z.strictObject({ question: z.string().trim().min(10).max(4000), dueDate: IsoDate.optional() });
export const AnswerInput = z.strictObject({ answer: z.string().trim().min(1).max(8000) });
export const ApplicationListQuery = z.strictObject({
  callId: Uuid.optional(),
  status: ApplicationStatus.optional(),
  organisationId: Uuid.optional(),
  q: z.string().trim().max(200).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type ApplicationListQuery = z.input<typeof ApplicationListQuery>;

export const DeclaredAidView = z.object({
  id: z.string(),
  organisationId: z.string(),
  grantingAuthority: z.string(),
  aidDate: z.string(),
  amountCents: z.number().int(),
  regulation: z.string(),
  description: z.string(),
});
export const PartnerView = z.object({
  id: z.string(),
  organisationId: z.string(),
  name: z.string(),
  enterpriseNumber: z.string().nullable(),
  place: z.string().nullable(),
  smeClass: SmeClass,
  role: PartnerRole,
  status: PartnerStatus,
  contribution: z.string(),
  invitedAt: z.string(),
  confirmedAt: z.string().nullable(),
  declineReason: z.string(),
  deMinimisDeclared: z.boolean(),
  deMinimis: z.array(DeclaredAidView),
  version: z.number().int(),
});
export type PartnerView = z.infer<typeof PartnerView>;
export const AttachmentView = z.object({
  id: z.string(),
  fieldKey: z.string().nullable(),
  filename: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  createdAt: z.string(),
});
export type AttachmentView = z.infer<typeof AttachmentView>;
export const InformationRequestView = z.object({
  id: z.string(),
  question: z.string(),
  askedAt: z.string(),
  dueDate: z.string().nullable(),
  answer: z.string().nullable(),
  answeredAt: z.string().nullable(),
});
export type InformationRequestView = z.infer<typeof InformationRequestView>;
export const Applicant = z.object({
  organisationId: z.string(),
  name: z.string(),
  enterpriseNumber: z.string().nullable(),
  street: z.string().nullable(),
  houseNumber: z.string().nullable(),
  postcode: z.string().nullable(),
  place: z.string().nullable(),
  municipalityNis: z.string().nullable(),
  smeClass: SmeClass,
});
export type Applicant = z.infer<typeof Applicant>;
export const ApplicationSummary = z.object({
  id: z.string(),
  reference: z.string(),
  callId: z.string(),
  callCode: z.string(),
  callNameNl: z.string(),
  callNameEn: z.string(),
  organisationId: z.string(),
  organisationName: z.string(),
  title: z.string(),
  status: ApplicationStatus,
  /** Whether the reader sees this application as the lead/staff ("full") or as a partner ("partner"). */
  view: z.enum(["full", "partner"]),
  amountRequestedCents: z.number().int().nullable(),
  submittedAt: z.string().nullable(),
  updatedAt: z.string(),
  openRequests: z.number().int(),
});
export type ApplicationSummary = z.infer<typeof ApplicationSummary>;
export const ApplicationPage = z.object({ items: z.array(ApplicationSummary), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
export type ApplicationPage = z.infer<typeof ApplicationPage>;
/** What still stands in the way of submitting, each a reason the UI translates. */
export const Readiness = z.object({ ready: z.boolean(), missing: z.array(Reason), form: FormValidation.nullable() });
export type Readiness = z.infer<typeof Readiness>;
export const ApplicationDetail = ApplicationSummary.extend({
  call: CallView,
  applicant: Applicant,
  language: ApplicationLanguage,
  contactName: z.string(),
  contactEmail: z.string(),
  /** Empty in the partner view. */
  answers: FormAnswers,
  partners: z.array(PartnerView),
  attachments: z.array(AttachmentView),
  informationRequests: z.array(InformationRequestView),
  readiness: Readiness.nullable(),
  withdrawnAt: z.string().nullable(),
  withdrawnReason: z.string(),
  /** Organisation ids the reader acts for in this application (lead and/or partner). */
  myOrganisationIds: z.array(z.string()),
  version: z.number().int(),
  createdAt: z.string(),
});
export type ApplicationDetail = z.infer<typeof ApplicationDetail>;
