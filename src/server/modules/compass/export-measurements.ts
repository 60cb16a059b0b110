import { sql, and, count, eq, inArray, isNull, or, type SQL } from "drizzle-orm";
import type { IndicatorSummary } from "../../../contracts/compass.js";
import { measurements } from "../../db/schema/compass.js";
import type { Ctx } from "../../platform/context.js";
import { limitExceeded } from "../../platform/errors.js";
import type { CompassDeps } from "./deps.js";
import { listIndicators, type IndicatorListInput } from "./list-indicators.js";
import { municipalityRefs } from "./municipalities.js";
import { requireCompassReader, rowScope } from "./policies.js";

export interface ExportRow {
  indicator: string;
  indicatorName: string;
  unit: string;
  period: string;
  value: number;
  municipality: string;
  municipalityName: string;
  source: string;
  note: string;
  origin: string;
}

export interface ExportData {
  indicators: IndicatorSummary[];
  total: number;
  /** The current measurements, one batch per indicator (oldest period first), read as they are written out. */
  batches(): AsyncGenerator<ExportRow[]>;
}

/** Excel's row limit, less the header row. */
export const XLSX_MAX_ROWS = 1_048_575;

/**
 * The indicators (filters as the dashboard) with their current measurements, for CSV/XLSX export.
 * A municipality user gets the province-level rows and their own municipality's. The columns
 * indicator, period, value, municipality, source, note are the import columns: an export re-imports.
 */
export async function exportMeasurements({
  ctx,
  input = {},
  deps,
  maxRows,
}: {
  ctx: Ctx;
  input?: IndicatorListInput;
  deps?: Partial<CompassDeps>;
  maxRows?: number;
}): Promise<ExportData> {
  requireCompassReader(ctx.actor);
  const indicators = await listIndicators({ ctx, input, deps });
  const scope = rowScope(ctx.actor);
  const scoped: SQL | undefined =
    scope === null ? undefined : scope.length ? or(isNull(measurements.municipalityNis), inArray(measurements.municipalityNis, scope)) : isNull(measurements.municipalityNis);
  const ids = indicators.map((i) => i.id);
  const [{ n }] = ids.length
    ? await ctx.db.select({ n: count() }).from(measurements).where(and(isNull(measurements.supersededAt), inArray(measurements.indicatorId, ids), scoped))
    : [{ n: 0 }];
  if (maxRows !== undefined && n > maxRows) {
    throw limitExceeded(`The export holds ${n} values, more than a spreadsheet takes (${maxRows}); filter it or export CSV.`);
  }
  const names = new Map((await municipalityRefs(ctx)).map((m) => [m.nis, m.nameNl]));
  return {
    indicators,
    total: n,
    async *batches() {
      for (const ind of indicators) {
        const rows = await ctx.db
          .select()
          .from(measurements)
          .where(and(eq(measurements.indicatorId, ind.id), isNull(measurements.supersededAt), scoped))
          .orderBy(measurements.periodDate, sql`${measurements.municipalityNis} asc nulls first`);
        yield rows.map((m) => ({
          indicator: ind.code,
          indicatorName: ind.nameNl,
          unit: ind.unit,
          period: m.periodDate,
          value: m.value,
          municipality: m.municipalityNis ?? "",
          municipalityName: m.municipalityNis ? (names.get(m.municipalityNis) ?? "") : "",
          source: m.source,
          note: m.note,
          origin: m.origin,
        }));
      }
    },
  };
}
