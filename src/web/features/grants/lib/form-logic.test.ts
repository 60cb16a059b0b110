import { describe, expect, it } from "vitest";
import type { FormDefinition } from "../../../../contracts/grants";
import { centsToEuroText, fieldStates, parseEuroToCents } from "./form-logic";

const def = {
  sections: [
    {
      key: "s",
      title: { nl: "S", en: "S" },
      fields: [
        { key: "cofinancing", type: "yes_no", label: { nl: "C", en: "C" }, required: true },
        { key: "source", type: "text", label: { nl: "B", en: "B" }, required: false, maxLength: 100, showWhen: { field: "cofinancing", equals: true }, requireWhen: { field: "cofinancing", equals: true } },
        { key: "themes", type: "multi_choice", label: { nl: "T", en: "T" }, required: false, options: [{ value: "a", label: { nl: "A", en: "A" } }] },
        { key: "detail", type: "text", label: { nl: "D", en: "D" }, required: true, maxLength: 100, showWhen: { field: "themes", equals: "a" } },
      ],
    },
  ],
} as unknown as FormDefinition;

describe("form conditions", () => {
  it("shows and requires a field when its condition holds, also for multi-choice", () => {
    const off = fieldStates(def, { cofinancing: false });
    expect(off.get("source")).toEqual({ visible: false, required: false });
    expect(off.get("detail")).toEqual({ visible: false, required: false });
    const on = fieldStates(def, { cofinancing: true, themes: ["a"] });
    expect(on.get("source")).toEqual({ visible: true, required: true });
    expect(on.get("detail")).toEqual({ visible: true, required: true });
  });
});

describe("euro input", () => {
  it("reads Belgian and English amounts to cents", () => {
    expect(parseEuroToCents("12.500,50")).toBe(1_250_050);
    expect(parseEuroToCents("€ 12 500")).toBe(1_250_000);
    expect(parseEuroToCents("12500.5")).toBe(1_250_050);
    expect(parseEuroToCents("25,000")).toBe(2_500_000);
    expect(parseEuroToCents("")).toBeNull();
    expect(parseEuroToCents("veel")).toBeNaN();
    expect(centsToEuroText(1_250_050, "nl-BE")).toBe("12500,50");
    expect(centsToEuroText(2_500_000, "en")).toBe("25000");
  });
});
