import { CreateUserInput, type UserView } from "../../../contracts/identity.js";
import { users } from "../../db/schema/identity.js";
import { withTransaction, type Ctx } from "../../platform/context.js";
import { requireRole } from "../../platform/authz.js";
import { conflict, isUniqueViolation } from "../../platform/errors.js";
import { writeAudit } from "../../platform/audit.js";
import { checkedAccess } from "./access-check.js";
import { parseInput } from "./parse.js";
import { hashPassword } from "./passwords.js";
import { auditSnapshot, toUserView } from "./presenters.js";
import { emailTaken, findUserById, writeAccess } from "./users-repo.js";

const duplicateEmail = () =>
  conflict("A user with this e-mail address already exists.", [{ path: "email", code: "duplicate", message: "This e-mail address is taken." }]);

/** An administrator creates an account with roles, scopes and a first password. */
export async function createUser({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<UserView> {
  requireRole(ctx.actor, "administrator");
  const data = parseInput(CreateUserInput, input);
  const access = await checkedAccess(ctx, data.roles, data.scopes);
  if (await emailTaken(ctx.db, data.email)) throw duplicateEmail();
  const passwordHash = await hashPassword(data.password);
  try {
    return await withTransaction(ctx, async (tx) => {
      const [row] = await tx.db
        .insert(users)
        .values({ email: data.email, displayName: data.displayName, locale: data.locale, passwordHash })
        .returning({ id: users.id });
      await writeAccess(tx.db, row.id, access.roles, access.scopes);
      const created = (await findUserById(tx.db, row.id))!;
      await writeAudit(tx, { action: "user.create", entity: "user", entityId: created.id, after: auditSnapshot(created) });
      return toUserView(created);
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw duplicateEmail();
    throw e;
  }
}
