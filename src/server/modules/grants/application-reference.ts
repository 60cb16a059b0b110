import { eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { grantCalls } from "../../db/schema/grants.js";

/**
 * The next human reference of an application in a call: "<CALL CODE>-0001", "…-0002". The counter
 * lives on the call row and is bumped with one UPDATE … RETURNING, so two applicants starting at the
 * same moment never get the same number (the row lock serialises them).
 */
export async function nextApplicationReference(db: Db, callId: string): Promise<string> {
  const [row] = await db
    .update(grantCalls)
    .set({ lastApplicationNumber: sql`${grantCalls.lastApplicationNumber} + 1` })
    .where(eq(grantCalls.id, callId))
    .returning({ code: grantCalls.code, n: grantCalls.lastApplicationNumber });
  if (!row) throw new Error(`No call ${callId}`);
  return `${row.code}-${String(row.n).padStart(4, "0")}`;
}
