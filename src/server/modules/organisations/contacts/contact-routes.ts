import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody } from "../../../../contracts/errors.js";
import {
  ContactExport, ContactList, ContactView, CreateContactInput, CreateOrganisationInput, EraseContactInput, OrganisationProfile,
  UpdateContactInput, UpdateOrganisationInput,
} from "../../../../contracts/organisations.js";
import { ctxFor, type AppDeps } from "../../../platform/http.js";
import { createOrganisation } from "../create-organisation.js";
import { updateOrganisation } from "../update-organisation.js";
import { createContact } from "./create-contact.js";
import { eraseContact } from "./erase-contact.js";
import { exportContactData } from "./export-contact-data.js";
import { listContacts } from "./list-contacts.js";
import { updateContact } from "./update-contact.js";

const IdParams = z.strictObject({ id: z.string().uuid() });
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };
const writeErrors = { ...errors, 409: ErrorBody, 412: ErrorBody };

/** Editing a profile, hand-made records, and the people at an organisation with their GDPR legal basis. */
export async function contactRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post("/api/organisations", {
    schema: {
      tags: ["organisations"],
      summary: "A hand-made registry record (administrator, account manager): Belgian with or without an enterprise number, or a foreign partner",
      body: CreateOrganisationInput,
      response: { 201: OrganisationProfile, ...writeErrors },
    },
  }, async (req, reply) => reply.status(201).send(await createOrganisation({ ctx: ctxFor(req, deps), input: req.body })));

  r.patch("/api/organisations/:id", {
    schema: {
      tags: ["organisations"],
      summary: "Change the hand-kept fields of a profile (staff; an entrepreneur only description, website and figures of their own organisation)",
      params: IdParams,
      body: UpdateOrganisationInput,
      response: { 200: OrganisationProfile, ...writeErrors },
    },
  }, async (req) => updateOrganisation({ ctx: ctxFor(req, deps), input: { id: req.params.id, changes: req.body } }));

  r.get("/api/organisations/:id/contacts", {
    schema: { tags: ["contacts"], summary: "The people at an organisation, with the legal basis for processing their data", params: IdParams, response: { 200: ContactList, ...errors } },
  }, async (req) => listContacts({ ctx: ctxFor(req, deps), input: { organisationId: req.params.id } }));

  r.post("/api/organisations/:id/contacts", {
    schema: { tags: ["contacts"], summary: "Add a person at an organisation", params: IdParams, body: CreateContactInput, response: { 201: ContactView, ...writeErrors } },
  }, async (req, reply) => reply.status(201).send(await createContact({ ctx: ctxFor(req, deps), input: { organisationId: req.params.id, contact: req.body } })));

  r.patch("/api/contacts/:id", {
    schema: { tags: ["contacts"], summary: "Change a contact (with its version)", params: IdParams, body: UpdateContactInput, response: { 200: ContactView, ...writeErrors } },
  }, async (req) => updateContact({ ctx: ctxFor(req, deps), input: { id: req.params.id, changes: req.body } }));

  r.post("/api/contacts/:id/erase", {
    schema: {
      tags: ["contacts"],
      summary: "Erase a person's data on their request (administrator, with a reason that does not name the person)",
      params: IdParams,
      body: EraseContactInput,
      response: { 200: ContactView, ...writeErrors },
    },
  }, async (req) => eraseContact({ ctx: ctxFor(req, deps), input: { id: req.params.id, body: req.body } }));

  r.get("/api/contacts/:id/export", {
    schema: { tags: ["contacts"], summary: "One person's data as JSON for a data-subject access request", params: IdParams, response: { 200: ContactExport, ...errors } },
  }, async (req) => exportContactData({ ctx: ctxFor(req, deps), input: { id: req.params.id } }));
}
