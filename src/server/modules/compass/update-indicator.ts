import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { IndicatorInput, IndicatorUpdate, type IndicatorDetail } from "../../../contracts/compass.js";
import { indicators } from "../../db/schema/compass.js";
import { writeAudit } from "../../platform/audit.js";
import { withTransaction, type Ctx } from "../../platform/context.js";
import { conflict, notFound, validation, zodDetails } from "../../platform/errors.js";
import { definitionOf } from "./create-indicator.js";
import { resolveDeps, type CompassDeps } from "./deps.js";
import type { CompassLocale } from "./format.js";
import { buildDetail } from "./get-indicator.js";
import { checkIndicatorRefs } from "./indicator-checks.js";
import { requireDefiner } from "./policies.js";
import { indicatorById, lockIndicators } from "./repo.js";
import { rebuildSeries, refreshStats } from "./series.js";

const Input = IndicatorUpdate.extend({ id: z.string().uuid() });

/**
 * Changes an indicator's definition; `version` guards against lost updates. The merged definition is
 * checked as a whole (a derived indicator keeps a metric key, a range stays ordered, …). When the way
 * municipal values add up changes, the province series is rebuilt in the same transaction.
 */
export async function updateIndicator({
  ctx,
  input,
  deps,
  locale = "nl-BE",
}: {
  ctx: Ctx;
  input: { id: string } & IndicatorUpdate;
  deps?: Partial<CompassDeps>;
  locale?: CompassLocale;
}): Promise<IndicatorDetail> {
  requireDefiner(ctx.actor);
  const parsed = Input.safeParse(input);
  if (!parsed.success) throw validation(zodDetails(parsed.error));
  // Only the fields the caller sent: the contract's defaults must not reset what was not mentioned.
  const sent = new Set(Object.keys(input));
  const { id, version, ...all } = parsed.data;
  const changes = Object.fromEntries(Object.entries(all).filter(([k]) => sent.has(k))) as Partial<typeof all>;
  const d = resolveDeps(deps);
  return withTransaction(ctx, async (tx) => {
    const current = await indicatorById(tx, id);
    if (!current) throw notFound("indicator");
    await lockIndicators(tx, [id]);
    const stale = () =>
      conflict("The indicator was changed by someone else; reload it and try again.", [
        { path: "version", code: "stale", message: `The current version is ${current.version}.` },
      ]);
    if (current.version !== version) throw stale();

    const { id: _i, goalId: _gi, createdAt: _c, updatedAt: _u, version: _v, goalCode, ...stored } = current;
    const merged = IndicatorInput.safeParse({ ...stored, goalCode, ...changes });
    if (!merged.success) throw validation(zodDetails(merged.error));
    const { goal, details } = await checkIndicatorRefs(tx, d, merged.data);
    if (details.length) throw validation(details);

    const { goalCode: _g, code: _code, ...fields } = merged.data;
    const [row] = await tx.db
      .update(indicators)
      .set({ ...fields, goalId: goal!.id, version: version + 1, updatedAt: new Date() })
      .where(and(eq(indicators.id, id), eq(indicators.version, version)))
      .returning({ id: indicators.id });
    if (!row) throw stale();
    if (fields.aggregation !== current.aggregation || fields.perMunicipality !== current.perMunicipality) await rebuildSeries(tx, [id]);
    else await refreshStats(tx, [id]); // the stats hold the baseline point
    const after = (await indicatorById(tx, id))!;
    await writeAudit(tx, { action: "indicator.update", entity: "indicator", entityId: id, before: definitionOf(current), after: definitionOf(after) });
    return buildDetail(tx, d, after, locale, "staff");
  });
}
