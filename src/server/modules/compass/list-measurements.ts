import { and, eq, inArray, isNull, or } from "drizzle-orm";
import { z } from "zod";
import type { MeasurementView } from "../../../contracts/compass.js";
import { measurements } from "../../db/schema/compass.js";
import type { Ctx } from "../../platform/context.js";
import { forbidden, notFound, validation, zodDetails } from "../../platform/errors.js";
import { canSeeMunicipality, requireCompassReader, rowScope } from "./policies.js";
import { presentMeasurement } from "./presenters.js";
import { indicatorById, withAuthor } from "./repo.js";

const Input = z.object({
  indicatorId: z.string(),
  includeSuperseded: z.boolean().default(false),
  municipality: z.string().regex(/^\d{5}$/).optional(),
});

/**
 * An indicator's measurements, newest first; superseded rows (corrections) only when asked, marked by
 * supersededAt/supersededBy. A municipality user sees the province-level rows and their own municipality's.
 */
export async function listMeasurements({ ctx, input }: { ctx: Ctx; input: z.input<typeof Input> }): Promise<MeasurementView[]> {
  requireCompassReader(ctx.actor);
  const parsed = Input.safeParse(input);
  if (!parsed.success) throw validation(zodDetails(parsed.error));
  const { indicatorId, includeSuperseded, municipality } = parsed.data;
  const ind = await indicatorById(ctx, indicatorId);
  if (!ind) throw notFound("indicator");
  if (municipality && !canSeeMunicipality(ctx.actor, municipality)) throw forbidden("You may see only your own municipality's values.");
  const scope = rowScope(ctx.actor);
  const rows = await withAuthor(
    ctx,
    and(
      eq(measurements.indicatorId, ind.id),
      includeSuperseded ? undefined : isNull(measurements.supersededAt),
      municipality ? eq(measurements.municipalityNis, municipality) : undefined,
      scope === null ? undefined : scope.length ? or(isNull(measurements.municipalityNis), inArray(measurements.municipalityNis, scope)) : isNull(measurements.municipalityNis),
    ),
  );
  return rows.map(presentMeasurement);
}
