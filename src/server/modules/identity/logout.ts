import { withTransaction, type Ctx } from "../../platform/context.js";
import { writeAudit } from "../../platform/audit.js";
import { deleteSession } from "./sessions.js";

/** Ends the session the request came with. Without a session there is nothing to end: no error. */
export async function logout({ ctx, input }: { ctx: Ctx; input: { tokenHash?: string } }): Promise<void> {
  const tokenHash = input.tokenHash;
  if (ctx.actor.kind !== "user" || !tokenHash) return;
  await withTransaction(ctx, async (tx) => {
    const userId = await deleteSession(tx.db, tokenHash);
    if (userId) await writeAudit(tx, { action: "session.delete", entity: "user", entityId: userId });
  });
}
