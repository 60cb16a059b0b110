import { eq, sql } from "drizzle-orm";
import { ResetPasswordInput } from "../../../contracts/identity.js";
import { users } from "../../db/schema/identity.js";
import { withTransaction, type Ctx } from "../../platform/context.js";
import { requireRole } from "../../platform/authz.js";
import { notFound } from "../../platform/errors.js";
import { writeAudit } from "../../platform/audit.js";
import { isUuid, parseInput } from "./parse.js";
import { hashPassword } from "./passwords.js";
import { revokeSessions } from "./sessions.js";
import { findUserById } from "./users-repo.js";

/**
 * An administrator gives a user a new password: the user must change it at the next sign-in,
 * and every session of the user ends.
 */
export async function resetPassword({ ctx, input }: { ctx: Ctx; input: { id: string; body: unknown } }): Promise<void> {
  requireRole(ctx.actor, "administrator");
  const { password } = parseInput(ResetPasswordInput, input.body);
  if (!isUuid(input.id) || !(await findUserById(ctx.db, input.id))) throw notFound("user");
  const passwordHash = await hashPassword(password);
  await withTransaction(ctx, async (tx) => {
    const [before] = await tx.db
      .select({ mustChangePassword: users.mustChangePassword })
      .from(users)
      .where(eq(users.id, input.id))
      .for("update");
    if (!before) throw notFound("user");
    await tx.db.update(users).set({ passwordHash, mustChangePassword: true, updatedAt: sql`now()` }).where(eq(users.id, input.id));
    const revokedSessions = await revokeSessions(tx.db, input.id);
    await writeAudit(tx, {
      action: "user.reset_password",
      entity: "user",
      entityId: input.id,
      before: { mustChangePassword: before.mustChangePassword },
      after: { mustChangePassword: true, revokedSessions },
    });
  });
}
