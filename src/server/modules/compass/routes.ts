import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  DrilldownQuery, DrilldownRecord, GoalInput, GoalUpdate, GoalView, IndicatorDetail, IndicatorInput, IndicatorListQuery,
  IndicatorSummary, IndicatorUpdate, LocaleQuery, MeasurementCorrection, MeasurementInput, MeasurementListQuery, MeasurementResult,
  MeasurementView, MetricView,
} from "../../../contracts/compass.js";
import { ErrorBody } from "../../../contracts/errors.js";
import { ctxFor, type AppDeps } from "../../platform/http.js";
import { correctMeasurement } from "./correct-measurement.js";
import { createGoal } from "./create-goal.js";
import { createIndicator } from "./create-indicator.js";
import { exportCsv, exportXlsx } from "./export-format.js";
import { exportMeasurements, XLSX_MAX_ROWS } from "./export-measurements.js";
import type { CompassLocale } from "./format.js";
import { getIndicator } from "./get-indicator.js";
import { listGoals } from "./list-goals.js";
import { listIndicators } from "./list-indicators.js";
import { listMeasurements } from "./list-measurements.js";
import { drilldown, listMetrics } from "./list-metrics.js";
import { recordMeasurement } from "./record-measurement.js";
import { updateGoal } from "./update-goal.js";
import { updateIndicator } from "./update-indicator.js";

export const IdParams = z.strictObject({ id: z.string().uuid() });
export const tags = ["compass"];
const reads = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };
const writes = { ...reads, 409: ErrorBody, 412: ErrorBody };

/** The request's locale: ?locale=, else the signed-in user's, else nl-BE. */
export function localeOf(req: FastifyRequest, query?: { locale?: CompassLocale }): CompassLocale {
  if (query?.locale) return query.locale;
  return req.sessionInfo?.locale === "en" ? "en" : "nl-BE";
}

/** Splits a verb's result (the measurement with the status after it) into the answer's shape. */
function measurementResult(r: MeasurementView & { status: MeasurementResult["status"] }): MeasurementResult {
  const { status, ...measurement } = r;
  return { measurement, status };
}

