import { describe, expect, it } from "vitest";
import { CallRules, Rubric } from "../../src/contracts/grants.js";
import { FundInput } from "../../src/contracts/grants-portal.js";
import { FormDefinitionSchema, validateAnswers } from "../../src/server/modules/grants/index.js";
import { DEMO_CALLS, DEMO_ENVELOPES } from "./calls.js";
import { TEST_ANSWERS, TEST_FORM } from "./forms.js";
import { GRANT_FUNDS } from "./funds.js";

describe("seeded grant instruments", () => {
  it("are the statement's five funds, each quoted with its section", () => {
    expect(GRANT_FUNDS.map((f) => f.code)).toEqual(["innovation_premium", "maatwerk_fund", "health_innovation_fund", "development_acceleration_fund", "euregio_small_project_fund"]);
    for (const f of GRANT_FUNDS) {
      expect(FundInput.safeParse(f).success).toBe(true);
      expect((f.source ?? "").length).toBeGreaterThan(50);
      expect(f.section).not.toBe("");
    }
    expect(GRANT_FUNDS.find((f) => f.code === "innovation_premium")?.source).toContain("minstens twee bedrijven");
    expect(GRANT_FUNDS.find((f) => f.code === "maatwerk_fund")?.source).toContain("2 miljoen euro");
    expect(DEMO_ENVELOPES.maatwerk_fund.amountCents).toBe(200_000_000);
  });

  it("have one demo call per fund with valid rules, form and rubric", () => {
    expect(DEMO_CALLS.map((c) => c.fundCode).sort()).toEqual(GRANT_FUNDS.map((f) => f.code).sort());
    for (const c of DEMO_CALLS) {
      expect(FormDefinitionSchema.safeParse(c.form).success, c.fundCode).toBe(true);
      expect(CallRules.safeParse(c.rules).success).toBe(true);
      expect(Rubric.safeParse(c.rubric).success).toBe(true);
    }
    const ip = DEMO_CALLS.find((c) => c.fundCode === "innovation_premium")!;
    expect(ip.rules.consortium?.minIndependentCompanies).toBe(2);
    expect(ip.rules.deMinimis).toBe(true);
    expect(DEMO_CALLS.find((c) => c.fundCode === "euregio_small_project_fund")!.rules.deMinimis).toBe(false);
  });

  it("the test form's answers are complete", () => {
    const v = validateAnswers(FormDefinitionSchema.parse(TEST_FORM), TEST_ANSWERS, "submit");
    expect(v.complete).toBe(true);
    expect(v.valid).toBe(true);
  });
});
