import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody } from "../../../contracts/errors.js";
import {
  KboImportRun, KboImportRunList, KboScope, OrganisationList, OrganisationProfile, SearchOrganisationsInput, StartKboImportInput,
} from "../../../contracts/organisations.js";
import { validation } from "../../platform/errors.js";
import { ctxFor, type AppDeps } from "../../platform/http.js";
import { exportOrganisations } from "./export-organisations.js";
import { getOrganisation } from "./get-organisation.js";
import { getKboImport, listKboImports } from "./list-kbo-imports.js";
import { searchOrganisations } from "./search-organisations.js";
import { startKboImport } from "./start-kbo-import.js";
import { KBO_UPLOAD_LIMIT, uploadKboImport } from "./upload-kbo-import.js";

const tags = ["organisations"];
const IdParams = z.strictObject({ id: z.string().uuid() });
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };

export async function organisationRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get("/api/organisations", {
    schema: {
      tags,
      summary: "Search the registry: name (accent- and typo-tolerant), enterprise number in any form, NACE prefix, municipality, kind, SME class",
      querystring: SearchOrganisationsInput,
      response: { 200: OrganisationList, ...errors },
    },
  }, async (req) => searchOrganisations({ ctx: ctxFor(req, deps), input: req.query }));

  for (const format of ["csv", "xlsx"] as const) {
    r.get(`/api/organisations/export.${format}`, {
      schema: {
        tags,
        summary: `The same search as a ${format.toUpperCase()} file (at most 100,000 rows)`,
        querystring: SearchOrganisationsInput,
        produces: [format === "csv" ? "text/csv" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
        response: { 200: z.unknown().describe(format), ...errors, 429: ErrorBody },
      },
    }, async (req, reply) => {
      const file = await exportOrganisations({ ctx: ctxFor(req, deps), input: { format, query: req.query } });
      return reply.header("content-type", file.contentType).header("content-disposition", `attachment; filename="${file.fileName}"`).send(file.body);
    });
  }

  r.get("/api/organisations/imports", {
    schema: { tags, summary: "KBO import runs with their progress, newest first", response: { 200: KboImportRunList, ...errors } },
  }, async (req) => listKboImports({ ctx: ctxFor(req, deps), input: {} }));

  r.get("/api/organisations/imports/:id", {
    schema: { tags, summary: "One KBO import run", params: IdParams, response: { 200: KboImportRun, ...errors } },
  }, async (req) => getKboImport({ ctx: ctxFor(req, deps), input: { id: req.params.id } }));

  r.post("/api/organisations/imports", {
    schema: {
      tags,
      summary: "Start a KBO open-data import (administrator): JSON { path, scope } for a file on the server, or a multipart upload (file, scope)",
      consumes: ["application/json", "multipart/form-data"],
      querystring: z.strictObject({ scope: KboScope.optional() }),
      response: { 202: KboImportRun, ...errors, 409: ErrorBody, 413: ErrorBody },
    },
  }, async (req, reply) => {
    const ctx = ctxFor(req, deps);
    if (req.isMultipart()) {
      const part = await req.file({ limits: { fileSize: KBO_UPLOAD_LIMIT, files: 1 } });
      if (!part) throw validation([{ path: "file", code: "required", message: "Send the zip in the field file." }]);
      const field = part.fields.scope as { value?: unknown } | undefined;
      const run = await uploadKboImport({
        ctx,
        input: { dataDir: deps.config.dataDir, fileName: part.filename, stream: part.file, scope: req.query.scope ?? field?.value },
      });
      return reply.status(202).send(run);
    }
    const body = StartKboImportInput.safeParse(req.body);
    if (!body.success) throw validation(body.error.issues.map((i) => ({ path: ["body", ...i.path.map(String)].join("."), code: i.code, message: i.message })));
    return reply.status(202).send(await startKboImport({ ctx, input: body.data }));
  });

  r.get("/api/organisations/:id", {
    schema: { tags, summary: "An organisation's profile with its SME class and the reasons for it", params: IdParams, response: { 200: OrganisationProfile, ...errors } },
  }, async (req) => getOrganisation({ ctx: ctxFor(req, deps), input: { id: req.params.id } }));
}
