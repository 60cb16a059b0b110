import { UserListQuery, type UserPage, type UserView } from "../../../contracts/identity.js";
import type { Ctx } from "../../platform/context.js";
import { requireRole } from "../../platform/authz.js";
import { notFound } from "../../platform/errors.js";
import { isUuid, parseInput } from "./parse.js";
import { toUserView } from "./presenters.js";
import { findUserById, searchUsers } from "./users-repo.js";

/** Administrators search users by name and e-mail, filter by role and active flag. */
export async function listUsers({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<UserPage> {
  requireRole(ctx.actor, "administrator");
  const query = parseInput(UserListQuery, input);
  const page = await searchUsers(ctx.db, {
    q: query.q || undefined,
    role: query.role,
    active: query.active === undefined ? undefined : query.active === "true",
    limit: query.limit,
    offset: query.offset,
    sort: query.sort,
  });
  return { total: page.total, items: page.items.map(toUserView) };
}

export async function getUser({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<UserView> {
  requireRole(ctx.actor, "administrator");
  const user = isUuid(input.id) ? await findUserById(ctx.db, input.id) : undefined;
  if (!user) throw notFound("user");
  return toUserView(user);
}
