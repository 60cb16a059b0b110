import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody } from "../../../contracts/errors.js";
import {
  ChangePasswordInput,
  CreateUserInput,
  LoginInput,
  Me,
  ResetPasswordInput,
  SESSION_COOKIE,
  UpdateUserInput,
  UserIdParams,
  UserListQuery,
  UserPage,
  UserView,
} from "../../../contracts/identity.js";
import { requireRole } from "../../platform/authz.js";
import { ctxFor, type AppDeps } from "../../platform/http.js";
import { changePassword } from "./change-password.js";
import { sessionCookieOptions } from "./cookie.js";
import { createUser } from "./create-user.js";
import { getMe } from "./get-me.js";
import { getUser, listUsers } from "./list-users.js";
import { login } from "./login.js";
import { logout } from "./logout.js";
import { toMe } from "./presenters.js";
import { resetPassword } from "./reset-password.js";
import { authSettings } from "./settings.js";
import { updateUser } from "./update-user.js";

const NoContent = z.null().describe("No content");
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody };

function clearSessionCookie(req: FastifyRequest, reply: FastifyReply, deps: AppDeps): void {
  reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(deps.config.cookieSecure, req.protocol));
}

export function authRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const settings = authSettings(deps);

  r.post("/api/auth/login", {
    schema: { tags: ["identity"], summary: "Sign in with e-mail and password", body: LoginInput, response: { 200: Me, 401: ErrorBody, 429: ErrorBody } },
  }, async (req, reply) => {
    const result = await login({ ctx: ctxFor(req, deps), input: req.body, client: { ip: req.ip }, settings });
    const maxAge = Math.round((result.expiresAt.getTime() - settings.now().getTime()) / 1000);
    reply.setCookie(SESSION_COOKIE, result.token, sessionCookieOptions(deps.config.cookieSecure, req.protocol, maxAge));
    return result.me;
  });

  r.post("/api/auth/logout", { schema: { tags: ["identity"], summary: "Sign out", response: { 204: NoContent } } }, async (req, reply) => {
    await logout({ ctx: ctxFor(req, deps), input: { tokenHash: req.sessionInfo?.tokenHash } });
    clearSessionCookie(req, reply, deps);
    return reply.status(204).send(null);
  });

  r.get("/api/auth/me", { schema: { tags: ["identity"], summary: "The signed-in user, with the CSRF token", response: { 200: Me, 401: ErrorBody } } }, async (req) => {
    const user = await getMe({ ctx: ctxFor(req, deps) });
    return toMe(user, req.sessionInfo?.csrfToken ?? "");
  });

  r.post("/api/auth/password", {
    schema: { tags: ["identity"], summary: "Change one's own password", body: ChangePasswordInput, response: { 204: NoContent, ...errors } },
  }, async (req, reply) => {
    await changePassword({ ctx: ctxFor(req, deps), input: req.body, currentTokenHash: req.sessionInfo?.tokenHash, now: deps.now });
    return reply.status(204).send(null);
  });
}

export async function adminRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  // Refuse before the body is read, so that unauthorised callers learn nothing from validation.
  app.addHook("onRequest", async (req) => requireRole(req.actor, "administrator"));
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["identity"];

  r.get("/api/admin/users", { schema: { tags, summary: "Search users", querystring: UserListQuery, response: { 200: UserPage, ...errors } } }, async (req) =>
    listUsers({ ctx: ctxFor(req, deps), input: req.query }),
  );

  r.get("/api/admin/users/:id", { schema: { tags, summary: "One user", params: UserIdParams, response: { 200: UserView, ...errors, 404: ErrorBody } } }, async (req) =>
    getUser({ ctx: ctxFor(req, deps), input: { id: req.params.id } }),
  );

  r.post("/api/admin/users", {
    schema: { tags, summary: "Create a user", body: CreateUserInput, response: { 201: UserView, ...errors, 409: ErrorBody } },
  }, async (req, reply) => {
    const user = await createUser({ ctx: ctxFor(req, deps), input: req.body });
    return reply.status(201).send(user);
  });

  r.patch("/api/admin/users/:id", {
    schema: { tags, summary: "Change a user (optimistic concurrency by version)", params: UserIdParams, body: UpdateUserInput, response: { 200: UserView, ...errors, 404: ErrorBody, 409: ErrorBody, 412: ErrorBody } },
  }, async (req) => updateUser({ ctx: ctxFor(req, deps), input: { id: req.params.id, changes: req.body } }));

  r.post("/api/admin/users/:id/reset-password", {
    schema: { tags, summary: "Give a user a new password they must change", params: UserIdParams, body: ResetPasswordInput, response: { 204: NoContent, ...errors, 404: ErrorBody } },
  }, async (req, reply) => {
    await resetPassword({ ctx: ctxFor(req, deps), input: { id: req.params.id, body: req.body } });
    return reply.status(204).send(null);
  });
}
