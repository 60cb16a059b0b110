import { sql } from "drizzle-orm";
import {
  boolean, date, doublePrecision, index, integer, jsonb, numeric, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, type AnyPgColumn,
} from "drizzle-orm/pg-core";
import { municipalities } from "./geography.js";
import { users } from "./identity.js";

/** The statement's structure: chapter → objective → action. */
export const goals = pgTable(
  "goals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kind: text("kind").notNull(), // chapter | objective | action
    code: text("code").notNull().unique(), // "3", "3.1", "3.1.a"
    parentId: uuid("parent_id").references((): AnyPgColumn => goals.id),
    titleNl: text("title_nl").notNull(),
    titleEn: text("title_en").notNull(),
    summaryNl: text("summary_nl").notNull().default(""),
    summaryEn: text("summary_en").notNull().default(""),
    owner: text("owner").notNull().default(""),
    section: text("section").notNull(), // section reference in the statement, e.g. "3.1"
    position: integer("position").notNull().default(0),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("goals_parent_idx").on(t.parentId)],
);

export const indicators = pgTable(
  "indicators",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    code: text("code").notNull().unique(),
    goalId: uuid("goal_id").notNull().references(() => goals.id),
    nameNl: text("name_nl").notNull(),
    nameEn: text("name_en").notNull(),
    descriptionNl: text("description_nl").notNull().default(""),
    descriptionEn: text("description_en").notNull().default(""),
    unit: text("unit").notNull(), // count | jobs | job_years | ha | percent | eur | projects | milestone
    baselineValue: numeric("baseline_value", { mode: "number" }),
    baselineDate: date("baseline_date"),
    targetValue: numeric("target_value", { mode: "number" }),
    targetValueHigh: numeric("target_value_high", { mode: "number" }), // for a target range
    targetDate: date("target_date"),
    direction: text("direction").notNull(), // raise | lower | keep
    source: text("source").notNull().default(""),
    sourceNote: text("source_note").notNull().default(""),
    owner: text("owner").notNull().default(""),
    published: boolean("published").notNull().default(false),
    perMunicipality: boolean("per_municipality").notNull().default(false),
    /** How municipal values add up to the province figure when no province value is given. */
    aggregation: text("aggregation").notNull().default("sum"), // sum | none
    kind: text("kind").notNull(), // measured | derived
    metricKey: text("metric_key"),
    /** Status thresholds as share of the required progress: ≥ onTrack → on track, ≥ atRisk → at risk. */
    onTrackRatio: numeric("on_track_ratio", { mode: "number" }).notNull().default(0.95),
    atRiskRatio: numeric("at_risk_ratio", { mode: "number" }).notNull().default(0.8),
    position: integer("position").notNull().default(0),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("indicators_goal_idx").on(t.goalId)],
);

/**
 * Measurements. A correction never overwrites: the earlier row gets superseded_at/superseded_by
 * and stays in the history. Current rows have superseded_at IS NULL.
 */
export const measurements = pgTable(
  "measurements",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    indicatorId: uuid("indicator_id").notNull().references(() => indicators.id),
    periodDate: date("period_date").notNull(), // reference date of the period (its last day)
    municipalityNis: text("municipality_nis").references(() => municipalities.nis),
    value: numeric("value", { mode: "number" }).notNull(),
    source: text("source").notNull().default(""),
    note: text("note").notNull().default(""),
    origin: text("origin").notNull().default("manual"), // manual | import | snapshot | seed
    enteredBy: uuid("entered_by").references(() => users.id),
    enteredAt: timestamp("entered_at", { withTimezone: true }).notNull().defaultNow(),
    supersededAt: timestamp("superseded_at", { withTimezone: true }),
    supersededBy: uuid("superseded_by"),
  },
  (t) => [
    uniqueIndex("measurements_current_uq")
      .on(t.indicatorId, sql`coalesce(${t.municipalityNis}, '')`, t.periodDate)
      .where(sql`${t.supersededAt} is null`),
    index("measurements_indicator_idx").on(t.indicatorId, t.periodDate),
    /** Scoped reads (a municipality user's rows, exports) and the latest value per municipality. */
    index("measurements_municipality_idx")
      .on(t.municipalityNis, t.indicatorId, t.periodDate)
      .where(sql`${t.supersededAt} is null`),
  ],
);

/**
 * The province-level series of every indicator, one row per (indicator, period), maintained in the
 * same transaction as the measurements it comes from (docs/adr/0003-compass-series-and-status.md):
 * the current province value when one was recorded ("province"), otherwise, for aggregation "sum",
 * the sum of the current municipal values of that period ("sum"). Dashboards read this table only.
 */
export const indicatorSeries = pgTable(
  "indicator_series",
  {
    indicatorId: uuid("indicator_id").notNull().references(() => indicators.id),
    periodDate: date("period_date").notNull(),
    value: numeric("value", { mode: "number" }).notNull(),
    basis: text("basis").notNull(), // province | sum
    /** Number of municipal values behind a "sum" point (0 for a province value). */
    municipalities: integer("municipalities").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.indicatorId, t.periodDate] })],
);

/**
 * Per indicator, what its status needs from indicator_series in constant size (x = days since
 * 2000-01-01): the least-squares sums over the series and the baseline point, the earliest regression
 * date, the first and the latest point, and the last twelve points for a sparkline. Maintained with
 * indicator_series; the dashboard reads 1 row per indicator instead of every point.
 */
export const indicatorSeriesStats = pgTable("indicator_series_stats", {
  indicatorId: uuid("indicator_id").primaryKey().references(() => indicators.id),
  points: integer("points").notNull(),
  sumX: doublePrecision("sum_x").notNull(),
  sumY: doublePrecision("sum_y").notNull(),
  sumXx: doublePrecision("sum_xx").notNull(),
  sumXy: doublePrecision("sum_xy").notNull(),
  firstPointDate: date("first_point_date"),
  firstDate: date("first_date"),
  firstValue: numeric("first_value", { mode: "number" }),
  lastDate: date("last_date"),
  lastValue: numeric("last_value", { mode: "number" }),
  sparkline: jsonb("sparkline").$type<[string, number][]>().notNull().default([]),
});
