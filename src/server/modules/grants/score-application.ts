import { eq } from "drizzle-orm";
import { z } from "zod";
import { ScoreInput, type ReviewDetail } from "../../../contracts/grants-decisions.js";
import { grantReviewAssignments } from "../../db/schema/grants-decisions.js";
import { writeAudit } from "../../platform/audit.js";
import { withTransaction, type Ctx } from "../../platform/context.js";
import { conflict, preconditionFailed, validation, zodDetails } from "../../platform/errors.js";
import { requireReviewer } from "./decision-policies.js";
import { loadApplication, loadCall } from "./decision-repo.js";
import { ownAssignment } from "./review-assignment.js";
import { getReview } from "./review-inbox.js";
import { validateReview } from "./scoring.js";

const Input = ScoreInput.extend({ assignmentId: z.string().uuid() });

/** Scores an application on the call's rubric: every criterion once, on its scale, with a comment. May be revised while the review lasts. */
export async function scoreApplication({ ctx, input }: { ctx: Ctx; input: { assignmentId: string } & ScoreInput }): Promise<ReviewDetail> {
  requireReviewer(ctx.actor);
  const parsed = Input.safeParse(input);
  if (!parsed.success) throw validation(zodDetails(parsed.error, "body"));
  const v = parsed.data;
  await withTransaction(ctx, async (tx) => {
    const a = await ownAssignment(tx, v.assignmentId, { lock: true });
    if (a.status === "assigned") throw preconditionFailed("Declare first that you have no conflict of interest with this application.", [{ path: "assignment", code: "declaration_required", message: "Declaration of no conflict of interest required." }]);
    const app = await loadApplication(tx, a.applicationId);
    if (app.status !== "under_review") throw conflict("The review of this application has ended.");
    const { call } = await loadCall(tx, app.callId);
    const errors = validateReview(call.rubric, { reviewId: a.id, applicationId: app.id, reviewerId: a.reviewerId, scores: v.scores });
    if (errors.length) throw validation(errors.map((e) => ({ path: `body.${e.path}`, code: e.code, message: e.message })));
    await tx.db
      .update(grantReviewAssignments)
      .set({ status: "scored", scores: v.scores, scoredAt: new Date(), version: a.version + 1 })
      .where(eq(grantReviewAssignments.id, a.id));
    await writeAudit(tx, { action: "grant_review.score", entity: "grant_review", entityId: a.id, before: { status: a.status, scores: a.scores }, after: { status: "scored", scores: v.scores } });
  });
  return getReview({ ctx, input: { assignmentId: v.assignmentId } });
}
