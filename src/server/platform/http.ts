import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from "fastify-type-provider-zod";
import type { ErrorBody, ErrorCode } from "../../contracts/errors.js";
import type { Config } from "../config.js";
import type { Database } from "../db/client.js";
import type { MetricRegistry } from "./metrics.js";
import { PUBLIC, makeCtx, type Actor, type Ctx } from "./context.js";
import { AppError, HTTP_STATUS } from "./errors.js";

declare module "fastify" {
  interface FastifyRequest {
    actor: Actor;
    /** Set by the identity module when a valid session cookie came with the request. */
    sessionInfo?: { tokenHash: string; csrfToken: string; locale: string };
  }
}

/** What the routes of every module receive. */
export interface AppDeps {
  config: Config;
  database: Database;
  metrics: MetricRegistry;
  /** Today's date and time; tests pass a fixed clock. */
  now: () => Date;
}

export function ctxFor(req: FastifyRequest, deps: AppDeps): Ctx {
  return makeCtx({ actor: req.actor ?? PUBLIC, db: deps.database.db, requestId: String(req.id), log: req.log });
}

export function errorBody(code: ErrorCode, message: string, details?: ErrorBody["error"]["details"]): ErrorBody {
  return { error: details ? { code, message, details } : { code, message } };
}

const FASTIFY_CODES: Record<string, { status: number; code: ErrorCode; message: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: "limit_exceeded", message: "The request body is too large." },
  FST_REQ_FILE_TOO_LARGE: { status: 413, code: "limit_exceeded", message: "The file is too large." },
  FST_FILES_LIMIT: { status: 413, code: "limit_exceeded", message: "Too many files." },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: "validation", message: "This content type is not accepted." },
  FST_INVALID_MULTIPART_CONTENT_TYPE: { status: 415, code: "validation", message: "A multipart form is expected." },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: "validation", message: "The request body is empty." },
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: "validation", message: "The request body is not valid JSON." },
};

/** Maps every error to { error: { code, message, details } } once. Register before the routes. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req: FastifyRequest, reply: FastifyReply) => {
    if (err instanceof AppError) {
      return reply.status(HTTP_STATUS[err.code]).send(errorBody(err.code, err.message, err.details));
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const details = err.validation.map((v) => {
        const params = v.params as { issue?: { code?: string; params?: { code?: string } } } | undefined;
        const path = [err.validationContext, ...String(v.instancePath).split("/").filter(Boolean)].join(".");
        return { path, code: params?.issue?.params?.code ?? params?.issue?.code ?? String(v.keyword), message: v.message ?? "invalid" };
      });
      return reply.status(400).send(errorBody("validation", "The input is not valid.", details));
    }
    const known = err.code ? FASTIFY_CODES[err.code] : undefined;
    if (known) return reply.status(known.status).send(errorBody(known.code, known.message));
    if (err instanceof SyntaxError || err.code === "FST_ERR_CTP_INVALID_CONTENT_LENGTH") {
      return reply.status(400).send(errorBody("validation", "The request body could not be read."));
    }
    if (isResponseSerializationError(err)) {
      req.log.error({ err }, "response did not match its schema");
      return reply.status(500).send(errorBody("internal", "Something went wrong on our side."));
    }
    if (typeof err.statusCode === "number" && err.statusCode >= 400 && err.statusCode < 500) {
      const code: ErrorCode = err.statusCode === 404 ? "not_found" : err.statusCode === 429 ? "limit_exceeded" : "validation";
      return reply.status(err.statusCode).send(errorBody(code, err.message));
    }
    req.log.error({ err }, "unhandled error");
    return reply.status(500).send(errorBody("internal", "Something went wrong on our side."));
  });
}
