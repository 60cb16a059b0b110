import { z } from "zod";

/* ---------- reference values ---------- */

/** Programmes whose figures the compass reads (one metric support.organisations_supported.<code> each). */
export const PROGRAMME_CODES = [
  "ai_space", "cobot_centre", "europe_direct", "big_science_hub", "foreign_investment", "investor_network", "digital_health_hub",
] as const;
export const AI_SPACE = "ai_space";

export const OutcomeField = z.enum(["jobs_created", "high_skilled_jobs", "investment_eur", "ai_in_use", "processes_automated"]);
export type OutcomeField = z.infer<typeof OutcomeField>;
export const TrajectoryStatus = z.enum(["open", "closed", "abandoned"]);
export type TrajectoryStatus = z.infer<typeof TrajectoryStatus>;
export const InteractionKind = z.enum(["visit", "call", "workshop", "mail"]);
export type InteractionKind = z.infer<typeof InteractionKind>;

const IsoDate = z.iso.date();
const Text = (max: number) => z.string().trim().max(max);
const Code = z.string().trim().min(1).max(40).regex(/^[a-z0-9_]+$/, "A code has lower-case letters, digits and underscores.");
const Uuid = z.string().uuid();
const Nis = z.string().regex(/^\d{5}$/, "A NIS code has 5 digits.");

/* ---------- programmes ---------- */

export const StageInput = z.strictObject({
  code: Code,
  nameNl: Text(200).min(1),
  nameEn: Text(200).min(1),
  success: z.boolean().default(false),
});

/** A programme as data (the seed writes these through upsertProgramme). Stages are listed in order. */
export const ProgrammeInput = z
  .strictObject({
    code: Code,
    nameNl: Text(300).min(1),
    nameEn: Text(300).min(1),
    descriptionNl: Text(4000).default(""),
    descriptionEn: Text(4000).default(""),
    source: Text(4000).default(""),
    section: Text(20).min(1),
    partners: Text(500).default(""),
    stages: z.array(StageInput).min(2).max(20),
    outcomeFields: z.array(OutcomeField).min(1).max(5),
    position: z.number().int().min(0).max(1000).default(0),
    active: z.boolean().default(true),
  })
  .superRefine((p, ctx) => {
    if (p.stages.filter((s) => s.success).length !== 1) {
      ctx.addIssue({ code: "custom", path: ["stages"], message: "Exactly one stage counts as the programme's success.", params: { code: "one_success_stage" } });
    }
    if (new Set(p.stages.map((s) => s.code)).size !== p.stages.length) {
      ctx.addIssue({ code: "custom", path: ["stages"], message: "Stage codes must be unique.", params: { code: "duplicate_stage" } });
    }
    if (new Set(p.outcomeFields).size !== p.outcomeFields.length) {
      ctx.addIssue({ code: "custom", path: ["outcomeFields"], message: "Outcome fields must be unique.", params: { code: "duplicate_field" } });
    }
  });
export type ProgrammeInput = z.input<typeof ProgrammeInput>;

export const StageView = z.object({ id: Uuid, code: z.string(), nameNl: z.string(), nameEn: z.string(), position: z.number().int(), success: z.boolean() });
export type StageView = z.infer<typeof StageView>;
export const StageRef = z.object({ code: z.string(), nameNl: z.string(), nameEn: z.string(), position: z.number().int() });
export type StageRef = z.infer<typeof StageRef>;

export const ProgrammeView = z.object({
  id: Uuid,
  code: z.string(),
  nameNl: z.string(),
  nameEn: z.string(),
  descriptionNl: z.string(),
  descriptionEn: z.string(),
  source: z.string(),
  section: z.string(),
  partners: z.string(),
  stages: z.array(StageView),
  successStageCode: z.string(),
  outcomeFields: z.array(OutcomeField),
  position: z.number().int(),
  active: z.boolean(),
});
export type ProgrammeView = z.infer<typeof ProgrammeView>;
export const ProgrammeRef = z.object({ code: z.string(), nameNl: z.string(), nameEn: z.string() });
export const ProgrammeCodeParams = z.strictObject({ code: Code });

/* ---------- verbs' inputs ---------- */

export const OpenTrajectoryInput = z.strictObject({
  programmeCode: Code,
  organisationId: Uuid,
  /** The account manager who owns it; the signed-in user when absent. */
  ownerId: Uuid.optional(),
  /** Today when absent; never in the future. */
  startDate: IsoDate.optional(),
  /** The programme's first stage when absent. */
  stageCode: Code.optional(),
  summary: Text(300).default(""),
  notes: Text(10000).default(""),
});
export type OpenTrajectoryInput = z.input<typeof OpenTrajectoryInput>;

