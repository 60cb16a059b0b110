import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody } from "../../../contracts/errors.js";
import { PublicParcelPage, PublicParcelView, PublicParkPage, PublicParkView, PublicPremisesPage, SupplyListQuery } from "../../../contracts/space-supply.js";
import { ctxFor, type AppDeps } from "../../platform/http.js";
import { getPublicParcel, getPublicPark, publicParcels, publicParks, publicPremises } from "./public-catalogue.js";
import { MapCollectionSchema } from "./routes.js";
import { supplyMap } from "./supply-map.js";

const tags = ["space (public)"];
const IdParams = z.strictObject({ id: z.uuid() });
const reads = { 400: ErrorBody, 404: ErrorBody };
export const MapConfig = z.object({ tileUrl: z.string().nullable(), attribution: z.string().nullable() });

/** The public catalogue of business space (no login): no confidential field, parcels and premises on offer only. */
export async function spacePublicRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get("/api/public/space/map-config", { schema: { tags, summary: "The base-map tile URL (configuration MAP_TILE_URL; null: plain background)", response: { 200: MapConfig } } },
    async () => ({ tileUrl: deps.config.mapTileUrl ?? null, attribution: deps.config.mapTileUrl ? "© OpenStreetMap contributors" : null }));
  r.get("/api/public/space/map", { schema: { tags, summary: "Map data (GeoJSON): all parks, parcels and premises on offer", querystring: SupplyListQuery, response: { 200: MapCollectionSchema, ...reads } } },
    async (req) => supplyMap({ ctx: ctxFor(req, deps), input: req.query, audience: "public" }));
  r.get("/api/public/space/parks", { schema: { tags, summary: "Business parks", querystring: SupplyListQuery, response: { 200: PublicParkPage, ...reads } } },
    async (req) => publicParks({ ctx: ctxFor(req, deps), input: req.query }));
  r.get("/api/public/space/parks/:id", { schema: { tags, summary: "One business park", params: IdParams, response: { 200: PublicParkView, ...reads } } },
    async (req) => getPublicPark({ ctx: ctxFor(req, deps), input: req.params }));
  r.get("/api/public/space/parcels", { schema: { tags, summary: "Parcels on offer (available or under option)", querystring: SupplyListQuery, response: { 200: PublicParcelPage, ...reads } } },
    async (req) => publicParcels({ ctx: ctxFor(req, deps), input: req.query }));
  r.get("/api/public/space/parcels/:id", { schema: { tags, summary: "One parcel on offer", params: IdParams, response: { 200: PublicParcelView, ...reads } } },
    async (req) => getPublicParcel({ ctx: ctxFor(req, deps), input: req.params }));
  r.get("/api/public/space/premises", { schema: { tags, summary: "Premises on offer", querystring: SupplyListQuery, response: { 200: PublicPremisesPage, ...reads } } },
    async (req) => publicPremises({ ctx: ctxFor(req, deps), input: req.query }));
}
