import { sql } from "drizzle-orm";
import { TrajectoryListQuery, type TrajectoryPage } from "../../../contracts/support.js";
import type { Ctx } from "../../platform/context.js";
import { validation, zodDetails } from "../../platform/errors.js";
import { requireReader, viewOf } from "./policies.js";
import { presentListItem } from "./presenters.js";
import { rows, TRAJECTORY_COLUMNS, TRAJECTORY_FROM, type TrajectoryRecord } from "./repo.js";
import { trajectoryOrder, trajectoryWhere } from "./trajectory-query.js";

export function parseListQuery(input: unknown) {
  const parsed = TrajectoryListQuery.safeParse(input ?? {});
  if (!parsed.success) throw validation(zodDetails(parsed.error));
  return parsed.data;
}

/**
 * Trajectories the actor may see, filtered by programme, stage, owner ("me" or a user id), organisation,
 * municipality (the organisation's seat), status and organisation name; sorted and paged.
 */
export async function listTrajectories({ ctx, input }: { ctx: Ctx; input: TrajectoryListQuery }): Promise<TrajectoryPage> {
  requireReader(ctx.actor);
  const q = parseListQuery(input);
  const where = trajectoryWhere(ctx, q);
  const [{ n }] = await rows<{ n: number }>(ctx, sql`select count(*)::int as n from ${TRAJECTORY_FROM} where ${where}`);
  const page = await rows<TrajectoryRecord>(
    ctx,
    sql`select ${TRAJECTORY_COLUMNS} from ${TRAJECTORY_FROM} where ${where} order by ${trajectoryOrder(q.sort)} limit ${q.limit} offset ${q.offset}`,
  );
  const view = viewOf(ctx.actor);
  return { total: n, items: page.map((r) => presentListItem(r, view)) };
}
