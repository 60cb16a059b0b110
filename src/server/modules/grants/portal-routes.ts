import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody } from "../../../contracts/errors.js";
import {
  AnswerInput, ApplicationDetail, ApplicationListQuery, ApplicationPage, AskInput, DeclareDeMinimisInput, InvitePartnerInput, RespondInvitationInput,
  SaveDraftInput, StartApplicationInput, VersionInput, WithdrawInput,
} from "../../../contracts/grants-portal.js";
import { validation } from "../../platform/errors.js";
import { ctxFor, type AppDeps } from "../../platform/http.js";
import { deleteAttachment, getAttachmentFile, uploadAttachment } from "./application-attachments.js";
import { submitApplication, withdrawApplication } from "./application-lifecycle.js";
import { getApplication, listApplications } from "./application-reads.js";
import { answerInformationRequest, askForInformation } from "./information-requests.js";
import { invitePartner, removePartner } from "./partner-invitations.js";
import { declareDeMinimis, respondToInvitation } from "./partner-responses.js";
import { saveApplicationDraft } from "./save-application-draft.js";
import { startApplication } from "./start-application.js";

const tags = ["grants"];
const IdParams = z.strictObject({ id: z.string().uuid() });
const reads = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };
const writes = { ...reads, 409: ErrorBody, 412: ErrorBody };
const detail = { 200: ApplicationDetail, ...writes };

/** Reads the multipart upload: one file part "file" and the optional field "fieldKey". */
async function readUpload(req: FastifyRequest): Promise<{ filename: string; contentType: string; bytes: Buffer; fieldKey: string | null }> {
  if (!req.isMultipart()) throw validation([{ path: "body", code: "multipart_expected", message: "Send a multipart form with the field file." }]);
  let file: { filename: string; contentType: string; bytes: Buffer } | null = null;
  let fieldKey: string | null = null;
  for await (const part of req.parts()) {
    if (part.type === "file") {
      const bytes = await part.toBuffer();
      if (part.fieldname === "file") file = { filename: part.filename ?? "", contentType: part.mimetype, bytes };
    } else if (part.fieldname === "fieldKey") fieldKey = String(part.value) || null;
  }
  if (!file) throw validation([{ path: "body.file", code: "required", message: "Attach the file in the field “file”." }]);
  return { ...file, fieldKey };
}

