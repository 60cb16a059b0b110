import { eq } from "drizzle-orm";
import { z } from "zod";
import { DeclarationInput, type InboxItem } from "../../../contracts/grants-decisions.js";
import { grantReviewAssignments } from "../../db/schema/grants-decisions.js";
import { writeAudit } from "../../platform/audit.js";
import { withTransaction, type Ctx } from "../../platform/context.js";
import { conflict, validation, zodDetails } from "../../platform/errors.js";
import { requireReviewer } from "./decision-policies.js";
import { ownAssignment } from "./review-assignment.js";
import { inboxItem } from "./review-inbox.js";

const Input = z.intersection(z.object({ assignmentId: z.string().uuid() }), DeclarationInput);

/**
 * The reviewer's declaration on an assignment, before seeing anything of the application: no conflict
 * of interest opens the application for review; a declared conflict ends the assignment (the reviewer
 * no longer sees it; the officer sees it as "conflict" and may assign someone else).
 */
export async function declareConflict({ ctx, input }: { ctx: Ctx; input: { assignmentId: string } & DeclarationInput }): Promise<InboxItem | null> {
  requireReviewer(ctx.actor);
  const parsed = Input.safeParse(input);
  if (!parsed.success) throw validation(zodDetails(parsed.error, "body"));
  const v = parsed.data;
  return withTransaction(ctx, async (tx) => {
    const a = await ownAssignment(tx, v.assignmentId, { lock: true });
    if (a.status !== "assigned") throw conflict("You have already declared for this application.");
    const status = v.conflict ? "conflict" : "declared";
    await tx.db
      .update(grantReviewAssignments)
      .set({ status, declaredAt: new Date(), conflictNote: v.conflict ? v.note : "", version: a.version + 1 })
      .where(eq(grantReviewAssignments.id, a.id));
    await writeAudit(tx, {
      action: v.conflict ? "grant_review.declare_conflict" : "grant_review.declare_no_conflict",
      entity: "grant_review",
      entityId: a.id,
      before: { status: a.status },
      after: { status, applicationId: a.applicationId },
    });
    return v.conflict ? null : inboxItem(tx, { ...a, status });
  });
}
