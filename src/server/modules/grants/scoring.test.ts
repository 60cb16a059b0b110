import { describe, expect, it } from "vitest";
import { Rubric, type ReviewScores, type RubricInput } from "../../../contracts/grants.js";
import { rankCall, scoreReview, validateReview } from "./scoring.js";

const t = (en: string) => ({ nl: en, en });
const rubricInput: RubricInput = {
  scale: { min: 0, max: 5 },
  criteria: [
    { key: "innovation", label: t("Innovation"), weight: 3 },
    { key: "collaboration", label: t("Collaboration"), weight: 2 },
    { key: "impact", label: t("Regional impact"), weight: 1 },
  ],
  tieBreakers: ["innovation"],
  minReviews: 2,
  passMarkPercent: 60,
};
const rubric = Rubric.parse(rubricInput);
let n = 0;
function review(applicationId: string, innovation: number, collaboration: number, impact: number, reviewerId = `r${++n}`): ReviewScores {
  return {
    reviewId: `rev-${++n}`,
    applicationId,
    reviewerId,
    scores: [
      { criterion: "innovation", score: innovation, comment: "Clear technical novelty." },
      { criterion: "collaboration", score: collaboration, comment: "Both partners contribute." },
      { criterion: "impact", score: impact, comment: "Jobs in Genk." },
    ],
  };
}

describe("Rubric contract", () => {
  it("refuses an inverted scale, duplicate criteria and unknown tie-breakers", () => {
    const r = Rubric.safeParse({ ...rubricInput, scale: { min: 5, max: 5 }, criteria: [...rubricInput.criteria, rubricInput.criteria[0]], tieBreakers: ["speed"] });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues.map((i) => i.path.join("."))).toEqual(["scale.max", "criteria.3.key", "tieBreakers.0"]);
  });
});

describe("a single review", () => {
  it("weighs the criteria: (3×4 + 2×3 + 1×5) / 6 = 3.83", () => {
    expect(scoreReview(rubric, review("A", 4, 3, 5))).toMatchObject({ score: 3.83, percent: 76.67 });
  });

  it("refuses scores outside the scale, missing and unknown criteria, twice-scored criteria", () => {
    const bad: ReviewScores = {
      reviewId: "x",
      applicationId: "A",
      reviewerId: "r",
      scores: [
        { criterion: "innovation", score: 6, comment: "ok" },
        { criterion: "innovation", score: 2, comment: "again" },
        { criterion: "speed", score: 2, comment: "?" },
        { criterion: "impact", score: 2.5, comment: "half" },
      ],
    };
    expect(validateReview(rubric, bad).map((e) => [e.path, e.code])).toEqual([
      ["scores.0.score", "out_of_scale"],
      ["scores.1.criterion", "duplicate"],
      ["scores.2.criterion", "unknown_criterion"],
      ["scores.3.score", "out_of_scale"],
      ["scores", "missing_criterion"],
    ]);
    expect(() => scoreReview(rubric, bad)).toThrow(RangeError);
  });
});