/** The applicant portal: applications, partners and their de minimis declarations, files, submission, questions. */
export async function portalRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get("/api/grants/applications", {
    schema: { tags, summary: "Applications the user may see (entrepreneur: own organisations as lead or partner; grant officer, administrator: all)", querystring: ApplicationListQuery, response: { 200: ApplicationPage, ...reads } },
  }, async (req) => listApplications({ ctx: ctxFor(req, deps), input: req.query }));

  r.post("/api/grants/applications", {
    schema: { tags, summary: "Start an application for one's own organisation in a published call (prefilled from the registry)", body: StartApplicationInput, response: { 201: ApplicationDetail, ...writes } },
  }, async (req, reply) => reply.status(201).send(await startApplication({ ctx: ctxFor(req, deps), input: req.body, deps })));

  r.get("/api/grants/applications/:id", {
    schema: { tags, summary: "One application (full for the lead and officers; the partnership part for a partner)", params: IdParams, response: { 200: ApplicationDetail, ...reads } },
  }, async (req) => getApplication({ ctx: ctxFor(req, deps), input: { id: req.params.id }, deps }));

  r.patch("/api/grants/applications/:id", {
    schema: { tags, summary: "Save the draft (autosave): title, amount, language, contact, answers; with the version last read", params: IdParams, body: SaveDraftInput, response: detail },
  }, async (req) => saveApplicationDraft({ ctx: ctxFor(req, deps), input: { ...req.body, id: req.params.id }, deps }));

  r.post("/api/grants/applications/:id/partners", {
    schema: { tags, summary: "Invite a partner company by its enterprise number", params: IdParams, body: InvitePartnerInput, response: detail },
  }, async (req) => invitePartner({ ctx: ctxFor(req, deps), input: { ...req.body, applicationId: req.params.id }, deps }));

  r.delete("/api/grants/applications/:id/partners/:partnerId", {
    schema: { tags, summary: "Take an invitation back", params: z.strictObject({ id: z.string().uuid(), partnerId: z.string().uuid() }), response: detail },
  }, async (req) => removePartner({ ctx: ctxFor(req, deps), input: { applicationId: req.params.id, partnerId: req.params.partnerId }, deps }));

  r.post("/api/grants/applications/:id/partners/:partnerId/response", {
    schema: { tags, summary: "The partner confirms (with its de minimis declaration) or declines", params: z.strictObject({ id: z.string().uuid(), partnerId: z.string().uuid() }), body: RespondInvitationInput, response: detail },
  }, async (req) => respondToInvitation({ ctx: ctxFor(req, deps), input: { ...req.body, applicationId: req.params.id, partnerId: req.params.partnerId }, deps }));

  r.put("/api/grants/applications/:id/de-minimis", {
    schema: { tags, summary: "A participant declares (replaces) its de minimis aid of the last three years", params: IdParams, body: DeclareDeMinimisInput, response: detail },
  }, async (req) => declareDeMinimis({ ctx: ctxFor(req, deps), input: { ...req.body, applicationId: req.params.id }, deps }));

  r.post("/api/grants/applications/:id/attachments", {
    schema: { tags, summary: "Upload a file (multipart: file, optional fieldKey of the form's file field)", consumes: ["multipart/form-data"], params: IdParams, response: { ...detail, 413: ErrorBody } },
  }, async (req) => uploadAttachment({ ctx: ctxFor(req, deps), input: { ...(await readUpload(req)), applicationId: req.params.id }, deps }));

  r.get("/api/grants/applications/:id/attachments/:attachmentId", {
    schema: { tags, summary: "Download a file", params: z.strictObject({ id: z.string().uuid(), attachmentId: z.string().uuid() }), response: { 200: z.unknown().describe("file"), ...reads } },
  }, async (req, reply) => {
    const file = await getAttachmentFile({ ctx: ctxFor(req, deps), input: { applicationId: req.params.id, attachmentId: req.params.attachmentId } });
    return reply
      .header("content-type", file.contentType)
      .header("content-disposition", `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
      .header("x-content-type-options", "nosniff")
      .send(file.bytes);
  });

  r.delete("/api/grants/applications/:id/attachments/:attachmentId", {
    schema: { tags, summary: "Remove a file", params: z.strictObject({ id: z.string().uuid(), attachmentId: z.string().uuid() }), response: detail },
  }, async (req) => deleteAttachment({ ctx: ctxFor(req, deps), input: { applicationId: req.params.id, attachmentId: req.params.attachmentId }, deps }));

  r.post("/api/grants/applications/:id/submit", {
    schema: { tags, summary: "Submit a complete application while the call is open (412 lists what is missing)", params: IdParams, body: VersionInput, response: detail },
  }, async (req) => submitApplication({ ctx: ctxFor(req, deps), input: { id: req.params.id, version: req.body.version }, deps }));

  r.post("/api/grants/applications/:id/withdraw", {
    schema: { tags, summary: "Withdraw the application", params: IdParams, body: WithdrawInput, response: detail },
  }, async (req) => withdrawApplication({ ctx: ctxFor(req, deps), input: { ...req.body, id: req.params.id }, deps }));

  r.post("/api/grants/applications/:id/information-requests", {
    schema: { tags, summary: "Ask the applicant for more information (grant officer)", params: IdParams, body: AskInput, response: detail },
  }, async (req) => askForInformation({ ctx: ctxFor(req, deps), input: { ...req.body, applicationId: req.params.id }, deps }));

  r.post("/api/grants/applications/:id/information-requests/:requestId/answer", {
    schema: { tags, summary: "Answer a question (the applicant)", params: z.strictObject({ id: z.string().uuid(), requestId: z.string().uuid() }), body: AnswerInput, response: detail },
  }, async (req) => answerInformationRequest({ ctx: ctxFor(req, deps), input: { ...req.body, applicationId: req.params.id, requestId: req.params.requestId }, deps }));
}
