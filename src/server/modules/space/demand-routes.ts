import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody } from "../../../contracts/errors.js";
import {
  DemandClose, DemandDetail, DemandInput, DemandListQuery, DemandPage, DemandUpdate, IntroductionInput, IntroductionStageInput, IntroductionView,
} from "../../../contracts/space-demand.js";
import { ctxFor, type AppDeps } from "../../platform/http.js";
import { getDemand } from "./get-demand.js";
import { introduce, moveIntroduction } from "./introductions.js";
import { listDemands } from "./list-demands.js";
import { postDemand } from "./post-demand.js";
import { closeDemand, updateDemand } from "./update-demand.js";

const tags = ["space demand"];
const IdParams = z.strictObject({ id: z.uuid() });
const reads = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };
const writes = { ...reads, 409: ErrorBody, 412: ErrorBody };

/** Space demands, their suggestions with reasons, and introductions. */
export async function demandRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get("/api/space/demands", {
    schema: { tags, summary: "Space demands the user may see (own organisation, own municipality, or all for staff)", querystring: DemandListQuery, response: { 200: DemandPage, ...reads } },
  }, async (req) => listDemands({ ctx: ctxFor(req, deps), input: req.query }));

  r.post("/api/space/demands", {
    schema: { tags, summary: "Post a space demand (entrepreneur for its own organisation, account manager on a company's behalf); it is matched at once", body: DemandInput, response: { 201: DemandDetail, ...writes } },
  }, async (req, reply) => reply.status(201).send(await postDemand({ ctx: ctxFor(req, deps), input: req.body })));

  r.get("/api/space/demands/:id", {
    schema: { tags, summary: "One demand with its ranked suggestions (each criterion met, partly met or not met, with its weight), excluded items with the reasons, and introductions", params: IdParams, response: { 200: DemandDetail, ...reads } },
  }, async (req) => getDemand({ ctx: ctxFor(req, deps), input: { id: req.params.id } }));

  r.put("/api/space/demands/:id", {
    schema: { tags, summary: "Change an open demand; its suggestions follow", params: IdParams, body: DemandUpdate, response: { 200: DemandDetail, ...writes } },
  }, async (req) => updateDemand({ ctx: ctxFor(req, deps), input: { ...req.body, id: req.params.id } }));

  r.post("/api/space/demands/:id/close", {
    schema: { tags, summary: "Close (space found) or withdraw a demand", params: IdParams, body: DemandClose, response: { 200: DemandDetail, ...writes } },
  }, async (req) => closeDemand({ ctx: ctxFor(req, deps), input: { ...req.body, id: req.params.id } }));

  r.post("/api/space/demands/:id/introductions", {
    schema: { tags, summary: "Introduce the company to a parcel or premises", params: IdParams, body: IntroductionInput, response: { 201: IntroductionView, ...writes } },
  }, async (req, reply) => reply.status(201).send(await introduce({ ctx: ctxFor(req, deps), input: { ...req.body, demandId: req.params.id }, deps })));

  r.post("/api/space/introductions/:id/stage", {
    schema: { tags, summary: "Move an introduction to visit, option or deal, or drop it; a deal takes the item and closes the demand", params: IdParams, body: IntroductionStageInput, response: { 200: IntroductionView, ...writes } },
  }, async (req) => moveIntroduction({ ctx: ctxFor(req, deps), input: { ...req.body, id: req.params.id } }));
}
