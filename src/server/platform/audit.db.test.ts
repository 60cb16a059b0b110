import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asc, eq } from "drizzle-orm";
import { createTestDatabase } from "../../../test/db.js";
import { auditLog } from "../db/schema/audit.js";
import { writeAudit, writeAudits } from "./audit.js";
import { makeCtx, systemActor, withTransaction } from "./context.js";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.drop());

const ctx = () => makeCtx({ actor: systemActor("test"), db: database.db, requestId: "req-audit" });

describe("audit rows", () => {
  it("are written only inside a transaction", async () => {
    await expect(writeAudit(ctx(), { action: "x.y", entity: "x", entityId: "1" })).rejects.toThrow("transaction");
  });

  it("many at once: every row, in order, with actor and request, also beyond one statement's parameter limit", async () => {
    const events = Array.from({ length: 9_000 }, (_, i) => ({ action: "bulk.test", entity: "bulk", entityId: `e-${i}`, before: { i }, after: { i: i + 1 } }));
    await withTransaction(ctx(), (tx) => writeAudits(tx, events));
    const stored = await database.db.select().from(auditLog).where(eq(auditLog.action, "bulk.test")).orderBy(asc(auditLog.id));
    expect(stored).toHaveLength(9_000);
    expect(stored.map((r) => r.entityId)).toEqual(events.map((e) => e.entityId));
    expect(stored[8_999]).toMatchObject({ actorLabel: "test", requestId: "req-audit", before: { i: 8_999 }, after: { i: 9_000 } });
  });

  it("a rolled-back change leaves none", async () => {
    await expect(
      withTransaction(ctx(), async (tx) => {
        await writeAudits(tx, [{ action: "rollback.test", entity: "r", entityId: "1" }, { action: "rollback.test", entity: "r", entityId: "2" }]);
        throw new Error("the change fails");
      }),
    ).rejects.toThrow("the change fails");
    expect(await database.db.select().from(auditLog).where(eq(auditLog.action, "rollback.test"))).toHaveLength(0);
  });
});
