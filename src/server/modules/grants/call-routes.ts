import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody } from "../../../contracts/errors.js";
import { CallInput, CallListQuery, CallSummary, CallUpdate, CallView, EnvelopeInput, EnvelopeView, FundInput, FundUpdate, FundView, VersionInput } from "../../../contracts/grants-portal.js";
import { ctxFor, type AppDeps } from "../../platform/http.js";
import { getCall, listCalls } from "./call-reads.js";
import { closeCall, createCall, publishCall, updateCall } from "./call-verbs.js";
import { createFund, listFunds, setEnvelope, updateFund } from "./fund-verbs.js";

const tags = ["grants"];
const IdParams = z.strictObject({ id: z.string().uuid() });
const reads = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };
const writes = { ...reads, 409: ErrorBody, 412: ErrorBody };

/** Funds, their yearly envelopes and calls: public reading of published calls, administration by grant officers. */
export async function callRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get("/api/grants/funds", {
    schema: { tags, summary: "Funds with their envelopes per year (staff)", response: { 200: z.array(FundView), ...reads } },
  }, async (req) => listFunds({ ctx: ctxFor(req, deps) }));

  r.post("/api/grants/funds", {
    schema: { tags, summary: "Create a fund (grant officer, administrator)", body: FundInput, response: { 201: FundView, ...writes } },
  }, async (req, reply) => reply.status(201).send(await createFund({ ctx: ctxFor(req, deps), input: req.body })));

  r.patch("/api/grants/funds/:id", {
    schema: { tags, summary: "Change a fund (with the version last read)", params: IdParams, body: FundUpdate, response: { 200: FundView, ...writes } },
  }, async (req) => updateFund({ ctx: ctxFor(req, deps), input: { ...req.body, id: req.params.id } }));

  r.put("/api/grants/funds/:id/envelopes", {
    schema: { tags, summary: "Set a fund's envelope for a year (created the first time; never below what is committed)", params: IdParams, body: EnvelopeInput, response: { 200: EnvelopeView, ...writes } },
  }, async (req) => setEnvelope({ ctx: ctxFor(req, deps), input: { ...req.body, fundId: req.params.id } }));

  r.get("/api/grants/calls", {
    schema: { tags, summary: "Calls: published ones for everyone (state open, upcoming, closed or all); drafts too for grant officers", querystring: CallListQuery, response: { 200: z.array(CallSummary), ...reads } },
  }, async (req) => listCalls({ ctx: ctxFor(req, deps), input: req.query, deps }));

  r.get("/api/grants/calls/:id", {
    schema: { tags, summary: "One call with its rules, form, rubric and window", params: IdParams, response: { 200: CallView, ...reads } },
  }, async (req) => getCall({ ctx: ctxFor(req, deps), input: { id: req.params.id }, deps }));

  r.post("/api/grants/calls", {
    schema: { tags, summary: "Create a draft call; opening and closing as Brussels wall-clock time (yyyy-mm-ddThh:mm)", body: CallInput, response: { 201: CallView, ...writes } },
  }, async (req, reply) => reply.status(201).send(await createCall({ ctx: ctxFor(req, deps), input: req.body, deps })));

  r.patch("/api/grants/calls/:id", {
    schema: { tags, summary: "Change a call (published: texts, closing moment and attachment limits only)", params: IdParams, body: CallUpdate, response: { 200: CallView, ...writes } },
  }, async (req) => updateCall({ ctx: ctxFor(req, deps), input: { ...req.body, id: req.params.id }, deps }));

  r.post("/api/grants/calls/:id/publish", {
    schema: { tags, summary: "Publish a draft call", params: IdParams, body: VersionInput, response: { 200: CallView, ...writes } },
  }, async (req) => publishCall({ ctx: ctxFor(req, deps), input: { id: req.params.id, version: req.body.version }, deps }));

  r.post("/api/grants/calls/:id/close", {
    schema: { tags, summary: "Close a published call now", params: IdParams, body: VersionInput, response: { 200: CallView, ...writes } },
  }, async (req) => closeCall({ ctx: ctxFor(req, deps), input: { id: req.params.id, version: req.body.version }, deps }));
}
