/**
 * Review scoring on a call's rubric: criteria with integer weights on one integer scale, a score
 * and a comment per criterion. A review's score is its weighted mean Σ(w·s)/Σw; an application's
 * score is the mean of its reviews' scores; the call's ranking orders applications by that score.
 *
 * All comparisons are exact: scores are kept as integer numerators over a common denominator and
 * compared by cross-multiplication, so 10/3 and 20/6 tie and no rounding decides a rank. The
 * rounded figures in the result are for display only.
 *
 * Ties: the rubric's tie-breakers (criteria, in order) are tried — the higher mean on that
 * criterion goes first. Applications still equal share a rank (1, 2, 2, 4) and say so.
 * Applications with fewer reviews than the rubric's minimum are listed apart, unranked.
 */
import type { FieldError, Reason, ReviewScores, Rubric } from "../../../contracts/grants.js";
import { reason } from "./reason.js";

export function validateReview(rubric: Rubric, review: ReviewScores): FieldError[] {
  const errors: FieldError[] = [];
  const push = (path: string, code: string, message: string, params: FieldError["params"] = {}) => errors.push({ path, section: "scores", code, message, params });
  const seen = new Set<string>();
  review.scores.forEach((s, i) => {
    const criterion = rubric.criteria.find((c) => c.key === s.criterion);
    if (!criterion) return push(`scores.${i}.criterion`, "unknown_criterion", `"${s.criterion}" is not a criterion of this call.`, { criterion: s.criterion });
    if (seen.has(s.criterion)) return push(`scores.${i}.criterion`, "duplicate", `"${criterion.label.en}" is scored twice.`, { criterion: s.criterion });
    seen.add(s.criterion);
    if (!Number.isInteger(s.score) || s.score < rubric.scale.min || s.score > rubric.scale.max) {
      push(`scores.${i}.score`, "out_of_scale", `The score for "${criterion.label.en}" must be a whole number from ${rubric.scale.min} to ${rubric.scale.max}.`, { criterion: s.criterion, min: rubric.scale.min, max: rubric.scale.max });
    }
    if (s.comment.trim() === "") push(`scores.${i}.comment`, "required", `"${criterion.label.en}" needs a comment.`, { criterion: s.criterion });
  });
  for (const c of rubric.criteria) {
    if (!seen.has(c.key)) push("scores", "missing_criterion", `"${c.label.en}" has no score.`, { criterion: c.key });
  }
  return errors;
}

const totalWeight = (rubric: Rubric) => rubric.criteria.reduce((s, c) => s + c.weight, 0);
const round2 = (x: number) => Math.round(x * 100) / 100;

/** Σ weight × score of a valid review. */
function weightedSum(rubric: Rubric, review: ReviewScores): number {
  return rubric.criteria.reduce((s, c) => s + c.weight * review.scores.find((x) => x.criterion === c.key)!.score, 0);
}

export interface ReviewResult {
  reviewId: string;
  reviewerId: string;
  score: number; // weighted mean on the rubric's scale, rounded to 2 decimals
  percent: number; // position between the scale's minimum (0) and maximum (100), rounded
}

/** The weighted score of one review; throws if the review does not fit the rubric. */
export function scoreReview(rubric: Rubric, review: ReviewScores): ReviewResult {
  const errors = validateReview(rubric, review);
  if (errors.length > 0) throw new RangeError(errors[0].message);
  const mean = weightedSum(rubric, review) / totalWeight(rubric);
  return { reviewId: review.reviewId, reviewerId: review.reviewerId, score: round2(mean), percent: round2(((mean - rubric.scale.min) / (rubric.scale.max - rubric.scale.min)) * 100) };
}

/** An exact score: numerator / (reviews × total weight); per criterion: numerator / reviews. */
interface Exact {
  sum: number;
  reviews: number;
  criterionSums: Map<string, number>;
}

export interface ApplicationScore {
  applicationId: string;
  reviewCount: number;
  score: number; // mean of the reviews' weighted scores, rounded to 2 decimals
  percent: number;
  criterionMeans: Record<string, number>;
  reviews: ReviewResult[];
  spread: number; // highest minus lowest review score: how much reviewers disagree
  passesMark: boolean | null; // null when the rubric sets no pass mark
}

export interface RankedApplication extends ApplicationScore {
  rank: number;
  tiedWith: string[];
  reasons: Reason[];
}

export interface CallRanking {
  ranked: RankedApplication[];
  unranked: (ApplicationScore & { reasons: Reason[] })[];
  invalidReviews: { reviewId: string; applicationId: string; errors: FieldError[] }[];
}

function compareExact(a: Exact, b: Exact): number {
  // a.sum / a.reviews vs b.sum / b.reviews (the total weight is common)
  return a.sum * b.reviews - b.sum * a.reviews;
}

function compareCriterion(a: Exact, b: Exact, key: string): number {
  return a.criterionSums.get(key)! * b.reviews - b.criterionSums.get(key)! * a.reviews;
}

