import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody } from "../../../contracts/errors.js";
import { AssignReviewersInput, AssignmentView, CallRanking, DeclarationInput, InboxItem, ReviewDetail, ScoreInput } from "../../../contracts/grants-decisions.js";
import { ctxFor, type AppDeps } from "../../platform/http.js";
import { assignReviewers, getAssignments, listReviewers } from "./assign-reviewers.js";
import { callRanking } from "./call-ranking.js";
import { declareConflict } from "./declare-conflict.js";
import { getReview, reviewerInbox } from "./review-inbox.js";
import { scoreApplication } from "./score-application.js";

const tags = ["grants"];
const IdParams = z.strictObject({ id: z.string().uuid() });
const AssignmentParams = z.strictObject({ assignmentId: z.string().uuid() });
const reads = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 412: ErrorBody };
const writes = { ...reads, 409: ErrorBody };

/** Review: assigning reviewers, the reviewer's inbox and declaration, scoring, the ranking per call. */
export async function reviewRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get("/api/grants/reviewers", {
    schema: { tags, summary: "Active reviewers to assign (grant officers)", response: { 200: z.array(z.object({ id: z.string(), displayName: z.string() })), ...reads } },
  }, async (req) => listReviewers({ ctx: ctxFor(req, deps) }));

  r.get("/api/grants/applications/:id/reviewers", {
    schema: { tags, summary: "The reviewers of an application and where each stands", params: IdParams, response: { 200: z.array(AssignmentView), ...reads } },
  }, async (req) => getAssignments({ ctx: ctxFor(req, deps), input: { id: req.params.id } }));

  r.post("/api/grants/applications/:id/reviewers", {
    schema: { tags, summary: "Assign reviewers; the first assignment starts the review", params: IdParams, body: AssignReviewersInput, response: { 200: z.array(AssignmentView), ...writes } },
  }, async (req) => assignReviewers({ ctx: ctxFor(req, deps), input: { ...req.body, id: req.params.id } }));

  r.get("/api/grants/reviews", {
    schema: { tags, summary: "The reviewer's assignments: call, reference and participants only", response: { 200: z.array(InboxItem), ...reads } },
  }, async (req) => reviewerInbox({ ctx: ctxFor(req, deps) }));

  r.post("/api/grants/reviews/:assignmentId/declaration", {
    schema: { tags, summary: "Declare no conflict of interest (opens the application) or a conflict (ends the assignment)", params: AssignmentParams, body: DeclarationInput, response: { 200: InboxItem.nullable(), ...writes } },
  }, async (req) => declareConflict({ ctx: ctxFor(req, deps), input: { ...req.body, assignmentId: req.params.assignmentId } }));

  r.get("/api/grants/reviews/:assignmentId", {
    schema: { tags, summary: "The application for review (412 before the declaration of no conflict)", params: AssignmentParams, response: { 200: ReviewDetail, ...reads } },
  }, async (req) => getReview({ ctx: ctxFor(req, deps), input: { assignmentId: req.params.assignmentId } }));

  r.put("/api/grants/reviews/:assignmentId/scores", {
    schema: { tags, summary: "Score on the call's rubric: every criterion with a comment", params: AssignmentParams, body: ScoreInput, response: { 200: ReviewDetail, ...writes } },
  }, async (req) => scoreApplication({ ctx: ctxFor(req, deps), input: { ...req.body, assignmentId: req.params.assignmentId } }));

  r.get("/api/grants/calls/:id/ranking", {
    schema: { tags, summary: "Weighted scores and ranking of a call's applications, with a summary for the decision", params: IdParams, response: { 200: CallRanking, ...reads } },
  }, async (req) => callRanking({ ctx: ctxFor(req, deps), input: { callId: req.params.id } }));
}
