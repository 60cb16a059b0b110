import i18next from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import type { GoalView } from "../../../../contracts/compass";
import { compassCatalogue } from "../i18n";
import { accessFor } from "./access";
import { formatTarget, formatValue, targetSentence } from "./format";
import { num, parseLocaleNumber } from "./forms";
import { interpolate, niceScale, stepOf, valueBreaks } from "./scale";
import { buildGoalTree, goalPath, groupByChapter } from "./tree";

const goal = (id: string, kind: GoalView["kind"], code: string, parentId: string | null, position = 0): GoalView => ({
  id, kind, code, parentId, titleNl: `Doel ${code}`, titleEn: `Goal ${code}`, summaryNl: "", summaryEn: "", owner: "", section: code, position, version: 1,
});

describe("goal tree", () => {
  const goals = [
    goal("c2", "chapter", "2", null, 2),
    goal("c1", "chapter", "1", null, 1),
    goal("o12", "objective", "1.2", "c1", 2),
    goal("o11", "objective", "1.1", "c1", 1),
    goal("a11a", "action", "1.1.a", "o11"),
  ];
  it("orders chapters and their children by position", () => {
    const tree = buildGoalTree(goals);
    expect(tree.map((n) => n.goal.code)).toEqual(["1", "2"]);
    expect(tree[0].children.map((n) => n.goal.code)).toEqual(["1.1", "1.2"]);
  });
  it("walks from an action up to its chapter", () => {
    expect(goalPath(goals, "a11a").map((g) => g.code)).toEqual(["1", "1.1", "1.1.a"]);
  });
  it("groups indicators of actions under their objective and keeps chapter-level ones apart", () => {
    const groups = groupByChapter(goals, [
      { id: "x", goalId: "a11a" },
      { id: "y", goalId: "c2" },
      { id: "z", goalId: "o12" },
      { id: "w", goalId: "o11" },
    ]);
    expect(groups.map((g) => g.chapter?.code)).toEqual(["1", "2"]);
    expect(groups[0].objectives.map((o) => [o.objective?.code, o.items.map((i) => i.id)])).toEqual([
      ["1.1", ["x", "w"]],
      ["1.2", ["z"]],
    ]);
    expect(groups[1].objectives[0].objective).toBeNull();
  });
});

describe("numbers typed by people", () => {
  it("reads Belgian notation", () => {
    expect(parseLocaleNumber("2.500")).toBe(2500);
    expect(parseLocaleNumber("2.500,5")).toBe(2500.5);
    expect(parseLocaleNumber("71,9")).toBe(71.9);
    expect(parseLocaleNumber("71.9")).toBe(71.9);
    expect(parseLocaleNumber("1.234.567")).toBe(1234567);
    expect(parseLocaleNumber("-3")).toBe(-3);
  });
  it("reads English notation", () => {
    expect(parseLocaleNumber("2,500.5", "en")).toBe(2500.5);
    expect(parseLocaleNumber("2,500", "en")).toBe(2500);
    expect(parseLocaleNumber("2.5", "en")).toBe(2.5);
  });
  it("refuses text and keeps empty as null", () => {
    expect(parseLocaleNumber("abc")).toBeNaN();
    expect(num("")).toBeNull();
    expect(num("12")).toBe(12);
  });
});

