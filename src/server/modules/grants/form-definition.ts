/**
 * Call forms as data: sections of typed fields with "required", conditions ("show when field X
 * equals Y", "require when field X equals Y") and file limits. FormDefinitionSchema adds the
 * cross-field checks to the contract's shape; validateAnswers checks an answer set against a
 * definition.
 *
 * A condition may only point to a field defined earlier in the form (never to a file), so
 * conditions cannot loop and one pass in form order settles every field. A hidden field is never
 * required and its answer is ignored. A condition on a hidden field is false. For a multi-choice
 * field "equals Y" means "Y is among the selected".
 *
 * Modes: "draft" accepts missing answers (saved as the applicant types) but still reports
 * answers that are wrong; "submit" also requires every visible required field. Answers to
 * fields the definition no longer has are listed as ignored, not refused, so that an old draft
 * survives a changed form.
 */
import { z } from "zod";
import { FileAnswer, FormDefinitionShape, type FieldError, type FormDefinition, type FormField, type FormValidation } from "../../../contracts/grants.js";
import { isIsoDate } from "./calendar.js";

type Ctx = z.RefinementCtx;

function issue(ctx: Ctx, path: (string | number)[], code: string, message: string) {
  ctx.addIssue({ code: "custom", path, message, params: { code } });
}

function conditionValueFits(target: FormField, value: string | number | boolean): boolean {
  switch (target.type) {
    case "choice":
    case "multi_choice":
      return typeof value === "string" && target.options.some((o) => o.value === value);
    case "yes_no":
      return typeof value === "boolean";
    case "number":
      return typeof value === "number";
    case "money":
      return typeof value === "number" && Number.isInteger(value);
    case "date":
      return isIsoDate(value);
    case "text":
    case "long_text":
      return typeof value === "string";
    case "file":
      return false;
  }
}

function refine(def: FormDefinition, ctx: Ctx) {
  const sectionKeys = new Set<string>();
  const earlier = new Map<string, FormField>();
  def.sections.forEach((section, s) => {
    if (sectionKeys.has(section.key)) issue(ctx, ["sections", s, "key"], "duplicate", `Section key "${section.key}" is used twice.`);
    sectionKeys.add(section.key);
    section.fields.forEach((field, f) => {
      const at = (...rest: (string | number)[]) => ["sections", s, "fields", f, ...rest];
      if (earlier.has(field.key)) issue(ctx, at("key"), "duplicate", `Field key "${field.key}" is used twice; keys are unique across the form.`);
      for (const which of ["showWhen", "requireWhen"] as const) {
        const cond = field[which];
        if (!cond) continue;
        const target = earlier.get(cond.field);
        if (!target) issue(ctx, at(which, "field"), "unknown_field", `The condition refers to "${cond.field}", which is not a field defined earlier in the form.`);
        else if (target.type === "file") issue(ctx, at(which, "field"), "invalid_condition", "A condition cannot depend on a file field.");
        else if (!conditionValueFits(target, cond.equals)) issue(ctx, at(which, "equals"), "invalid_condition", `The value does not fit field "${cond.field}" (${target.type}).`);
      }
      if (field.required && field.requireWhen) issue(ctx, at("requireWhen"), "invalid_condition", "A field that is always required needs no requireWhen.");
      if (field.type === "choice" || field.type === "multi_choice") {
        const values = field.options.map((o) => o.value);
        if (new Set(values).size !== values.length) issue(ctx, at("options"), "duplicate", "Option values must be unique.");
      }
      if (field.type === "number" && field.min !== undefined && field.max !== undefined && field.min > field.max) issue(ctx, at("max"), "invalid_range", "The maximum is below the minimum.");
      if (field.type === "money" && field.minCents !== undefined && field.maxCents !== undefined && field.minCents > field.maxCents) issue(ctx, at("maxCents"), "invalid_range", "The maximum is below the minimum.");
      if (field.type === "date" && field.min && field.max && field.min > field.max) issue(ctx, at("max"), "invalid_range", "The latest date is before the earliest.");
      if (field.type === "multi_choice") {
        if (field.minSelected !== undefined && field.maxSelected !== undefined && field.minSelected > field.maxSelected) issue(ctx, at("maxSelected"), "invalid_range", "maxSelected is below minSelected.");
        if (field.minSelected !== undefined && field.minSelected > field.options.length) issue(ctx, at("minSelected"), "invalid_range", "minSelected exceeds the number of options.");
      }
      earlier.set(field.key, field);
    });
  });
}

