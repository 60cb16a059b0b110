import { existsSync } from "node:fs";
import { resolve } from "node:path";
import Fastify, { type FastifyInstance } from "fastify";
import cookie from "@fastify/cookie";
import multipart from "@fastify/multipart";
import fastifyStatic from "@fastify/static";
import swagger from "@fastify/swagger";
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Config } from "./config.js";
import type { Database } from "./db/client.js";
import { PUBLIC } from "./platform/context.js";
import { errorBody, registerErrorHandling, type AppDeps } from "./platform/http.js";
import { MetricRegistry, type MetricDefinition } from "./platform/metrics.js";
import { startOutboxJobs } from "./platform/outbox.js";
import { registerAuthHook, registerIdentity } from "./modules/identity/index.js";
import { registerAudit } from "./modules/audit/index.js";
import { registerGeography } from "./modules/geography/index.js";
import { registerCompass, startCompassJobs } from "./modules/compass/index.js";
import { registerOrganisations } from "./modules/organisations/index.js";
import { registerSupport, supportMetrics } from "./modules/support/index.js";
import { grantMetrics, registerGrants } from "./modules/grants/index.js";
import { registerSpaceDemand, registerSpaceSupply, retailMetrics, spaceMetrics } from "./modules/space/index.js";

export interface BuildOptions {
  /** Extra metrics (tests); instrument modules' metrics are always registered. */
  extraMetrics?: MetricDefinition[];
  now?: () => Date;
  logger?: boolean;
}

/** Metrics every instrument module gives the compass. Instrument modules add theirs here. */
export function instrumentMetrics(): MetricDefinition[] {
  return [...supportMetrics(), ...grantMetrics(), ...retailMetrics(), ...spaceMetrics()];
}

export const BODY_LIMIT = 1024 * 1024; // JSON bodies; file uploads have their own limit
export const UPLOAD_LIMIT = 10 * 1024 * 1024;

export async function buildApp(config: Config, database: Database, opts: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger === false || config.logLevel === "silent" ? false : {
      level: config.logLevel,
      redact: ["req.headers.cookie", "req.headers.authorization", "req.headers['x-csrf-token']", "*.password", "*.passwordHash"],
    },
    bodyLimit: BODY_LIMIT,
    genReqId: () => crypto.randomUUID(),
    trustProxy: config.trustProxyHops > 0 ? (_address: string, hop: number) => hop < config.trustProxyHops : false,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);

  const deps: AppDeps = {
    config,
    database,
    metrics: new MetricRegistry([...instrumentMetrics(), ...(opts.extraMetrics ?? [])]),
    now: opts.now ?? (() => new Date()),
  };

  app.decorateRequest("actor", null as never);
  app.addHook("onRequest", async (req) => {
    req.actor = PUBLIC;
  });
  await registerAuthHook(app, deps);

  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: { title: "Koers API", version: "0.1.0", description: "Limburg's economic policy 2026–2030: goals, indicators and the instruments that serve them." },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: UPLOAD_LIMIT, files: 1, fields: 10 } });

  app.get("/api/health", { schema: { response: { 200: z.object({ status: z.literal("ok"), database: z.string() }) } } }, async () => {
    await database.db.execute("select 1");
    return { status: "ok" as const, database: database.kind };
  });
  app.get("/api/openapi.json", { schema: { hide: true } }, async () => app.swagger());

  await app.register(async (scope) => registerIdentity(scope, deps));
  await app.register(async (scope) => registerAudit(scope, deps));
  await app.register(async (scope) => registerGeography(scope, deps));
  await app.register(async (scope) => registerCompass(scope, deps));
  await app.register(async (scope) => registerOrganisations(scope, deps));
  await app.register(async (scope) => registerSupport(scope, deps));
  await app.register(async (scope) => registerGrants(scope, deps));
  await app.register(async (scope) => registerSpaceSupply(scope, deps));
  await app.register(async (scope) => registerSpaceDemand(scope, deps));
  let stopCompassJobs: (() => Promise<void>) | null = null;
  let stopOutboxJobs: (() => Promise<void>) | null = null;
  app.addHook("onReady", async () => {
    stopCompassJobs = startCompassJobs(deps, app.log);
    stopOutboxJobs = startOutboxJobs(deps, app.log);
  });
  app.addHook("onClose", async () => {
    await stopCompassJobs?.();
    await stopOutboxJobs?.();
  });

  const webRoot = resolve(config.webDist);
  const hasWeb = existsSync(resolve(webRoot, "index.html"));
  if (hasWeb) await app.register(fastifyStatic, { root: webRoot, wildcard: false });

  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith("/api/") || !hasWeb || req.method !== "GET") {
      return reply.status(404).send(errorBody("not_found", "This address does not exist."));
    }
    return reply.type("text/html").sendFile("index.html");
  });

  return app;
}
