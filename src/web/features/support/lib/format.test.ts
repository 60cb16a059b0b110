import { describe, expect, it } from "vitest";
import { withoutBlanks } from "./errors";
import { daysBetween, localName, todayIso } from "./format";

describe("support screen helpers", () => {
  it("counts whole days in a stage", () => {
    expect(daysBetween("2026-11-30", "2026-12-01")).toBe(1);
    expect(daysBetween("2026-12-01", "2026-12-01")).toBe(0);
    expect(daysBetween("2026-03-28", "2026-03-30")).toBe(2); // across the change to summer time
    expect(daysBetween("2026-12-02", "2026-12-01")).toBe(0);
  });

  it("takes today in Brussels, where the server counts its dates", () => {
    expect(todayIso(new Date("2026-06-30T22:30:00Z"))).toBe("2026-07-01");
    expect(todayIso(new Date("2026-12-31T22:59:00Z"))).toBe("2026-12-31");
  });

  it("names programmes and stages in the UI language, Dutch when the English name is missing", () => {
    expect(localName({ nameNl: "AI in gebruik", nameEn: "AI in use" }, "nl-BE")).toBe("AI in gebruik");
    expect(localName({ nameNl: "AI in gebruik", nameEn: "AI in use" }, "en")).toBe("AI in use");
    expect(localName({ nameNl: "Intake", nameEn: "" }, "en")).toBe("Intake");
    expect(localName(null, "en")).toBe("");
  });

  it("leaves empty optional fields out, so that the server's defaults (today, me) apply", () => {
    expect(withoutBlanks({ stageCode: "ai_in_use", date: "", note: "" })).toEqual({ stageCode: "ai_in_use" });
    expect(withoutBlanks({ confidential: false, people: "x" })).toEqual({ confidential: false, people: "x" });
  });
});
