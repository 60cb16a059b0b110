import { sql } from "drizzle-orm";
import type { ProgrammeView, TrajectoryDetail } from "../../../contracts/support.js";
import type { Ctx } from "../../platform/context.js";
import { resolveDeps, todayIso, type SupportDeps } from "./deps.js";
import { requireReader, viewOf, type View } from "./policies.js";
import { presentDetail, type HistoryRecord, type InteractionRecord, type OutcomeRecord, type TaskRecord } from "./presenters.js";
import { epochMs, findTrajectoryForActor, loadProgrammes, rows, type TrajectoryRecord } from "./repo.js";

/** Everything about one trajectory, in the actor's view (the caller has checked the actor may see it). One query. */
export async function buildDetail(ctx: Ctx, r: TrajectoryRecord, view: View, today: string, known?: ProgrammeView): Promise<TrajectoryDetail> {
  const id = r.id;
  const programme = known?.id === r.programmeId ? known : (await loadProgrammes(ctx, [r.programmeId]))[0];
  const staff = view === "staff";
  const [parts] = await rows<{ history: HistoryRecord[]; interactions: InteractionRecord[]; tasks: TaskRecord[]; outcomes: OutcomeRecord[] }>(ctx, sql`
    select
      coalesce((select json_agg(json_build_object(
          'id', c.id, 'fromCode', f.code, 'fromNameNl', f.name_nl, 'fromNameEn', f.name_en, 'fromPosition', f.position,
          'toCode', s.code, 'toNameNl', s.name_nl, 'toNameEn', s.name_en, 'toPosition', s.position,
          'date', c.effective_date::text, 'movedByLabel', c.moved_by_label, 'note', c.note, 'recordedAt', ${epochMs(sql`c.created_at`)})
        order by c.effective_date, c.seq)
        from support_stage_changes c
        join support_stages s on s.id = c.to_stage_id
        left join support_stages f on f.id = c.from_stage_id
        where c.trajectory_id = ${id}::uuid), '[]'::json) as history,
      coalesce((select json_agg(json_build_object(
          'id', i.id, 'kind', i.kind, 'date', i.date::text, 'people', i.people, 'contactIds', to_json(i.contact_ids), 'notes', i.notes,
          'confidential', i.confidential, 'recordedByLabel', i.recorded_by_label, 'recordedAt', ${epochMs(sql`i.created_at`)})
        order by i.date desc, i.created_at desc)
        from support_interactions i
        where i.trajectory_id = ${id}::uuid ${staff ? sql`` : sql`and not i.confidential`}), '[]'::json) as interactions,
      ${staff
        ? sql`coalesce((select json_agg(json_build_object(
            'id', k.id, 'trajectoryId', k.trajectory_id, 'title', k.title, 'dueDate', k.due_date::text, 'ownerId', k.owner_id,
            'ownerName', u.display_name, 'doneAt', ${epochMs(sql`k.done_at`)}, 'createdAt', ${epochMs(sql`k.created_at`)})
          order by (k.done_at is not null), k.due_date, k.created_at)
          from support_tasks k join users u on u.id = k.owner_id
          where k.trajectory_id = ${id}::uuid), '[]'::json)`
        : sql`'[]'::json`} as tasks,
      coalesce((select json_agg(json_build_object(
          'id', o.id, 'field', o.field, 'value', o.value::float8, 'date', o.date::text, 'note', o.note,
          'recordedByLabel', o.recorded_by_label, 'recordedAt', ${epochMs(sql`o.created_at`)})
        order by o.date desc, o.created_at desc)
        from support_outcomes o
        where o.trajectory_id = ${id}::uuid), '[]'::json) as outcomes`);
  return presentDetail(r, view, { programme, ...parts, today });
}

/** One trajectory with its stage history, interactions, tasks and outcomes; not found outside the actor's scope. */
export async function getTrajectory({ ctx, input, deps }: { ctx: Ctx; input: { id: string }; deps?: Partial<SupportDeps> }): Promise<TrajectoryDetail> {
  requireReader(ctx.actor);
  const record = await findTrajectoryForActor(ctx, input.id);
  return buildDetail(ctx, record, viewOf(ctx.actor), todayIso(resolveDeps(deps)));
}
