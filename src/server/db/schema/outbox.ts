import { index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/**
 * Mail waiting to be sent, written in the transaction of the change it reports (so a rolled-back change
 * sends nothing). The sender job delivers queued rows and records the outcome; rows are never deleted.
 */
export const outboxMessages = pgTable(
  "outbox_messages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    to: text("to").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    html: text("html"),
    /** What kind of message this is, e.g. grants.decision. */
    template: text("template").notNull(),
    language: text("language").notNull().default("nl"),
    /** The record the message is about, e.g. grant_application + its id. */
    entity: text("entity").notNull(),
    entityId: text("entity_id").notNull(),
    status: text("status").notNull().default("queued"), // queued | sent | failed
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    /** How it was sent: smtp, or logged (no SMTP configured / demo mode). */
    note: text("note"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
  },
  (t) => [
    index("outbox_messages_status_idx").on(t.status, t.createdAt),
    index("outbox_messages_entity_idx").on(t.entity, t.entityId),
  ],
);
