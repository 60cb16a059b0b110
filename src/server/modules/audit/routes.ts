import { Readable, pipeline } from "node:stream";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { stringify } from "csv-stringify";
import { z } from "zod";
import { AuditEntry, AuditHistoryParams, AuditPage, AuditQuery } from "../../../contracts/audit.js";
import { ErrorBody } from "../../../contracts/errors.js";
import { STAFF_ROLES } from "../../../contracts/identity.js";
import { requireRole } from "../../platform/authz.js";
import { ctxFor, type AppDeps } from "../../platform/http.js";
import { CSV_COLUMNS, csvRecord } from "./csv.js";
import { exportAudit } from "./export-audit.js";
import { getHistory } from "./history.js";
import { searchAudit } from "./search-audit.js";

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody };

// Refuse before the query is validated, so that unauthorised callers learn nothing from validation.
// The verbs check again: they are the rule, these hooks only keep the answers in order.
const administrators = async (req: FastifyRequest) => requireRole(req.actor, "administrator");
const staff = async (req: FastifyRequest) => requireRole(req.actor, ...STAFF_ROLES);

export function auditRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["audit"];

  r.get("/api/audit", { onRequest: administrators, schema: { tags, summary: "Search the audit trail (administrators)", querystring: AuditQuery, response: { 200: AuditPage, ...errors } } }, async (req) =>
    searchAudit({ ctx: ctxFor(req, deps), input: req.query }),
  );

  r.get("/api/audit/export.csv", {
    onRequest: administrators,
    schema: { tags, summary: "The audit entries matching the filters as CSV (administrators, at most 50,000 rows)", querystring: AuditQuery },
  }, async (req, reply) => {
    const batches = await exportAudit({ ctx: ctxFor(req, deps), input: req.query });
    async function* records() {
      for await (const batch of batches) for (const entry of batch) yield csvRecord(entry);
    }
    const csv = pipeline(Readable.from(records()), stringify({ header: true, columns: [...CSV_COLUMNS], bom: true }), (err) => {
      if (err) req.log.error({ err }, "audit export failed while streaming");
    });
    const day = deps.now().toISOString().slice(0, 10);
    return reply
      .header("content-type", "text/csv; charset=utf-8")
      .header("content-disposition", `attachment; filename="koers-audit-${day}.csv"`)
      .send(csv);
  });

  r.get("/api/audit/history/:entity/:entityId", {
    onRequest: staff,
    schema: { tags, summary: "The audit entries of one record (staff)", params: AuditHistoryParams, response: { 200: z.array(AuditEntry), ...errors } },
  }, async (req) => getHistory({ ctx: ctxFor(req, deps), input: req.params }));
}
