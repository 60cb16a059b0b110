import { describe, expect, it } from "vitest";
import type { FormDefinitionInput } from "../../../contracts/grants.js";
import { FormDefinitionSchema, validateAnswers } from "./form-definition.js";

const t = (en: string) => ({ nl: en, en });
const innovationPremium: FormDefinitionInput = {
  sections: [
    {
      key: "project",
      title: t("Project"),
      fields: [
        { key: "title", type: "text", label: t("Project title"), required: true, maxLength: 20 },
        { key: "summary", type: "long_text", label: t("Summary"), required: true },
        { key: "start", type: "date", label: t("Start date"), required: true, min: "2026-01-01", max: "2027-12-31" },
        { key: "budget", type: "money", label: t("Budget"), required: true, minCents: 1_000_000, maxCents: 50_000_000 },
        { key: "themes", type: "multi_choice", label: t("Themes"), options: [{ value: "ai", label: t("AI") }, { value: "circular", label: t("Circular") }, { value: "health", label: t("Health") }], maxSelected: 2 },
        { key: "health_ethics", type: "long_text", label: t("Ethics approach"), showWhen: { field: "themes", equals: "health" }, required: true },
      ],
    },
    {
      key: "aid",
      title: t("Other aid"),
      fields: [
        { key: "other_aid", type: "yes_no", label: t("Other public aid for this project?"), required: true },
        { key: "other_aid_amount", type: "money", label: t("Amount of other aid"), requireWhen: { field: "other_aid", equals: true } },
        { key: "staff", type: "number", label: t("Staff on the project"), integer: true, min: 1, max: 500 },
        { key: "kind", type: "choice", label: t("Kind"), options: [{ value: "product", label: t("Product") }, { value: "process", label: t("Process") }] },
      ],
    },
    {
      key: "attachments",
      title: t("Attachments"),
      fields: [{ key: "plan", type: "file", label: t("Business plan"), required: true, maxFiles: 2, maxSizeBytes: 5_000_000, allowedTypes: ["application/pdf"] }],
    },
  ],
};
const def = FormDefinitionSchema.parse(innovationPremium);
const pdf = (name: string, sizeBytes = 1000, mediaType = "application/pdf") => ({ fileId: `f-${name}`, name, sizeBytes, mediaType });
const complete = {
  title: "Cobot welding",
  summary: "Two companies combine their expertise.",
  start: "2026-09-01",
  budget: 12_000_000,
  themes: ["ai"],
  other_aid: false,
  plan: [pdf("plan.pdf")],
};

