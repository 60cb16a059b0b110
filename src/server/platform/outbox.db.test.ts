import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDatabase } from "../../../test/db.js";
import { outboxMessages } from "../db/schema/outbox.js";
import { makeCtx, systemActor, withTransaction } from "./context.js";
import { MAX_ATTEMPTS, outboxFor, queueMail, sendQueuedMail } from "./outbox.js";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.drop());

const ctx = () => makeCtx({ actor: systemActor("test"), db: database.db });
const mail = (entityId: string, to = "jan@example.be") => ({
  to,
  subject: "Uw aanvraag",
  text: "Beste Jan",
  template: "grants.decision",
  language: "nl",
  entity: "grant_application",
  entityId,
});

describe("mail outbox", () => {
  it("queues in the caller's transaction: a rolled-back change sends nothing", async () => {
    await expect(
      withTransaction(ctx(), async (tx) => {
        await queueMail(tx, mail("rollback-1"));
        throw new Error("the change fails");
      }),
    ).rejects.toThrow("the change fails");
    expect(await outboxFor(database.db, "grant_application", ["rollback-1"])).toHaveLength(0);

    await withTransaction(ctx(), (tx) => queueMail(tx, mail("commit-1")));
    const rows = await outboxFor(database.db, "grant_application", ["commit-1"]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: "queued", attempts: 0, to: "jan@example.be", language: "nl" });
  });

  it("refuses to queue outside a transaction or to a non-address", async () => {
    await expect(queueMail(ctx(), mail("x"))).rejects.toThrow(/transaction/);
    await expect(withTransaction(ctx(), (tx) => queueMail(tx, mail("x", "not-an-address")))).rejects.toThrow(/e-mail/);
  });

  it("without SMTP (or in demo mode) logs the mail and marks it sent with a note", async () => {
    const logged: unknown[] = [];
    const c = { ...ctx(), log: { ...ctx().log, info: (o: unknown) => logged.push(o) } };
    const r = await sendQueuedMail(c, { config: { smtpUrl: undefined, mailFrom: "Koers <k@x.be>", demo: false } });
    expect(r.logged).toBeGreaterThanOrEqual(1);
    const [row] = await outboxFor(database.db, "grant_application", ["commit-1"]);
    expect(row.status).toBe("sent");
    expect(row.note).toMatch(/logged/);
    expect(row.sentAt).not.toBeNull();
    expect(JSON.stringify(logged)).toContain("jan@example.be");
    // running again sends nothing twice
    const again = await sendQueuedMail(c, { config: { smtpUrl: undefined, mailFrom: "k@x.be", demo: false } });
    expect(again.logged + again.sent).toBe(0);
  });

  it("delivers through the transport with the configured sender, and retries then fails on errors", async () => {
    await withTransaction(ctx(), async (tx) => {
      await queueMail(tx, { ...mail("smtp-1"), html: "<p>Beste Jan</p>" });
    });
    const delivered: Record<string, unknown>[] = [];
    const ok = { sendMail: async (m: Record<string, unknown>) => (delivered.push(m), { messageId: "1" }) };
    const r = await sendQueuedMail(ctx(), { config: { smtpUrl: "smtp://localhost:2525", mailFrom: "Koers <k@x.be>", demo: false }, transport: ok as never });
    expect(r.sent).toBe(1);
    expect(delivered[0]).toMatchObject({ from: "Koers <k@x.be>", to: "jan@example.be", subject: "Uw aanvraag", html: "<p>Beste Jan</p>" });
    const [sent] = await outboxFor(database.db, "grant_application", ["smtp-1"]);
    expect(sent).toMatchObject({ status: "sent", note: "smtp", attempts: 1 });

    await withTransaction(ctx(), (tx) => queueMail(tx, mail("smtp-2")));
    const broken = { sendMail: async () => { throw new Error("connection refused"); } };
    for (let i = 1; i <= MAX_ATTEMPTS; i++) {
      await sendQueuedMail(ctx(), { config: { smtpUrl: "smtp://localhost:2525", mailFrom: "k@x.be", demo: false }, transport: broken as never });
      const [row] = await database.db.select().from(outboxMessages).where(eq(outboxMessages.entityId, "smtp-2"));
      expect(row.attempts).toBe(i);
      expect(row.status).toBe(i < MAX_ATTEMPTS ? "queued" : "failed");
      expect(row.lastError).toContain("connection refused");
    }
  });
});
