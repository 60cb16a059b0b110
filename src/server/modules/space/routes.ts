import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody } from "../../../contracts/errors.js";
import {
  AvailabilityChange, BrownfieldInput, BrownfieldPage, BrownfieldUpdate, BrownfieldView, DocumentInput, DocumentView, ParcelInput, ParcelPage, ParcelUpdate,
  ParcelView, ParkInput, ParkPage, ParkUpdate, ParkView, PremisesInput, PremisesPage, PremisesUpdate, PremisesView, SupplyListQuery,
} from "../../../contracts/space-supply.js";
import { ctxFor, type AppDeps } from "../../platform/http.js";
import { deletePark } from "./delete-park.js";
import { deleteParcel } from "./delete-parcel.js";
import { addDocument, removeDocument } from "./documents.js";
import { getBrownfield, getParcel, getPark, getPremises } from "./get-supply.js";
import { listBrownfields, listParcels, listParks, listPremises } from "./list-supply.js";
import { createBrownfield, deleteBrownfield, updateBrownfield } from "./save-brownfield.js";
import { createPark, updatePark } from "./save-park.js";
import { createParcel, setParcelAvailability, updateParcel } from "./save-parcel.js";
import { createPremises, deletePremises, updatePremises } from "./save-premises.js";
import { supplyMap } from "./supply-map.js";

const tags = ["space"];
const IdParams = z.strictObject({ id: z.uuid() });
const VersionQuery = z.strictObject({ version: z.coerce.number<number | string>().int().min(1) });
const Deleted = z.object({ id: z.string() });
const reads = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };
const writes = { ...reads, 409: ErrorBody, 412: ErrorBody };
export const MapCollectionSchema = z.object({ type: z.literal("FeatureCollection"), features: z.array(z.unknown()) });