describe("ranking a call", () => {
  it("averages each application's reviews and ranks by that mean", () => {
    const r = rankCall(rubric, [review("A", 4, 4, 4), review("A", 2, 2, 2), review("B", 5, 5, 5), review("B", 4, 4, 4), review("C", 1, 1, 1), review("C", 2, 2, 2)]);
    expect(r.ranked.map((x) => [x.applicationId, x.rank, x.score])).toEqual([["B", 1, 4.5], ["A", 2, 3], ["C", 3, 1.5]]);
    expect(r.ranked[1]).toMatchObject({ reviewCount: 2, spread: 2, percent: 60, passesMark: true, criterionMeans: { innovation: 3, collaboration: 3, impact: 3 } });
    expect(r.ranked[2].passesMark).toBe(false);
    expect(r.ranked[2].reasons.map((x) => x.code)).toEqual(["ranking.position", "ranking.below_pass_mark"]);
    expect(r.ranked[0].reasons[0].message).toBe("Rank 1 of 3: a score of 4.50 on 0–5 (90.00 %) over 2 reviews.");
  });

  it("breaks an overall tie on the rubric's tie-breaker and says so", () => {
    // A: (3×5 + 2×2 + 1×2)/6 = 21/6; B: (3×3 + 2×5 + 1×2)/6 = 21/6 — equal; A is stronger on innovation
    const r = rankCall(rubric, [review("A", 5, 2, 2), review("A", 5, 2, 2), review("B", 3, 5, 2), review("B", 3, 5, 2)]);
    expect(r.ranked.map((x) => [x.applicationId, x.rank])).toEqual([["A", 1], ["B", 2]]);
    expect(r.ranked[0].score).toBe(r.ranked[1].score);
    expect(r.ranked[0].reasons[1]).toMatchObject({ code: "ranking.tie_broken", params: { otherId: "B", criterion: "innovation", mine: 5, theirs: 3, ahead: true } });
    expect(r.ranked[1].reasons[1].message).toBe('Equal overall score with A; placed behind on the tie-breaker "Innovation" (3.00 against 5.00).');
  });

  it("shares a rank when the tie-breakers cannot separate, and skips the next rank", () => {
    const r = rankCall(rubric, [review("A", 4, 4, 4), review("A", 4, 4, 4), review("B", 4, 4, 4), review("B", 4, 4, 4), review("C", 5, 5, 5), review("C", 5, 5, 5), review("D", 1, 1, 1), review("D", 1, 1, 1)]);
    expect(r.ranked.map((x) => [x.applicationId, x.rank, x.tiedWith])).toEqual([["C", 1, []], ["A", 2, ["B"]], ["B", 2, ["A"]], ["D", 4, []]]);
    expect(r.ranked[1].reasons.at(-1)!.message).toBe("Shares rank 2 with B: equal overall score and on every tie-breaker.");
  });

  it("compares exactly: equal fractions tie, and rounding for display never decides a rank", () => {
    const exactRubric = Rubric.parse({ scale: { min: 0, max: 100 }, criteria: [{ key: "a", label: t("A"), weight: 1 }, { key: "b", label: t("B"), weight: 100 }], minReviews: 1 });
    const one = (app: string, a: number, b: number): ReviewScores => ({ reviewId: `${app}-${++n}`, applicationId: app, reviewerId: "r", scores: [{ criterion: "a", score: a, comment: "c" }, { criterion: "b", score: b, comment: "c" }] });
    // Y: 300/101 = 2.9703; X: (349 + 250)/202 = 599/202 = 2.9653 — both shown as 2.97, but Y is higher
    const close = rankCall(exactRubric, [one("X", 49, 3), one("X", 50, 2), one("Y", 0, 3)]);
    expect(close.ranked.map((x) => [x.applicationId, x.rank, x.score, x.tiedWith])).toEqual([["Y", 1, 2.97, []], ["X", 2, 2.97, []]]);
    // P: 1 review of 300/101; Q: 2 reviews adding to 600/202 — the same fraction, a tie
    const equal = rankCall(exactRubric, [one("P", 0, 3), one("Q", 0, 2), one("Q", 0, 4)]);
    expect(equal.ranked.map((x) => [x.applicationId, x.rank, x.tiedWith])).toEqual([["P", 1, ["Q"]], ["Q", 1, ["P"]]]);
    expect(equal.ranked[0].reasons.at(-1)!.message).toBe("Shares rank 1 with Q: equal overall score.");
  });

  it("lists applications with too few reviews apart, and applications without any", () => {
    const r = rankCall(rubric, [review("A", 4, 4, 4), review("A", 4, 4, 4), review("B", 5, 5, 5)], ["A", "B", "C"]);
    expect(r.ranked.map((x) => x.applicationId)).toEqual(["A"]);
    expect(r.unranked.map((x) => [x.applicationId, x.reviewCount, x.reasons[0].code])).toEqual([["B", 1, "ranking.too_few_reviews"], ["C", 0, "ranking.too_few_reviews"]]);
    expect(r.unranked[0].reasons[0].message).toBe("Not ranked: 1 of the 2 required reviews are in.");
  });

  it("leaves invalid reviews out and reports them", () => {
    const bad = { ...review("A", 4, 4, 4), scores: review("A", 4, 4, 4).scores.slice(0, 2) };
    const r = rankCall(rubric, [review("A", 4, 4, 4), bad]);
    expect(r.invalidReviews).toEqual([expect.objectContaining({ reviewId: bad.reviewId, errors: [expect.objectContaining({ code: "missing_criterion" })] })]);
    expect(r.unranked[0]).toMatchObject({ applicationId: "A", reviewCount: 1 });
  });
});
