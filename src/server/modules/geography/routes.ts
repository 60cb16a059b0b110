import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody } from "../../../contracts/errors.js";
import {
  ArrondissementView, MunicipalityListQuery, MunicipalityView, NisParams, PostcodeMatch, PostcodeParams,
} from "../../../contracts/geography.js";
import { AppError } from "../../platform/errors.js";
import { ctxFor, type AppDeps } from "../../platform/http.js";
import { listArrondissements } from "./list-arrondissements.js";
import { listMunicipalities } from "./list-municipalities.js";
import { getMunicipality } from "./get-municipality.js";
import { municipalityForPostcode } from "./municipality-for-postcode.js";

const tags = ["geography"];

/** Public, read-only reference data: arrondissements, municipalities and postcodes of Limburg. */
export async function geographyRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get("/api/geography/arrondissements", {
    schema: { tags, summary: "Limburg's arrondissements", response: { 200: z.object({ items: z.array(ArrondissementView) }) } },
  }, async (req) => ({ items: await listArrondissements(ctxFor(req, deps)) }));

  r.get("/api/geography/municipalities", {
    schema: {
      tags,
      summary: "Limburg's 38 municipalities (since 1 January 2025), optionally of one arrondissement",
      querystring: MunicipalityListQuery,
      response: { 200: z.object({ items: z.array(MunicipalityView) }), 400: ErrorBody },
    },
  }, async (req) => ({ items: await listMunicipalities(ctxFor(req, deps), req.query) }));

  r.get("/api/geography/municipalities/:nis", {
    schema: {
      tags,
      summary: "One municipality by its NIS code",
      params: NisParams,
      response: { 200: MunicipalityView, 400: ErrorBody, 404: ErrorBody },
    },
  }, async (req) => getMunicipality(ctxFor(req, deps), req.params.nis));

  r.get("/api/geography/postcodes/:postcode", {
    schema: {
      tags,
      summary: "The Limburg municipality a postcode belongs to",
      params: PostcodeParams,
      response: { 200: PostcodeMatch, 400: ErrorBody, 404: ErrorBody },
    },
  }, async (req) => {
    const found = await municipalityForPostcode(ctxFor(req, deps), req.params.postcode);
    if (!found) {
      throw new AppError("not_found", `Postcode ${req.params.postcode} does not belong to a municipality in the province of Limburg.`);
    }
    return found;
  });
}
