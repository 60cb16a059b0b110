import { and, asc, eq, inArray, lt, sql } from "drizzle-orm";
import nodemailer, { type Transporter } from "nodemailer";
import type { FastifyBaseLogger } from "fastify";
import type { Config } from "../config.js";
import type { Db } from "../db/client.js";
import { outboxMessages } from "../db/schema/outbox.js";
import { makeCtx, systemActor, type Ctx } from "./context.js";

export interface MailInput {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** What kind of message, e.g. "grants.decision". */
  template: string;
  language: string;
  /** The record the message is about. */
  entity: string;
  entityId: string;
}

const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

/**
 * Queues one mail in the caller's transaction: if the change it reports rolls back, nothing is sent.
 * Returns the outbox row's id. The sender job (startOutboxJobs) delivers it.
 */
export async function queueMail(ctx: Ctx, mail: MailInput): Promise<string> {
  if (!ctx.inTransaction) throw new Error("queueMail must run inside the verb's transaction");
  if (!EMAIL.test(mail.to)) throw new Error("queueMail: not an e-mail address");
  const [row] = await ctx.db
    .insert(outboxMessages)
    .values({
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html ?? null,
      template: mail.template,
      language: mail.language,
      entity: mail.entity,
      entityId: mail.entityId,
    })
    .returning({ id: outboxMessages.id });
  return row.id;
}

/** After this many failed attempts a message is marked failed and no longer retried. */
export const MAX_ATTEMPTS = 5;

export interface SendOptions {
  config: Pick<Config, "smtpUrl" | "mailFrom" | "demo">;
  /** A transport to use instead of the configured SMTP server (tests). */
  transport?: Pick<Transporter, "sendMail">;
  batch?: number;
  now?: () => Date;
}

export interface SendResult {
  sent: number;
  logged: number;
  failed: number;
  retrying: number;
}

/**
 * Delivers queued mail. Without SMTP_URL, or in demo mode, a message is logged (recipient and subject
 * only) and marked sent with the note "logged". Idempotent and safe to run twice: each row is claimed
 * with FOR UPDATE SKIP LOCKED, so two senders never deliver the same message.
 */
export async function sendQueuedMail(ctx: Ctx, opts: SendOptions): Promise<SendResult> {
  const result: SendResult = { sent: 0, logged: 0, failed: 0, retrying: 0 };
  const now = opts.now ?? (() => new Date());
  const useSmtp = opts.transport !== undefined || (!!opts.config.smtpUrl && !opts.config.demo);
  const transport = opts.transport ?? (useSmtp ? nodemailer.createTransport(opts.config.smtpUrl) : null);
  const ids = await ctx.db
    .select({ id: outboxMessages.id })
    .from(outboxMessages)
    .where(and(eq(outboxMessages.status, "queued"), lt(outboxMessages.attempts, MAX_ATTEMPTS)))
    .orderBy(asc(outboxMessages.createdAt))
    .limit(opts.batch ?? 50);
  for (const { id } of ids) {
    await ctx.db.transaction(async (txRaw) => {
      const tx = txRaw as unknown as Db;
      const [msg] = await tx
        .select()
        .from(outboxMessages)
        .where(and(eq(outboxMessages.id, id), eq(outboxMessages.status, "queued")))
        .for("update", { skipLocked: true });
      if (!msg) return;
      if (!transport) {
        ctx.log.info({ outboxId: msg.id, to: msg.to, subject: msg.subject, template: msg.template }, "mail logged (no SMTP or demo mode)");
        await tx
          .update(outboxMessages)
          .set({ status: "sent", sentAt: now(), attempts: msg.attempts + 1, note: "logged: no SMTP configured or demo mode" })
          .where(eq(outboxMessages.id, msg.id));
        result.logged++;
        return;
      }
      try {
        await transport.sendMail({
          from: opts.config.mailFrom,
          to: msg.to,
          subject: msg.subject,
          text: msg.text,
          ...(msg.html ? { html: msg.html } : {}),
        });
        await tx
          .update(outboxMessages)
          .set({ status: "sent", sentAt: now(), attempts: msg.attempts + 1, note: "smtp", lastError: null })
          .where(eq(outboxMessages.id, msg.id));
        result.sent++;
      } catch (err) {
        const attempts = msg.attempts + 1;
        const failed = attempts >= MAX_ATTEMPTS;
        await tx
          .update(outboxMessages)
          .set({ status: failed ? "failed" : "queued", attempts, lastError: String((err as Error).message ?? err).slice(0, 500) })
          .where(eq(outboxMessages.id, msg.id));
        ctx.log.warn({ outboxId: msg.id, attempts, err: (err as Error).message }, "mail delivery failed");
        if (failed) result.failed++;
        else result.retrying++;
      }
    });
  }
  return result;
}

/** Outbox messages about one record (for tests and the record's history). */
export async function outboxFor(db: Db, entity: string, entityIds: string[]) {
  if (entityIds.length === 0) return [];
  return db
    .select()
    .from(outboxMessages)
    .where(and(eq(outboxMessages.entity, entity), inArray(outboxMessages.entityId, entityIds)))
    .orderBy(asc(outboxMessages.createdAt), sql`${outboxMessages.id}`);
}

/**
 * Runs the sender every config.outboxIntervalSeconds (0 = off), in process (docs/adr/0005-jobs-in-process.md).
 * Returns a stop function that also waits for a running batch.
 */
export function startOutboxJobs(
  deps: { config: Config; database: { db: Db } },
  log?: FastifyBaseLogger,
): () => Promise<void> {
  const seconds = deps.config.outboxIntervalSeconds;
  if (!seconds) return async () => {};
  let running: Promise<unknown> | null = null;
  const tick = () => {
    if (running) return;
    const ctx = makeCtx({ actor: systemActor("mail outbox"), db: deps.database.db, log });
    running = sendQueuedMail(ctx, { config: deps.config })
      .catch((err) => ctx.log.error({ err }, "mail outbox run failed"))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, seconds * 1000);
  timer.unref();
  return async () => {
    clearInterval(timer);
    if (running) await running;
  };
}
