import { sql } from "drizzle-orm";
import { writeAudit } from "../../platform/audit.js";
import { withTransaction, type Ctx } from "../../platform/context.js";
import { checkRepoint, type RepointInput } from "../../platform/repoint.js";
import { rows } from "../../platform/sql.js";

export type RepointOrganisationScopesInput = RepointInput;

export interface RepointOrganisationScopesResult {
  /** The users who now act for the other organisation instead. */
  userIds: string[];
}

/**
 * Moves every user scoped to one organisation to another (when a duplicate record is merged into the one
 * that survives): the scope row of kind 'organisation' is replaced by one for the other organisation, or
 * simply dropped when the user already holds that one. One audit row per user; the user's version goes up,
 * so an administrator editing that user meanwhile gets a stale-version conflict. Runs in the caller's
 * transaction when there is one. Administrators and account managers (the ones who merge).
 */
export async function repointOrganisationScopes({ ctx, input }: { ctx: Ctx; input: RepointOrganisationScopesInput }): Promise<RepointOrganisationScopesResult> {
  const { from, to } = checkRepoint(ctx.actor, input);
  return withTransaction(ctx, async (tx) => {
    const users = await rows<{ userId: string; hadTarget: boolean }>(tx, sql`
      select s.user_id as "userId", exists (
        select 1 from user_scopes x where x.user_id = s.user_id and x.kind = 'organisation' and x.ref = ${to}) as "hadTarget"
      from user_scopes s join users u on u.id = s.user_id
      where s.kind = 'organisation' and s.ref = ${from}
      order by s.user_id for update of u`);
    if (users.length === 0) return { userIds: [] };
    await tx.db.execute(sql`
      insert into user_scopes (user_id, kind, ref)
      select user_id, 'organisation', ${to} from user_scopes where kind = 'organisation' and ref = ${from}
      on conflict do nothing`);
    await tx.db.execute(sql`delete from user_scopes where kind = 'organisation' and ref = ${from}`);
    await tx.db.execute(sql`
      update users set version = version + 1, updated_at = now()
      where id = any(${`{${users.map((u) => u.userId).join(",")}}`}::uuid[])`);
    for (const u of users) {
      await writeAudit(tx, {
        action: "user.scope_repoint",
        entity: "user",
        entityId: u.userId,
        before: { scope: { kind: "organisation", ref: from } },
        after: { scope: { kind: "organisation", ref: to }, alreadyHeld: u.hadTarget },
      });
    }
    return { userIds: users.map((u) => u.userId) };
  });
}
