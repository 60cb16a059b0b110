import type { FastifyInstance, FastifyRequest } from "fastify";
import fastifyCookie from "@fastify/cookie";
import { CSRF_HEADER, SESSION_COOKIE } from "../../../contracts/identity.js";
import { forbidden } from "../../platform/errors.js";
import type { AppDeps } from "../../platform/http.js";
import { needsCsrf } from "./cookie.js";
import { actorOf, hashToken, resolveSession, sameSecret, touchSession } from "./sessions.js";

/** A token longer than this was not made here. */
const MAX_TOKEN_LENGTH = 128;

export function sessionToken(req: FastifyRequest): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  const token = fastifyCookie.parse(header)[SESSION_COOKIE];
  return token && token.length <= MAX_TOKEN_LENGTH ? token : undefined;
}

/**
 * Resolves the session cookie to req.actor and req.sessionInfo. Expired sessions and inactive
 * users stay public. A request that changes something and carries a valid session must send the
 * session's CSRF token in the x-csrf-token header.
 */
export function installAuthHook(app: FastifyInstance, deps: AppDeps): void {
  app.addHook("onRequest", async (req) => {
    const token = sessionToken(req);
    if (!token) return;
    const db = deps.database.db;
    const now = deps.now();
    const session = await resolveSession(db, hashToken(token), now);
    if (!session) return;
    if (needsCsrf(req.method)) {
      const sent = req.headers[CSRF_HEADER];
      if (typeof sent !== "string" || !sameSecret(sent, session.csrfToken)) {
        throw forbidden("The CSRF token is missing or wrong.");
      }
    }
    req.actor = actorOf(session.user);
    req.sessionInfo = { tokenHash: session.tokenHash, csrfToken: session.csrfToken, locale: session.user.locale };
    await touchSession(db, session, now);
  });
}