/** Back office: goals, indicators, measurements, drill-downs, metrics and exports. */
export async function compassRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get("/api/compass/goals", {
    schema: { tags, summary: "The goals of the policy statement (chapter → objective → action)", response: { 200: z.array(GoalView), ...reads } },
  }, async (req) => listGoals({ ctx: ctxFor(req, deps) }));

  r.post("/api/compass/goals", {
    schema: { tags, summary: "Add a goal", body: GoalInput, response: { 201: GoalView, ...writes } },
  }, async (req, reply) => reply.status(201).send(await createGoal({ ctx: ctxFor(req, deps), input: req.body })));

  r.patch("/api/compass/goals/:id", {
    schema: { tags, summary: "Change a goal (optimistic version)", params: IdParams, body: GoalUpdate, response: { 200: GoalView, ...writes } },
  }, async (req) => updateGoal({ ctx: ctxFor(req, deps), input: { ...req.body, id: req.params.id } }));

  r.get("/api/compass/indicators", {
    schema: { tags, summary: "The dashboard: indicators with status and sparkline", querystring: IndicatorListQuery, response: { 200: z.array(IndicatorSummary), ...reads } },
  }, async (req) => listIndicators({ ctx: ctxFor(req, deps), input: { ...req.query, locale: localeOf(req, req.query) }, deps }));

  r.get("/api/compass/indicators/:id", {
    schema: { tags, summary: "One indicator with series, trajectory and values per municipality", params: IdParams, querystring: LocaleQuery, response: { 200: IndicatorDetail, ...reads } },
  }, async (req) => getIndicator({ ctx: ctxFor(req, deps), input: { id: req.params.id, locale: localeOf(req, req.query) }, deps }));

  r.post("/api/compass/indicators", {
    schema: { tags, summary: "Add an indicator to a goal (by goalCode)", querystring: LocaleQuery, body: IndicatorInput, response: { 201: IndicatorDetail, ...writes } },
  }, async (req, reply) =>
    reply.status(201).send(await createIndicator({ ctx: ctxFor(req, deps), input: req.body, deps, locale: localeOf(req, req.query) })),
  );

  r.patch("/api/compass/indicators/:id", {
    schema: { tags, summary: "Change an indicator (optimistic version)", params: IdParams, querystring: LocaleQuery, body: IndicatorUpdate, response: { 200: IndicatorDetail, ...writes } },
  }, async (req) => updateIndicator({ ctx: ctxFor(req, deps), input: { ...req.body, id: req.params.id }, deps, locale: localeOf(req, req.query) }));

  r.get("/api/compass/indicators/:id/measurements", {
    schema: { tags, summary: "Measurements, newest first (corrections on request)", params: IdParams, querystring: MeasurementListQuery, response: { 200: z.array(MeasurementView), ...reads } },
  }, async (req) =>
    listMeasurements({ ctx: ctxFor(req, deps), input: { indicatorId: req.params.id, includeSuperseded: req.query.includeSuperseded ?? false, municipality: req.query.municipality } }),
  );

  r.post("/api/compass/indicators/:id/measurements", {
    schema: { tags, summary: "Record a value (supersedes the current value of the same period)", params: IdParams, querystring: LocaleQuery, body: MeasurementInput, response: { 201: MeasurementResult, ...writes } },
  }, async (req, reply) => {
    const result = await recordMeasurement({ ctx: ctxFor(req, deps), input: { ...req.body, indicatorId: req.params.id }, deps, locale: localeOf(req, req.query) });
    return reply.status(201).send(measurementResult(result));
  });

  r.put("/api/compass/measurements/:id", {
    schema: { tags, summary: "Correct a value (the earlier one stays in the history)", params: IdParams, querystring: LocaleQuery, body: MeasurementCorrection, response: { 200: MeasurementResult, ...writes } },
  }, async (req) =>
    measurementResult(await correctMeasurement({ ctx: ctxFor(req, deps), input: { ...req.body, id: req.params.id }, deps, locale: localeOf(req, req.query) })),
  );

  r.get("/api/compass/indicators/:id/drilldown", {
    schema: { tags, summary: "The records behind a derived indicator's value", params: IdParams, querystring: DrilldownQuery, response: { 200: z.array(DrilldownRecord), ...reads, 412: ErrorBody } },
  }, async (req) => drilldown({ ctx: ctxFor(req, deps), input: { indicatorId: req.params.id, ...req.query }, deps }));

  r.get("/api/compass/metrics", {
    schema: { tags, summary: "The metrics instruments give the compass (for derived indicators)", response: { 200: z.array(MetricView), ...reads } },
  }, async (req) => listMetrics({ ctx: ctxFor(req, deps), deps }));

  r.get("/api/compass/export.csv", {
    schema: {
      tags,
      summary: "Indicators' current values as CSV (semicolon, decimal comma; re-importable)",
      querystring: IndicatorListQuery,
      produces: ["text/csv"],
      response: { 200: z.unknown().describe("text/csv"), ...reads },
    },
  }, async (req, reply) => {
    const data = await exportMeasurements({ ctx: ctxFor(req, deps), input: { ...req.query, locale: localeOf(req, req.query) }, deps });
    return reply
      .header("content-type", "text/csv; charset=utf-8")
      .header("content-disposition", 'attachment; filename="koers-indicatoren.csv"')
      .send(exportCsv(data));
  });

  r.get("/api/compass/export.xlsx", {
    schema: {
      tags,
      summary: "Indicators and their current values as XLSX",
      querystring: IndicatorListQuery,
      produces: ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
      response: { 200: z.unknown().describe("XLSX workbook"), ...reads, 429: ErrorBody },
    },
  }, async (req, reply) => {
    const locale = localeOf(req, req.query);
    const data = await exportMeasurements({ ctx: ctxFor(req, deps), input: { ...req.query, locale }, deps, maxRows: XLSX_MAX_ROWS });
    return reply
      .header("content-type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
      .header("content-disposition", 'attachment; filename="koers-indicatoren.xlsx"')
      .send(exportXlsx(data, locale));
  });
}
