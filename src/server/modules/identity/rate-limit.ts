import { and, count, eq, gt, inArray, lt } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { loginAttempts } from "../../db/schema/identity.js";

/** A client address may fail this many times more often than one e-mail address (shared offices, NAT). */
export const IP_FACTOR = 4;

export const emailKey = (email: string) => `email:${email}`;
export const ipKey = (ip: string) => `ip:${ip}`;

export interface LoginLimits {
  maxAttempts: number;
  windowMinutes: number;
}

/** Pure: is sign-in blocked, given the failed attempts per key within the window? */
export function limitReached(failures: { email: number; ip: number }, limits: Pick<LoginLimits, "maxAttempts">): boolean {
  return failures.email >= limits.maxAttempts || failures.ip >= limits.maxAttempts * IP_FACTOR;
}

function windowStart(now: Date, limits: LoginLimits): Date {
  return new Date(now.getTime() - limits.windowMinutes * 60_000);
}

export async function recentFailures(db: Db, keys: { email: string; ip: string }, now: Date, limits: LoginLimits): Promise<{ email: number; ip: number }> {
  const rows = await db
    .select({ key: loginAttempts.key, n: count() })
    .from(loginAttempts)
    .where(and(inArray(loginAttempts.key, [keys.email, keys.ip]), gt(loginAttempts.attemptedAt, windowStart(now, limits))))
    .groupBy(loginAttempts.key);
  const of = (key: string) => Number(rows.find((r) => r.key === key)?.n ?? 0);
  return { email: of(keys.email), ip: of(keys.ip) };
}

/** Records one failed attempt for both keys and forgets every attempt older than the window. */
export async function recordFailure(db: Db, keys: { email: string; ip: string }, now: Date, limits: LoginLimits): Promise<void> {
  await db.delete(loginAttempts).where(lt(loginAttempts.attemptedAt, windowStart(now, limits)));
  await db.insert(loginAttempts).values([
    { key: keys.email, attemptedAt: now },
    { key: keys.ip, attemptedAt: now },
  ]);
}

export async function clearFailures(db: Db, key: string): Promise<void> {
  await db.delete(loginAttempts).where(eq(loginAttempts.key, key));
}
