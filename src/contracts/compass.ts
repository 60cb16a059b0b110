import { z } from "zod";
import { noDefaults } from "./patch.js";

export const GoalKind = z.enum(["chapter", "objective", "action"]);
export const Unit = z.enum(["count", "jobs", "job_years", "ha", "percent", "eur", "projects", "companies", "milestone"]);
export type Unit = z.infer<typeof Unit>;
export const Direction = z.enum(["raise", "lower", "keep"]);
export type Direction = z.infer<typeof Direction>;
export const IndicatorKind = z.enum(["measured", "derived"]);
export const Aggregation = z.enum(["sum", "none"]);
/** "monitored": values are followed, but the statement sets no target or no deadline to judge them against. */
export const Status = z.enum(["on_track", "at_risk", "off_track", "achieved", "monitored", "no_data"]);
export type Status = z.infer<typeof Status>;

const IsoDate = z.iso.date();

const Text = (max: number) => z.string().trim().max(max);
const Nis = z.string().regex(/^\d{5}$/, "NIS code has 5 digits");
const Value = z.number().finite().min(-1e15).max(1e15);

/* ---------- goals (chapter → objective → action) ---------- */
export const GoalInput = z.strictObject({
  kind: GoalKind,
  code: z.string().trim().min(1).max(20).regex(/^[0-9A-Za-z.\-]+$/),
  parentCode: z.string().max(20).nullable().default(null),
  titleNl: Text(300).min(1),
  titleEn: Text(300).min(1),
  summaryNl: Text(4000).default(""),
  summaryEn: Text(4000).default(""),
  owner: Text(200).default(""),
  section: Text(20).min(1),
  position: z.number().int().min(0).max(10000).default(0),
});
export type GoalInput = z.infer<typeof GoalInput>;
export const GoalUpdate = z
  .strictObject(noDefaults(GoalInput.omit({ kind: true, code: true, parentCode: true }).shape))
  .partial()
  .extend({ version: z.number().int().min(1) })
  .strict();
export type GoalUpdate = z.infer<typeof GoalUpdate>;

export const GoalView = z.object({
  id: z.string().uuid(),
  kind: GoalKind,
  code: z.string(),
  parentId: z.string().uuid().nullable(),
  titleNl: z.string(),
  titleEn: z.string(),
  summaryNl: z.string(),
  summaryEn: z.string(),
  owner: z.string(),
  section: z.string(),
  position: z.number().int(),
  version: z.number().int(),
});
export type GoalView = z.infer<typeof GoalView>;

/* ---------- indicators ---------- */
const IndicatorFields = z.strictObject({
  code: z.string().trim().min(1).max(80).regex(/^[a-z0-9_.\-]+$/),
  goalCode: z.string().min(1).max(20),
  nameNl: Text(300).min(1),
  nameEn: Text(300).min(1),
  descriptionNl: Text(4000).default(""),
  descriptionEn: Text(4000).default(""),
  unit: Unit,
  baselineValue: Value.nullable().default(null),
  baselineDate: IsoDate.nullable().default(null),
  targetValue: Value.nullable().default(null),
  targetValueHigh: Value.nullable().default(null),
  targetDate: IsoDate.nullable().default(null),
  direction: Direction,
  source: Text(500).default(""),
  sourceNote: Text(2000).default(""),
  owner: Text(200).default(""),
  published: z.boolean().default(false),
  perMunicipality: z.boolean().default(false),
  aggregation: Aggregation.default("sum"),
  kind: IndicatorKind.default("measured"),
  metricKey: z.string().max(120).nullable().default(null),
  onTrackRatio: z.number().min(0).max(2).default(0.95),
  atRiskRatio: z.number().min(0).max(2).default(0.8),
  position: z.number().int().min(0).max(10000).default(0),
});
export const IndicatorInput = IndicatorFields.superRefine((v, ctx) => {
  if (v.kind === "derived" && !v.metricKey) ctx.addIssue({ code: "custom", path: ["metricKey"], message: "A derived indicator needs a metric key", params: { code: "required" } });
  if (v.kind === "measured" && v.metricKey) ctx.addIssue({ code: "custom", path: ["metricKey"], message: "A measured indicator has no metric key", params: { code: "not_allowed" } });
  if (v.targetValueHigh !== null && v.targetValue !== null && v.targetValueHigh < v.targetValue) ctx.addIssue({ code: "custom", path: ["targetValueHigh"], message: "The top of the range is below its bottom", params: { code: "range_inverted" } });
  if (v.atRiskRatio > v.onTrackRatio) ctx.addIssue({ code: "custom", path: ["atRiskRatio"], message: "The at-risk threshold must not exceed the on-track threshold", params: { code: "threshold_order" } });
});
export type IndicatorInput = z.infer<typeof IndicatorInput>;
export const IndicatorUpdate = z
  .strictObject(noDefaults(IndicatorFields.omit({ code: true }).shape))
  .partial()
  .extend({ version: z.number().int().min(1) })
  .strict();
