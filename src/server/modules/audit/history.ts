import { and, desc, eq } from "drizzle-orm";
import { AUDIT_HISTORY_MAX, AuditHistoryParams, type AuditEntry } from "../../../contracts/audit.js";
import { STAFF_ROLES } from "../../../contracts/identity.js";
import { auditLog } from "../../db/schema/audit.js";
import type { Ctx } from "../../platform/context.js";
import { requireRole } from "../../platform/authz.js";
import { validation, zodDetails } from "../../platform/errors.js";
import { toAuditEntry } from "./presenters.js";
import { auditFields } from "./repo.js";

/**
 * Read function for other modules: the audit entries of one record, newest first (at most
 * AUDIT_HISTORY_MAX). It checks no permission: the caller decides who may see the record's history.
 */
export async function historyFor(ctx: Ctx, entity: string, entityId: string): Promise<AuditEntry[]> {
  const rows = await ctx.db
    .select(auditFields)
    .from(auditLog)
    .where(and(eq(auditLog.entity, entity), eq(auditLog.entityId, entityId)))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(AUDIT_HISTORY_MAX);
  return rows.map(toAuditEntry);
}

/** Staff read the history of one record. */
export async function getHistory({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<AuditEntry[]> {
  requireRole(ctx.actor, ...STAFF_ROLES);
  const parsed = AuditHistoryParams.safeParse(input);
  if (!parsed.success) throw validation(zodDetails(parsed.error));
  return historyFor(ctx, parsed.data.entity, parsed.data.entityId);
}