/** Back office: keeping parks, parcels, premises, brownfields and documents (staff view). */
export async function spaceSupplyRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const d = { now: deps.now };

  r.get("/api/space/map", {
    schema: { tags, summary: "Map data (GeoJSON): parks, parcels and premises the user keeps or reads, with availability", querystring: SupplyListQuery, response: { 200: MapCollectionSchema, ...reads } },
  }, async (req) => supplyMap({ ctx: ctxFor(req, deps), input: req.query, audience: "staff" }));

  /* parks */
  r.get("/api/space/parks", { schema: { tags, summary: "Business parks (filter, sort, page)", querystring: SupplyListQuery, response: { 200: ParkPage, ...reads } } },
    async (req) => listParks({ ctx: ctxFor(req, deps), input: req.query }));
  r.post("/api/space/parks", { schema: { tags, summary: "Record a business park", body: ParkInput, response: { 201: ParkView, ...writes } } },
    async (req, reply) => reply.status(201).send(await createPark({ ctx: ctxFor(req, deps), input: req.body })));
  r.get("/api/space/parks/:id", { schema: { tags, summary: "One business park", params: IdParams, response: { 200: ParkView, ...reads } } },
    async (req) => getPark({ ctx: ctxFor(req, deps), input: req.params }));
  r.patch("/api/space/parks/:id", { schema: { tags, summary: "Change a business park (with its version)", params: IdParams, body: ParkUpdate, response: { 200: ParkView, ...writes } } },
    async (req) => updatePark({ ctx: ctxFor(req, deps), input: { ...req.body, id: req.params.id } }));
  r.delete("/api/space/parks/:id", { schema: { tags, summary: "Delete an empty business park", params: IdParams, querystring: VersionQuery, response: { 200: Deleted, ...writes } } },
    async (req) => deletePark({ ctx: ctxFor(req, deps), input: { id: req.params.id, version: req.query.version } }));

  /* parcels */
  r.get("/api/space/parcels", { schema: { tags, summary: "Parcels (filter, sort, page)", querystring: SupplyListQuery, response: { 200: ParcelPage, ...reads } } },
    async (req) => listParcels({ ctx: ctxFor(req, deps), input: req.query }));
  r.post("/api/space/parcels", { schema: { tags, summary: "Record a parcel", body: ParcelInput, response: { 201: ParcelView, ...writes } } },
    async (req, reply) => reply.status(201).send(await createParcel({ ctx: ctxFor(req, deps), input: req.body, deps: d })));
  r.get("/api/space/parcels/:id", { schema: { tags, summary: "One parcel", params: IdParams, response: { 200: ParcelView, ...reads } } },
    async (req) => getParcel({ ctx: ctxFor(req, deps), input: req.params }));
  r.patch("/api/space/parcels/:id", { schema: { tags, summary: "Change a parcel (with its version)", params: IdParams, body: ParcelUpdate, response: { 200: ParcelView, ...writes } } },
    async (req) => updateParcel({ ctx: ctxFor(req, deps), input: { ...req.body, id: req.params.id }, deps: d }));
  r.post("/api/space/parcels/:id/availability", { schema: { tags, summary: "Mark a parcel available, under option, sold, in use or not available", params: IdParams, body: AvailabilityChange, response: { 200: ParcelView, ...writes } } },
    async (req) => setParcelAvailability({ ctx: ctxFor(req, deps), input: { ...req.body, id: req.params.id }, deps: d }));
  r.delete("/api/space/parcels/:id", { schema: { tags, summary: "Delete a parcel recorded by mistake", params: IdParams, querystring: VersionQuery, response: { 200: Deleted, ...writes } } },
    async (req) => deleteParcel({ ctx: ctxFor(req, deps), input: { id: req.params.id, version: req.query.version } }));

  /* premises */
  r.get("/api/space/premises", { schema: { tags, summary: "Buildings and premises (filter, sort, page)", querystring: SupplyListQuery, response: { 200: PremisesPage, ...reads } } },
    async (req) => listPremises({ ctx: ctxFor(req, deps), input: req.query }));
  r.post("/api/space/premises", { schema: { tags, summary: "Record premises", body: PremisesInput, response: { 201: PremisesView, ...writes } } },
    async (req, reply) => reply.status(201).send(await createPremises({ ctx: ctxFor(req, deps), input: req.body, deps: d })));
  r.get("/api/space/premises/:id", { schema: { tags, summary: "One premises", params: IdParams, response: { 200: PremisesView, ...reads } } },
    async (req) => getPremises({ ctx: ctxFor(req, deps), input: req.params }));
  r.patch("/api/space/premises/:id", { schema: { tags, summary: "Change premises (with the version)", params: IdParams, body: PremisesUpdate, response: { 200: PremisesView, ...writes } } },
    async (req) => updatePremises({ ctx: ctxFor(req, deps), input: { ...req.body, id: req.params.id }, deps: d }));
  r.delete("/api/space/premises/:id", { schema: { tags, summary: "Delete premises recorded by mistake", params: IdParams, querystring: VersionQuery, response: { 200: Deleted, ...writes } } },
    async (req) => deletePremises({ ctx: ctxFor(req, deps), input: { id: req.params.id, version: req.query.version } }));

  /* brownfields */
  r.get("/api/space/brownfields", { schema: { tags, summary: "Brownfields and outdated zones", querystring: SupplyListQuery, response: { 200: BrownfieldPage, ...reads } } },
    async (req) => listBrownfields({ ctx: ctxFor(req, deps), input: req.query }));
  r.post("/api/space/brownfields", { schema: { tags, summary: "Record a brownfield or outdated zone", body: BrownfieldInput, response: { 201: BrownfieldView, ...writes } } },
    async (req, reply) => reply.status(201).send(await createBrownfield({ ctx: ctxFor(req, deps), input: req.body, deps: d })));
  r.get("/api/space/brownfields/:id", { schema: { tags, summary: "One brownfield", params: IdParams, response: { 200: BrownfieldView, ...reads } } },
    async (req) => getBrownfield({ ctx: ctxFor(req, deps), input: req.params }));
  r.patch("/api/space/brownfields/:id", { schema: { tags, summary: "Change a brownfield (renovation status, …)", params: IdParams, body: BrownfieldUpdate, response: { 200: BrownfieldView, ...writes } } },
    async (req) => updateBrownfield({ ctx: ctxFor(req, deps), input: { ...req.body, id: req.params.id }, deps: d }));
  r.delete("/api/space/brownfields/:id", { schema: { tags, summary: "Delete a brownfield", params: IdParams, querystring: VersionQuery, response: { 200: Deleted, ...writes } } },
    async (req) => deleteBrownfield({ ctx: ctxFor(req, deps), input: { id: req.params.id, version: req.query.version } }));

  /* documents */
  r.post("/api/space/documents", { schema: { tags, summary: "Add a regulation document or link to a park or parcel", body: DocumentInput, response: { 201: DocumentView, ...writes } } },
    async (req, reply) => reply.status(201).send(await addDocument({ ctx: ctxFor(req, deps), input: req.body })));
  r.delete("/api/space/documents/:id", { schema: { tags, summary: "Remove a document", params: IdParams, response: { 200: Deleted, ...writes } } },
    async (req) => removeDocument({ ctx: ctxFor(req, deps), input: req.params }));
}
