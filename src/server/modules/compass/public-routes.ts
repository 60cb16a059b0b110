import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { stringify } from "csv-stringify/sync";
import { z } from "zod";
import { GoalView, IndicatorDetail, IndicatorListQuery, IndicatorSummary, LocaleQuery, PublicIndicatorData } from "../../../contracts/compass.js";
import { ErrorBody } from "../../../contracts/errors.js";
import { ctxFor, type AppDeps } from "../../platform/http.js";
import { getIndicator } from "./get-indicator.js";
import { listGoals } from "./list-goals.js";
import { listIndicators } from "./list-indicators.js";
import { getPublicIndicatorData } from "./public-data.js";
import { IdParams, localeOf } from "./routes.js";

const tags = ["public"];
const errors = { 400: ErrorBody, 404: ErrorBody };

/** The public dashboard and open data: published indicators only, never who entered a value. */
export async function publicRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get("/api/public/goals", {
    schema: { tags, summary: "Goals that hold published indicators, with their ancestors", response: { 200: z.array(GoalView) } },
  }, async (req) => listGoals({ ctx: ctxFor(req, deps), audience: "public" }));

  r.get("/api/public/indicators", {
    schema: { tags, summary: "Published indicators with status and sparkline", querystring: IndicatorListQuery, response: { 200: z.array(IndicatorSummary), ...errors } },
  }, async (req) => listIndicators({ ctx: ctxFor(req, deps), input: { ...req.query, locale: localeOf(req, req.query) }, deps, audience: "public" }));

  r.get("/api/public/indicators/:id", {
    schema: { tags, summary: "One published indicator", params: IdParams, querystring: LocaleQuery, response: { 200: IndicatorDetail, ...errors } },
  }, async (req) => getIndicator({ ctx: ctxFor(req, deps), input: { id: req.params.id, locale: localeOf(req, req.query) }, deps, audience: "public" }));

  r.get("/api/public/indicators/:id/data.json", {
    schema: { tags, summary: "Open data: the indicator's series and current values (JSON)", params: IdParams, response: { 200: PublicIndicatorData, ...errors } },
  }, async (req) => getPublicIndicatorData({ ctx: ctxFor(req, deps), input: { id: req.params.id }, deps }));

  r.get("/api/public/indicators/:id/data.csv", {
    schema: {
      tags,
      summary: "Open data: the indicator's current values (CSV, comma-separated, decimal point)",
      params: IdParams,
      produces: ["text/csv"],
      response: { 200: z.unknown().describe("text/csv"), ...errors },
    },
  }, async (req, reply) => {
    const data = await getPublicIndicatorData({ ctx: ctxFor(req, deps), input: { id: req.params.id }, deps });
    const csv = stringify(
      data.measurements.map((m) => [data.code, m.periodDate, m.municipalityNis ?? "", m.value, m.source]),
      { header: true, columns: ["indicator", "period", "municipality", "value", "source"] },
    );
    return reply
      .header("content-type", "text/csv; charset=utf-8")
      .header("content-disposition", `attachment; filename="${data.code}.csv"`)
      .send(csv);
  });
}
