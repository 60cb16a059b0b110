import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody } from "../../../contracts/errors.js";
import {
  DetectDuplicatesInput, DuplicateCandidateList, MergeOrganisationsInput, OrganisationMerge, OrganisationMergeStatus,
} from "../../../contracts/organisations.js";
import { ctxFor, type AppDeps } from "../../platform/http.js";
import { detectDuplicates } from "./detect-duplicates.js";
import { getMergeStatus } from "./get-merge-status.js";
import { mergeOrganisations } from "./merge-organisations.js";

const tags = ["organisations"];
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };

export async function duplicateRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get("/api/organisations/duplicates", {
    schema: {
      tags,
      summary: "Likely duplicate records (staff): a record without enterprise number and a similar name in the same place, with a score and the reasons",
      querystring: DetectDuplicatesInput,
      response: { 200: DuplicateCandidateList, ...errors },
    },
  }, async (req) => detectDuplicates({ ctx: ctxFor(req, deps), input: req.query }));

  r.post("/api/organisations/merges", {
    schema: {
      tags,
      summary: "Merge a duplicate record into the one to keep (administrator, account manager); the merged record stays, pointing at the survivor",
      body: MergeOrganisationsInput,
      response: { 201: OrganisationMerge, ...errors, 409: ErrorBody, 412: ErrorBody },
    },
  }, async (req, reply) => reply.status(201).send(await mergeOrganisations({ ctx: ctxFor(req, deps), input: req.body })));

  r.get("/api/organisations/:id/merges", {
    schema: {
      tags,
      summary: "Where an organisation id leads now: the survivor it was merged into (if any) and the merges it took part in",
      params: z.strictObject({ id: z.string().uuid() }),
      response: { 200: OrganisationMergeStatus, ...errors },
    },
  }, async (req) => getMergeStatus({ ctx: ctxFor(req, deps), input: { id: req.params.id } }));
}
