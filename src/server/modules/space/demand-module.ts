import type { FastifyInstance } from "fastify";
import type { AppDeps } from "../../platform/http.js";
import { demandRoutes } from "./demand-routes.js";
import { retailRoutes } from "./retail-routes.js";

/** Routes of the demand side (demands, suggestions, introductions) and of the retail cores. */
export async function registerSpaceDemand(app: FastifyInstance, deps: AppDeps): Promise<void> {
  await demandRoutes(app, deps);
  await retailRoutes(app, deps);
}
