import { auditLog } from "../db/schema/audit.js";
import type { Ctx } from "./context.js";

export interface AuditEvent {
  action: string; // "entity.verb"
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/** Writes one append-only audit row. Call inside the verb's transaction: if it fails, the change rolls back. */
export async function writeAudit(ctx: Ctx, event: AuditEvent): Promise<void> {
  await writeAudits(ctx, [event]);
}

/** Writes several audit rows (same actor and request) in as few statements as the parameter limit allows. */
export async function writeAudits(ctx: Ctx, events: readonly AuditEvent[]): Promise<void> {
  if (!ctx.inTransaction) throw new Error("writeAudit must run inside the verb's transaction");
  if (events.length === 0) return;
  const actor = ctx.actor;
  // A statement carries at most 65,535 parameters (8 per row).
  for (let i = 0; i < events.length; i += 1000) await insertAudits(ctx, actor, events.slice(i, i + 1000));
}

async function insertAudits(ctx: Ctx, actor: Ctx["actor"], events: readonly AuditEvent[]): Promise<void> {
  await ctx.db.insert(auditLog).values(
    events.map((event) => ({
      actorId: actor.kind === "user" ? actor.userId : null,
      actorLabel: actor.label,
      action: event.action,
      entity: event.entity,
      entityId: event.entityId,
      before: (event.before ?? null) as never,
      after: (event.after ?? null) as never,
      requestId: ctx.requestId,
    })),
  );
}
