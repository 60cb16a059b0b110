import { sql } from "drizzle-orm";
import {
  bigint, boolean, check, customType, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid,
} from "drizzle-orm/pg-core";
import type { CallRules, FormAnswers, FormDefinition, Rubric } from "../../../contracts/grants.js";
import { users } from "./identity.js";
import { organisations } from "./organisations.js";

/*
 * Grants: funds, their yearly envelopes, calls, applications and what applicants hand in.
 * Money is integer euro cents in bigint columns (mode number: sums stay far below 2^53).
 * Moments are timestamptz; officers enter them as Europe/Brussels wall-clock time.
 */

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});

/** A fund or instrument of the policy statement (innovation premium, maatwerk fund, …). */
export const grantFunds = pgTable("grant_funds", {
  id: uuid("id").primaryKey().defaultRandom(),
  code: text("code").notNull().unique(), // innovation_premium, maatwerk_fund, …
  nameNl: text("name_nl").notNull(),
  nameEn: text("name_en").notNull(),
  descriptionNl: text("description_nl").notNull().default(""),
  descriptionEn: text("description_en").notNull().default(""),
  /** Who pays: "Provincie Limburg", "Interreg Euregio Maas-Rijn", … */
  fundingSource: text("funding_source").notNull(),
  /** grant | repayable_advance: what the fund gives by default. */
  instrument: text("instrument").notNull().default("grant"),
  /** The fund may also lend (a repayable advance with a schedule), whatever its default instrument. */
  repayableAdvanceAllowed: boolean("repayable_advance_allowed").notNull().default(false),
  /** The statement's words about the fund, and the section they are in. */
  source: text("source").notNull().default(""),
  section: text("section").notNull().default(""),
  active: boolean("active").notNull().default(true),
  position: integer("position").notNull().default(0),
  demo: boolean("demo").notNull().default(false),
  version: integer("version").notNull().default(1),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
}, (t) => [check("grant_funds_instrument_ck", sql`${t.instrument} in ('grant', 'repayable_advance')`)]);

/** One year's budget of a fund. Committed/paid/recovered are kept as running totals for atomic booking. */
export const grantEnvelopes = pgTable(
  "grant_envelopes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    fundId: uuid("fund_id").notNull().references(() => grantFunds.id),
    year: integer("year").notNull(),
    amountCents: bigint("amount_cents", { mode: "number" }).notNull(),
    committedCents: bigint("committed_cents", { mode: "number" }).notNull().default(0),
    paidCents: bigint("paid_cents", { mode: "number" }).notNull().default(0),
    recoveredCents: bigint("recovered_cents", { mode: "number" }).notNull().default(0),
    recoveriesReplenish: boolean("recoveries_replenish").notNull().default(false),
    note: text("note").notNull().default(""),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("grant_envelopes_fund_year_uq").on(t.fundId, t.year),
    check("grant_envelopes_amounts_ck", sql`${t.amountCents} >= 0 and ${t.committedCents} >= 0 and ${t.paidCents} >= 0 and ${t.recoveredCents} >= 0`),
  ],
);

/** A call for applications: its window, envelope, rules, form and rubric. */
export const grantCalls = pgTable(
  "grant_calls",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    fundId: uuid("fund_id").notNull().references(() => grantFunds.id),
    envelopeId: uuid("envelope_id").notNull().references(() => grantEnvelopes.id),
    code: text("code").notNull().unique(), // e.g. IP-2026-1; prefix of the application references
    nameNl: text("name_nl").notNull(),
    nameEn: text("name_en").notNull(),
    descriptionNl: text("description_nl").notNull().default(""),
    descriptionEn: text("description_en").notNull().default(""),
    opensAt: timestamp("opens_at", { withTimezone: true }).notNull(),
    closesAt: timestamp("closes_at", { withTimezone: true }).notNull(),
    status: text("status").notNull().default("draft"), // draft | published | closed
    /** CallRules (src/contracts/grants.ts), parsed with defaults applied. */
    rules: jsonb("rules").$type<CallRules>().notNull(),
    /** FormDefinition, validated by FormDefinitionSchema (grants/form-definition.ts). */
    form: jsonb("form").$type<FormDefinition>().notNull(),
    /** Rubric (criteria, weights, scale). */
    rubric: jsonb("rubric").$type<Rubric>().notNull(),
    /** Limits for the attachments outside the form's file fields. */
    maxAttachments: integer("max_attachments").notNull().default(10),
    maxAttachmentBytes: integer("max_attachment_bytes").notNull().default(10 * 1024 * 1024),
    allowedAttachmentTypes: text("allowed_attachment_types").array().notNull().default(sql`'{application/pdf}'::text[]`),
    /** Counter behind the application references (CODE-0001); bumped with UPDATE … RETURNING. */
    lastApplicationNumber: integer("last_application_number").notNull().default(0),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    publishedBy: uuid("published_by").references(() => users.id),
    createdBy: uuid("created_by").references(() => users.id),
    demo: boolean("demo").notNull().default(false),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("grant_calls_fund_idx").on(t.fundId),
    index("grant_calls_status_idx").on(t.status, t.closesAt),
    check("grant_calls_status_ck", sql`${t.status} in ('draft', 'published', 'closed')`),
    check("grant_calls_window_ck", sql`${t.closesAt} > ${t.opensAt}`),
  ],
);

