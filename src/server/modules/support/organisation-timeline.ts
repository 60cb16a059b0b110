import { sql } from "drizzle-orm";
import type { InteractionView, OutcomeField, TimelineEntry, TimelineView } from "../../../contracts/support.js";
import type { Ctx } from "../../platform/context.js";
import { notFound } from "../../platform/errors.js";
import { requireReader, scopeSql, viewOf } from "./policies.js";
import { stageRef } from "./presenters.js";
import { epochMs, isoOf, rows } from "./repo.js";

interface Base {
  trajectoryId: string;
  programmeCode: string;
  programmeNameNl: string;
  programmeNameEn: string;
  date: string;
  recordedAt: number;
  actor: string | null;
}

const PROGRAMME = sql`p.code as "programmeCode", p.name_nl as "programmeNameNl", p.name_en as "programmeNameEn"`;

function entry(b: Base, kind: TimelineEntry["kind"], staff: boolean, extra: Partial<TimelineEntry> = {}): TimelineEntry {
  return {
    kind,
    date: b.date,
    recordedAt: isoOf(b.recordedAt),
    trajectoryId: b.trajectoryId,
    programme: { code: b.programmeCode, nameNl: b.programmeNameNl, nameEn: b.programmeNameEn },
    stage: null,
    fromStage: null,
    interaction: null,
    task: null,
    outcome: null,
    status: null,
    actor: staff ? b.actor : null,
    note: null,
    ...extra,
  };
}

/**
 * Everything that happened with one organisation across the programmes, newest first: trajectories
 * opened and closed, stage moves, interactions, tasks (staff only) and outcomes. The limited view
 * (entrepreneur, municipality) leaves out confidential interactions, tasks, internal notes and who acted.
 */
export async function organisationTimeline({ ctx, input }: { ctx: Ctx; input: { organisationId: string } }): Promise<TimelineView> {
  requireReader(ctx.actor);
  const id = input.organisationId;
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) throw notFound("organisation");
  const [organisation] = await rows<{ id: string; name: string }>(ctx, sql`select o.id, o.name from organisations o where o.id = ${id}::uuid and ${scopeSql(ctx.actor)}`);
  if (!organisation) throw notFound("organisation");
  const view = viewOf(ctx.actor);
  const staff = view === "staff";
  const of = sql`from support_trajectories t join support_programmes p on p.id = t.programme_id where t.organisation_id = ${id}::uuid`;

  const moves = await rows<Base & { fromCode: string | null; fromNl: string; fromEn: string; fromPos: number; toCode: string; toNl: string; toEn: string; toPos: number; note: string }>(ctx, sql`
    select t.id as "trajectoryId", ${PROGRAMME}, c.effective_date::text as date, ${epochMs(sql`c.created_at`)} as "recordedAt", c.moved_by_label as actor, c.note,
      f.code as "fromCode", f.name_nl as "fromNl", f.name_en as "fromEn", f.position as "fromPos",
      s.code as "toCode", s.name_nl as "toNl", s.name_en as "toEn", s.position as "toPos"
    from support_stage_changes c
    join support_stages s on s.id = c.to_stage_id
    left join support_stages f on f.id = c.from_stage_id
    join support_trajectories t on t.id = c.trajectory_id
    join support_programmes p on p.id = t.programme_id
    where t.organisation_id = ${id}::uuid`);
  const interactions = await rows<Base & { kind: InteractionView["kind"]; people: string; contactIds: string[]; notes: string; confidential: boolean }>(ctx, sql`
    select t.id as "trajectoryId", ${PROGRAMME}, i.date::text as date, ${epochMs(sql`i.created_at`)} as "recordedAt", i.recorded_by_label as actor,
      i.kind, i.people, i.contact_ids as "contactIds", i.notes, i.confidential
    from support_interactions i join support_trajectories t on t.id = i.trajectory_id join support_programmes p on p.id = t.programme_id
    where t.organisation_id = ${id}::uuid ${staff ? sql`` : sql`and not i.confidential`}`);
  const tasks = staff
    ? await rows<Base & { id: string; title: string; dueDate: string; doneDate: string | null; doneAt: number | null; doneBy: string | null }>(ctx, sql`
        select t.id as "trajectoryId", ${PROGRAMME}, (k.created_at at time zone 'Europe/Brussels')::date::text as date,
          ${epochMs(sql`k.created_at`)} as "recordedAt", cu.display_name as actor,
          k.id, k.title, k.due_date::text as "dueDate", (k.done_at at time zone 'Europe/Brussels')::date::text as "doneDate",
          ${epochMs(sql`k.done_at`)} as "doneAt", du.display_name as "doneBy"
        from support_tasks k join support_trajectories t on t.id = k.trajectory_id join support_programmes p on p.id = t.programme_id
        left join users cu on cu.id = k.created_by left join users du on du.id = k.done_by
        where t.organisation_id = ${id}::uuid`)
    : [];
  const outcomes = await rows<Base & { field: OutcomeField; value: number; note: string }>(ctx, sql`
    select t.id as "trajectoryId", ${PROGRAMME}, r.date::text as date, ${epochMs(sql`r.created_at`)} as "recordedAt", r.recorded_by_label as actor,
      r.field, r.value::float8 as value, r.note
    from support_outcomes r join support_trajectories t on t.id = r.trajectory_id join support_programmes p on p.id = t.programme_id
    where t.organisation_id = ${id}::uuid`);
  const closes = await rows<Base & { status: "closed" | "abandoned"; reason: string }>(ctx, sql`
    select t.id as "trajectoryId", ${PROGRAMME}, t.closed_date::text as date, ${epochMs(sql`t.updated_at`)} as "recordedAt", null as actor,
      t.status, t.close_reason as reason
    ${of} and t.closed_date is not null`);

  const entries: TimelineEntry[] = [
    ...moves.map((m) =>
      entry(m, m.fromCode === null ? "trajectory_opened" : "stage_moved", staff, {
        stage: stageRef(m.toCode, m.toNl, m.toEn, m.toPos),
        fromStage: m.fromCode === null ? null : stageRef(m.fromCode, m.fromNl, m.fromEn, m.fromPos),
        note: staff ? m.note : null,
      }),
    ),
    ...interactions.map((i) =>
      entry(i, "interaction", staff, {
        interaction: { kind: i.kind, people: i.people, contactIds: i.contactIds ?? [], notes: i.notes, confidential: i.confidential, recordedBy: i.actor ?? "" },
      }),
    ),
    ...tasks.flatMap((k) => [
      entry(k, "task_added", staff, { task: { id: k.id, title: k.title, dueDate: k.dueDate } }),
      ...(k.doneDate && k.doneAt !== null
        ? [entry({ ...k, date: k.doneDate, recordedAt: k.doneAt, actor: k.doneBy }, "task_completed", staff, { task: { id: k.id, title: k.title, dueDate: k.dueDate } })]
        : []),
    ]),
    ...outcomes.map((r) => entry(r, "outcome", staff, { outcome: { field: r.field, value: Number(r.value) }, note: r.note })),
    ...closes.map((c) => entry(c, "trajectory_closed", staff, { status: c.status, note: staff ? c.reason : null })),
  ];
  entries.sort((a, b) => (a.date === b.date ? b.recordedAt.localeCompare(a.recordedAt) : b.date.localeCompare(a.date)));
  return { organisation, view, entries };
}
