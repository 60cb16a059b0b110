import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody } from "../../../contracts/errors.js";
import { ImportFormat, ImportReport, ImportTarget, SupplyListQuery } from "../../../contracts/space-supply.js";
import { ctxFor, type AppDeps } from "../../platform/http.js";
import { validation } from "../../platform/errors.js";
import { exportSupply, type ExportFormat } from "./export-supply.js";
import { importSupply } from "./import-supply.js";

const IMPORT_LIMIT = 10 * 1024 * 1024;
const ImportQuery = z.strictObject({
  target: ImportTarget,
  /** Dry run unless "false". */
  dryRun: z.enum(["true", "false"]).default("true"),
  format: ImportFormat.optional(),
  /** Parcels: the business park for rows that name none. */
  park: z.uuid().optional(),
});
const ImportBody = z.strictObject({ format: ImportFormat, content: z.string().max(IMPORT_LIMIT) });
const FORMATS = ["geojson", "csv", "xlsx", "jsonld"] as const;
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 413: ErrorBody, 429: ErrorBody };

function formatOf(fileName: string | undefined, given: "geojson" | "csv" | undefined): "geojson" | "csv" {
  if (given) return given;
  const name = (fileName ?? "").toLowerCase();
  if (name.endsWith(".csv")) return "csv";
  if (name.endsWith(".geojson") || name.endsWith(".json")) return "geojson";
  throw validation([{ path: "file", code: "unknown_format", message: "Send a .geojson, .json or .csv file (or say the format)." }]);
}

/** Import (GeoJSON, CSV; dry run, then apply) and export (GeoJSON, CSV, XLSX, JSON-LD) of parks and parcels. */
export async function spaceIoRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post("/api/space/imports", {
    schema: {
      tags: ["space"],
      summary: "Import parks or parcels from GeoJSON or CSV: a multipart upload (field file) or JSON { format, content }; a dry run reports every row, applying is all-or-nothing",
      consumes: ["multipart/form-data", "application/json"],
      querystring: ImportQuery,
      response: { 200: ImportReport, ...errors },
    },
  }, async (req) => {
    const ctx = ctxFor(req, deps);
    let text: string;
    let format: "geojson" | "csv";
    if (req.isMultipart()) {
      const part = await req.file({ limits: { fileSize: IMPORT_LIMIT, files: 1 } });
      if (!part) throw validation([{ path: "file", code: "required", message: "Send the file in the field file." }]);
      format = formatOf(part.filename, req.query.format);
      const buffer = await part.toBuffer();
      text = buffer.toString("utf8");
    } else {
      const body = ImportBody.safeParse(req.body);
      if (!body.success) throw validation(body.error.issues.map((i) => ({ path: ["body", ...i.path.map(String)].join("."), code: i.code, message: i.message })));
      format = body.data.format;
      text = body.data.content;
    }
    return importSupply({ ctx, input: { target: req.query.target, format, text, dryRun: req.query.dryRun !== "false", parkId: req.query.park }, deps: { now: deps.now } });
  });

  for (const audience of ["staff", "public"] as const) {
    for (const target of ["parks", "parcels"] as const) {
      for (const format of FORMATS) {
        const url = `${audience === "staff" ? "/api/space" : "/api/public/space"}/export/${target}.${format}`;
        r.get(url, {
          schema: {
            tags: [audience === "staff" ? "space" : "space (public)"],
            summary: `${target === "parks" ? "Business parks" : "Parcels"} as ${format === "jsonld" ? "JSON-LD (OSLO Bedrijventerrein)" : format.toUpperCase()}, with the list's filters`,
            querystring: SupplyListQuery,
            response: { 200: z.unknown().describe(format), ...errors },
          },
        }, async (req, reply) => {
          const file = await exportSupply({ ctx: ctxFor(req, deps), input: { target, format: format as ExportFormat, query: req.query, audience }, deps: { now: deps.now } });
          return reply.header("content-type", file.contentType).header("content-disposition", `attachment; filename="${file.fileName}"`).send(file.body);
        });
      }
    }
  }
}
