import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { and, eq, lt, ne } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { sessions, users } from "../../db/schema/identity.js";
import type { Actor } from "../../platform/context.js";
import { normaliseUser, userFields, type UserRecord } from "./users-repo.js";

/** Sessions are touched at most this often, so that a busy page does not write on every request. */
export const LAST_SEEN_RESOLUTION_MS = 60_000;

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Compares two secrets in constant time. */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function actorOf(user: Pick<UserRecord, "id" | "displayName" | "email" | "roles" | "scopes">): Extract<Actor, { kind: "user" }> {
  return { kind: "user", userId: user.id, label: `${user.displayName} (${user.email})`, roles: user.roles, scopes: user.scopes };
}

export interface NewSession {
  token: string;
  tokenHash: string;
  csrfToken: string;
  expiresAt: Date;
}

export async function createSession(db: Db, userId: string, now: Date, ttlHours: number): Promise<NewSession> {
  const token = newToken();
  const session: NewSession = {
    token,
    tokenHash: hashToken(token),
    csrfToken: newToken(),
    expiresAt: new Date(now.getTime() + ttlHours * 3_600_000),
  };
  await db.insert(sessions).values({
    tokenHash: session.tokenHash,
    userId,
    csrfToken: session.csrfToken,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: session.expiresAt,
  });
  return session;
}

/** Deletes one session; answers the user it belonged to, if any. */
export async function deleteSession(db: Db, tokenHash: string): Promise<string | undefined> {
  const [row] = await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash)).returning({ userId: sessions.userId });
  return row?.userId;
}

/** Revokes every session of a user, except (optionally) the one in use. Answers how many went. */
export async function revokeSessions(db: Db, userId: string, exceptTokenHash?: string): Promise<number> {
  const where = exceptTokenHash
    ? and(eq(sessions.userId, userId), ne(sessions.tokenHash, exceptTokenHash))
    : eq(sessions.userId, userId);
  const rows = await db.delete(sessions).where(where).returning({ tokenHash: sessions.tokenHash });
  return rows.length;
}

/** Forgets every expired session (done at each sign-in, so that the table does not grow without end). */
export async function deleteExpiredSessions(db: Db, now: Date): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
}

export interface ResolvedSession {
  user: UserRecord;
  tokenHash: string;
  csrfToken: string;
  lastSeenAt: Date;
}

/**
 * Looks a session up by its token hash, with its user, roles and scopes, in one query.
 * An expired session (which is deleted on sight) or an inactive user answers undefined.
 */
export async function resolveSession(db: Db, tokenHash: string, now: Date): Promise<ResolvedSession | undefined> {
  const [row] = await db
    .select({ ...userFields, csrfToken: sessions.csrfToken, expiresAt: sessions.expiresAt, lastSeenAt: sessions.lastSeenAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, tokenHash));
  if (!row) return undefined;
  if (row.expiresAt.getTime() <= now.getTime()) {
    await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
    return undefined;
  }
  if (!row.active) return undefined;
  const { csrfToken, expiresAt: _expiresAt, lastSeenAt, ...user } = normaliseUser(row);
  return { user, tokenHash, csrfToken, lastSeenAt };
}

/** Records activity, at most once per LAST_SEEN_RESOLUTION_MS. */
export async function touchSession(db: Db, session: ResolvedSession, now: Date): Promise<void> {
  if (now.getTime() - session.lastSeenAt.getTime() < LAST_SEEN_RESOLUTION_MS) return;
  await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, session.tokenHash));
}
