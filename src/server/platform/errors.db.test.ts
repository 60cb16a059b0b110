import { sql } from "drizzle-orm";
import { pgTable, text } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../test/db.js";
import { makeCtx, systemActor, withTransaction } from "./context.js";
import { isUniqueViolation } from "./errors.js";

/** A table of this test only, with a unique key and a foreign key, to provoke both kinds of violation. */
const probe = pgTable("error_probe", { code: text("code").primaryKey(), parent: text("parent") });

let database: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  database = await createTestDatabase();
  await database.db.execute(sql`create table error_probe (code text primary key, parent text references error_probe (code))`);
  await database.db.insert(probe).values({ code: "taken" });
});
afterAll(async () => database.drop());

const failure = (run: () => Promise<unknown>) =>
  run().then(
    () => {
      throw new Error("expected the statement to fail");
    },
    (err: unknown) => err,
  );

describe("database errors from the driver in use", () => {
  it("recognises a duplicate key from the query builder, from raw SQL and inside a transaction", async () => {
    expect(isUniqueViolation(await failure(() => database.db.insert(probe).values({ code: "taken" })))).toBe(true);
    expect(isUniqueViolation(await failure(() => database.db.execute(sql`insert into error_probe (code) values ('taken')`)))).toBe(true);
    const ctx = makeCtx({ actor: systemActor("test"), db: database.db });
    expect(isUniqueViolation(await failure(() => withTransaction(ctx, (tx) => tx.db.insert(probe).values({ code: "taken" }))))).toBe(true);
  });

  it("does not take another constraint's violation for a duplicate", async () => {
    expect(isUniqueViolation(await failure(() => database.db.insert(probe).values({ code: "orphan", parent: "missing" })))).toBe(false);
  });
});
