import { and, desc, eq, inArray, notInArray } from "drizzle-orm";
import type { CallRanking } from "../../../contracts/grants-decisions.js";
import type { ReviewScores } from "../../../contracts/grants.js";
import { grantApplications, grantEnvelopes } from "../../db/schema/grants.js";
import { grantEligibilityChecks, grantReviewAssignments } from "../../db/schema/grants-decisions.js";
import { organisations } from "../../db/schema/organisations.js";
import type { Ctx } from "../../platform/context.js";
import { notFound } from "../../platform/errors.js";
import { requireGrantReader } from "./decision-policies.js";
import { loadCall } from "./decision-repo.js";
import { envelopeBalance } from "./envelope.js";
import { rankCall } from "./scoring.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The ranking of a call's applications by their weighted review scores, with what the decision maker
 * needs beside it: the mean per criterion, the reviewers' comments, the latest eligibility verdict, the
 * amounts requested and what the envelope still holds.
 */
export async function callRanking({ ctx, input }: { ctx: Ctx; input: { callId: string } }): Promise<CallRanking> {
  requireGrantReader(ctx.actor);
  if (!UUID.test(input.callId)) throw notFound("call");
  const { call } = await loadCall(ctx, input.callId);
  const apps = await ctx.db
    .select({ a: grantApplications, applicantName: organisations.name })
    .from(grantApplications)
    .innerJoin(organisations, eq(organisations.id, grantApplications.organisationId))
    .where(and(eq(grantApplications.callId, call.id), notInArray(grantApplications.status, ["draft", "withdrawn"])));
  const ids = apps.map((x) => x.a.id);
  const assignments = ids.length
    ? await ctx.db.select().from(grantReviewAssignments).where(and(inArray(grantReviewAssignments.applicationId, ids), eq(grantReviewAssignments.status, "scored")))
    : [];
  const reviews: ReviewScores[] = assignments.map((a) => ({ reviewId: a.id, applicationId: a.applicationId, reviewerId: a.reviewerId, scores: a.scores ?? [] }));
  const ranking = rankCall(call.rubric, reviews, ids);
  const checks = ids.length
    ? await ctx.db.select().from(grantEligibilityChecks).where(inArray(grantEligibilityChecks.applicationId, ids)).orderBy(desc(grantEligibilityChecks.computedAt))
    : [];
  const latestCheck = new Map<string, boolean>();
  for (const c of checks) if (!latestCheck.has(c.applicationId)) latestCheck.set(c.applicationId, c.passed);
  const byId = new Map(apps.map((x) => [x.a.id, x]));
  const row = (s: { applicationId: string; reviewCount: number; score: number; percent: number; criterionMeans: Record<string, number> }, rank: number | null, tied: boolean) => {
    const { a, applicantName } = byId.get(s.applicationId)!;
    return {
      applicationId: a.id,
      reference: a.reference,
      title: a.title,
      applicantName,
      status: a.status as CallRanking["ranked"][number]["status"],
      amountRequestedCents: a.amountRequestedCents,
      reviews: s.reviewCount,
      score: s.reviewCount ? s.score : null,
      percent: s.reviewCount ? s.percent : null,
      rank,
      tied,
      perCriterion: Object.entries(s.criterionMeans).map(([criterion, mean]) => ({ criterion, mean })),
      comments: assignments.filter((x) => x.applicationId === a.id).flatMap((x) => (x.scores ?? []).map((sc) => ({ criterion: sc.criterion, comment: sc.comment }))),
      eligibilityPassed: latestCheck.get(a.id) ?? null,
    };
  };
  const ranked = ranking.ranked.map((r) => row(r, r.rank, r.tiedWith.length > 0));
  const [env] = await ctx.db.select().from(grantEnvelopes).where(eq(grantEnvelopes.id, call.envelopeId));
  const balance = envelopeBalance(env);
  return {
    callId: call.id,
    nameNl: call.nameNl,
    nameEn: call.nameEn,
    rubric: call.rubric,
    ranked,
    unranked: ranking.unranked.map((r) => row(r, null, false)),
    envelope: { amountCents: env.amountCents, committedCents: env.committedCents, availableCents: balance.availableCents },
    requestedRankedCents: ranked.reduce((s, r) => s + (r.amountRequestedCents ?? 0), 0),
  };
}