/** The form definition with its cross-field checks (unique keys, conditions, ranges). */
export const FormDefinitionSchema = FormDefinitionShape.superRefine(refine);

export type AnswerMode = "draft" | "submit";

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "") || (Array.isArray(value) && value.length === 0);
}

function conditionHolds(cond: FormField["showWhen"], answers: Record<string, unknown>, visible: Set<string>, fields: Map<string, FormField>): boolean {
  if (!cond) return true;
  if (!visible.has(cond.field)) return false;
  const value = answers[cond.field];
  if (fields.get(cond.field)?.type === "multi_choice") return Array.isArray(value) && value.includes(cond.equals);
  return value === cond.equals;
}

type Problem = { code: string; message: string; params?: FieldError["params"]; index?: number };

/** Checks one non-empty answer against its field; returns what is wrong with it. */
function checkValue(field: FormField, value: unknown): Problem[] {
  const name = `"${field.label.en}"`;
  const wrongType = (what: string): Problem[] => [{ code: "invalid_type", message: `${name} expects ${what}.` }];
  switch (field.type) {
    case "text":
    case "long_text":
      if (typeof value !== "string") return wrongType("text");
      return value.length > field.maxLength ? [{ code: "too_long", message: `${name} is limited to ${field.maxLength} characters.`, params: { max: field.maxLength, length: value.length } }] : [];
    case "number":
      if (typeof value !== "number" || !Number.isFinite(value)) return wrongType("a number");
      if (field.integer && !Number.isInteger(value)) return [{ code: "not_integer", message: `${name} expects a whole number.` }];
      if (field.min !== undefined && value < field.min) return [{ code: "too_small", message: `${name} is at least ${field.min}.`, params: { min: field.min } }];
      if (field.max !== undefined && value > field.max) return [{ code: "too_big", message: `${name} is at most ${field.max}.`, params: { max: field.max } }];
      return [];
    case "money":
      if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) return wrongType("an amount in cents (a whole number, not negative)");
      if (field.minCents !== undefined && value < field.minCents) return [{ code: "too_small", message: `${name} is at least ${field.minCents / 100} euro.`, params: { minCents: field.minCents } }];
      if (field.maxCents !== undefined && value > field.maxCents) return [{ code: "too_big", message: `${name} is at most ${field.maxCents / 100} euro.`, params: { maxCents: field.maxCents } }];
      return [];
    case "date":
      if (!isIsoDate(value)) return wrongType("a date (yyyy-mm-dd)");
      if (field.min && value < field.min) return [{ code: "too_early", message: `${name} is on or after ${field.min}.`, params: { min: field.min } }];
      if (field.max && value > field.max) return [{ code: "too_late", message: `${name} is on or before ${field.max}.`, params: { max: field.max } }];
      return [];
    case "choice":
      if (typeof value !== "string") return wrongType("one of its options");
      return field.options.some((o) => o.value === value) ? [] : [{ code: "invalid_option", message: `"${value}" is not an option of ${name}.`, params: { value } }];
    case "multi_choice": {
      if (!Array.isArray(value) || value.some((v) => typeof v !== "string")) return wrongType("a list of its options");
      const unknown = value.filter((v) => !field.options.some((o) => o.value === v));
      if (unknown.length > 0) return [{ code: "invalid_option", message: `${unknown.map((v) => `"${v}"`).join(", ")} ${unknown.length === 1 ? "is not an option" : "are not options"} of ${name}.`, params: { value: unknown.join(",") } }];
      if (new Set(value).size !== value.length) return [{ code: "duplicate", message: `${name} lists an option twice.` }];
      if (field.minSelected !== undefined && value.length < field.minSelected) return [{ code: "too_few", message: `Choose at least ${field.minSelected} for ${name}.`, params: { min: field.minSelected } }];
      if (field.maxSelected !== undefined && value.length > field.maxSelected) return [{ code: "too_many", message: `Choose at most ${field.maxSelected} for ${name}.`, params: { max: field.maxSelected } }];
      return [];
    }
    case "yes_no":
      return typeof value === "boolean" ? [] : wrongType("yes or no");
    case "file": {
      if (!Array.isArray(value)) return wrongType("a list of files");
      const problems: Problem[] = [];
      if (value.length > field.maxFiles) problems.push({ code: "too_many_files", message: `${name} takes at most ${field.maxFiles} ${field.maxFiles === 1 ? "file" : "files"}.`, params: { max: field.maxFiles } });
      value.forEach((item, index) => {
        const parsed = FileAnswer.safeParse(item);
        if (!parsed.success) return problems.push({ index, code: "invalid_type", message: `${name}: item ${index + 1} is not an uploaded file.` });
        const f = parsed.data;
        if (f.sizeBytes > field.maxSizeBytes) problems.push({ index, code: "file_too_large", message: `${f.name} is ${f.sizeBytes} bytes; ${name} accepts files up to ${field.maxSizeBytes} bytes.`, params: { sizeBytes: f.sizeBytes, maxSizeBytes: field.maxSizeBytes } });
        if (!field.allowedTypes.includes(f.mediaType)) problems.push({ index, code: "file_type_not_allowed", message: `${f.name} is of type ${f.mediaType}; ${name} accepts ${field.allowedTypes.join(", ")}.`, params: { mediaType: f.mediaType, allowed: field.allowedTypes.join(",") } });
      });
      return problems;
    }
  }
}

