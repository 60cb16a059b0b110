import { sql } from "drizzle-orm";
import type { TrajectoryDetail } from "../../../contracts/support.js";
import type { Ctx } from "../../platform/context.js";
import { resolveDeps, todayIso, type SupportDeps } from "./deps.js";
import { requireReader, viewOf, type View } from "./policies.js";
import { presentDetail, type HistoryRecord, type InteractionRecord, type OutcomeRecord, type TaskRecord } from "./presenters.js";
import { epochMs, findTrajectoryForActor, loadProgrammes, rows, type TrajectoryRecord } from "./repo.js";

/** Everything about one trajectory, in the actor's view (the caller has checked the actor may see it). */
export async function buildDetail(ctx: Ctx, r: TrajectoryRecord, view: View, today: string): Promise<TrajectoryDetail> {
  const id = r.id;
  const [programme] = await loadProgrammes(ctx, [r.programmeId]);
  const history = await rows<HistoryRecord>(ctx, sql`
    select c.id, f.code as "fromCode", f.name_nl as "fromNameNl", f.name_en as "fromNameEn", f.position as "fromPosition",
      s.code as "toCode", s.name_nl as "toNameNl", s.name_en as "toNameEn", s.position as "toPosition",
      c.effective_date::text as date, c.moved_by_label as "movedByLabel", c.note, ${epochMs(sql`c.created_at`)} as "recordedAt"
    from support_stage_changes c
    join support_stages s on s.id = c.to_stage_id
    left join support_stages f on f.id = c.from_stage_id
    where c.trajectory_id = ${id}::uuid
    order by c.effective_date, c.seq`);
  const interactions = await rows<InteractionRecord>(ctx, sql`
    select i.id, i.kind, i.date::text as date, i.people, i.contact_ids as "contactIds", i.notes, i.confidential,
      i.recorded_by_label as "recordedByLabel", ${epochMs(sql`i.created_at`)} as "recordedAt"
    from support_interactions i
    where i.trajectory_id = ${id}::uuid ${view === "staff" ? sql`` : sql`and not i.confidential`}
    order by i.date desc, i.created_at desc`);
  const tasks = view === "staff"
    ? await rows<TaskRecord>(ctx, sql`
        select k.id, k.trajectory_id as "trajectoryId", k.title, k.due_date::text as "dueDate", k.owner_id as "ownerId",
          u.display_name as "ownerName", ${epochMs(sql`k.done_at`)} as "doneAt", ${epochMs(sql`k.created_at`)} as "createdAt"
        from support_tasks k join users u on u.id = k.owner_id
        where k.trajectory_id = ${id}::uuid
        order by (k.done_at is not null), k.due_date, k.created_at`)
    : [];
  const outcomes = await rows<OutcomeRecord>(ctx, sql`
    select o.id, o.field, o.value::float8 as value, o.date::text as date, o.note, o.recorded_by_label as "recordedByLabel",
      ${epochMs(sql`o.created_at`)} as "recordedAt"
    from support_outcomes o
    where o.trajectory_id = ${id}::uuid
    order by o.date desc, o.created_at desc`);
  return presentDetail(r, view, { programme, history, interactions, tasks, outcomes, today });
}

/** One trajectory with its stage history, interactions, tasks and outcomes; not found outside the actor's scope. */
export async function getTrajectory({ ctx, input, deps }: { ctx: Ctx; input: { id: string }; deps?: Partial<SupportDeps> }): Promise<TrajectoryDetail> {
  requireReader(ctx.actor);
  const record = await findTrajectoryForActor(ctx, input.id);
  return buildDetail(ctx, record, viewOf(ctx.actor), todayIso(resolveDeps(deps)));
}
