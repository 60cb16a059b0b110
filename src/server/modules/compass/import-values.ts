import type { Cell } from "./import-file.js";

/**
 * How cells of a measurements file are read.
 *
 * Numbers — one rule, the Belgian one: the COMMA is the decimal separator; a POINT only separates
 * thousands, in groups of exactly three digits. So "1.840" is one thousand eight hundred forty,
 * "1.840,5" is 1840.5, "1,5" is one and a half, "2 500" is 2500, and "1.5" is refused (a point followed
 * by other than three digits cannot be a thousands separator). Numeric cells of a spreadsheet are
 * numbers already and are taken as they are.
 *
 * Periods — yyyy-mm-dd, dd-mm-yyyy (also with / or .), yyyy-mm (the month's last day), yyyy
 * (31 December); date cells of a spreadsheet are taken as they are.
 */
export const NUMBER_RULE =
  "Write decimals with a comma (1,5); a point only separates thousands, in groups of three (1.840 is one thousand eight hundred forty).";
export const PERIOD_RULE = "Use yyyy-mm-dd, dd-mm-yyyy, yyyy-mm (the month's last day) or yyyy (31 December).";

const GROUPED = /^\d{1,3}(\.\d{3})+(,\d+)?$/;
const PLAIN = /^\d+(,\d+)?$/;

export function parseNumber(cell: Cell): { value: number } | { error: string } {
  if (typeof cell === "number") return Number.isFinite(cell) ? { value: cell } : { error: "The value is not a finite number." };
  if (cell instanceof Date) return { error: `A date is not a number. ${NUMBER_RULE}` };
  const raw = (cell ?? "").trim();
  let s = raw.replace(/[\s\u00a0\u202f]/g, "");
  let sign = 1;
  if (s.startsWith("-") || s.startsWith("+")) {
    sign = s.startsWith("-") ? -1 : 1;
    s = s.slice(1);
  }
  if (!GROUPED.test(s) && !PLAIN.test(s)) return { error: `“${raw}” is not a number. ${NUMBER_RULE}` };
  const value = sign * Number(s.replace(/\./g, "").replace(",", "."));
  if (!Number.isFinite(value) || Math.abs(value) > 1e15) return { error: `“${raw}” is out of range.` };
  return { value };
}

const pad = (n: number) => String(n).padStart(2, "0");
function iso(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > last) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}
const lastDay = (y: number, m: number) => iso(y, m, new Date(Date.UTC(y, m, 0)).getUTCDate());

export function parsePeriod(cell: Cell): { date: string } | { error: string } {
  if (cell instanceof Date) {
    const d = iso(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate());
    return d ? { date: d } : { error: `The date is out of range. ${PERIOD_RULE}` };
  }
  if (typeof cell === "number") {
    if (Number.isInteger(cell) && cell >= 1900 && cell <= 2100) return { date: `${cell}-12-31` };
    return { error: `${cell} is not a period. ${PERIOD_RULE}` };
  }
  const s = (cell ?? "").trim();
  let m: RegExpMatchArray | null;
  let d: string | null = null;
  if ((m = s.match(/^(\d{4})-(\d{1,2})-(\d{1,2})$/))) d = iso(+m[1], +m[2], +m[3]);
  else if ((m = s.match(/^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/))) d = iso(+m[3], +m[2], +m[1]);
  else if ((m = s.match(/^(\d{4})-(\d{1,2})$/))) d = +m[2] >= 1 && +m[2] <= 12 ? lastDay(+m[1], +m[2]) : null;
  else if ((m = s.match(/^(\d{4})$/))) d = iso(+m[1], 12, 31);
  return d ? { date: d } : { error: `“${s}” is not a date. ${PERIOD_RULE}` };
}

export function text(cell: Cell): string {
  if (cell === null) return "";
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

/** Column names (case-insensitive, accents, spaces, dashes and underscores ignored) and their Dutch aliases. */
export const COLUMN_ALIASES: Record<string, string[]> = {
  indicator: ["indicator", "indicatorcode"],
  period: ["period", "periode"],
  value: ["value", "waarde"],
  municipality: ["municipality", "gemeente"],
  source: ["source", "bron"],
  note: ["note", "opmerking"],
};
export const REQUIRED_COLUMNS = ["indicator", "period", "value"] as const;

export function normaliseHeader(h: string): string {
  return h.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase().replace(/[\s_\-.]+/g, "");
}

export function columnFor(header: string): string | null {
  const n = normaliseHeader(header);
  for (const [column, aliases] of Object.entries(COLUMN_ALIASES)) if (aliases.includes(n)) return column;
  return null;
}
