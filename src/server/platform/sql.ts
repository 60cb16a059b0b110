import type { SQL } from "drizzle-orm";
import type { Ctx } from "./context.js";

/** The rows of a raw SQL query, the same on PGlite and node-postgres. */
export async function rows<T>(ctx: Ctx, query: SQL): Promise<T[]> {
  return ((await ctx.db.execute(query)) as unknown as { rows: T[] }).rows;
}
