import type { AuditPage } from "../../../contracts/audit.js";
import type { Ctx } from "../../platform/context.js";
import { requireRole } from "../../platform/authz.js";
import { parseAuditQuery } from "./parse.js";
import { toAuditEntry } from "./presenters.js";
import { countAudit, findAudit } from "./repo.js";

/** Administrators search the audit trail, newest first. */
export async function searchAudit({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<AuditPage> {
  requireRole(ctx.actor, "administrator");
  const query = parseAuditQuery(input);
  const [total, rows] = [await countAudit(ctx.db, query), await findAudit(ctx.db, query, query)];
  return { total, items: rows.map(toAuditEntry) };
}
