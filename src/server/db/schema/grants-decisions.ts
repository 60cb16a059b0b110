import { sql } from "drizzle-orm";
import { bigint, boolean, check, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { RepaymentPlan } from "../../../contracts/grants.js";
import { users } from "./identity.js";
import { organisations } from "./organisations.js";
import { grantApplications, grantCalls, grantEnvelopes, grantFunds } from "./grants.js";

/*
 * Grants after submission: eligibility as computed, review, decision, awards, payments, recoveries
 * and repayments. Money in integer euro cents (bigint, mode number).
 */

/** One computation of an application's eligibility (SME status, consortium rule, de minimis), kept as shown. */
export const grantEligibilityChecks = pgTable(
  "grant_eligibility_checks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    applicationId: uuid("application_id").notNull().references(() => grantApplications.id, { onDelete: "cascade" }),
    /** The grant date the de minimis window was computed for. */
    asOf: date("as_of").notNull(),
    amountCents: bigint("amount_cents", { mode: "number" }).notNull(),
    passed: boolean("passed").notNull(),
    /** EligibilityView (src/contracts/grants-decisions.ts). */
    result: jsonb("result").$type<Record<string, unknown>>().notNull(),
    computedBy: uuid("computed_by").references(() => users.id),
    computedAt: timestamp("computed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("grant_eligibility_checks_application_idx").on(t.applicationId, t.computedAt)],
);

/**
 * A reviewer assigned to an application. The reviewer sees nothing of the application until they have
 * declared that they have no conflict of interest; a declared conflict ends the assignment.
 */
export const grantReviewAssignments = pgTable(
  "grant_review_assignments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    applicationId: uuid("application_id").notNull().references(() => grantApplications.id, { onDelete: "cascade" }),
    reviewerId: uuid("reviewer_id").notNull().references(() => users.id),
    status: text("status").notNull().default("assigned"), // assigned | declared | conflict | scored
    assignedBy: uuid("assigned_by").references(() => users.id),
    assignedAt: timestamp("assigned_at", { withTimezone: true }).notNull().defaultNow(),
    declaredAt: timestamp("declared_at", { withTimezone: true }),
    conflictNote: text("conflict_note").notNull().default(""),
    /** [{ criterion, score, comment }] on the call's rubric. */
    scores: jsonb("scores").$type<{ criterion: string; score: number; comment: string }[]>(),
    scoredAt: timestamp("scored_at", { withTimezone: true }),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    uniqueIndex("grant_review_assignments_uq").on(t.applicationId, t.reviewerId),
    index("grant_review_assignments_reviewer_idx").on(t.reviewerId, t.status),
    check("grant_review_assignments_status_ck", sql`${t.status} in ('assigned', 'declared', 'conflict', 'scored')`),
  ],
);

/** The decision on an application: approval with an amount, or refusal with reasons. One per application. */
export const grantDecisions = pgTable(
  "grant_decisions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    applicationId: uuid("application_id").notNull().references(() => grantApplications.id),
    outcome: text("outcome").notNull(), // approved | refused
    amountCents: bigint("amount_cents", { mode: "number" }),
    /** The day the legal right to the aid arises (de minimis grant date). */
    decisionDate: date("decision_date").notNull(),
    reasons: text("reasons").notNull(),
    conditions: jsonb("conditions").$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    /** [{ number, label, amountCents, due }] */
    tranches: jsonb("tranches").$type<{ number: number; label: string; amountCents: number; due: string }[]>().notNull().default(sql`'[]'::jsonb`),
    /** Each participant's share of the amount: [{ organisationId, amountCents }]. */
    shares: jsonb("shares").$type<{ organisationId: string; amountCents: number }[]>().notNull().default(sql`'[]'::jsonb`),
    purpose: text("purpose").notNull().default(""),
    instrument: text("instrument").notNull().default("grant"), // grant | repayable_advance
    deMinimis: boolean("de_minimis").notNull().default(false),
    repaymentPlan: jsonb("repayment_plan").$type<RepaymentPlan>(),
    /** Set when eligibility failed and the officer decided anyway. */
    overrideReason: text("override_reason"),
    overriddenRules: text("overridden_rules").array().notNull().default(sql`'{}'::text[]`),
    eligibilityCheckId: uuid("eligibility_check_id").references(() => grantEligibilityChecks.id),
    envelopeId: uuid("envelope_id").references(() => grantEnvelopes.id),
    letterLanguage: text("letter_language").notNull().default("nl"),
    letterFellBack: boolean("letter_fell_back").notNull().default(false),
    decidedBy: uuid("decided_by").references(() => users.id),
    decidedAt: timestamp("decided_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("grant_decisions_application_uq").on(t.applicationId),
    check("grant_decisions_outcome_ck", sql`${t.outcome} in ('approved', 'refused')`),
    check("grant_decisions_amount_ck", sql`(${t.outcome} = 'refused' and ${t.amountCents} is null) or (${t.outcome} = 'approved' and ${t.amountCents} > 0)`),
  ],
);

/** Aid granted to one organisation by one decision: the public list, the de minimis register and the compass read this. */
export const grantAwards = pgTable(
  "grant_awards",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    decisionId: uuid("decision_id").notNull().references(() => grantDecisions.id),
    applicationId: uuid("application_id").notNull().references(() => grantApplications.id),
    callId: uuid("call_id").notNull().references(() => grantCalls.id),
    fundId: uuid("fund_id").notNull().references(() => grantFunds.id),
    organisationId: uuid("organisation_id").notNull().references(() => organisations.id),
    role: text("role").notNull().default("lead"), // lead | partner
    amountCents: bigint("amount_cents", { mode: "number" }).notNull(),
    grantDate: date("grant_date").notNull(),
    instrument: text("instrument").notNull(),
    deMinimis: boolean("de_minimis").notNull(),
    regulation: text("regulation").notNull().default("2023/2831"),
    purpose: text("purpose").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("grant_awards_decision_organisation_uq").on(t.decisionId, t.organisationId),
    index("grant_awards_organisation_idx").on(t.organisationId, t.grantDate),
    index("grant_awards_fund_idx").on(t.fundId, t.grantDate),
    check("grant_awards_amount_ck", sql`${t.amountCents} >= 0`),
  ],
);

