import type { Ctx } from "../../platform/context.js";
import { unauthenticated } from "../../platform/errors.js";
import { findUserById, type UserRecord } from "./users-repo.js";

/** The signed-in user's own account. */
export async function getMe({ ctx }: { ctx: Ctx }): Promise<UserRecord> {
  if (ctx.actor.kind !== "user") throw unauthenticated();
  const user = await findUserById(ctx.db, ctx.actor.userId);
  if (!user || !user.active) throw unauthenticated();
  return user;
}
