import { describe, expect, it } from "vitest";
import type { CallRules, ConsortiumCompany, ControlLink } from "../../../contracts/grants.js";
import { evaluateConsortium, naceDigits } from "./consortium.js";

// a few of the 38 Limburg municipalities (Hasselt, Genk, Tongeren-Borgloon, Pelt)
const LIMBURG = new Set(["71022", "71016", "73111", "72043"]);
const asOf = "2026-05-01";
const INNOVATION_PREMIUM: ConsortiumInputRules = {
  consortium: { minIndependentCompanies: 2, minSmePercent: 50, smeShareStrict: true },
  requireLimburg: true,
  excludedNacePrefixes: ["01", "03", "64.1"],
  naceScope: "main",
};
type ConsortiumInputRules = Pick<CallRules, "consortium" | "requireLimburg" | "excludedNacePrefixes" | "naceScope">;

function company(id: string, over: Partial<ConsortiumCompany> = {}): ConsortiumCompany {
  return { enterpriseId: id, name: `Company ${id}`, smeClass: "small", seatNis: "71022", establishmentNis: [], naceCodes: [{ code: "62.010", main: true }], ...over };
}
const rule = (r: ReturnType<typeof evaluateConsortium>, key: string) => r.rules.find((x) => x.rule === key)!;

describe("independent companies", () => {
  it("passes with two unlinked companies", () => {
    const r = evaluateConsortium({ companies: [company("A"), company("B")], links: [], asOf, rules: INNOVATION_PREMIUM, limburgNis: LIMBURG });
    expect(r.passed).toBe(true);
    expect(rule(r, "min_independent_companies").status).toBe("passed");
    expect(r.groups.map((g) => g.enterpriseIds)).toEqual([["A"], ["B"]]);
  });

  it("does not count a third company linked to the first as a second independent company", () => {
    const links: ControlLink[] = [{ controllerId: "A", controlledId: "C", basis: "voting_majority" }];
    const r = evaluateConsortium({ companies: [company("A"), company("C")], links, asOf, rules: INNOVATION_PREMIUM, limburgNis: LIMBURG });
    expect(r.passed).toBe(false);
    const v = rule(r, "min_independent_companies");
    expect(v.status).toBe("failed");
    expect(v.reasons[0]).toMatchObject({ code: "consortium.too_few_independent", params: { independent: 1, companies: 2, required: 2 } });
    expect(v.reasons[1].code).toBe("consortium.linked_counts_as_one");
    expect(v.reasons[1].message).toContain("Company C (C) is linked to Company A (A)");
    expect(v.reasons[1].message).toContain("A holds the majority of the voting rights in C");

    // with a genuinely independent B next to A and its subsidiary C: two groups, passes
    const r3 = evaluateConsortium({ companies: [company("A"), company("B"), company("C")], links, asOf, rules: INNOVATION_PREMIUM, limburgNis: LIMBURG });
    expect(rule(r3, "min_independent_companies").status).toBe("passed");
    expect(rule(r3, "min_independent_companies").reasons[0].params).toMatchObject({ independent: 2, companies: 3 });
    expect(r3.groups.map((g) => g.enterpriseIds)).toEqual([["A", "C"], ["B"]]);
  });

  it("also joins companies controlled by a common parent outside the consortium", () => {
    const links: ControlLink[] = [
      { controllerId: "HOLDING", controlledId: "A", basis: "voting_majority" },
      { controllerId: "HOLDING", controlledId: "B", basis: "board_majority" },
    ];
    const r = evaluateConsortium({ companies: [company("A"), company("B")], links, asOf, rules: INNOVATION_PREMIUM, limburgNis: LIMBURG });
    expect(rule(r, "min_independent_companies").status).toBe("failed");
  });

  it("is not applicable when the call needs no consortium", () => {
    const r = evaluateConsortium({ companies: [company("A")], links: [], asOf, rules: { ...INNOVATION_PREMIUM, consortium: null }, limburgNis: LIMBURG });
    expect(rule(r, "min_independent_companies").status).toBe("not_applicable");
    expect(rule(r, "sme_share").status).toBe("not_applicable");
    expect(r.passed).toBe(true);
  });
});

