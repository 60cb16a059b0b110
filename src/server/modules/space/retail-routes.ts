import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody } from "../../../contracts/errors.js";
import { NisCode } from "../../../contracts/geography.js";
import {
  CampaignInput, CampaignView, MerchantInput, RetailCoreDetail, RetailCoreInput, RetailCoreUpdate, RetailCoreView, RetailPremisesInput,
  RetailPremisesView, RetailStatusInput,
} from "../../../contracts/space-demand.js";
import { ctxFor, type AppDeps } from "../../platform/http.js";
import { addMerchant, createCampaign, listCampaigns, removeMerchant } from "./retail-campaigns.js";
import { createRetailCore, deleteRetailCore, getRetailCore, listRetailCores, updateRetailCore } from "./retail-cores.js";
import { addRetailPremises, changeRetailStatus } from "./retail-premises.js";

const tags = ["retail cores"];
const IdParams = z.strictObject({ id: z.uuid() });
const MunicipalityQuery = z.strictObject({ municipalityNis: NisCode.optional() });
const reads = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };
const writes = { ...reads, 409: ErrorBody, 412: ErrorBody };

/** Core shopping areas, their premises with status history and vacancy trend, and the local-trade campaigns. */
export async function retailRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get("/api/space/retail/cores", {
    schema: { tags, summary: "Retail cores with their current vacancy (a municipality user: its own)", querystring: MunicipalityQuery, response: { 200: z.array(RetailCoreView), ...reads } },
  }, async (req) => listRetailCores({ ctx: ctxFor(req, deps), input: req.query }));

  r.post("/api/space/retail/cores", {
    schema: { tags, summary: "Delineate a core shopping area", body: RetailCoreInput, response: { 201: RetailCoreView, ...writes } },
  }, async (req, reply) => reply.status(201).send(await createRetailCore({ ctx: ctxFor(req, deps), input: req.body })));

  r.get("/api/space/retail/cores/:id", {
    schema: { tags, summary: "One core: premises with history, vacancy trend (24 month ends and today), campaigns", params: IdParams, response: { 200: RetailCoreDetail, ...reads } },
  }, async (req) => getRetailCore({ ctx: ctxFor(req, deps), input: { id: req.params.id }, deps }));

  r.put("/api/space/retail/cores/:id", {
    schema: { tags, summary: "Change a core's name, contour or description", params: IdParams, body: RetailCoreUpdate, response: { 200: RetailCoreView, ...writes } },
  }, async (req) => updateRetailCore({ ctx: ctxFor(req, deps), input: { ...req.body, id: req.params.id } }));

  r.delete("/api/space/retail/cores/:id", {
    schema: { tags, summary: "Delete a core without premises", params: IdParams, querystring: z.strictObject({ version: z.coerce.number().int().min(1) }), response: { 204: z.null(), ...writes } },
  }, async (req, reply) => {
    await deleteRetailCore({ ctx: ctxFor(req, deps), input: { id: req.params.id, version: req.query.version } });
    return reply.status(204).send(null);
  });

  r.post("/api/space/retail/cores/:id/premises", {
    schema: { tags, summary: "Register a premises in the core with its status from a date", params: IdParams, body: RetailPremisesInput, response: { 201: RetailPremisesView, ...writes } },
  }, async (req, reply) => reply.status(201).send(await addRetailPremises({ ctx: ctxFor(req, deps), input: { ...req.body, coreId: req.params.id }, deps })));

  r.post("/api/space/retail/premises/:id/status", {
    schema: { tags, summary: "Record that a premises became vacant or occupied on a date", params: IdParams, body: RetailStatusInput, response: { 200: RetailPremisesView, ...writes } },
  }, async (req) => changeRetailStatus({ ctx: ctxFor(req, deps), input: { ...req.body, id: req.params.id }, deps }));

  r.get("/api/space/retail/campaigns", {
    schema: { tags, summary: "Campaigns with their participating merchants", querystring: MunicipalityQuery, response: { 200: z.array(CampaignView), ...reads } },
  }, async (req) => listCampaigns({ ctx: ctxFor(req, deps), input: req.query }));

  r.post("/api/space/retail/campaigns", {
    schema: { tags, summary: "Start a campaign (Maand van de Markt, Ik koop lokaal, …)", body: CampaignInput, response: { 201: CampaignView, ...writes } },
  }, async (req, reply) => reply.status(201).send(await createCampaign({ ctx: ctxFor(req, deps), input: req.body })));

  r.post("/api/space/retail/campaigns/:id/merchants", {
    schema: { tags, summary: "Add a participating merchant", params: IdParams, body: MerchantInput, response: { 201: CampaignView, ...writes } },
  }, async (req, reply) => reply.status(201).send(await addMerchant({ ctx: ctxFor(req, deps), input: { ...req.body, campaignId: req.params.id } })));

  r.delete("/api/space/retail/campaigns/:id/merchants/:merchantId", {
    schema: { tags, summary: "Remove a participating merchant", params: z.strictObject({ id: z.uuid(), merchantId: z.uuid() }), response: { 200: CampaignView, ...writes } },
  }, async (req) => removeMerchant({ ctx: ctxFor(req, deps), input: { campaignId: req.params.id, merchantId: req.params.merchantId } }));
}
