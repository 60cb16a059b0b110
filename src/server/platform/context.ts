import { randomUUID } from "node:crypto";
import type { FastifyBaseLogger } from "fastify";
import type { Role, Scope } from "../../contracts/identity.js";
import type { Db } from "../db/client.js";

export type Actor =
  | { kind: "user"; userId: string; label: string; roles: Role[]; scopes: Scope[] }
  | { kind: "public"; label: "public" }
  | { kind: "system"; label: string };

export const PUBLIC: Actor = { kind: "public", label: "public" };
export const systemActor = (label: string): Actor => ({ kind: "system", label });

export interface Logger {
  info(obj: object | string, msg?: string): void;
  warn(obj: object | string, msg?: string): void;
  error(obj: object | string, msg?: string): void;
  debug(obj: object | string, msg?: string): void;
}

const silent: Logger = { info() {}, warn() {}, error() {}, debug() {} };

/** What every verb receives: who acts, on which database handle (a transaction or not), and ids for the logs. */
export interface Ctx {
  actor: Actor;
  db: Db;
  requestId: string;
  log: Logger;
  /** True when db is a transaction; withTransaction then reuses it. */
  inTransaction: boolean;
}

export function makeCtx(opts: { actor: Actor; db: Db; requestId?: string; log?: Logger | FastifyBaseLogger }): Ctx {
  return {
    actor: opts.actor,
    db: opts.db,
    requestId: opts.requestId ?? randomUUID(),
    log: (opts.log as Logger | undefined) ?? silent,
    inTransaction: false,
  };
}

/** Runs fn in a transaction, reusing the outer one when ctx already is in one, so verbs compose. */
export async function withTransaction<T>(ctx: Ctx, fn: (tx: Ctx) => Promise<T>): Promise<T> {
  if (ctx.inTransaction) return fn(ctx);
  return ctx.db.transaction(async (tx) => fn({ ...ctx, db: tx as unknown as Db, inTransaction: true }));
}
