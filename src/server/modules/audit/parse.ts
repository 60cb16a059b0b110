import type { z } from "zod";
import { AuditQuery } from "../../../contracts/audit.js";
import { validation, zodDetails } from "../../platform/errors.js";
import type { AuditFilter } from "./repo.js";

/** Parses the query with its contract, and refuses a date range that ends before it starts. */
export function parseAuditQuery(input: unknown): z.output<typeof AuditQuery> & AuditFilter {
  const parsed = AuditQuery.safeParse(input);
  if (!parsed.success) throw validation(zodDetails(parsed.error));
  const query = parsed.data;
  if (query.from && query.to && query.from > query.to) {
    throw validation([{ path: "to", code: "before_from", message: "The end date lies before the start date." }]);
  }
  return { ...query, q: query.q?.trim() || undefined };
}
