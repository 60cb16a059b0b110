/**
 * Calendar dates (ISO yyyy-mm-dd) and instants in Europe/Brussels. Pure, no dependencies: the
 * time-zone rules come from the runtime's ICU data through Intl.
 *
 * Dates are compared as strings (four-digit years, zero-padded) and computed through day numbers
 * since 1970-01-01 in UTC, so no local time zone ever leaks in.
 */

export const BRUSSELS = "Europe/Brussels";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export interface DateParts {
  year: number;
  month: number; // 1–12
  day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/** Parses a real calendar date; throws on "2025-02-29" and on anything that is not yyyy-mm-dd. */
export function parseIsoDate(value: string): DateParts {
  const m = ISO_DATE.exec(value);
  if (!m) throw new RangeError(`Not an ISO date: ${value}`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) throw new RangeError(`Not a calendar date: ${value}`);
  return { year, month, day };
}

export function isIsoDate(value: unknown): value is string {
  if (typeof value !== "string") return false;
  try {
    parseIsoDate(value);
    return true;
  } catch {
    return false;
  }
}

export function formatIsoDate({ year, month, day }: DateParts): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Days since 1970-01-01. */
export function dayNumber(date: string): number {
  const { year, month, day } = parseIsoDate(date);
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

export function fromDayNumber(n: number): string {
  const d = new Date(n * MS_PER_DAY);
  return formatIsoDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(dayNumber(date) + days);
}

/** b − a in days. */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

/**
 * Adds calendar months; a day that does not exist in the target month becomes that month's last
 * day (31 January + 1 month = 28 or 29 February; 29 February 2028 − 3 years = 28 February 2025).
 */
export function addMonths(date: string, months: number): string {
  const { year, month, day } = parseIsoDate(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return formatIsoDate({ year: y, month: m, day: Math.min(day, daysInMonth(y, m)) });
}

export function addYears(date: string, years: number): string {
  return addMonths(date, years * 12);
}

export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function maxDate(a: string, b: string): string {
  return a >= b ? a : b;
}

/* ---------- instants and Europe/Brussels wall-clock time ---------- */

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset from UTC in minutes at an instant (+60 in Brussels winter, +120 in summer). */
export function offsetMinutes(epochMs: number, timeZone = BRUSSELS): number {
  let f = offsetFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" });
    offsetFormatters.set(timeZone, f);
  }
  const name = f.formatToParts(new Date(epochMs)).find((p) => p.type === "timeZoneName")?.value ?? "GMT";
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!m) return 0; // "GMT" exactly
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === "-" ? -minutes : minutes;
}

const LOCAL = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

export interface LocalToInstant {
  /** ISO instant in UTC, e.g. "2026-03-29T10:00:00.000Z". */
  instant: string;
  /**
   * "gap": the wall-clock time does not exist (clocks jump from 02:00 to 03:00 on the last Sunday
   * of March); it is moved forward by the length of the gap, so 02:30 becomes 03:30 summer time.
   * "overlap": the time occurs twice (03:00 → 02:00 on the last Sunday of October); the first
   * occurrence (summer time) is taken. Both are what Temporal calls "compatible".
   */
  adjustment: "none" | "gap" | "overlap";
}

/** Converts a wall-clock time "yyyy-mm-ddThh:mm[:ss]" in the zone to the instant it denotes. */
export function localToInstant(local: string, timeZone = BRUSSELS): LocalToInstant {
  const m = LOCAL.exec(local);
  if (!m) throw new RangeError(`Not a local date-time: ${local}`);
  const { year, month, day } = parseIsoDate(m[1]);
  const hour = Number(m[2]);
  const minute = Number(m[3]);
  const second = Number(m[4] ?? "0");
  if (hour > 23 || minute > 59 || second > 59) throw new RangeError(`Not a time of day: ${local}`);
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  // Transitions are months apart, so the offsets a day before and after cover every candidate.
  const before = offsetMinutes(asUtc - MS_PER_DAY, timeZone);
  const after = offsetMinutes(asUtc + MS_PER_DAY, timeZone);
  const valid = [...new Set([before, after])]
    .map((o) => asUtc - o * 60_000)
    .filter((t) => offsetMinutes(t, timeZone) * 60_000 === asUtc - t)
    .sort((a, b) => a - b);
  if (valid.length === 0) return { instant: new Date(asUtc - before * 60_000).toISOString(), adjustment: "gap" };
  return { instant: new Date(valid[0]).toISOString(), adjustment: valid.length > 1 ? "overlap" : "none" };
}

/** The wall-clock time of an instant in the zone: "yyyy-mm-ddThh:mm:ss". */
export function instantToLocal(instant: string | number, timeZone = BRUSSELS): string {
  const ms = typeof instant === "number" ? instant : parseInstant(instant);
  const shifted = new Date(ms + offsetMinutes(ms, timeZone) * 60_000);
  return shifted.toISOString().slice(0, 19);
}

/** The calendar date of an instant in the zone. */
export function localDateOf(instant: string | number, timeZone = BRUSSELS): string {
  return instantToLocal(instant, timeZone).slice(0, 10);
}

/** Milliseconds since the epoch of an ISO instant that carries Z or an offset. */
export function parseInstant(instant: string): number {
  if (!/(Z|[+-]\d{2}:\d{2})$/.test(instant)) throw new RangeError(`An instant needs Z or an offset: ${instant}`);
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) throw new RangeError(`Not an instant: ${instant}`);
  return ms;
}
