import { and, desc, eq, sql, type SQL } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { auditLog } from "../../db/schema/audit.js";

/** The agency's days start and end at midnight in Brussels, whatever the server's zone. */
export const AGENCY_TIME_ZONE = "Europe/Brussels";

export interface AuditFilter {
  entity?: string;
  entityId?: string;
  actorId?: string;
  /** Matches actions that start with this text ("user." finds every user action). */
  action?: string;
  /** Free text over action, entity, entity id and actor label. */
  q?: string;
  /** Inclusive calendar days (YYYY-MM-DD) in Brussels time. */
  from?: string;
  to?: string;
}

export const auditFields = {
  id: auditLog.id,
  at: auditLog.at,
  actorId: auditLog.actorId,
  actorLabel: auditLog.actorLabel,
  action: auditLog.action,
  entity: auditLog.entity,
  entityId: auditLog.entityId,
  before: auditLog.before,
  after: auditLog.after,
  requestId: auditLog.requestId,
};

export type AuditRow = {
  id: number;
  at: Date;
  actorId: string | null;
  actorLabel: string;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
  requestId: string | null;
};

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function auditConditions(filter: AuditFilter): SQL | undefined {
  const c: SQL[] = [];
  if (filter.entity) c.push(eq(auditLog.entity, filter.entity));
  if (filter.entityId) c.push(eq(auditLog.entityId, filter.entityId));
  if (filter.actorId) c.push(eq(auditLog.actorId, filter.actorId));
  if (filter.action) c.push(sql`${auditLog.action} like ${`${escapeLike(filter.action)}%`}`);
  if (filter.q) {
    const p = `%${escapeLike(filter.q)}%`;
    c.push(sql`(${auditLog.action} ilike ${p} or ${auditLog.entity} ilike ${p} or ${auditLog.entityId} ilike ${p} or ${auditLog.actorLabel} ilike ${p})`);
  }
  if (filter.from) c.push(sql`${auditLog.at} >= ((${filter.from}::date)::timestamp at time zone ${AGENCY_TIME_ZONE})`);
  if (filter.to) c.push(sql`${auditLog.at} < (((${filter.to}::date) + 1)::timestamp at time zone ${AGENCY_TIME_ZONE})`);
  return c.length ? and(...c) : undefined;
}

export async function countAudit(db: Db, filter: AuditFilter): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(auditConditions(filter));
  return Number(row.n);
}

/** Newest first. */
export async function findAudit(db: Db, filter: AuditFilter, page: { limit: number; offset: number }): Promise<AuditRow[]> {
  return db
    .select(auditFields)
    .from(auditLog)
    .where(auditConditions(filter))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(page.limit)
    .offset(page.offset);
}

/**
 * Newest first, in batches, keyed on (at, id) so that each batch is one index range scan. The
 * cursor keeps the timestamp as text: a JavaScript date would lose the microseconds.
 */
export async function* auditBatches(db: Db, filter: AuditFilter, maxRows: number, batchSize = 1000): AsyncGenerator<AuditRow[]> {
  let cursor: { at: string; id: number } | undefined;
  let sent = 0;
  while (sent < maxRows) {
    const where = and(
      auditConditions(filter),
      cursor ? sql`(${auditLog.at}, ${auditLog.id}) < (${cursor.at}::timestamptz, ${cursor.id})` : undefined,
    );
    const rows = await db
      .select({ ...auditFields, cursorAt: sql<string>`${auditLog.at}::text` })
      .from(auditLog)
      .where(where)
      .orderBy(desc(auditLog.at), desc(auditLog.id))
      .limit(Math.min(batchSize, maxRows - sent));
    if (!rows.length) return;
    const last = rows[rows.length - 1];
    cursor = { at: last.cursorAt, id: last.id };
    sent += rows.length;
    yield rows.map(({ cursorAt: _cursorAt, ...row }) => row);
    if (rows.length < batchSize) return;
  }
}
