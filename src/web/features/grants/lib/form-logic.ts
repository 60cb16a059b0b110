/**
 * The form definition's conditions, as the server applies them (grants/form-definition.ts): a field is
 * shown when its showWhen holds (a condition on a hidden field is false), required when "required" or
 * its requireWhen holds; for a multi-choice field "equals Y" means "Y is among the selected".
 */
import type { FormDefinition, FormField } from "../../../../contracts/grants";
import type { AppLocale } from "../../../i18n/format";

type Cond = FormField["showWhen"];

function holds(cond: Cond, answers: Record<string, unknown>, visible: Set<string>, fields: Map<string, FormField>): boolean {
  if (!cond) return true;
  if (!visible.has(cond.field)) return false;
  const value = answers[cond.field];
  if (fields.get(cond.field)?.type === "multi_choice") return Array.isArray(value) && value.includes(cond.equals);
  return value === cond.equals;
}

export interface FieldState {
  visible: boolean;
  required: boolean;
}

/** Visibility and requiredness of every field, in form order. */
export function fieldStates(def: FormDefinition, answers: Record<string, unknown>): Map<string, FieldState> {
  const fields = new Map(def.sections.flatMap((s) => s.fields).map((f) => [f.key, f]));
  const visible = new Set<string>();
  const out = new Map<string, FieldState>();
  for (const f of fields.values()) {
    const isVisible = holds(f.showWhen, answers, visible, fields);
    if (isVisible) visible.add(f.key);
    const required = isVisible && (f.required || (f.requireWhen ? holds(f.requireWhen, answers, visible, fields) : false));
    out.set(f.key, { visible: isVisible, required });
  }
  return out;
}

export function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "") || (Array.isArray(value) && value.length === 0);
}

/** Euro text typed by a user ("12.500,50", "12500.5", "€ 12 500") to cents; null when empty, NaN when unreadable. */
export function parseEuroToCents(text: string): number | null {
  const raw = text.replace(/[€\s\u00a0]/g, "");
  if (!raw) return null;
  let normal = raw;
  if (/,\d{1,2}$/.test(raw)) normal = raw.replace(/\./g, "").replace(",", ".");
  else normal = raw.replace(/[.,](?=\d{3}(\D|$))/g, "");
  if (!/^\d+(\.\d{1,2})?$/.test(normal)) return Number.NaN;
  return Math.round(Number(normal) * 100);
}

/** Cents as an editable euro text in the locale ("12500,50" / "12500.50"); whole euros without decimals. */
export function centsToEuroText(cents: number | null | undefined, locale: AppLocale): string {
  if (cents === null || cents === undefined) return "";
  const euros = cents / 100;
  const text = Number.isInteger(euros) ? String(euros) : euros.toFixed(2);
  return locale !== "en" ? text.replace(".", ",") : text;
}