export const MoveStageInput = z.strictObject({
  stageCode: Code,
  /** The day the move took effect: today when absent; not before the last move, never in the future. */
  date: IsoDate.optional(),
  note: Text(2000).default(""),
});
export type MoveStageInput = z.input<typeof MoveStageInput>;

export const InteractionInput = z.strictObject({
  kind: InteractionKind,
  date: IsoDate,
  people: Text(1000).default(""),
  contactIds: z.array(Uuid).max(50).default([]),
  notes: Text(10000).default(""),
  confidential: z.boolean().default(false),
});
export type InteractionInput = z.input<typeof InteractionInput>;

export const TaskInput = z.strictObject({
  title: Text(300).min(1),
  dueDate: IsoDate,
  /** The signed-in user when absent. */
  ownerId: Uuid.optional(),
});
export type TaskInput = z.input<typeof TaskInput>;

export const TaskUpdate = z.strictObject({ done: z.boolean() });
export type TaskUpdate = z.infer<typeof TaskUpdate>;

const OutcomeValue = z.number().finite().min(0).max(1e12);
export const OutcomeInput = z
  .strictObject({
    date: IsoDate,
    /** The figures of this date, e.g. { jobs_created: 12, high_skilled_jobs: 5 }; ai_in_use is 0 or 1. */
    values: z.partialRecord(OutcomeField, OutcomeValue),
    note: Text(2000).default(""),
  })
  .superRefine((v, ctx) => {
    const entries = Object.entries(v.values).filter(([, n]) => n !== undefined);
    if (entries.length === 0) ctx.addIssue({ code: "custom", path: ["values"], message: "Give at least one figure.", params: { code: "required" } });
    for (const [field, n] of entries) {
      if (field !== "investment_eur" && !Number.isInteger(n)) {
        ctx.addIssue({ code: "custom", path: ["values", field], message: "This figure is a whole number.", params: { code: "not_integer" } });
      }
    }
    if (v.values.ai_in_use !== undefined && v.values.ai_in_use > 1) {
      ctx.addIssue({ code: "custom", path: ["values", "ai_in_use"], message: "AI in use is 0 (no) or 1 (yes).", params: { code: "not_boolean" } });
    }
    const { jobs_created: jobs, high_skilled_jobs: high } = v.values;
    if (jobs !== undefined && high !== undefined && high > jobs) {
      ctx.addIssue({ code: "custom", path: ["values", "high_skilled_jobs"], message: "High-skilled jobs are part of the jobs created.", params: { code: "exceeds_jobs" } });
    }
  });
export type OutcomeInput = z.input<typeof OutcomeInput>;

export const CloseInput = z.strictObject({
  status: z.enum(["closed", "abandoned"]),
  /** Today when absent; never in the future. */
  date: IsoDate.optional(),
  reason: Text(2000).default(""),
});
export type CloseInput = z.input<typeof CloseInput>;

/* ---------- lists ---------- */

export const TrajectorySort = z.enum(["-updated", "updated", "-start_date", "start_date", "organisation", "-organisation", "stage", "-stage"]);

export const TrajectoryListQuery = z.strictObject({
  programme: Code.optional(),
  stage: Code.optional(),
  /** A user id, or "me". */
  owner: z.union([z.literal("me"), Uuid]).optional(),
  organisation: Uuid.optional(),
  municipality: Nis.optional(),
  status: TrajectoryStatus.optional(),
  /** Part of the organisation's name (accents and small typos forgiven). */
  q: Text(200).optional(),
  sort: TrajectorySort.default("-updated"),
  limit: z.coerce.number<number | string>().int().min(1).max(200).default(50),
  offset: z.coerce.number<number | string>().int().min(0).max(1_000_000).default(0),
});
export type TrajectoryListQuery = z.input<typeof TrajectoryListQuery>;

export const BoardQuery = z.strictObject({
  owner: z.union([z.literal("me"), Uuid]).optional(),
  municipality: Nis.optional(),
  q: Text(200).optional(),
  /** Open trajectories by default. */
  status: TrajectoryStatus.default("open"),
});
export type BoardQuery = z.input<typeof BoardQuery>;

/* ---------- views ---------- */

export const OrganisationRef = z.object({
  id: Uuid,
  name: z.string(),
  enterpriseNumber: z.string().nullable(),
  municipalityNis: z.string().nullable(),
  smeClass: z.string(),
});
export const UserRef = z.object({ id: Uuid, displayName: z.string() });

/** "staff" shows everything; "limited" (entrepreneur, municipality) leaves out internal notes, confidential interactions and tasks. */
export const TrajectoryViewKind = z.enum(["staff", "limited"]);

