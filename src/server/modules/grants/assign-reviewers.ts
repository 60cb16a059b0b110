import { and, asc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { AssignReviewersInput, type AssignmentView } from "../../../contracts/grants-decisions.js";
import { userRoles, users } from "../../db/schema/identity.js";
import { grantReviewAssignments } from "../../db/schema/grants-decisions.js";
import { writeAudit } from "../../platform/audit.js";
import { withTransaction, type Ctx } from "../../platform/context.js";
import { conflict, validation, zodDetails } from "../../platform/errors.js";
import { step } from "./decide-application.js";
import { requireGrantReader, requireOfficer, userIdOf, workflowRoles } from "./decision-policies.js";
import { loadApplication, setStatus } from "./decision-repo.js";

const Input = AssignReviewersInput.extend({ id: z.string().uuid() });

export async function listAssignments(ctx: Ctx, applicationId: string): Promise<AssignmentView[]> {
  const found = await ctx.db
    .select({ a: grantReviewAssignments, name: users.displayName })
    .from(grantReviewAssignments)
    .innerJoin(users, eq(users.id, grantReviewAssignments.reviewerId))
    .where(eq(grantReviewAssignments.applicationId, applicationId))
    .orderBy(asc(grantReviewAssignments.assignedAt), asc(users.displayName));
  return found.map(({ a, name }) => ({
    id: a.id,
    applicationId: a.applicationId,
    reviewerId: a.reviewerId,
    reviewerName: name,
    status: a.status as AssignmentView["status"],
    assignedAt: a.assignedAt.toISOString(),
    declaredAt: a.declaredAt?.toISOString() ?? null,
    scoredAt: a.scoredAt?.toISOString() ?? null,
  }));
}

/** The active users with the reviewer role, to choose from when assigning (grant officers). */
export async function listReviewers({ ctx }: { ctx: Ctx }): Promise<{ id: string; displayName: string }[]> {
  requireOfficer(ctx.actor);
  return ctx.db
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, "reviewer")))
    .where(eq(users.active, true))
    .orderBy(asc(users.displayName));
}

/** The reviewers of an application and where each stands (grant staff). */
export async function getAssignments({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<AssignmentView[]> {
  requireGrantReader(ctx.actor);
  const app = await loadApplication(ctx, input.id);
  return listAssignments(ctx, app.id);
}

/**
 * Assigns reviewers (users with the reviewer role) to a submitted application; the first assignment
 * starts the review (submitted → under review). Reviewers already assigned are left as they are.
 */
export async function assignReviewers({ ctx, input }: { ctx: Ctx; input: { id: string } & AssignReviewersInput }): Promise<AssignmentView[]> {
  requireOfficer(ctx.actor);
  const parsed = Input.safeParse(input);
  if (!parsed.success) throw validation(zodDetails(parsed.error, "body"));
  const v = parsed.data;
  return withTransaction(ctx, async (tx) => {
    const app = await loadApplication(tx, v.id, { lock: true });
    if (app.status !== "submitted" && app.status !== "under_review") throw conflict(`Reviewers can be assigned to a submitted application or one under review; this one is ${app.status.replace(/_/g, " ")}.`);
    const wanted = [...new Set(v.reviewerIds)];
    const reviewers = await tx.db
      .select({ id: users.id })
      .from(users)
      .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, "reviewer")))
      .where(and(inArray(users.id, wanted), eq(users.active, true)));
    const ok = new Set(reviewers.map((r) => r.id));
    const bad = v.reviewerIds.flatMap((id, i) => (ok.has(id) ? [] : [{ path: `body.reviewerIds.${i}`, code: "not_a_reviewer", message: "This user is not an active reviewer." }]));
    if (bad.length) throw validation(bad);
    const added = await tx.db
      .insert(grantReviewAssignments)
      .values(wanted.map((reviewerId) => ({ applicationId: app.id, reviewerId, assignedBy: userIdOf(tx.actor) })))
      .onConflictDoNothing()
      .returning({ id: grantReviewAssignments.id, reviewerId: grantReviewAssignments.reviewerId });
    const before = app.status;
    if (app.status === "submitted") await setStatus(tx, app, step("submitted", { type: "start_review" }, workflowRoles(tx.actor)).to);
    await writeAudit(tx, {
      action: "grant_application.assign_reviewers",
      entity: "grant_application",
      entityId: app.id,
      before: { status: before },
      after: { status: app.status, assigned: added.map((a) => a.reviewerId) },
    });
    return listAssignments(tx, app.id);
  });
}
