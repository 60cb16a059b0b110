import { and, eq, sql } from "drizzle-orm";
import { UpdateUserInput, type UserView } from "../../../contracts/identity.js";
import { users } from "../../db/schema/identity.js";
import { withTransaction, type Ctx } from "../../platform/context.js";
import { requireRole } from "../../platform/authz.js";
import { conflict, notFound, preconditionFailed } from "../../platform/errors.js";
import { writeAudit } from "../../platform/audit.js";
import { checkedAccess } from "./access-check.js";
import { isUuid, parseInput } from "./parse.js";
import { auditSnapshot, toUserView } from "./presenters.js";
import { revokeSessions } from "./sessions.js";
import { findUserById, writeAccess } from "./users-repo.js";

const stale = () =>
  conflict("Someone else changed this user in the meantime. Reload and try again.", [
    { path: "version", code: "stale", message: "The version is not the current one." },
  ]);

/**
 * An administrator changes a user's name, language, roles, scopes or active flag, with
 * optimistic concurrency on `version`. Deactivating a user ends their sessions. An
 * administrator cannot deactivate themselves or take the administrator role from themselves.
 */
export async function updateUser({ ctx, input }: { ctx: Ctx; input: { id: string; changes: unknown } }): Promise<UserView> {
  requireRole(ctx.actor, "administrator");
  const changes = parseInput(UpdateUserInput, input.changes);
  return withTransaction(ctx, async (tx) => {
    const before = isUuid(input.id) ? await findUserById(tx.db, input.id) : undefined;
    if (!before) throw notFound("user");
    if (before.version !== changes.version) throw stale();

    const self = tx.actor.kind === "user" && tx.actor.userId === before.id;
    const roles = changes.roles ?? before.roles;
    const active = changes.active ?? before.active;
    if (self && !active) throw preconditionFailed("You cannot deactivate your own account.", [{ path: "active", code: "self", message: "Own account." }]);
    if (self && !roles.includes("administrator")) {
      throw preconditionFailed("You cannot take the administrator role from yourself.", [{ path: "roles", code: "self", message: "Own account." }]);
    }
    const accessChanged = changes.roles !== undefined || changes.scopes !== undefined;
    const access = accessChanged ? await checkedAccess(tx, roles, changes.scopes ?? before.scopes) : undefined;

    const updated = await tx.db
      .update(users)
      .set({
        displayName: changes.displayName ?? before.displayName,
        locale: changes.locale ?? before.locale,
        active,
        version: sql`${users.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(and(eq(users.id, before.id), eq(users.version, changes.version)))
      .returning({ id: users.id });
    if (!updated.length) throw stale();
    if (access) await writeAccess(tx.db, before.id, access.roles, access.scopes);
    const revokedSessions = before.active && !active ? await revokeSessions(tx.db, before.id) : 0;

    const after = (await findUserById(tx.db, before.id))!;
    await writeAudit(tx, {
      action: "user.update",
      entity: "user",
      entityId: before.id,
      before: auditSnapshot(before),
      after: revokedSessions ? { ...auditSnapshot(after), revokedSessions } : auditSnapshot(after),
    });
    return toUserView(after);
  });
}