describe("FormDefinitionSchema", () => {
  it("accepts a well-formed definition and fills defaults", () => {
    expect(def.sections[0].fields[0]).toMatchObject({ key: "title", required: true, maxLength: 20 });
    expect(def.sections[1].fields[1]).toMatchObject({ key: "other_aid_amount", required: false });
  });

  const codes = (d: FormDefinitionInput) => {
    const r = FormDefinitionSchema.safeParse(d);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}:${(i as { params?: { code?: string } }).params?.code ?? i.code}`);
  };
  const one = (fields: unknown[]): FormDefinitionInput => ({ sections: [{ key: "s", title: t("S"), fields: fields as never }] });

  it("refuses duplicate keys across sections", () => {
    const d: FormDefinitionInput = { sections: [{ key: "a", title: t("A"), fields: [{ key: "x", type: "yes_no", label: t("X") }] }, { key: "b", title: t("B"), fields: [{ key: "x", type: "yes_no", label: t("X") }] }] };
    expect(codes(d)).toEqual(["sections.1.fields.0.key:duplicate"]);
  });

  it("refuses conditions on later, unknown or file fields, and values that do not fit", () => {
    expect(codes(one([{ key: "a", type: "yes_no", label: t("A"), showWhen: { field: "b", equals: true } }, { key: "b", type: "yes_no", label: t("B") }]))).toEqual(["sections.0.fields.0.showWhen.field:unknown_field"]);
    expect(codes(one([{ key: "a", type: "yes_no", label: t("A"), showWhen: { field: "a", equals: true } }]))).toEqual(["sections.0.fields.0.showWhen.field:unknown_field"]);
    expect(codes(one([{ key: "f", type: "file", label: t("F"), maxSizeBytes: 10, allowedTypes: ["application/pdf"] }, { key: "b", type: "yes_no", label: t("B"), showWhen: { field: "f", equals: "x" } }]))).toEqual(["sections.0.fields.1.showWhen.field:invalid_condition"]);
    expect(codes(one([{ key: "c", type: "choice", label: t("C"), options: [{ value: "x", label: t("X") }] }, { key: "b", type: "yes_no", label: t("B"), requireWhen: { field: "c", equals: "y" } }]))).toEqual(["sections.0.fields.1.requireWhen.equals:invalid_condition"]);
    expect(codes(one([{ key: "y", type: "yes_no", label: t("Y") }, { key: "b", type: "text", label: t("B"), requireWhen: { field: "y", equals: "yes" } }]))).toEqual(["sections.0.fields.1.requireWhen.equals:invalid_condition"]);
  });

  it("refuses inverted ranges, duplicate options and unknown field types", () => {
    expect(codes(one([{ key: "n", type: "number", label: t("N"), min: 5, max: 1 }]))).toEqual(["sections.0.fields.0.max:invalid_range"]);
    expect(codes(one([{ key: "c", type: "choice", label: t("C"), options: [{ value: "x", label: t("X") }, { value: "x", label: t("Y") }] }]))).toEqual(["sections.0.fields.0.options:duplicate"]);
    expect(codes(one([{ key: "c", type: "signature", label: t("C") }])).length).toBe(1);
    expect(codes(one([{ key: "f", type: "file", label: t("F"), maxSizeBytes: 10, allowedTypes: [] }])).length).toBe(1);
  });
});

describe("validateAnswers", () => {
  it("accepts a complete answer set for submission", () => {
    const r = validateAnswers(def, complete, "submit");
    expect(r).toMatchObject({ complete: true, valid: true, errors: [], ignored: [] });
    expect(r.sections.map((s) => [s.key, s.requiredCount, s.answeredCount])).toEqual([["project", 4, 4], ["aid", 1, 1], ["attachments", 1, 1]]);
  });

  it("saves an incomplete draft without errors but reports completeness per section", () => {
    const r = validateAnswers(def, { title: "Cobot welding" }, "draft");
    expect(r.valid).toBe(true);
    expect(r.complete).toBe(false);
    expect(r.sections[0]).toMatchObject({ complete: false, requiredCount: 4, answeredCount: 1, missing: ["summary", "start", "budget"] });
    expect(r.sections[1]).toMatchObject({ complete: false, missing: ["other_aid"] });
  });

  it("refuses to submit an incomplete set, with a path per missing field", () => {
    const r = validateAnswers(def, { ...complete, summary: "   ", plan: [] }, "submit");
    expect(r.valid).toBe(false);
    expect(r.errors.map((e) => [e.path, e.section, e.code])).toEqual([["answers.summary", "project", "required"], ["answers.plan", "attachments", "required"]]);
    expect(r.errors[0].message).toBe('"Summary" is required.');
  });

  it("reports wrong values in draft mode too", () => {
    const r = validateAnswers(def, { title: "A title that is far too long", budget: 12.5, start: "2026-02-30", staff: 2.5, kind: "service", themes: ["ai", "health", "circular"] }, "draft");
    expect(r.errors.map((e) => [e.path, e.code])).toEqual([
      ["answers.title", "too_long"],
      ["answers.start", "invalid_type"],
      ["answers.budget", "invalid_type"],
      ["answers.themes", "too_many"],
      ["answers.staff", "not_integer"],
      ["answers.kind", "invalid_option"],
    ]);
    expect(r.valid).toBe(false);
  });

  it("checks ranges of money, numbers and dates", () => {
    const r = validateAnswers(def, { ...complete, budget: 999_999, start: "2028-01-01", staff: 0 }, "submit");
    expect(r.errors.map((e) => [e.path, e.code])).toEqual([["answers.start", "too_late"], ["answers.budget", "too_small"], ["answers.staff", "too_small"]]);
  });

  it("shows a field only when its condition holds, and then requires it", () => {
    const withHealth = validateAnswers(def, { ...complete, themes: ["ai", "health"] }, "submit");
    expect(withHealth.errors.map((e) => e.path)).toEqual(["answers.health_ethics"]);
    const hidden = validateAnswers(def, { ...complete, health_ethics: "We follow the hospital's ethics board." }, "submit");
    expect(hidden.valid).toBe(true);
    expect(hidden.ignored).toEqual(["health_ethics"]);
  });

  it("requires a field when another answer asks for it", () => {
    expect(validateAnswers(def, { ...complete, other_aid: true }, "submit").errors.map((e) => [e.path, e.code])).toEqual([["answers.other_aid_amount", "required"]]);
    expect(validateAnswers(def, { ...complete, other_aid: true, other_aid_amount: 500_000 }, "submit").valid).toBe(true);
    expect(validateAnswers(def, { ...complete, other_aid: false }, "submit").sections[1].requiredCount).toBe(1);
  });

  it("treats 'no' as an answer", () => {
    expect(validateAnswers(def, { ...complete, other_aid: false }, "submit").sections[1].missing).toEqual([]);
  });

  it("checks file count, size and type with a path per file", () => {
    const r = validateAnswers(def, { ...complete, plan: [pdf("a.pdf", 6_000_000), pdf("b.docx", 10, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"), pdf("c.pdf")] }, "submit");
    expect(r.errors.map((e) => [e.path, e.code])).toEqual([
      ["answers.plan", "too_many_files"],
      ["answers.plan.0", "file_too_large"],
      ["answers.plan.1", "file_type_not_allowed"],
    ]);
    expect(r.sections[2]).toMatchObject({ complete: false, missing: ["plan"] });
    expect(validateAnswers(def, { ...complete, plan: [{ name: "x" }] }, "submit").errors[0]).toMatchObject({ path: "answers.plan.0", code: "invalid_type" });
  });

  it("ignores answers to fields the form no longer has", () => {
    const r = validateAnswers(def, { ...complete, old_question: "still here" }, "submit");
    expect(r.valid).toBe(true);
    expect(r.ignored).toEqual(["old_question"]);
  });
});
