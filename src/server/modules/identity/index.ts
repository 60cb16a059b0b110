import type { FastifyInstance } from "fastify";
import type { AppDeps } from "../../platform/http.js";

/**
 * Root-level hook (not encapsulated): resolves the session cookie to req.actor and checks the
 * CSRF token on mutating requests. Called by app.ts before any module registers routes.
 */
export async function registerAuthHook(_app: FastifyInstance, _deps: AppDeps): Promise<void> {}

/** The module's only door: routes are registered here; verbs and read functions are exported below. */
export async function registerIdentity(_app: FastifyInstance, _deps: AppDeps): Promise<void> {}