export type IndicatorUpdate = z.infer<typeof IndicatorUpdate>;

export const Trajectory = z.object({
  /** Required path: straight line from baseline to target. */
  required: z.array(z.object({ date: IsoDate, value: z.number() })),
  /** Projection from the measurements to the target date (least squares); empty when too few points. */
  projection: z.array(z.object({ date: IsoDate, value: z.number() })),
});

export const StatusView = z.object({
  status: Status,
  /** Latest province-level value and its date. */
  current: z.number().nullable(),
  currentDate: IsoDate.nullable(),
  projected: z.number().nullable(),
  /** Projected progress as a share of the required progress at the target date. */
  ratio: z.number().nullable(),
  /** Machine form of the explanation, rendered by the UI in the user's language. */
  explanation: z.object({
    key: z.string(), // e.g. "status.pace", "status.no_data", "status.achieved", "status.milestone_due"
    params: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
  }),
  /** The same explanation as a sentence, in the requested locale. */
  sentence: z.string(),
});
export type StatusView = z.infer<typeof StatusView>;

export const IndicatorSummary = z.object({
  id: z.string().uuid(),
  code: z.string(),
  goalId: z.string().uuid(),
  goalCode: z.string(),
  nameNl: z.string(),
  nameEn: z.string(),
  unit: Unit,
  direction: Direction,
  kind: IndicatorKind,
  metricKey: z.string().nullable(),
  baselineValue: z.number().nullable(),
  baselineDate: IsoDate.nullable(),
  targetValue: z.number().nullable(),
  targetValueHigh: z.number().nullable(),
  targetDate: IsoDate.nullable(),
  published: z.boolean(),
  perMunicipality: z.boolean(),
  status: StatusView,
  /** The last values (oldest first) for a sparkline. */
  sparkline: z.array(z.object({ date: IsoDate, value: z.number() })),
});
export type IndicatorSummary = z.infer<typeof IndicatorSummary>;

export const MeasurementView = z.object({
  id: z.string().uuid(),
  periodDate: IsoDate,
  municipalityNis: z.string().nullable(),
  value: z.number(),
  source: z.string(),
  note: z.string(),
  origin: z.enum(["manual", "import", "snapshot", "seed", "derived"]),
  enteredBy: z.string().nullable(), // display name (staff views only)
  enteredAt: z.string(),
  supersededAt: z.string().nullable(),
  supersededBy: z.string().uuid().nullable(),
});
export type MeasurementView = z.infer<typeof MeasurementView>;

export const MunicipalValue = z.object({ nis: z.string(), name: z.string(), value: z.number().nullable(), periodDate: IsoDate.nullable(), lat: z.number(), lon: z.number() });

export const IndicatorDetail = IndicatorSummary.extend({
  descriptionNl: z.string(),
  descriptionEn: z.string(),
  source: z.string(),
  sourceNote: z.string(),
  owner: z.string(),
  aggregation: Aggregation,
  onTrackRatio: z.number(),
  atRiskRatio: z.number(),
  version: z.number().int(),
  goal: GoalView,
  /** Province-level series (current values), oldest first. */
  series: z.array(z.object({ date: IsoDate, value: z.number() })),
  trajectory: Trajectory,
  /** Latest value per municipality (all 38, null where none), when the indicator is broken down. */
  municipalities: z.array(MunicipalValue),
});
export type IndicatorDetail = z.infer<typeof IndicatorDetail>;

export const IndicatorListQuery = z.strictObject({
  q: z.string().max(200).optional(),
  goal: z.string().max(20).optional(), // goal code; includes descendants
  status: Status.optional(),
  kind: IndicatorKind.optional(),
  published: z.enum(["true", "false"]).optional(),
  sort: z.enum(["position", "name", "status", "target_date"]).default("position"),
  locale: z.enum(["nl-BE", "en", "fr-BE", "de-BE"]).optional(),
});
export type IndicatorListQuery = z.infer<typeof IndicatorListQuery>;

