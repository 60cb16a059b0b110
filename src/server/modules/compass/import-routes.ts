import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { ImportForm, ImportReport, LocaleQuery } from "../../../contracts/compass.js";
import { ErrorBody } from "../../../contracts/errors.js";
import { validation } from "../../platform/errors.js";
import { ctxFor, type AppDeps } from "../../platform/http.js";
import { importMeasurements, type ImportInput } from "./import-measurements.js";
import { requireDefiner } from "./policies.js";
import { localeOf, tags } from "./routes.js";

/** Reads the multipart form: exactly one file part "file" and the field "dryRun" ("true" | "false"). */
async function readForm(req: FastifyRequest): Promise<ImportInput> {
  if (!req.isMultipart()) throw validation([{ path: "body", code: "multipart_expected", message: "Send a multipart form with the fields file and dryRun." }]);
  let file: { fileName: string; data: Buffer } | null = null;
  let dryRun: string | undefined;
  const unknown: string[] = [];
  for await (const part of req.parts()) {
    if (part.type === "file") {
      const data = await part.toBuffer(); // throws 413 beyond the upload limit
      if (part.fieldname === "file") file = { fileName: part.filename ?? "", data };
      else unknown.push(part.fieldname);
    } else if (part.fieldname === "dryRun") dryRun = String(part.value);
    else unknown.push(part.fieldname);
  }
  const details = [
    ...unknown.map((f) => ({ path: `body.${f}`, code: "unrecognized_keys", message: `Unknown field ${f}.` })),
    ...(file ? [] : [{ path: "body.file", code: "required", message: "Attach the file in the field “file”." }]),
    ...(dryRun === "true" || dryRun === "false" ? [] : [{ path: "body.dryRun", code: "invalid_value", message: "dryRun is “true” or “false”." }]),
  ];
  if (details.length) throw validation(details);
  return { ...file!, dryRun: dryRun === "true" };
}

export async function importRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post("/api/compass/imports", {
    schema: {
      tags,
      summary: "Import measurements from CSV or XLSX (dry run, or all rows or none)",
      description:
        "multipart/form-data with `file` (.csv or .xlsx, first sheet, ≤ 10 MB) and `dryRun` (true|false). Columns (case-insensitive, Dutch aliases): " +
        "indicator|indicatorcode, period|periode, value|waarde, municipality|gemeente (NIS code or name), source|bron, note|opmerking. " +
        "Values: the comma is the decimal separator, a point only separates thousands in groups of three (1.840 = 1840; 1,5 = 1.5). " +
        "Periods: yyyy-mm-dd, dd-mm-yyyy, yyyy-mm (last day of the month), yyyy (31 December). Form fields: " +
        JSON.stringify(Object.keys(ImportForm.shape)),
      consumes: ["multipart/form-data"],
      querystring: LocaleQuery,
      response: { 200: ImportReport, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 413: ErrorBody, 415: ErrorBody, 429: ErrorBody },
    },
  }, async (req) => {
    const ctx = ctxFor(req, deps);
    requireDefiner(ctx.actor); // refuse before reading an upload
    return importMeasurements({ ctx, input: await readForm(req), deps, locale: localeOf(req, req.query) });
  });
}