export const TrajectoryListItem = z.object({
  id: Uuid,
  programme: ProgrammeRef,
  organisation: OrganisationRef,
  stage: StageRef,
  /** The day the trajectory entered its current stage (the last stage change's date). */
  stageSince: IsoDate,
  status: TrajectoryStatus,
  summary: z.string(),
  startDate: IsoDate,
  closedDate: IsoDate.nullable(),
  owner: UserRef.nullable(),
  /** Open follow-up tasks; null in the limited view. */
  openTasks: z.number().int().nullable(),
  lastInteractionDate: IsoDate.nullable(),
  demo: z.boolean(),
  updatedAt: z.string(),
});
export type TrajectoryListItem = z.infer<typeof TrajectoryListItem>;
export const TrajectoryPage = z.object({ total: z.number().int(), items: z.array(TrajectoryListItem) });
export type TrajectoryPage = z.infer<typeof TrajectoryPage>;

export const StageChangeView = z.object({
  id: Uuid,
  from: StageRef.nullable(),
  to: StageRef,
  date: IsoDate,
  /** Who moved it; null in the limited view. */
  movedBy: z.string().nullable(),
  note: z.string().nullable(),
  recordedAt: z.string(),
});
export const InteractionView = z.object({
  id: Uuid,
  kind: InteractionKind,
  date: IsoDate,
  people: z.string(),
  contactIds: z.array(Uuid),
  notes: z.string(),
  confidential: z.boolean(),
  recordedBy: z.string(),
  recordedAt: z.string(),
});
export type InteractionView = z.infer<typeof InteractionView>;
export const TaskView = z.object({
  id: Uuid,
  trajectoryId: Uuid,
  title: z.string(),
  dueDate: IsoDate,
  owner: UserRef,
  done: z.boolean(),
  doneAt: z.string().nullable(),
  overdue: z.boolean(),
  createdAt: z.string(),
});
export type TaskView = z.infer<typeof TaskView>;
export const OutcomeView = z.object({ id: Uuid, field: OutcomeField, value: z.number(), date: IsoDate, note: z.string(), recordedBy: z.string(), recordedAt: z.string() });
export type OutcomeView = z.infer<typeof OutcomeView>;

export const TrajectoryDetail = TrajectoryListItem.extend({
  view: TrajectoryViewKind,
  stages: z.array(StageView),
  outcomeFields: z.array(OutcomeField),
  closeReason: z.string().nullable(),
  /** Internal notes; null in the limited view (as is closeReason). */
  notes: z.string().nullable(),
  history: z.array(StageChangeView),
  interactions: z.array(InteractionView),
  tasks: z.array(TaskView),
  outcomes: z.array(OutcomeView),
  /** Every outcome field of the programme with the sum of its recorded values. */
  outcomeTotals: z.record(z.string(), z.number()),
  version: z.number().int(),
});
export type TrajectoryDetail = z.infer<typeof TrajectoryDetail>;

export const BoardView = z.object({
  programme: ProgrammeView,
  columns: z.array(z.object({ stage: StageView, total: z.number().int(), items: z.array(TrajectoryListItem) })),
});
export type BoardView = z.infer<typeof BoardView>;

export const TimelineEntryKind = z.enum(["trajectory_opened", "stage_moved", "interaction", "task_added", "task_completed", "outcome", "trajectory_closed"]);
export const TimelineEntry = z.object({
  kind: TimelineEntryKind,
  date: IsoDate,
  recordedAt: z.string(),
  trajectoryId: Uuid,
  programme: ProgrammeRef,
  /** The stage entered (stage_moved, trajectory_opened). */
  stage: StageRef.nullable(),
  fromStage: StageRef.nullable(),
  interaction: InteractionView.omit({ id: true, date: true, recordedAt: true }).nullable(),
  task: z.object({ id: Uuid, title: z.string(), dueDate: IsoDate }).nullable(),
  outcome: z.object({ field: OutcomeField, value: z.number() }).nullable(),
  /** closed or abandoned (trajectory_closed). */
  status: TrajectoryStatus.nullable(),
  /** Who did it; null in the limited view. */
  actor: z.string().nullable(),
  note: z.string().nullable(),
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;
export const TimelineView = z.object({
  organisation: z.object({ id: Uuid, name: z.string() }),
  view: TrajectoryViewKind,
  entries: z.array(TimelineEntry),
});
export type TimelineView = z.infer<typeof TimelineView>;

export const MyTask = TaskView.extend({ trajectory: z.object({ id: Uuid, programme: ProgrammeRef, organisation: z.object({ id: Uuid, name: z.string() }) }) });
export type MyTask = z.infer<typeof MyTask>;
export const MyTaskList = z.object({ items: z.array(MyTask) });
export type MyTaskList = z.infer<typeof MyTaskList>;
