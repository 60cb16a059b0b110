import { z } from "zod";
import { MeasurementCorrection } from "../../../contracts/compass.js";
import { withTransaction, type Ctx } from "../../platform/context.js";
import { conflict, notFound, preconditionFailed, validation, zodDetails } from "../../platform/errors.js";
import { resolveDeps, todayIso, type CompassDeps } from "./deps.js";
import { statusOf } from "./evaluate.js";
import type { CompassLocale } from "./format.js";
import { assertCanWriteMeasurement, canSeeMunicipality, requireMeasurementWriter } from "./policies.js";
import { presentMeasurement } from "./presenters.js";
import { checkTarget, NOTE_REQUIRED_MESSAGE, noteRequired, stripStatus, type MeasurementResult } from "./record-measurement.js";
import { lockedIndicator, measurementById, seriesOf } from "./repo.js";
import { refreshSeries } from "./series.js";
import { writeMeasurement } from "./write-measurement.js";

const Input = MeasurementCorrection.extend({ id: z.string().uuid() });

/**
 * Corrects a current value: the row is superseded (kept in the history, pointing at its successor) and a
 * new row with the corrected value takes its place. A correction always carries a note.
 */
export async function correctMeasurement({
  ctx,
  input,
  deps,
  locale = "nl-BE",
}: {
  ctx: Ctx;
  input: { id: string } & MeasurementCorrection;
  deps?: Partial<CompassDeps>;
  locale?: CompassLocale;
}): Promise<MeasurementResult> {
  requireMeasurementWriter(ctx.actor);
  const parsed = Input.safeParse(input);
  if (!parsed.success) throw validation(zodDetails(parsed.error));
  const { id, ...c } = parsed.data;
  const d = resolveDeps(deps);
  const today = todayIso(d);
  return withTransaction(ctx, async (tx) => {
    const found = await measurementById(tx, id);
    if (!found || !canSeeMunicipality(tx.actor, found.municipalityNis)) throw notFound("measurement");
    const ind = await lockedIndicator(tx, found.indicatorId);
    assertCanWriteMeasurement(tx.actor, ind, found.municipalityNis);
    await checkTarget(tx, ind, found.municipalityNis);
    const old = (await measurementById(tx, id))!;
    if (old.supersededAt) {
      throw conflict("This value was corrected already; correct the current one.", [
        { path: "id", code: "superseded", message: `Superseded by ${old.supersededBy}.` },
      ]);
    }
    const before = statusOf(ind, (await seriesOf(tx, [ind.id])).get(ind.id) ?? [], today, locale);
    const { row } = await writeMeasurement(
      tx,
      ind,
      { periodDate: old.periodDate, municipalityNis: old.municipalityNis, value: c.value, source: c.source ?? old.source, note: c.note },
      "manual",
    );
    await refreshSeries(tx, [{ indicatorId: ind.id, periodDate: old.periodDate }]);
    const after = statusOf(ind, (await seriesOf(tx, [ind.id])).get(ind.id) ?? [], today, locale);
    if (noteRequired(before, after, c.note, "manual")) throw preconditionFailed(NOTE_REQUIRED_MESSAGE, [{ path: "note", code: "note_required", message: after.sentence }]);
    return { ...presentMeasurement((await measurementById(tx, row.id))!), status: stripStatus(after) };
  });
}