/** An application of one (lead) organisation to one call; status follows grants/workflow.ts. */
export const grantApplications = pgTable(
  "grant_applications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    callId: uuid("call_id").notNull().references(() => grantCalls.id),
    /** The lead applicant. */
    organisationId: uuid("organisation_id").notNull().references(() => organisations.id),
    createdBy: uuid("created_by").references(() => users.id),
    reference: text("reference").notNull().unique(), // IP-2026-1-0001
    status: text("status").notNull().default("draft"),
    title: text("title").notNull().default(""),
    amountRequestedCents: bigint("amount_requested_cents", { mode: "number" }),
    /** Answers keyed by the form's field keys. */
    answers: jsonb("answers").$type<FormAnswers>().notNull().default(sql`'{}'::jsonb`),
    /** The applicant's language for letters and mails: nl | en | fr | de. */
    language: text("language").notNull().default("nl"),
    /** The lead's registry data as it was when the application started (name, number, address, SME class). */
    applicantSnapshot: jsonb("applicant_snapshot").$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
    contactName: text("contact_name").notNull().default(""),
    contactEmail: text("contact_email").notNull().default(""),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    submittedBy: uuid("submitted_by").references(() => users.id),
    withdrawnAt: timestamp("withdrawn_at", { withTimezone: true }),
    withdrawnReason: text("withdrawn_reason").notNull().default(""),
    demo: boolean("demo").notNull().default(false),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("grant_applications_call_idx").on(t.callId, t.status),
    index("grant_applications_organisation_idx").on(t.organisationId),
    check("grant_applications_language_ck", sql`${t.language} in ('nl', 'en', 'fr', 'de')`),
    check("grant_applications_amount_ck", sql`${t.amountRequestedCents} is null or ${t.amountRequestedCents} >= 0`),
  ],
);

/** The organisations taking part in an application: the lead (confirmed) and invited partners. */
export const grantApplicationPartners = pgTable(
  "grant_application_partners",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    applicationId: uuid("application_id").notNull().references(() => grantApplications.id, { onDelete: "cascade" }),
    organisationId: uuid("organisation_id").notNull().references(() => organisations.id),
    role: text("role").notNull(), // lead | partner
    status: text("status").notNull().default("invited"), // invited | confirmed | declined
    /** What the partner contributes, as the lead describes it. */
    contribution: text("contribution").notNull().default(""),
    invitedBy: uuid("invited_by").references(() => users.id),
    invitedAt: timestamp("invited_at", { withTimezone: true }).notNull().defaultNow(),
    confirmedBy: uuid("confirmed_by").references(() => users.id),
    confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
    declineReason: text("decline_reason").notNull().default(""),
    /** Set when the partner has declared its prior de minimis aid (possibly none). */
    deMinimisDeclaredAt: timestamp("de_minimis_declared_at", { withTimezone: true }),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    uniqueIndex("grant_application_partners_uq").on(t.applicationId, t.organisationId),
    index("grant_application_partners_organisation_idx").on(t.organisationId),
    check("grant_application_partners_role_ck", sql`${t.role} in ('lead', 'partner')`),
    check("grant_application_partners_status_ck", sql`${t.status} in ('invited', 'confirmed', 'declined')`),
  ],
);

/** De minimis aid an organisation declares to have received from other authorities. */
export const grantDeMinimisDeclarations = pgTable(
  "grant_de_minimis_declarations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    applicationId: uuid("application_id").notNull().references(() => grantApplications.id, { onDelete: "cascade" }),
    organisationId: uuid("organisation_id").notNull().references(() => organisations.id),
    grantingAuthority: text("granting_authority").notNull(),
    aidDate: date("aid_date").notNull(),
    amountCents: bigint("amount_cents", { mode: "number" }).notNull(),
    regulation: text("regulation").notNull().default("2023/2831"), // 2023/2831 | 1407/2013
    description: text("description").notNull().default(""),
    declaredBy: uuid("declared_by").references(() => users.id),
    declaredAt: timestamp("declared_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("grant_de_minimis_declarations_application_idx").on(t.applicationId, t.organisationId),
    index("grant_de_minimis_declarations_organisation_idx").on(t.organisationId, t.aidDate),
    check("grant_de_minimis_declarations_amount_ck", sql`${t.amountCents} > 0`),
  ],
);

/** Files handed in with an application; the bytes live in the database (small, transactional, backed up with it). */
export const grantAttachments = pgTable(
  "grant_attachments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    applicationId: uuid("application_id").notNull().references(() => grantApplications.id, { onDelete: "cascade" }),
    /** The form's file field this file answers, or null for a general attachment. */
    fieldKey: text("field_key"),
    filename: text("filename").notNull(),
    contentType: text("content_type").notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    sha256: text("sha256").notNull(),
    bytes: bytea("bytes").notNull(),
    uploadedBy: uuid("uploaded_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("grant_attachments_application_idx").on(t.applicationId)],
);

/** A grant officer's request for more information and the applicant's answer. */
export const grantInformationRequests = pgTable(
  "grant_information_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    applicationId: uuid("application_id").notNull().references(() => grantApplications.id, { onDelete: "cascade" }),
    question: text("question").notNull(),
    askedBy: uuid("asked_by").references(() => users.id),
    askedAt: timestamp("asked_at", { withTimezone: true }).notNull().defaultNow(),
    dueDate: date("due_date"),
    answer: text("answer"),
    answeredBy: uuid("answered_by").references(() => users.id),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
  },
  (t) => [index("grant_information_requests_application_idx").on(t.applicationId, t.askedAt)],
);
