import type { AuditEntry } from "../../../contracts/audit.js";
import { AGENCY_TIME_ZONE } from "./repo.js";

export const CSV_COLUMNS = ["id", "at", "at_brussels", "actor_id", "actor_label", "action", "entity", "entity_id", "request_id", "before", "after"] as const;

const brusselsClock = new Intl.DateTimeFormat("sv-SE", {
  timeZone: AGENCY_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

/** Pure: "2026-03-02 10:15:00" in Brussels time. */
export function brusselsTime(iso: string): string {
  return brusselsClock.format(new Date(iso));
}

/**
 * Pure: a cell that a spreadsheet would read as a formula (=, +, -, @, tab, carriage return at
 * the start) gets a leading apostrophe, so that opening the export never runs anything.
 */
export function safeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const json = (value: unknown) => (value === null || value === undefined ? "" : JSON.stringify(value));

/** Pure: one audit entry as one CSV record, in CSV_COLUMNS order. */
export function csvRecord(entry: AuditEntry): string[] {
  return [
    String(entry.id),
    entry.at,
    brusselsTime(entry.at),
    entry.actorId ?? "",
    safeCell(entry.actorLabel),
    safeCell(entry.action),
    safeCell(entry.entity),
    safeCell(entry.entityId),
    entry.requestId ?? "",
    safeCell(json(entry.before)),
    safeCell(json(entry.after)),
  ];
}
