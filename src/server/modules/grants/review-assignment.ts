import { and, eq } from "drizzle-orm";
import { grantReviewAssignments } from "../../db/schema/grants-decisions.js";
import type { Ctx } from "../../platform/context.js";
import { notFound } from "../../platform/errors.js";
import { userIdOf } from "./decision-policies.js";

export type AssignmentRow = typeof grantReviewAssignments.$inferSelect;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The actor's own assignment; anything else — another reviewer's, one ended by a declared conflict, an
 * unknown id — answers not found, so a reviewer learns nothing about applications not theirs.
 */
export async function ownAssignment(ctx: Ctx, id: string, opts: { lock?: boolean } = {}): Promise<AssignmentRow> {
  const me = userIdOf(ctx.actor);
  if (!me || !UUID.test(id)) throw notFound("review");
  const q = ctx.db.select().from(grantReviewAssignments).where(and(eq(grantReviewAssignments.id, id), eq(grantReviewAssignments.reviewerId, me)));
  const [row] = opts.lock ? await q.for("update") : await q;
  if (!row || row.status === "conflict") throw notFound("review");
  return row;
}
