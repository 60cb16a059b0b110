import { LoginInput, type Me } from "../../../contracts/identity.js";
import { withTransaction, type Ctx } from "../../platform/context.js";
import { AppError, limitExceeded } from "../../platform/errors.js";
import { writeAudit } from "../../platform/audit.js";
import { parseInput } from "./parse.js";
import { verifyAgainstNothing, verifyPassword } from "./passwords.js";
import { toMe } from "./presenters.js";
import { clearFailures, emailKey, ipKey, limitReached, recentFailures, recordFailure } from "./rate-limit.js";
import { actorOf, createSession, deleteExpiredSessions } from "./sessions.js";
import type { AuthSettings } from "./settings.js";
import { findUserWithHashByEmail } from "./users-repo.js";

export const WRONG_CREDENTIALS = "The e-mail address or the password is wrong.";

export interface LoginResult {
  me: Me;
  /** The secret for the cookie; only its hash is stored. */
  token: string;
  expiresAt: Date;
}

/**
 * Signs in with e-mail and password. Anyone may try; failed attempts are counted per e-mail
 * address and per client address, and once either passes its limit within the window, sign-in
 * is refused (even with the right password) until the window has moved on.
 */
export async function login({ ctx, input, client, settings }: {
  ctx: Ctx;
  input: unknown;
  client: { ip: string };
  settings: AuthSettings;
}): Promise<LoginResult> {
  const credentials = parseInput(LoginInput, input);
  const now = settings.now();
  const limits = { maxAttempts: settings.loginMaxAttempts, windowMinutes: settings.loginWindowMinutes };
  const keys = { email: emailKey(credentials.email), ip: ipKey(client.ip) };

  if (limitReached(await recentFailures(ctx.db, keys, now, limits), limits)) {
    ctx.log.warn({ requestId: ctx.requestId }, "sign-in refused: too many failed attempts");
    throw limitExceeded("Too many failed sign-in attempts. Please try again later.");
  }

  const user = await findUserWithHashByEmail(ctx.db, credentials.email);
  const ok = user?.active ? await verifyPassword(user.passwordHash, credentials.password) : await verifyAgainstNothing(credentials.password);
  if (!user || !ok) {
    await recordFailure(ctx.db, keys, now, limits);
    throw new AppError("unauthenticated", WRONG_CREDENTIALS);
  }

  const { passwordHash: _hash, ...account } = user;
  return withTransaction({ ...ctx, actor: actorOf(account) }, async (tx) => {
    await clearFailures(tx.db, keys.email);
    await deleteExpiredSessions(tx.db, now);
    const session = await createSession(tx.db, account.id, now, settings.sessionTtlHours);
    await writeAudit(tx, {
      action: "session.create",
      entity: "user",
      entityId: account.id,
      after: { method: "password", expiresAt: session.expiresAt.toISOString() },
    });
    return { me: toMe(account, session.csrfToken), token: session.token, expiresAt: session.expiresAt };
  });
}
