import type { FastifyInstance } from "fastify";
import type { AppDeps } from "../../platform/http.js";
import { installAuthHook } from "./auth-hook.js";
import { adminRoutes, authRoutes } from "./routes.js";

/**
 * Root-level hook (not encapsulated): resolves the session cookie to req.actor and checks the
 * CSRF token on mutating requests. Called by app.ts before any module registers routes.
 */
export async function registerAuthHook(app: FastifyInstance, deps: AppDeps): Promise<void> {
  installAuthHook(app, deps);
}

/** The module's only door: routes are registered here; verbs and read functions are exported below. */
export async function registerIdentity(app: FastifyInstance, deps: AppDeps): Promise<void> {
  authRoutes(app, deps);
  await app.register(async (scope) => adminRoutes(scope, deps));
}

export { login, WRONG_CREDENTIALS, type LoginResult } from "./login.js";
export { logout } from "./logout.js";
export { getMe } from "./get-me.js";
export { changePassword } from "./change-password.js";
export { createUser } from "./create-user.js";
export { updateUser } from "./update-user.js";
export { resetPassword } from "./reset-password.js";
export { listUsers, getUser } from "./list-users.js";
export { hashPassword, verifyPassword, type HashCost } from "./passwords.js";
export { actorOf } from "./sessions.js";
export { authSettings, type AuthSettings } from "./settings.js";
export type { UserRecord } from "./users-repo.js";
export { repointOrganisationScopes, type RepointOrganisationScopesInput, type RepointOrganisationScopesResult } from "./repoint-organisation-scopes.js";
