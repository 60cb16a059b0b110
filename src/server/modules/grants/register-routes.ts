import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody } from "../../../contracts/errors.js";
import { AwardsQuery, PublicAwardPage } from "../../../contracts/grants-decisions.js";
import { ctxFor, type AppDeps } from "../../platform/http.js";
import { exportCall, exportDeMinimisRegister } from "./export-registers.js";
import { listPublicAwards } from "./public-awards.js";

const tags = ["grants"];
const reads = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Transparency: the public list of awarded aid; the de minimis register and the per-call export for staff. */
export async function registerRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get("/api/public/grants/awards", {
    schema: { tags, summary: "Awarded aid: beneficiary, instrument, amount, date, purpose (no personal data)", querystring: AwardsQuery, response: { 200: PublicAwardPage, 400: ErrorBody } },
  }, async (req) => listPublicAwards({ ctx: ctxFor(req, deps), input: req.query }));

  for (const format of ["csv", "xlsx"] as const) {
    r.get(`/api/grants/registers/de-minimis.${format}`, {
      schema: { tags, summary: `De minimis aid granted, per single undertaking (${format.toUpperCase()})`, produces: [format === "csv" ? "text/csv" : XLSX], response: { 200: z.unknown().describe(format), ...reads } },
    }, async (req, reply) => {
      const file = await exportDeMinimisRegister({ ctx: ctxFor(req, deps), input: { format }, deps });
      return reply.header("content-type", file.contentType).header("content-disposition", `attachment; filename="${file.fileName}"`).send(file.body);
    });
  }

  r.get("/api/grants/calls/:id/export.xlsx", {
    schema: { tags, summary: "Every application of a call with status, amounts, decision and payments (XLSX)", params: z.strictObject({ id: z.string().uuid() }), produces: [XLSX], response: { 200: z.unknown().describe("xlsx"), ...reads } },
  }, async (req, reply) => {
    const file = await exportCall({ ctx: ctxFor(req, deps), input: { callId: req.params.id }, deps });
    return reply.header("content-type", file.contentType).header("content-disposition", `attachment; filename="${file.fileName}"`).send(file.body);
  });
}
