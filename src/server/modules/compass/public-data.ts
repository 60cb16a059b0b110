import { sql, and, eq, isNull } from "drizzle-orm";
import type { PublicIndicatorData } from "../../../contracts/compass.js";
import { measurements } from "../../db/schema/compass.js";
import type { Ctx } from "../../platform/context.js";
import { notFound } from "../../platform/errors.js";
import { resolveDeps, todayIso, type CompassDeps } from "./deps.js";
import { seriesFor } from "./evaluate.js";
import { indicatorById } from "./repo.js";

/**
 * Open data of one published indicator: its province series and its current values (province level and per
 * municipality). Anyone may read it; who entered a value and internal notes are never part of it.
 */
export async function getPublicIndicatorData({ ctx, input, deps }: { ctx: Ctx; input: { id: string }; deps?: Partial<CompassDeps> }): Promise<PublicIndicatorData> {
  const ind = await indicatorById(ctx, input.id);
  if (!ind || !ind.published) throw notFound("indicator");
  const d = resolveDeps(deps);
  const series = (await seriesFor(ctx, d, [ind], todayIso(d))).get(ind.id) ?? [];
  const rows = await ctx.db
    .select({ periodDate: measurements.periodDate, municipalityNis: measurements.municipalityNis, value: measurements.value, source: measurements.source })
    .from(measurements)
    .where(and(eq(measurements.indicatorId, ind.id), isNull(measurements.supersededAt)))
    .orderBy(measurements.periodDate, sql`${measurements.municipalityNis} asc nulls first`);
  return { code: ind.code, nameNl: ind.nameNl, nameEn: ind.nameEn, unit: ind.unit as PublicIndicatorData["unit"], source: ind.source, series, measurements: rows };
}
