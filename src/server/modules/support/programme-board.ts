import { sql } from "drizzle-orm";
import { BoardQuery, type BoardView } from "../../../contracts/support.js";
import type { Ctx } from "../../platform/context.js";
import { validation, zodDetails } from "../../platform/errors.js";
import { requireReader, viewOf } from "./policies.js";
import { presentListItem } from "./presenters.js";
import { programmeByCode, rows, TRAJECTORY_COLUMNS, TRAJECTORY_FROM, type TrajectoryRecord } from "./repo.js";
import { trajectoryWhere } from "./trajectory-query.js";

/** Cards per column; the column's total counts them all. */
export const BOARD_COLUMN_LIMIT = 200;

/**
 * A programme's board: one column per stage, in order, with the trajectories in it (open ones by default),
 * most recently changed first. Within the actor's scope, like the list.
 */
export async function programmeBoard({ ctx, input }: { ctx: Ctx; input: { code: string } & BoardQuery }): Promise<BoardView> {
  requireReader(ctx.actor);
  const { code, ...rest } = input;
  const parsed = BoardQuery.safeParse(rest);
  if (!parsed.success) throw validation(zodDetails(parsed.error));
  const programme = await programmeByCode(ctx, code);
  const where = trajectoryWhere(ctx, { ...parsed.data, programme: programme.code });
  const ranked = await rows<TrajectoryRecord & { rank: number; columnTotal: number }>(ctx, sql`
    select * from (
      select ${TRAJECTORY_COLUMNS},
        row_number() over (partition by t.current_stage_id order by t.updated_at desc, t.id)::int as rank,
        count(*) over (partition by t.current_stage_id)::int as "columnTotal"
      from ${TRAJECTORY_FROM}
      where ${where}
    ) x
    where x.rank <= ${BOARD_COLUMN_LIMIT}
    order by x.rank`);
  const view = viewOf(ctx.actor);
  return {
    programme,
    columns: programme.stages.map((stage) => {
      const cards = ranked.filter((r) => r.stageId === stage.id);
      return { stage, total: cards[0]?.columnTotal ?? 0, items: cards.map((r) => presentListItem(r, view)) };
    }),
  };
}