/* ---------- measurements ---------- */
export const MeasurementInput = z.strictObject({
  periodDate: IsoDate,
  municipalityNis: Nis.nullable().default(null),
  value: Value,
  source: Text(500).default(""),
  note: Text(2000).default(""),
});
export type MeasurementInput = z.infer<typeof MeasurementInput>;
export const MeasurementCorrection = z.strictObject({ value: Value, source: Text(500).optional(), note: Text(2000).min(1) });
export type MeasurementCorrection = z.infer<typeof MeasurementCorrection>;

/** Answer of recording or correcting a value: the new row and the indicator's status after it. */
export const MeasurementResult = z.object({ measurement: MeasurementView, status: StatusView });
export type MeasurementResult = z.infer<typeof MeasurementResult>;

const BooleanParam = z.enum(["true", "false"]).transform((v) => v === "true");
export const MeasurementListQuery = z.strictObject({
  includeSuperseded: BooleanParam.optional(),
  municipality: Nis.optional(),
});
export const LocaleQuery = z.strictObject({ locale: z.enum(["nl-BE", "en", "fr-BE", "de-BE"]).optional() });
export const DrilldownQuery = z.strictObject({ municipality: Nis.optional(), date: IsoDate.optional() });

/* ---------- public open data ---------- */
/** One value of the public series: never who entered it, never internal notes. */
export const PublicMeasurement = z.object({ periodDate: IsoDate, municipalityNis: z.string().nullable(), value: z.number(), source: z.string() });
export const PublicIndicatorData = z.object({
  code: z.string(),
  nameNl: z.string(),
  nameEn: z.string(),
  unit: Unit,
  source: z.string(),
  /** Province-level series (current values), oldest first; the live value of a derived indicator last. */
  series: z.array(z.object({ date: IsoDate, value: z.number() })),
  /** Current recorded values, province level (municipalityNis null) and per municipality, oldest first. */
  measurements: z.array(PublicMeasurement),
});
export type PublicIndicatorData = z.infer<typeof PublicIndicatorData>;

/* ---------- import ---------- */
/** Columns of a measurements file (CSV or XLSX, first sheet): header names are matched case-insensitively. */
export const IMPORT_COLUMNS = ["indicator", "period", "value", "municipality", "source", "note"] as const;
export const ImportRowError = z.object({ row: z.number().int(), column: z.string().nullable(), code: z.string(), message: z.string() });
export const ImportChange = z.object({
  row: z.number().int(),
  indicatorCode: z.string(),
  periodDate: IsoDate,
  municipalityNis: z.string().nullable(),
  oldValue: z.number().nullable(),
  newValue: z.number(),
  action: z.enum(["insert", "correct", "unchanged"]),
});
export const ImportReport = z.object({
  dryRun: z.boolean(),
  committed: z.boolean(),
  fileName: z.string(),
  rows: z.number().int(),
  errors: z.array(ImportRowError),
  changes: z.array(ImportChange),
  /** Indicators whose status would change (or changed), with the new explanation. */
  statusChanges: z.array(z.object({ indicatorCode: z.string(), from: Status, to: Status, sentence: z.string() })),
  /** Header cells that are not import columns (e.g. the extra columns of an export); their cells are ignored. */
  ignoredColumns: z.array(z.string()),
});
export type ImportReport = z.infer<typeof ImportReport>;
/** The multipart form of POST /api/compass/imports (documentation; the server reads the parts itself). */
export const ImportForm = z.object({
  file: z.string().describe("A .csv (delimiter ; , or tab; UTF-8 or Windows-1252) or .xlsx file (first sheet), at most 10 MB."),
  dryRun: z.enum(["true", "false"]).describe("true: report only, nothing written; false: import all rows or none."),
});

/* ---------- metrics (the spine) ---------- */
export const MetricView = z.object({
  key: z.string(),
  labelNl: z.string(),
  labelEn: z.string(),
  unit: Unit,
  module: z.string(),
  perMunicipality: z.boolean(),
});
export type MetricView = z.infer<typeof MetricView>;
export const DrilldownRecord = z.object({
  id: z.string(),
  label: z.string(),
  entity: z.string(),
  municipalityNis: z.string().nullable(),
  date: IsoDate.nullable(),
  amount: z.number().nullable(),
  href: z.string().nullable(),
});
export type DrilldownRecord = z.infer<typeof DrilldownRecord>;
