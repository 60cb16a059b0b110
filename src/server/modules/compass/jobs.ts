import type { FastifyBaseLogger } from "fastify";
import { makeCtx, systemActor } from "../../platform/context.js";
import type { AppDeps } from "../../platform/http.js";
import { snapshotDerivedIndicators } from "./snapshot-derived-indicators.js";

/**
 * Runs the snapshot of derived indicators every config.snapshotIntervalMinutes (0 = off), in process
 * (docs/adr/0005-jobs-in-process.md). Returns a stop function that also waits for a running snapshot.
 */
export function startCompassJobs(deps: AppDeps, log?: FastifyBaseLogger): () => Promise<void> {
  const minutes = deps.config.snapshotIntervalMinutes;
  if (!minutes) return async () => {};
  let running: Promise<unknown> | null = null;
  const tick = () => {
    if (running) return;
    const ctx = makeCtx({ actor: systemActor("compass snapshot"), db: deps.database.db, log });
    running = snapshotDerivedIndicators({ ctx, deps })
      .catch((err) => ctx.log.error({ err }, "compass snapshot failed"))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, minutes * 60_000);
  timer.unref();
  return async () => {
    clearInterval(timer);
    if (running) await running;
  };
}
