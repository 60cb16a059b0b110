import { sql } from "drizzle-orm";
import {
  bigint, boolean, date, index, integer, numeric, pgTable, text, timestamp, uniqueIndex, uuid, type AnyPgColumn,
} from "drizzle-orm/pg-core";
import { users } from "./identity.js";
import { organisations } from "./organisations.js";

/**
 * The agency's support programmes (AI Space, the cobot application centre, …) as data: their stages in
 * order, the stage that counts as the programme's success, and the outcome fields they record.
 */
export const supportProgrammes = pgTable("support_programmes", {
  id: uuid("id").primaryKey().defaultRandom(),
  code: text("code").notNull().unique(), // ai_space, cobot_centre, …
  nameNl: text("name_nl").notNull(),
  nameEn: text("name_en").notNull(),
  descriptionNl: text("description_nl").notNull().default(""),
  descriptionEn: text("description_en").notNull().default(""),
  /** The statement's words about the programme, with its section. */
  source: text("source").notNull().default(""),
  section: text("section").notNull(), // section of the policy statement, e.g. "4.5"
  partners: text("partners").notNull().default(""),
  /** Outcome fields this programme records: jobs_created, high_skilled_jobs, investment_eur, ai_in_use, processes_automated. */
  outcomeFields: text("outcome_fields").array().notNull().default(sql`'{}'::text[]`),
  position: integer("position").notNull().default(0),
  active: boolean("active").notNull().default(true),
  version: integer("version").notNull().default(1),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** A programme's stages in order; exactly one per programme is its success. */
export const supportStages = pgTable(
  "support_stages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    programmeId: uuid("programme_id").notNull().references(() => supportProgrammes.id, { onDelete: "cascade" }),
    code: text("code").notNull(), // intake, discovery, …, ai_in_use
    nameNl: text("name_nl").notNull(),
    nameEn: text("name_en").notNull(),
    position: integer("position").notNull(),
    success: boolean("success").notNull().default(false),
  },
  (t) => [uniqueIndex("support_stages_code_uq").on(t.programmeId, t.code)],
);

/** One organisation followed through one programme by an account manager. */
export const supportTrajectories = pgTable(
  "support_trajectories",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    programmeId: uuid("programme_id").notNull().references(() => supportProgrammes.id),
    organisationId: uuid("organisation_id").notNull().references(() => organisations.id),
    ownerId: uuid("owner_id").references(() => users.id),
    startDate: date("start_date").notNull(),
    currentStageId: uuid("current_stage_id").notNull().references(() => supportStages.id),
    status: text("status").notNull().default("open"), // open | closed | abandoned
    closedDate: date("closed_date"),
    closeReason: text("close_reason").notNull().default(""),
    /** What the trajectory is about, in a line; shown to everyone who may see the trajectory. */
    summary: text("summary").notNull().default(""),
    /** Internal notes: agency staff only, never in portal or municipality views. */
    notes: text("notes").notNull().default(""),
    demo: boolean("demo").notNull().default(false),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("support_trajectories_programme_idx").on(t.programmeId, t.currentStageId),
    index("support_trajectories_organisation_idx").on(t.organisationId),
    index("support_trajectories_owner_idx").on(t.ownerId),
    /** At most one open trajectory per organisation and programme. */
    uniqueIndex("support_trajectories_open_uq").on(t.programmeId, t.organisationId).where(sql`status = 'open'`),
  ],
);

/** Every stage a trajectory entered, with the date it took effect and who moved it; append-only. */
export const supportStageChanges = pgTable(
  "support_stage_changes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Order of the changes of one trajectory (several may share a date). */
    seq: bigint("seq", { mode: "number" }).generatedAlwaysAsIdentity(),
    trajectoryId: uuid("trajectory_id").notNull().references(() => supportTrajectories.id),
    fromStageId: uuid("from_stage_id").references((): AnyPgColumn => supportStages.id),
    toStageId: uuid("to_stage_id").notNull().references(() => supportStages.id),
    effectiveDate: date("effective_date").notNull(),
    movedBy: uuid("moved_by").references(() => users.id),
    movedByLabel: text("moved_by_label").notNull(),
    note: text("note").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("support_stage_changes_trajectory_idx").on(t.trajectoryId, t.effectiveDate, t.seq)],
);

export const supportInteractions = pgTable(
  "support_interactions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    trajectoryId: uuid("trajectory_id").notNull().references(() => supportTrajectories.id),
    kind: text("kind").notNull(), // visit | call | workshop | mail
    date: date("date").notNull(),
    /** Who took part, as free text. */
    people: text("people").notNull().default(""),
    /** Contacts of the organisations registry who took part. */
    contactIds: uuid("contact_ids").array().notNull().default(sql`'{}'::uuid[]`),
    notes: text("notes").notNull().default(""),
    /** Confidential to the agency's staff. */
    confidential: boolean("confidential").notNull().default(false),
    recordedBy: uuid("recorded_by").references(() => users.id),
    recordedByLabel: text("recorded_by_label").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("support_interactions_trajectory_idx").on(t.trajectoryId, t.date)],
);

export const supportTasks = pgTable(
  "support_tasks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    trajectoryId: uuid("trajectory_id").notNull().references(() => supportTrajectories.id),
    title: text("title").notNull(),
    dueDate: date("due_date").notNull(),
    ownerId: uuid("owner_id").notNull().references(() => users.id),
    doneAt: timestamp("done_at", { withTimezone: true }),
    doneBy: uuid("done_by").references(() => users.id),
    createdBy: uuid("created_by").references(() => users.id),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("support_tasks_trajectory_idx").on(t.trajectoryId),
    index("support_tasks_owner_open_idx").on(t.ownerId, t.dueDate).where(sql`done_at is null`),
  ],
);

/** Outcomes as events: "on this date, 3 high-skilled jobs were created". Figures add up over time. */
export const supportOutcomes = pgTable(
  "support_outcomes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    trajectoryId: uuid("trajectory_id").notNull().references(() => supportTrajectories.id),
    field: text("field").notNull(), // jobs_created | high_skilled_jobs | investment_eur | ai_in_use | processes_automated
    value: numeric("value", { mode: "number" }).notNull(),
    date: date("date").notNull(),
    note: text("note").notNull().default(""),
    recordedBy: uuid("recorded_by").references(() => users.id),
    recordedByLabel: text("recorded_by_label").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("support_outcomes_trajectory_idx").on(t.trajectoryId),
    index("support_outcomes_field_date_idx").on(t.field, t.date),
  ],
);