/** A tranche paid to a checked IBAN. One payment per tranche. */
export const grantPayments = pgTable(
  "grant_payments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    applicationId: uuid("application_id").notNull().references(() => grantApplications.id),
    envelopeId: uuid("envelope_id").notNull().references(() => grantEnvelopes.id),
    trancheNumber: integer("tranche_number").notNull(),
    amountCents: bigint("amount_cents", { mode: "number" }).notNull(),
    iban: text("iban").notNull(),
    paidOn: date("paid_on").notNull(),
    recordedBy: uuid("recorded_by").references(() => users.id),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("grant_payments_tranche_uq").on(t.applicationId, t.trancheNumber),
    check("grant_payments_amount_ck", sql`${t.amountCents} > 0`),
  ],
);

/** Recoveries: an order to pay back (ordered) and the money received (received). */
export const grantRecoveries = pgTable(
  "grant_recoveries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    applicationId: uuid("application_id").notNull().references(() => grantApplications.id),
    kind: text("kind").notNull(), // ordered | received
    amountCents: bigint("amount_cents", { mode: "number" }).notNull(),
    reason: text("reason").notNull().default(""),
    onDate: date("on_date").notNull(),
    recordedBy: uuid("recorded_by").references(() => users.id),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("grant_recoveries_application_idx").on(t.applicationId, t.onDate),
    check("grant_recoveries_kind_ck", sql`${t.kind} in ('ordered', 'received')`),
    check("grant_recoveries_amount_ck", sql`${t.amountCents} > 0`),
  ],
);

/** Repayments of a repayable advance, against its schedule (decision.repayment_plan). */
export const grantRepayments = pgTable(
  "grant_repayments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    applicationId: uuid("application_id").notNull().references(() => grantApplications.id),
    paidOn: date("paid_on").notNull(),
    amountCents: bigint("amount_cents", { mode: "number" }).notNull(),
    note: text("note").notNull().default(""),
    recordedBy: uuid("recorded_by").references(() => users.id),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("grant_repayments_application_idx").on(t.applicationId, t.paidOn), check("grant_repayments_amount_ck", sql`${t.amountCents} > 0`)],
);