/** Scores every application of a call and ranks those with enough reviews. */
export function rankCall(rubric: Rubric, reviews: readonly ReviewScores[], applicationIds: readonly string[] = []): CallRanking {
  const W = totalWeight(rubric);
  const span = rubric.scale.max - rubric.scale.min;
  const invalidReviews: CallRanking["invalidReviews"] = [];
  const byApp = new Map<string, ReviewScores[]>(applicationIds.map((id) => [id, []]));
  for (const r of reviews) {
    const errors = validateReview(rubric, r);
    if (errors.length > 0) {
      invalidReviews.push({ reviewId: r.reviewId, applicationId: r.applicationId, errors });
      continue;
    }
    byApp.set(r.applicationId, [...(byApp.get(r.applicationId) ?? []), r]);
  }

  const scored = [...byApp.entries()].map(([applicationId, list]) => {
    const exact: Exact = { sum: 0, reviews: list.length, criterionSums: new Map(rubric.criteria.map((c) => [c.key, 0])) };
    for (const r of list) {
      exact.sum += weightedSum(rubric, r);
      for (const s of r.scores) exact.criterionSums.set(s.criterion, exact.criterionSums.get(s.criterion)! + s.score);
    }
    const results = list.map((r) => scoreReview(rubric, r));
    const mean = list.length ? exact.sum / (list.length * W) : 0;
    const passesMark =
      rubric.passMarkPercent === null || list.length === 0 ? null : 100 * (exact.sum - rubric.scale.min * list.length * W) >= rubric.passMarkPercent * span * list.length * W;
    const score: ApplicationScore = {
      applicationId,
      reviewCount: list.length,
      score: round2(mean),
      percent: list.length ? round2(((mean - rubric.scale.min) / span) * 100) : 0,
      criterionMeans: Object.fromEntries(rubric.criteria.map((c) => [c.key, list.length ? round2(exact.criterionSums.get(c.key)! / list.length) : 0])),
      reviews: results,
      spread: results.length ? round2(Math.max(...results.map((x) => x.score)) - Math.min(...results.map((x) => x.score))) : 0,
      passesMark,
    };
    return { score, exact };
  });

  const eligible = scored.filter((s) => s.exact.reviews >= rubric.minReviews);
  const unranked = scored
    .filter((s) => s.exact.reviews < rubric.minReviews)
    .map((s) => ({ ...s.score, reasons: [reason("ranking.too_few_reviews", `Not ranked: ${s.exact.reviews} of the ${rubric.minReviews} required reviews are in.`, { reviews: s.exact.reviews, required: rubric.minReviews })] }));

  const label = (key: string) => rubric.criteria.find((c) => c.key === key)!.label.en;
  /** Negative when a goes first; also tells which tie-breaker decided. */
  const order = (a: Exact, b: Exact): { cmp: number; by: string | null } => {
    const overall = compareExact(b, a);
    if (overall !== 0) return { cmp: overall, by: null };
    for (const key of rubric.tieBreakers) {
      const c = compareCriterion(b, a, key);
      if (c !== 0) return { cmp: c, by: key };
    }
    return { cmp: 0, by: null };
  };
  eligible.sort((x, y) => order(x.exact, y.exact).cmp || (x.score.applicationId < y.score.applicationId ? -1 : 1));

  const ranked: RankedApplication[] = [];
  eligible.forEach((entry) => {
    const first = eligible.findIndex((o) => order(o.exact, entry.exact).cmp === 0);
    const rank = first + 1;
    const tiedWith = eligible.filter((o) => o !== entry && order(o.exact, entry.exact).cmp === 0).map((o) => o.score.applicationId);
    const s = entry.score;
    const reasons: Reason[] = [
      reason("ranking.position", `Rank ${rank} of ${eligible.length}: a score of ${s.score.toFixed(2)} on ${rubric.scale.min}–${rubric.scale.max} (${s.percent.toFixed(2)} %) over ${s.reviewCount} ${s.reviewCount === 1 ? "review" : "reviews"}.`, { rank, of: eligible.length, score: s.score, percent: s.percent, reviews: s.reviewCount }),
    ];
    for (const other of eligible) {
      if (other === entry || compareExact(other.exact, entry.exact) !== 0) continue;
      const { cmp, by } = order(entry.exact, other.exact);
      if (cmp === 0) continue;
      const mine = round2(entry.exact.criterionSums.get(by!)! / entry.exact.reviews);
      const theirs = round2(other.exact.criterionSums.get(by!)! / other.exact.reviews);
      reasons.push(reason("ranking.tie_broken", `Equal overall score with ${other.score.applicationId}; placed ${cmp < 0 ? "ahead" : "behind"} on the tie-breaker "${label(by!)}" (${mine.toFixed(2)} against ${theirs.toFixed(2)}).`, { otherId: other.score.applicationId, criterion: by!, mine, theirs, ahead: cmp < 0 }));
    }
    if (tiedWith.length > 0) {
      const breakers = rubric.tieBreakers.length ? " and on every tie-breaker" : "";
      reasons.push(reason("ranking.tie_shared", `Shares rank ${rank} with ${tiedWith.join(", ")}: equal overall score${breakers}.`, { rank, tiedWith: tiedWith.join(",") }));
    }
    if (s.passesMark === false) reasons.push(reason("ranking.below_pass_mark", `Below the pass mark of ${rubric.passMarkPercent} %.`, { passMarkPercent: rubric.passMarkPercent, percent: s.percent }));
    ranked.push({ ...s, rank, tiedWith, reasons });
  });

  return { ranked, unranked, invalidReviews };
}
