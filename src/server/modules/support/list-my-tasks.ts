import { sql } from "drizzle-orm";
import type { MyTask } from "../../../contracts/support.js";
import type { Ctx } from "../../platform/context.js";
import { resolveDeps, todayIso, type SupportDeps } from "./deps.js";
import { requireStaff } from "./policies.js";
import { presentTask, type TaskRecord } from "./presenters.js";
import { epochMs, rows } from "./repo.js";

type Row = TaskRecord & { programmeCode: string; programmeNameNl: string; programmeNameEn: string; organisationId: string; organisationName: string };

/** The signed-in user's open follow-up tasks, overdue first, then by due date. */
export async function listMyTasks({ ctx, deps }: { ctx: Ctx; input?: unknown; deps?: Partial<SupportDeps> }): Promise<{ items: MyTask[] }> {
  requireStaff(ctx.actor);
  if (ctx.actor.kind !== "user") return { items: [] };
  const today = todayIso(resolveDeps(deps));
  const found = await rows<Row>(ctx, sql`
    select k.id, k.trajectory_id as "trajectoryId", k.title, k.due_date::text as "dueDate", k.owner_id as "ownerId",
      u.display_name as "ownerName", null::float8 as "doneAt", ${epochMs(sql`k.created_at`)} as "createdAt",
      p.code as "programmeCode", p.name_nl as "programmeNameNl", p.name_en as "programmeNameEn",
      o.id as "organisationId", o.name as "organisationName"
    from support_tasks k
    join users u on u.id = k.owner_id
    join support_trajectories t on t.id = k.trajectory_id
    join support_programmes p on p.id = t.programme_id
    join organisations o on o.id = t.organisation_id
    where k.owner_id = ${ctx.actor.userId}::uuid and k.done_at is null
    order by k.due_date, k.created_at, k.id`);
  return {
    items: found.map((r) => ({
      ...presentTask(r, today),
      trajectory: {
        id: r.trajectoryId,
        programme: { code: r.programmeCode, nameNl: r.programmeNameNl, nameEn: r.programmeNameEn },
        organisation: { id: r.organisationId, name: r.organisationName },
      },
    })),
  };
}
