import type {
  InteractionView, OutcomeField, OutcomeView, ProgrammeView, StageRef, TaskView, TrajectoryDetail, TrajectoryListItem,
} from "../../../contracts/support.js";
import { formatEnterpriseNumber } from "../organisations/index.js";
import type { View } from "./policies.js";
import { isoOf, type TrajectoryRecord } from "./repo.js";

/** Enterprise numbers as people write them: 0403.227.515. */
export const formatNumber = (n: string | null): string | null => (n && /^\d{10}$/.test(n) ? formatEnterpriseNumber(n) : n);

export function presentListItem(r: TrajectoryRecord, view: View): TrajectoryListItem {
  return {
    id: r.id,
    programme: { code: r.programmeCode, nameNl: r.programmeNameNl, nameEn: r.programmeNameEn },
    organisation: {
      id: r.organisationId,
      name: r.organisationName,
      enterpriseNumber: formatNumber(r.enterpriseNumber),
      municipalityNis: r.municipalityNis,
      smeClass: r.smeClass,
    },
    stage: { code: r.stageCode, nameNl: r.stageNameNl, nameEn: r.stageNameEn, position: r.stagePosition },
    stageSince: r.stageSince ?? r.startDate,
    status: r.status,
    summary: r.summary,
    startDate: r.startDate,
    closedDate: r.closedDate,
    owner: r.ownerId ? { id: r.ownerId, displayName: r.ownerName ?? "" } : null,
    openTasks: view === "staff" ? r.openTasks : null,
    lastInteractionDate: view === "staff" ? r.lastInteractionDate : r.lastOpenInteractionDate,
    demo: r.demo,
    updatedAt: isoOf(r.updatedAt),
  };
}

export interface HistoryRecord {
  id: string;
  fromCode: string | null;
  fromNameNl: string | null;
  fromNameEn: string | null;
  fromPosition: number | null;
  toCode: string;
  toNameNl: string;
  toNameEn: string;
  toPosition: number;
  date: string;
  movedByLabel: string;
  note: string;
  recordedAt: number;
}

export interface InteractionRecord {
  id: string;
  kind: InteractionView["kind"];
  date: string;
  people: string;
  contactIds: string[];
  notes: string;
  confidential: boolean;
  recordedByLabel: string;
  recordedAt: number;
}

export interface TaskRecord {
  id: string;
  trajectoryId: string;
  title: string;
  dueDate: string;
  ownerId: string;
  ownerName: string;
  doneAt: number | null;
  createdAt: number;
}

export interface OutcomeRecord {
  id: string;
  field: OutcomeField;
  value: number;
  date: string;
  note: string;
  recordedByLabel: string;
  recordedAt: number;
}

export const stageRef = (code: string, nameNl: string, nameEn: string, position: number): StageRef => ({ code, nameNl, nameEn, position });

export function presentInteraction(i: InteractionRecord): InteractionView {
  return {
    id: i.id,
    kind: i.kind,
    date: i.date,
    people: i.people,
    contactIds: i.contactIds ?? [],
    notes: i.notes,
    confidential: i.confidential,
    recordedBy: i.recordedByLabel,
    recordedAt: isoOf(i.recordedAt),
  };
}

export function presentTask(t: TaskRecord, today: string): TaskView {
  return {
    id: t.id,
    trajectoryId: t.trajectoryId,
    title: t.title,
    dueDate: t.dueDate,
    owner: { id: t.ownerId, displayName: t.ownerName },
    done: t.doneAt !== null,
    doneAt: t.doneAt === null ? null : isoOf(t.doneAt),
    overdue: t.doneAt === null && t.dueDate < today,
    createdAt: isoOf(t.createdAt),
  };
}

export function presentOutcome(o: OutcomeRecord): OutcomeView {
  return { id: o.id, field: o.field, value: Number(o.value), date: o.date, note: o.note, recordedBy: o.recordedByLabel, recordedAt: isoOf(o.recordedAt) };
}

/**
 * The whole trajectory. The limited view (entrepreneur, municipality) leaves out the internal notes, the
 * confidential interactions, the tasks and the names of the staff who moved stages.
 */
export function presentDetail(
  r: TrajectoryRecord,
  view: View,
  parts: { programme: ProgrammeView; history: HistoryRecord[]; interactions: InteractionRecord[]; tasks: TaskRecord[]; outcomes: OutcomeRecord[]; today: string },
): TrajectoryDetail {
  const staff = view === "staff";
  const totals: Record<string, number> = Object.fromEntries(parts.programme.outcomeFields.map((f) => [f, 0]));
  for (const o of parts.outcomes) totals[o.field] = (totals[o.field] ?? 0) + Number(o.value);
  return {
    ...presentListItem(r, view),
    view,
    stages: parts.programme.stages,
    outcomeFields: parts.programme.outcomeFields,
    closeReason: staff ? r.closeReason : null,
    notes: staff ? r.notes : null,
    history: parts.history.map((h) => ({
      id: h.id,
      from: h.fromCode === null ? null : stageRef(h.fromCode, h.fromNameNl!, h.fromNameEn!, h.fromPosition!),
      to: stageRef(h.toCode, h.toNameNl, h.toNameEn, h.toPosition),
      date: h.date,
      movedBy: staff ? h.movedByLabel : null,
      note: staff ? h.note : null,
      recordedAt: isoOf(h.recordedAt),
    })),
    interactions: parts.interactions.filter((i) => staff || !i.confidential).map(presentInteraction),
    tasks: staff ? parts.tasks.map((t) => presentTask(t, parts.today)) : [],
    outcomes: parts.outcomes.map(presentOutcome),
    outcomeTotals: totals,
    version: r.version,
  };
}
