import { z } from "zod";

export const OrganisationKind = z.enum(["company", "knowledge_institution", "municipality", "public_body", "maatwerk_company", "foreign_partner"]);
export type OrganisationKind = z.infer<typeof OrganisationKind>;

export const SmeClass = z.enum(["micro", "small", "medium", "large", "unknown"]);
export type SmeClass = z.infer<typeof SmeClass>;

export const KboScope = z.enum(["limburg", "belgium"]);
export type KboScope = z.infer<typeof KboScope>;

// ---- KBO import --------------------------------------------------------------------------------

export const StartKboImportInput = z.strictObject({
  /** A path on the server to KboOpenData_<nr>_<yyyy>_<mm>[_<dd>]_Full.zip or _Update.zip. */
  path: z.string().trim().min(1).max(1000),
  scope: KboScope.default("limburg"),
});
export type StartKboImportInput = z.input<typeof StartKboImportInput>;

export const KboImportFile = z.object({ name: z.string(), rows: z.number().int(), done: z.boolean() });

export const KboImportRun = z.object({
  id: z.string().uuid(),
  kind: z.enum(["full", "update"]),
  scope: KboScope,
  status: z.enum(["running", "succeeded", "failed", "abandoned"]),
  phase: z.string(),
  fileName: z.string(),
  extractNumber: z.string().nullable(),
  snapshotDate: z.string().nullable(),
  currentFile: z.string().nullable(),
  files: z.array(KboImportFile),
  rowsDone: z.number().int(),
  rowsTotalEstimate: z.number().int().nullable(),
  /** 0–100, from the bytes read of the members still to load. */
  percent: z.number().nullable(),
  attempts: z.number().int(),
  summary: z.record(z.string(), z.unknown()).nullable(),
  error: z.object({ message: z.string(), file: z.string().nullable(), line: z.number().int().nullable() }).nullable(),
  startedBy: z.string(),
  startedAt: z.string(),
  updatedAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type KboImportRun = z.infer<typeof KboImportRun>;

export const KboImportRunList = z.object({ items: z.array(KboImportRun) });

// ---- Duplicates and merges ----------------------------------------------------------------------

export const DuplicateReasonCode = z.enum(["similar_name", "same_municipality", "same_postcode", "no_enterprise_number"]);

export const DetectDuplicatesInput = z.strictObject({
  /** 0–1: only pairs scoring at least this much. */
  minScore: z.coerce.number().min(0).max(1).default(0.5),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
export type DetectDuplicatesInput = z.input<typeof DetectDuplicatesInput>;

const DuplicateSide = z.object({
  id: z.string().uuid(),
  name: z.string(),
  enterpriseNumber: z.string().nullable(),
  source: z.string(),
  postcode: z.string().nullable(),
  place: z.string().nullable(),
  municipalityNis: z.string().nullable(),
});

export const DuplicateCandidate = z.object({
  /** The record to keep (the KBO record when there is one) and the one to merge into it. */
  survivor: DuplicateSide,
  duplicate: DuplicateSide,
  score: z.number(),
  reasons: z.array(z.object({ code: DuplicateReasonCode, message: z.string() })),
});
export type DuplicateCandidate = z.infer<typeof DuplicateCandidate>;

export const DuplicateCandidateList = z.object({ items: z.array(DuplicateCandidate) });
export type DuplicateCandidateList = z.infer<typeof DuplicateCandidateList>;

export const MergeOrganisationsInput = z.strictObject({
  survivorId: z.string().uuid(),
  mergedId: z.string().uuid(),
  reason: z.string().trim().min(3).max(1000),
});
export type MergeOrganisationsInput = z.input<typeof MergeOrganisationsInput>;

export const OrganisationMerge = z.object({
  id: z.string().uuid(),
  survivorId: z.string().uuid(),
  mergedId: z.string().uuid(),
  reason: z.string(),
  mergedBy: z.string(),
  mergedAt: z.string(),
  snapshot: z.record(z.string(), z.unknown()),
  moved: z.object({
    establishments: z.number().int(),
    activities: z.number().int(),
    relations: z.number().int(),
    trajectories: z.number().int(),
    contacts: z.number().int().default(0),
    /** Grant applications the merged record took part in (as lead or partner), with their declarations and awards. */
    grantApplications: z.number().int().default(0),
    /** Space demands, owned parcels and premises, and campaign merchants. */
    spaceRecords: z.number().int().default(0),
    /** Users who acted for the merged record and now act for the survivor. */
    userScopes: z.number().int().default(0),
    filledFields: z.array(z.string()),
  }),
});
export type OrganisationMerge = z.infer<typeof OrganisationMerge>;

/** Where a (possibly merged) organisation id leads now. */
export const OrganisationMergeStatus = z.object({
  id: z.string().uuid(),
  mergedInto: z.string().uuid().nullable(),
  /** The merges into this record and, for a merged record, its own merge. */
  merges: z.array(OrganisationMerge),
});
export type OrganisationMergeStatus = z.infer<typeof OrganisationMergeStatus>;

// ---- Search ------------------------------------------------------------------------------------

export const OrganisationSort = z.enum(["relevance", "name", "-name", "start_date", "-start_date", "updated", "-updated"]);

export const SearchOrganisationsInput = z.strictObject({
  q: z.string().trim().max(200).optional(),
  /** NACE code prefix, e.g. 62 or 62010. */
  nace: z.string().trim().regex(/^\d{1,7}$/, "A NACE code is 1 to 7 digits.").optional(),
  municipality: z.string().trim().regex(/^\d{5}$/, "A NIS code has 5 digits.").optional(),
  kind: OrganisationKind.optional(),
  size: SmeClass.optional(),
  sort: OrganisationSort.default("relevance"),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type SearchOrganisationsInput = z.input<typeof SearchOrganisationsInput>;

export const ExportFormat = z.enum(["csv", "xlsx"]);

export const OrganisationListItem = z.object({
  id: z.string().uuid(),
  kind: OrganisationKind,
  enterpriseNumber: z.string().nullable(), // 0403.227.515
  name: z.string(),
  legalForm: z.string().nullable(),
  postcode: z.string().nullable(),
  place: z.string().nullable(),
  municipalityNis: z.string().nullable(),
  smeClass: SmeClass,
  source: z.enum(["manual", "kbo"]),
  kboActive: z.boolean(),
});
export type OrganisationListItem = z.infer<typeof OrganisationListItem>;

/** total is exact up to 1,000; when more match, total is 1,000 and totalCapped is true ("more than 1,000"). */
export const OrganisationList = z.object({ total: z.number().int(), totalCapped: z.boolean(), items: z.array(OrganisationListItem) });
export type OrganisationList = z.infer<typeof OrganisationList>;

export const SmeReasonView = z.object({ code: z.string(), message: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) });
export const SmeView = z.object({
  class: SmeClass,
  ownClass: SmeClass,
  year: z.number().int().nullable(),
  decidedBy: z.enum(["headcount", "financials", "public_body", "missing_data"]),
  totals: z.object({ headcount: z.number().nullable(), turnoverEur: z.number().nullable(), balanceSheetEur: z.number().nullable() }),
  publicBodySharePct: z.number(),
  enterprises: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      relation: z.enum(["partner", "linked"]),
      sharePct: z.number(),
      appliedPct: z.number(),
      added: z.object({ headcount: z.number().nullable(), turnoverEur: z.number().nullable(), balanceSheetEur: z.number().nullable() }),
      year: z.number().int().nullable(),
      note: z.string().optional(),
    }),
  ),
  reasons: z.array(SmeReasonView),
});

export const OrganisationProfile = OrganisationListItem.extend({
  vatNumber: z.string().nullable(),
  country: z.string(),
  foreignId: z.string().nullable(),
  altNames: z.array(z.string()),
  legalFormLabel: z.string().nullable(),
  startDate: z.string().nullable(),
  address: z.object({
    street: z.string().nullable(),
    houseNumber: z.string().nullable(),
    box: z.string().nullable(),
    postcode: z.string().nullable(),
    place: z.string().nullable(),
    municipalityNis: z.string().nullable(),
  }),
  figures: z.object({
    headcount: z.number().nullable(),
    turnoverEur: z.number().nullable(),
    balanceSheetEur: z.number().nullable(),
    year: z.number().int().nullable(),
  }),
  sme: SmeView,
  activities: z.array(
    z.object({ naceVersion: z.string(), naceCode: z.string(), classification: z.string(), description: z.string().nullable(), source: z.enum(["kbo", "manual"]) }),
  ),
  establishments: z.array(
    z.object({
      number: z.string().nullable(),
      startDate: z.string().nullable(),
      street: z.string().nullable(),
      houseNumber: z.string().nullable(),
      postcode: z.string().nullable(),
      place: z.string().nullable(),
      municipalityNis: z.string().nullable(),
      source: z.enum(["kbo", "manual"]),
    }),
  ),
  /** Kept by hand: the organisation's website and a short description. */
  website: z.string().nullable().optional(),
  description: z.string().nullable().optional(),
  overridden: z.array(z.string()),
  /**
   * Set when this record was merged into another one: the id of the record that survives now (following
   * later merges). The record itself stays readable for its links and history; the web redirects to it.
   */
  mergedInto: z.string().uuid().nullable().optional(),
  demo: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type OrganisationProfile = z.infer<typeof OrganisationProfile>;

// ---- Editing the profile -----------------------------------------------------------------------

const optText = (max: number) => z.string().trim().max(max).nullable().optional();
const money = z.number().min(0).max(1e13).nullable().optional();

export const OrganisationFiguresInput = z.strictObject({
  headcount: z.number().min(0).max(1_000_000).nullable().optional(),
  turnoverEur: money,
  balanceSheetEur: money,
  year: z.number().int().min(1990).max(2100).nullable().optional(),
});

/** Fields a person keeps by hand. An entrepreneur may change only description, website and figures. */
export const UpdateOrganisationInput = z.strictObject({
  version: z.number().int().min(1),
  name: z.string().trim().min(1).max(300).optional(),
  kind: OrganisationKind.optional(),
  website: z.string().trim().max(500).url().nullable().optional(),
  description: optText(5000),
  figures: OrganisationFiguresInput.optional(),
});
export type UpdateOrganisationInput = z.input<typeof UpdateOrganisationInput>;

/** A hand-made record: a Belgian organisation (with or without an enterprise number) or a foreign partner (country + national id). */
export const CreateOrganisationInput = z
  .strictObject({
    name: z.string().trim().min(1).max(300),
    kind: OrganisationKind,
    enterpriseNumber: z.string().trim().max(30).nullable().optional(),
    country: z.string().trim().regex(/^[A-Z]{2}$/, "A country is an ISO 3166-1 alpha-2 code, e.g. NL.").default("BE"),
    foreignId: z.string().trim().min(1).max(50).nullable().optional(),
    website: z.string().trim().max(500).url().nullable().optional(),
    description: optText(5000),
    postcode: z.string().trim().max(10).nullable().optional(),
    place: optText(200),
    figures: OrganisationFiguresInput.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.kind === "foreign_partner") {
      if (v.country === "BE") ctx.addIssue({ code: "custom", path: ["country"], message: "A foreign partner has a country other than BE.", params: { code: "foreign_country" } });
      if (!v.foreignId) ctx.addIssue({ code: "custom", path: ["foreignId"], message: "A foreign partner needs its national id or VAT number.", params: { code: "foreign_id_required" } });
      if (v.enterpriseNumber) ctx.addIssue({ code: "custom", path: ["enterpriseNumber"], message: "A foreign partner has no Belgian enterprise number.", params: { code: "foreign_enterprise_number" } });
    } else if (v.country !== "BE") {
      ctx.addIssue({ code: "custom", path: ["country"], message: "Only a foreign partner has a country other than BE.", params: { code: "country_kind" } });
    }
  });
export type CreateOrganisationInput = z.input<typeof CreateOrganisationInput>;

// ---- Contacts (GDPR) ---------------------------------------------------------------------------

/** GDPR art. 6(1): the basis on which the agency processes a person's data. */
export const LegalBasis = z.enum(["consent", "contract", "legal_obligation", "legitimate_interest", "public_task"]);
export type LegalBasis = z.infer<typeof LegalBasis>;
export const ContactLanguage = z.enum(["nl", "fr", "en", "de"]);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "A date is written YYYY-MM-DD.");

export const CreateContactInput = z.strictObject({
  name: z.string().trim().min(1).max(200),
  role: optText(200),
  email: z.string().trim().max(320).email().nullable().optional(),
  phone: z.string().trim().regex(/^\+?[0-9 ./()-]{6,30}$/, "A phone number has 6 to 30 digits and separators.").nullable().optional(),
  language: ContactLanguage.default("nl"),
  legalBasis: LegalBasis,
  legalBasisDate: isoDate,
  legalBasisNote: optText(2000),
  source: optText(200),
  notes: optText(5000),
});
export type CreateContactInput = z.input<typeof CreateContactInput>;

export const UpdateContactInput = z.strictObject({
  version: z.number().int().min(1),
  name: z.string().trim().min(1).max(200).optional(),
  role: optText(200),
  email: z.string().trim().max(320).email().nullable().optional(),
  phone: z.string().trim().regex(/^\+?[0-9 ./()-]{6,30}$/, "A phone number has 6 to 30 digits and separators.").nullable().optional(),
  language: ContactLanguage.optional(),
  legalBasis: LegalBasis.optional(),
  legalBasisDate: isoDate.optional(),
  legalBasisNote: optText(2000),
  source: optText(200),
  notes: optText(5000),
});
export type UpdateContactInput = z.input<typeof UpdateContactInput>;

export const EraseContactInput = z.strictObject({ reason: z.string().trim().min(3).max(1000) });

export const ContactView = z.object({
  id: z.string().uuid(),
  organisationId: z.string().uuid(),
  name: z.string(),
  role: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  language: ContactLanguage,
  legalBasis: LegalBasis,
  legalBasisDate: z.string(),
  legalBasisNote: z.string().nullable(),
  source: z.string().nullable(),
  notes: z.string().nullable(),
  erased: z.boolean(),
  erasedAt: z.string().nullable(),
  createdBy: z.string(),
  updatedBy: z.string(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ContactView = z.infer<typeof ContactView>;
export const ContactList = z.object({ items: z.array(ContactView) });

/** One person's data for a data-subject access request (GDPR art. 15). */
export const ContactExport = z.object({
  exportedAt: z.string(),
  contact: ContactView,
  organisations: z.array(z.object({ id: z.string().uuid(), name: z.string(), enterpriseNumber: z.string().nullable() })),
  audit: z.array(z.object({ at: z.string(), actor: z.string(), action: z.string(), fields: z.array(z.string()) })),
});
export type ContactExport = z.infer<typeof ContactExport>;
