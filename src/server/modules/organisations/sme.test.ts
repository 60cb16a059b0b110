import { describe, expect, it } from "vitest";
import { ownSmeClass, smeClass, type RelatedEnterprise, type SizeFigures } from "./sme.js";

const fig = (headcount: number | null, turnoverEur: number | null, balanceSheetEur: number | null, year: number | null = 2024): SizeFigures => ({
  headcount, turnoverEur, balanceSheetEur, year,
});
const M = 1_000_000;

function rel(over: Partial<RelatedEnterprise> & Pick<RelatedEnterprise, "relation" | "sharePct" | "figures">): RelatedEnterprise {
  return { id: over.name ?? "x", name: "Related", upstream: true, isPublicBody: false, ...over };
}

describe("SME class of an autonomous enterprise", () => {
  it.each([
    [fig(9, 2 * M, 2 * M), "micro"],
    [fig(9, 2 * M + 1, 2 * M), "micro"], // balance sheet alone suffices
    [fig(9, 2 * M, 5 * M), "micro"], // turnover alone suffices
    [fig(9, 3 * M, 3 * M), "small"], // both financials above micro
    [fig(10, 1 * M, 1 * M), "small"], // headcount 10 is not below 10
    [fig(49, 10 * M, 10 * M), "small"],
    [fig(50, 1 * M, 1 * M), "medium"],
    [fig(249, 50 * M, 80 * M), "medium"],
    [fig(249, 60 * M, 43 * M), "medium"],
    [fig(249, 51 * M, 44 * M), "large"], // both financial ceilings exceeded
    [fig(250, 1 * M, 1 * M), "large"], // headcount is mandatory
    [fig(null, 1 * M, 1 * M), "unknown"],
    [fig(5, null, null), "unknown"],
    [fig(5, null, 1 * M), "micro"],
  ] as const)("%o → %s", (f, expected) => {
    expect(smeClass({ own: f, related: [] }).class).toBe(expected);
    expect(ownSmeClass(f)).toBe(expected);
  });

  it("says which ceiling decided", () => {
    const byHeadcount = smeClass({ own: fig(12, 1 * M, 1 * M), related: [] });
    expect(byHeadcount.decidedBy).toBe("headcount");
    expect(byHeadcount.reasons.map((r) => r.code)).toEqual(["headcount_exceeds", "headcount_within", "turnover_within"]);

    const byMoney = smeClass({ own: fig(8, 3 * M, 2.5 * M), related: [] });
    expect(byMoney).toMatchObject({ class: "small", decidedBy: "financials" });
    expect(byMoney.reasons[0]).toMatchObject({ code: "financials_exceed", params: { class: "micro" } });
    expect(byMoney.reasons[0].message).toContain("EUR 3,000,000");

    const viaBalance = smeClass({ own: fig(8, 3 * M, 1.5 * M), related: [] });
    expect(viaBalance.reasons.map((r) => r.code)).toEqual(["headcount_within", "balance_sheet_within"]);
  });

  it("explains missing data", () => {
    expect(smeClass({ own: fig(null, 1, 1), related: [] })).toMatchObject({ class: "unknown", decidedBy: "missing_data" });
    expect(smeClass({ own: fig(3, null, null), related: [] }).reasons[0].code).toBe("missing_financials");
  });
});

describe("partner and linked enterprises", () => {
  it("adds a partner pro rata to its share", () => {
    // own 6 staff; partner with 30 % holding and 20 staff adds 6 → 12 ≥ 10 → small
    const r = smeClass({ own: fig(6, 1 * M, 1 * M), related: [rel({ name: "C", relation: "partner", sharePct: 30, figures: fig(20, 5 * M, 4 * M) })] });
    expect(r.ownClass).toBe("micro");
    expect(r.class).toBe("small");
    expect(r.totals).toEqual({ headcount: 12, turnoverEur: 2.5 * M, balanceSheetEur: 2.2 * M });
    expect(r.enterprises).toEqual([
      expect.objectContaining({ name: "C", relation: "partner", sharePct: 30, appliedPct: 30, added: { headcount: 6, turnoverEur: 1.5 * M, balanceSheetEur: 1.2 * M } }),
    ]);
  });

  it("adds a linked enterprise at 100 %", () => {
    const r = smeClass({ own: fig(30, 5 * M, 5 * M), related: [rel({ name: "Parent", relation: "linked", sharePct: 60, figures: fig(230, 40 * M, 50 * M) })] });
    expect(r.totals.headcount).toBe(260);
    expect(r.class).toBe("large");
    expect(r.enterprises[0]).toMatchObject({ appliedPct: 100 });
  });

  it("adds downstream partners too, and aggregates several", () => {
    const r = smeClass({
      own: fig(40, 8 * M, 8 * M),
      related: [
        rel({ name: "Sub", relation: "linked", sharePct: 80, upstream: false, figures: fig(100, 20 * M, 10 * M) }),
        rel({ name: "JV", relation: "partner", sharePct: 50, upstream: false, figures: fig(20, 4 * M, 2 * M) }),
      ],
    });
    expect(r.totals).toEqual({ headcount: 150, turnoverEur: 30 * M, balanceSheetEur: 19 * M });
    expect(r.class).toBe("medium");
  });

  it("leaves out holdings under 25 % and exempt investors", () => {
    const r = smeClass({
      own: fig(5, 1 * M, 1 * M),
      related: [
        rel({ name: "Small holder", relation: "partner", sharePct: 24.9, figures: fig(1000, 500 * M, 500 * M) }),
        rel({ name: "Business angel", relation: "partner", sharePct: 40, exemptInvestor: true, figures: fig(1000, 500 * M, 500 * M) }),
      ],
    });
    expect(r.class).toBe("micro");
    expect(r.enterprises.map((e) => e.note)).toEqual(["below_partner_threshold", "exempt_investor"]);
  });

  it("notes a partner without figures and one of another year", () => {
    const r = smeClass({
      own: fig(5, 1 * M, 1 * M, 2024),
      related: [
        rel({ name: "A", relation: "partner", sharePct: 30, figures: fig(null, null, null, null) }),
        rel({ name: "B", relation: "partner", sharePct: 30, figures: fig(2, 1 * M, 1 * M, 2023) }),
      ],
    });
    expect(r.enterprises.map((e) => e.note)).toEqual(["missing_figures", "other_year"]);
    expect(r.reasons.at(-1)?.code).toBe("incomplete_related");
  });
});

describe("public bodies", () => {
  it("is not an SME when public bodies hold 25 % or more together", () => {
    const r = smeClass({
      own: fig(5, 1 * M, 1 * M),
      related: [
        rel({ name: "City", relation: "partner", sharePct: 15, isPublicBody: true, figures: fig(null, null, null) }),
        rel({ name: "Province", relation: "partner", sharePct: 10, isPublicBody: true, figures: fig(null, null, null) }),
      ],
    });
    expect(r).toMatchObject({ class: "large", ownClass: "micro", decidedBy: "public_body", publicBodySharePct: 25 });
    expect(r.reasons[0].code).toBe("public_body_control");
  });

  it("stays an SME below 25 % and for an exempt small local authority", () => {
    expect(smeClass({ own: fig(5, 1 * M, 1 * M), related: [rel({ relation: "partner", sharePct: 24, isPublicBody: true, figures: fig(null, null, null) })] }).class).toBe("micro");
    expect(
      smeClass({ own: fig(5, 1 * M, 1 * M), related: [rel({ relation: "partner", sharePct: 40, isPublicBody: true, exemptInvestor: true, figures: fig(null, null, null) })] }).class,
    ).toBe("micro");
  });
});
