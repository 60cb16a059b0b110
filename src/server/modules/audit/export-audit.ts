import { AUDIT_EXPORT_MAX_ROWS, type AuditEntry } from "../../../contracts/audit.js";
import type { Ctx } from "../../platform/context.js";
import { requireRole } from "../../platform/authz.js";
import { parseAuditQuery } from "./parse.js";
import { toAuditEntry } from "./presenters.js";
import { auditBatches } from "./repo.js";

/**
 * Administrators export the audit entries matching the filters (paging ignored), newest first,
 * at most AUDIT_EXPORT_MAX_ROWS of them. Answers the entries batch by batch, for streaming.
 */
export async function exportAudit({ ctx, input, maxRows = AUDIT_EXPORT_MAX_ROWS }: {
  ctx: Ctx;
  input: unknown;
  maxRows?: number;
}): Promise<AsyncGenerator<AuditEntry[]>> {
  requireRole(ctx.actor, "administrator");
  const query = parseAuditQuery(input);
  async function* entries(): AsyncGenerator<AuditEntry[]> {
    for await (const batch of auditBatches(ctx.db, query, Math.min(maxRows, AUDIT_EXPORT_MAX_ROWS))) yield batch.map(toAuditEntry);
  }
  return entries();
}
