import { and, asc, eq, ne } from "drizzle-orm";
import type { InboxItem, ReviewDetail } from "../../../contracts/grants-decisions.js";
import { grantReviewAssignments } from "../../db/schema/grants-decisions.js";
import type { Ctx } from "../../platform/context.js";
import { preconditionFailed } from "../../platform/errors.js";
import { formatEnterpriseNumber } from "../organisations/index.js";
import { requireReviewer, userIdOf } from "./decision-policies.js";
import { loadApplication, loadCall, participantsOf } from "./decision-repo.js";
import { ownAssignment, type AssignmentRow } from "./review-assignment.js";
import { scoreReview as weighted } from "./scoring.js";

/** What a reviewer may see before declaring: the call, the reference and who takes part — to judge a conflict of interest. */
export async function inboxItem(ctx: Ctx, a: AssignmentRow): Promise<InboxItem> {
  const app = await loadApplication(ctx, a.applicationId);
  const { call } = await loadCall(ctx, app.callId);
  const participants = (await participantsOf(ctx, app.id)).filter((p) => p.status !== "declined");
  return {
    assignmentId: a.id,
    status: a.status as InboxItem["status"],
    callNameNl: call.nameNl,
    callNameEn: call.nameEn,
    reference: app.reference,
    participants: participants.map((p) => ({ name: p.org.name, enterpriseNumber: p.org.enterpriseNumber ? formatEnterpriseNumber(p.org.enterpriseNumber) : null, role: p.role })),
    assignedAt: a.assignedAt.toISOString(),
  };
}

/** The reviewer's own assignments, oldest first; assignments ended by a declared conflict are gone. */
export async function reviewerInbox({ ctx }: { ctx: Ctx }): Promise<InboxItem[]> {
  requireReviewer(ctx.actor);
  const me = userIdOf(ctx.actor)!;
  const mine = await ctx.db
    .select()
    .from(grantReviewAssignments)
    .where(and(eq(grantReviewAssignments.reviewerId, me), ne(grantReviewAssignments.status, "conflict")))
    .orderBy(asc(grantReviewAssignments.assignedAt));
  return Promise.all(mine.map((a) => inboxItem(ctx, a)));
}

/** The application for review. Before the declaration of no conflict: 412, and nothing of the application. */
export async function getReview({ ctx, input }: { ctx: Ctx; input: { assignmentId: string } }): Promise<ReviewDetail> {
  requireReviewer(ctx.actor);
  const a = await ownAssignment(ctx, input.assignmentId);
  if (a.status === "assigned") throw preconditionFailed("Declare first that you have no conflict of interest with this application.", [{ path: "assignment", code: "declaration_required", message: "Declaration of no conflict of interest required." }]);
  const app = await loadApplication(ctx, a.applicationId);
  const { call } = await loadCall(ctx, app.callId);
  const participants = (await participantsOf(ctx, app.id)).filter((p) => p.status === "confirmed");
  const scores = a.scores ?? null;
  return {
    assignmentId: a.id,
    status: a.status as ReviewDetail["status"],
    application: {
      id: app.id,
      reference: app.reference,
      title: app.title,
      status: app.status as ReviewDetail["application"]["status"],
      amountRequestedCents: app.amountRequestedCents,
      answers: app.answers,
      language: app.language,
    },
    call: { id: call.id, nameNl: call.nameNl, nameEn: call.nameEn, form: call.form, rubric: call.rubric },
    participants: participants.map((p) => ({
      organisationId: p.organisationId,
      name: p.org.name,
      enterpriseNumber: p.org.enterpriseNumber ? formatEnterpriseNumber(p.org.enterpriseNumber) : null,
      role: p.role,
      smeClass: p.org.smeClass as ReviewDetail["participants"][number]["smeClass"],
    })),
    scores,
    weightedScore: scores ? weighted(call.rubric, { reviewId: a.id, applicationId: app.id, reviewerId: a.reviewerId, scores }).score : null,
  };
}
