import { z } from "zod";

export const AuditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorLabel: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  requestId: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditQuery = z.strictObject({
  entity: z.string().max(64).optional(),
  entityId: z.string().max(128).optional(),
  actorId: z.string().uuid().optional(),
  action: z.string().max(128).optional(),
  q: z.string().max(200).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AuditPage = z.object({ total: z.number().int(), items: z.array(AuditEntry) });
export type AuditPage = z.infer<typeof AuditPage>;

/** Largest number of rows one CSV export holds (newest first). */
export const AUDIT_EXPORT_MAX_ROWS = 50_000;
/** Largest number of entries GET /api/audit/history returns for one record (newest first). */
export const AUDIT_HISTORY_MAX = 500;

export const AuditHistoryParams = z.strictObject({
  entity: z.string().min(1).max(64),
  entityId: z.string().min(1).max(128),
});