describe("scales", () => {
  it("puts axis bounds on a nice step that contains the target range", () => {
    const s = niceScale(5021, 12142);
    expect(s.min).toBeLessThanOrEqual(5021);
    expect(s.max).toBeGreaterThanOrEqual(12142);
    expect((s.max - s.min) / s.step).toBeCloseTo(Math.round((s.max - s.min) / s.step));
    expect(niceScale(11.5, 200).min).toBe(0);
  });
  it("reads a straight trajectory at any date within its span", () => {
    const line = [{ date: "2025-01-01", value: 0 }, { date: "2027-01-01", value: 100 }];
    expect(interpolate(line, "2026-01-01")).toBeCloseTo(49.9, 0);
    expect(interpolate(line, "2027-01-01")).toBe(100);
    expect(interpolate(line, "2024-12-31")).toBeUndefined();
  });
  it("splits municipal values into steps", () => {
    const breaks = valueBreaks([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(breaks).toEqual([3, 5, 7]);
    expect([1, 3, 5, 8].map((v) => stepOf(v, breaks))).toEqual([0, 1, 2, 3]);
    expect(valueBreaks([4, 4, 4])).toEqual([]);
    expect(stepOf(4, [])).toBe(0);
  });
});

describe("figures in words", () => {
  beforeAll(async () => {
    await i18next.init({ lng: "nl-BE", fallbackLng: "nl-BE", resources: { "nl-BE": { compass: compassCatalogue["nl-BE"] }, en: { compass: compassCatalogue.en } }, interpolation: { escapeValue: false } });
  });
  const t = (lng: string) => i18next.getFixedT(lng, "compass") as never;
  it("writes values in their unit per locale", () => {
    expect(formatValue(2500, "jobs", "nl-BE", t("nl-BE"))).toBe("2.500 banen");
    expect(formatValue(1, "jobs", "en", t("en"))).toBe("1 job");
    expect(formatValue(80, "percent", "nl-BE", t("nl-BE"))).toBe("80 %");
    expect(formatValue(4_000_000, "eur", "nl-BE", t("nl-BE"))).toBe("€ 4 mln");
    expect(formatValue(null, "ha", "nl-BE", t("nl-BE"))).toBe("—");
    expect(formatValue(0, "count", "nl-BE", t("nl-BE"))).toBe("0");
    expect(formatValue(1, "milestone", "en", t("en"))).toBe("Reached");
  });
  it("writes targets, ranges and deadlines", () => {
    const base = { targetValue: 2500, targetValueHigh: null, targetDate: "2030-12-31", unit: "jobs" as const, direction: "raise" as const };
    expect(targetSentence(base, "nl-BE", t("nl-BE"))).toBe("Doel: minstens 2.500 banen tegen 31-12-2030");
    expect(formatTarget({ ...base, targetValue: 5021, targetValueHigh: 12142, unit: "job_years" }, "nl-BE", t("nl-BE"))).toBe("5.021 tot 12.142 jobjaren");
    expect(targetSentence({ ...base, targetValue: null }, "en", t("en"))).toBe("No target set");
  });
  it("has every Dutch key in English", () => {
    const keys = (o: object, p = ""): string[] => Object.entries(o).flatMap(([k, v]) => (typeof v === "object" ? keys(v, `${p}${k}.`) : [`${p}${k}`]));
    expect(keys(compassCatalogue.en).sort()).toEqual(keys(compassCatalogue["nl-BE"]).sort());
  });
});

describe("access", () => {
  const me = (roles: string[], scopes: { kind: "municipality" | "organisation"; ref: string }[] = []) =>
    ({ id: "u", email: "e", displayName: "d", locale: "nl-BE", roles, scopes, mustChangePassword: false, csrfToken: "x" }) as never;
  it("lets analysts edit and enter anything", () => {
    const a = accessFor(me(["policy_analyst"]));
    expect(a.canEdit).toBe(true);
    expect(a.canEnter(null)).toBe(true);
  });
  it("lets a municipality user enter values for their own municipality only", () => {
    const a = accessFor(me(["municipality"], [{ kind: "municipality", ref: "71016" }]));
    expect(a.canEdit).toBe(false);
    expect(a.canEnter("71016")).toBe(true);
    expect(a.canEnter("71072")).toBe(false);
    expect(a.canEnter(null)).toBe(false);
  });
  it("gives other staff read access only", () => {
    expect(accessFor(me(["account_manager"])).canEnter(null)).toBe(false);
  });
});