/** Validates answers against a (parsed) definition: completeness per section and errors with field paths. */
export function validateAnswers(def: FormDefinition, answers: Record<string, unknown>, mode: AnswerMode): FormValidation {
  const fields = new Map(def.sections.flatMap((s) => s.fields.map((f) => [f.key, f] as const)));
  const visible = new Set<string>();
  const errors: FieldError[] = [];
  const sections: FormValidation["sections"] = [];

  for (const section of def.sections) {
    let requiredCount = 0;
    let answeredCount = 0;
    const missing: string[] = [];
    let sectionErrors = 0;
    for (const field of section.fields) {
      if (!conditionHolds(field.showWhen, answers, visible, fields)) continue;
      visible.add(field.key);
      const required = field.required || (field.requireWhen !== undefined && conditionHolds(field.requireWhen, answers, visible, fields));
      const value = answers[field.key];
      const path = `answers.${field.key}`;
      if (isEmpty(value)) {
        if (required) {
          requiredCount += 1;
          missing.push(field.key);
          if (mode === "submit") {
            sectionErrors += 1;
            errors.push({ path, section: section.key, code: "required", message: `"${field.label.en}" is required.`, params: { field: field.key } });
          }
        }
        continue;
      }
      const problems = checkValue(field, value);
      for (const p of problems) {
        errors.push({ path: p.index === undefined ? path : `${path}.${p.index}`, section: section.key, code: p.code, message: p.message, params: { field: field.key, ...(p.params ?? {}) } });
      }
      sectionErrors += problems.length;
      if (required) {
        requiredCount += 1;
        if (problems.length === 0) answeredCount += 1;
        else missing.push(field.key);
      }
    }
    sections.push({ key: section.key, complete: missing.length === 0 && sectionErrors === 0, requiredCount, answeredCount, missing });
  }

  const ignored = Object.keys(answers).filter((k) => !visible.has(k) && !isEmpty(answers[k]));
  return { complete: sections.every((s) => s.complete), valid: errors.length === 0, sections, errors, ignored };
}
