import { z } from "zod";
import { writeAudit } from "../../platform/audit.js";
import { requireRole } from "../../platform/authz.js";
import { withTransaction, type Ctx } from "../../platform/context.js";
import { validation, zodDetails } from "../../platform/errors.js";
import { rebuildSeries } from "./series.js";

const Input = z.object({ indicatorIds: z.array(z.string().uuid()).optional() });

/**
 * Rebuilds the province-level series from the measurements, for loaders that write measurements in bulk
 * (COPY, benchmarks) without going through recordMeasurement. Administrators and the system only.
 */
export async function refreshIndicatorSeries({ ctx, input = {} }: { ctx: Ctx; input?: { indicatorIds?: string[] } }): Promise<void> {
  requireRole(ctx.actor, "administrator");
  const parsed = Input.safeParse(input);
  if (!parsed.success) throw validation(zodDetails(parsed.error));
  await withTransaction(ctx, async (tx) => {
    await rebuildSeries(tx, parsed.data.indicatorIds);
    await writeAudit(tx, { action: "indicator_series.rebuild", entity: "indicator_series", entityId: "*", after: { indicatorIds: parsed.data.indicatorIds ?? "all" } });
  });
}
