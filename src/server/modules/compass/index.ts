import type { FastifyInstance } from "fastify";
import type { AppDeps } from "../../platform/http.js";

/** The module's only door: routes are registered here; verbs and read functions are exported below. */
export async function registerCompass(_app: FastifyInstance, _deps: AppDeps): Promise<void> {}
