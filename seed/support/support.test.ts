import { describe, expect, it } from "vitest";
import { OutcomeInput, PROGRAMME_CODES, ProgrammeInput } from "../../src/contracts/support.js";
import { DEMO_ORGANISATION_ID } from "../demo-users.js";
import { MUNICIPALITIES } from "../geography/index.js";
import { CreateContactInput } from "../../src/contracts/organisations.js";
import { DEMO_CONTACTS, DEMO_ORGANISATIONS, demoSupportPlan, PROGRAMMES } from "./index.js";

const TODAY = "2026-11-15";

describe("the support programmes as data", () => {
  it("are the statement's seven, valid, each quoting the statement at its section, with one success stage", () => {
    expect(PROGRAMMES.map((p) => p.code)).toEqual([...PROGRAMME_CODES]);
    for (const p of PROGRAMMES) {
      const parsed = ProgrammeInput.parse(p);
      expect(parsed.source).toMatch(new RegExp(`^Beleidsverklaring 2026–2030, §${parsed.section.replace(".", "\\.")}: “.+”$`));
      expect(parsed.stages.filter((s) => s.success)).toHaveLength(1);
      expect(parsed.descriptionNl.length * parsed.descriptionEn.length, p.code).toBeGreaterThan(0);
    }
    const ai = PROGRAMMES.find((p) => p.code === "ai_space")!;
    expect(ai.stages.map((s) => s.code)).toEqual(["intake", "discovery", "proof_of_concept", "implementation", "ai_in_use"]);
    expect(ai.stages.find((s) => s.success)!.nameEn).toBe("AI in use");
  });
});

describe("the demo trajectories", () => {
  const plan = demoSupportPlan(TODAY);
  const orgs = new Map(DEMO_ORGANISATIONS.map((o) => [o.key, o]));
  const programmes = new Map(PROGRAMMES.map((p) => [p.code, p]));

  it("use known demo organisations, among them the demo entrepreneur's company, in Limburg's municipalities", () => {
    expect(DEMO_ORGANISATIONS.some((o) => o.id === DEMO_ORGANISATION_ID)).toBe(true);
    expect(new Set(DEMO_ORGANISATIONS.map((o) => o.id)).size).toBe(DEMO_ORGANISATIONS.length);
    const nis = new Set(MUNICIPALITIES.map((m) => m.nis));
    for (const o of DEMO_ORGANISATIONS) expect(nis.has(o.nis), o.key).toBe(true);
    for (const t of plan) expect(orgs.has(t.organisation), t.organisation).toBe(true);
    expect(plan.some((t) => orgs.get(t.organisation)!.id === DEMO_ORGANISATION_ID)).toBe(true);
  });

  it("move through the programme's own stages in date order, never after today, with valid outcomes", () => {
    for (const t of plan) {
      const p = programmes.get(t.programmeCode)!;
      const stages = new Set(p.stages.map((s) => s.code));
      let last = t.startDate;
      for (const m of t.moves) {
        expect(stages.has(m.stageCode), `${t.organisation} ${m.stageCode}`).toBe(true);
        expect(m.date >= last && m.date <= TODAY, `${t.organisation} ${m.date}`).toBe(true);
        last = m.date;
      }
      for (const o of t.outcomes) {
        expect(OutcomeInput.safeParse(o).success, `${t.organisation} ${JSON.stringify(o)}`).toBe(true);
        for (const field of Object.keys(o.values)) expect(p.outcomeFields).toContain(field);
        expect(o.date <= TODAY).toBe(true);
      }
      for (const i of t.interactions) expect(i.date <= TODAY).toBe(true);
      if (t.close) expect(t.close.date >= last && t.close.date <= TODAY).toBe(true);
    }
  });

  it("never has two open trajectories of one organisation in one programme", () => {
    const open = plan.filter((t) => !t.close).map((t) => `${t.organisation}|${t.programmeCode}`);
    expect(new Set(open).size).toBe(open.length);
  });

  it("brings a good number of SMEs to AI in use, and grows with time", () => {
    const aiInUse = (p: typeof plan) =>
      new Set(p.filter((t) => t.programmeCode === "ai_space" && t.moves.at(-1)?.stageCode === "ai_in_use" && orgs.get(t.organisation)!.size !== "large").map((t) => t.organisation)).size;
    expect(aiInUse(plan)).toBeGreaterThanOrEqual(10);
    expect(aiInUse(demoSupportPlan("2025-06-30"))).toBeLessThan(aiInUse(plan));
    expect(demoSupportPlan("2024-12-31")).toEqual([]);
    expect(demoSupportPlan(TODAY)).toEqual(plan);
  });
});

describe("the demo contact persons", () => {
  it("belong to demo organisations, among them the entrepreneur's, and pass the contact contract with a legal basis and its date", () => {
    const orgs = new Map(DEMO_ORGANISATIONS.map((o) => [o.key, o]));
    expect(new Set(DEMO_CONTACTS.map((c) => c.id)).size).toBe(DEMO_CONTACTS.length);
    expect(DEMO_CONTACTS.some((c) => orgs.get(c.organisation)?.id === DEMO_ORGANISATION_ID)).toBe(true);
    for (const { id, organisation, ...c } of DEMO_CONTACTS) {
      expect(orgs.has(organisation), organisation).toBe(true);
      const parsed = CreateContactInput.safeParse(c);
      expect(parsed.success, `${id} ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
      expect(c.legalBasisDate! <= TODAY).toBe(true);
      if (c.email) expect(c.email).toMatch(/\.example$/);
    }
  });
});
