import { eq } from "drizzle-orm";
import { ChangePasswordInput } from "../../../contracts/identity.js";
import { users } from "../../db/schema/identity.js";
import { withTransaction, type Ctx } from "../../platform/context.js";
import { unauthenticated, validation } from "../../platform/errors.js";
import { writeAudit } from "../../platform/audit.js";
import { parseInput } from "./parse.js";
import { hashPassword, verifyPassword } from "./passwords.js";
import { revokeSessions } from "./sessions.js";
import { findPasswordHash } from "./users-repo.js";

/**
 * A signed-in user changes their own password: the current one must be right and the new one
 * different. Clears "must change password" and ends the user's other sessions.
 */
export async function changePassword({ ctx, input, currentTokenHash, now = () => new Date() }: {
  ctx: Ctx;
  input: unknown;
  /** The session in use stays; every other session of the user is revoked. */
  currentTokenHash?: string;
  now?: () => Date;
}): Promise<void> {
  const actor = ctx.actor;
  if (actor.kind !== "user") throw unauthenticated();
  const { currentPassword, newPassword } = parseInput(ChangePasswordInput, input);
  const storedHash = await findPasswordHash(ctx.db, actor.userId);
  if (!storedHash) throw unauthenticated();
  if (!(await verifyPassword(storedHash, currentPassword))) {
    throw validation([{ path: "currentPassword", code: "wrong_password", message: "The current password is wrong." }]);
  }
  if (currentPassword === newPassword) {
    throw validation([{ path: "newPassword", code: "same_password", message: "The new password must differ from the current one." }]);
  }
  const passwordHash = await hashPassword(newPassword);
  await withTransaction(ctx, async (tx) => {
    const [before] = await tx.db.select({ mustChangePassword: users.mustChangePassword }).from(users).where(eq(users.id, actor.userId)).for("update");
    await tx.db.update(users).set({ passwordHash, mustChangePassword: false, updatedAt: now() }).where(eq(users.id, actor.userId));
    const revokedSessions = await revokeSessions(tx.db, actor.userId, currentTokenHash);
    await writeAudit(tx, {
      action: "user.change_password",
      entity: "user",
      entityId: actor.userId,
      before: { mustChangePassword: before?.mustChangePassword ?? false },
      after: { mustChangePassword: false, revokedSessions },
    });
  });
}