describe("share of SMEs", () => {
  it("'mainly SMEs' needs more than half: one SME and one large company fail", () => {
    const r = evaluateConsortium({ companies: [company("A"), company("B", { smeClass: "large" })], links: [], asOf, rules: INNOVATION_PREMIUM, limburgNis: LIMBURG });
    const v = rule(r, "sme_share");
    expect(v.status).toBe("failed");
    expect(v.reasons[0].params).toMatchObject({ smeGroups: 1, groups: 2 });
  });

  it("two SMEs and one large company pass", () => {
    const r = evaluateConsortium({ companies: [company("A", { smeClass: "micro" }), company("B", { smeClass: "medium" }), company("L", { smeClass: "large" })], links: [], asOf, rules: INNOVATION_PREMIUM, limburgNis: LIMBURG });
    expect(rule(r, "sme_share").status).toBe("passed");
  });

  it("half is enough when the call says 'at least 50 %'", () => {
    const rules = { ...INNOVATION_PREMIUM, consortium: { minIndependentCompanies: 2, minSmePercent: 50, smeShareStrict: false } };
    const r = evaluateConsortium({ companies: [company("A"), company("B", { smeClass: "large" })], links: [], asOf, rules, limburgNis: LIMBURG });
    expect(rule(r, "sme_share").status).toBe("passed");
  });

  it("counts per independent group, so a large parent's SME-looking subsidiary is not an extra SME", () => {
    const links: ControlLink[] = [{ controllerId: "L", controlledId: "S", basis: "voting_majority" }];
    const r = evaluateConsortium({ companies: [company("A"), company("L", { smeClass: "large" }), company("S", { smeClass: "small" })], links, asOf, rules: INNOVATION_PREMIUM, limburgNis: LIMBURG });
    const v = rule(r, "sme_share");
    expect(r.groups.find((g) => g.enterpriseIds.includes("S"))).toMatchObject({ smeClass: "large", isSme: false });
    expect(v.status).toBe("failed");
    expect(v.reasons.map((x) => x.code)).toContain("consortium.classes_differ");
  });

  it("never counts an unknown class as an SME", () => {
    const r = evaluateConsortium({ companies: [company("A"), company("B", { smeClass: "unknown" })], links: [], asOf, rules: INNOVATION_PREMIUM, limburgNis: LIMBURG });
    const v = rule(r, "sme_share");
    expect(v.status).toBe("failed");
    expect(v.reasons.map((x) => x.code)).toContain("consortium.sme_unknown");
  });
});

describe("location in Limburg", () => {
  it("accepts a seat or an establishment in Limburg and names the company that has neither", () => {
    const companies = [company("A"), company("B", { seatNis: "21004", establishmentNis: ["44021", "71016"] }), company("X", { seatNis: "11002", establishmentNis: ["44021"] })];
    const r = evaluateConsortium({ companies, links: [], asOf, rules: INNOVATION_PREMIUM, limburgNis: LIMBURG });
    const v = rule(r, "location_limburg");
    expect(v.status).toBe("failed");
    expect(v.reasons[0]).toMatchObject({ code: "consortium.not_in_limburg", params: { enterpriseId: "X" } });
    expect(v.reasons.map((x) => x.code).sort()).toEqual(["consortium.establishment_in_limburg", "consortium.not_in_limburg", "consortium.seat_in_limburg"]);
  });

  it("fails a company without any known address", () => {
    const r = evaluateConsortium({ companies: [company("A"), company("B", { seatNis: null })], links: [], asOf, rules: INNOVATION_PREMIUM, limburgNis: LIMBURG });
    expect(rule(r, "location_limburg").status).toBe("failed");
  });
});

describe("excluded NACE codes", () => {
  it("matches prefixes on the digits, dotted or not", () => {
    expect(naceDigits("64.110")).toBe("64110");
    const companies = [company("A", { naceCodes: [{ code: "01.130", main: true }] }), company("B", { naceCodes: [{ code: "64110", main: true }] }), company("C", { naceCodes: [{ code: "64.200", main: true }] })];
    const r = evaluateConsortium({ companies, links: [], asOf, rules: INNOVATION_PREMIUM, limburgNis: LIMBURG });
    const v = rule(r, "excluded_nace");
    expect(v.status).toBe("failed");
    expect(v.reasons.map((x) => x.params.enterpriseId)).toEqual(["A", "B"]);
    expect(v.reasons[0].message).toBe("Company A (A) is active in NACE 01.130 (main activity), which this call excludes (01).");
  });

  it("looks only at the main activity unless the call says every activity", () => {
    const companies = [company("A", { naceCodes: [{ code: "62.010", main: true }, { code: "03.110", main: false }] }), company("B")];
    expect(rule(evaluateConsortium({ companies, links: [], asOf, rules: INNOVATION_PREMIUM, limburgNis: LIMBURG }), "excluded_nace").status).toBe("passed");
    expect(rule(evaluateConsortium({ companies, links: [], asOf, rules: { ...INNOVATION_PREMIUM, naceScope: "any" }, limburgNis: LIMBURG }), "excluded_nace").status).toBe("failed");
  });

  it("cannot pass a company whose main activity is unknown", () => {
    const r = evaluateConsortium({ companies: [company("A", { naceCodes: [] }), company("B")], links: [], asOf, rules: INNOVATION_PREMIUM, limburgNis: LIMBURG });
    const v = rule(r, "excluded_nace");
    expect(v.status).toBe("failed");
    expect(v.reasons[0].code).toBe("consortium.nace_unknown");
  });

  it("is not applicable without excluded codes", () => {
    const r = evaluateConsortium({ companies: [company("A"), company("B")], links: [], asOf, rules: { ...INNOVATION_PREMIUM, excludedNacePrefixes: [] }, limburgNis: LIMBURG });
    expect(rule(r, "excluded_nace").status).toBe("not_applicable");
  });
});
