import { z } from "zod";
import { MeasurementInput, type MeasurementView, type StatusView } from "../../../contracts/compass.js";
import type { Ctx } from "../../platform/context.js";
import { preconditionFailed, validation, zodDetails } from "../../platform/errors.js";
import { resolveDeps, todayIso, type CompassDeps } from "./deps.js";
import { statusOf } from "./evaluate.js";
import type { CompassLocale } from "./format.js";
import { municipalityExists } from "./municipalities.js";
import { assertCanWriteMeasurement, requireMeasurementWriter } from "./policies.js";
import { presentMeasurement } from "./presenters.js";
import { lockedIndicator, measurementById, seriesOf, type IndicatorRow } from "./repo.js";
import { refreshSeries } from "./series.js";
import { withTransaction } from "../../platform/context.js";
import { writeMeasurement, type Origin } from "./write-measurement.js";
import type { StatusResult } from "./status.js";

const Input = MeasurementInput.extend({ indicatorId: z.string().uuid() });

export type MeasurementResult = MeasurementView & { status: StatusView };

/** A value that turns an indicator off track needs a note saying why (machine-written values are exempt). */
export function noteRequired(before: StatusResult, after: StatusResult, note: string, origin: string): boolean {
  return origin !== "snapshot" && origin !== "seed" && before.status !== "off_track" && after.status === "off_track" && note.trim() === "";
}

export const NOTE_REQUIRED_MESSAGE = "This value puts the indicator off track: add a note that explains it.";

export function stripStatus(s: StatusResult): StatusView {
  const { trajectory: _t, ...view } = s;
  return view;
}

/**
 * Records a value of a measured indicator (province level, or one municipality's). A value for an
 * existing (indicator, municipality, period) supersedes the earlier one, which stays in the history.
 * Returns the new measurement with the indicator's status after it.
 */
export async function recordMeasurement({
  ctx,
  input,
  origin = "manual",
  deps,
  locale = "nl-BE",
}: {
  ctx: Ctx;
  input: { indicatorId: string } & z.input<typeof MeasurementInput>;
  origin?: Origin;
  deps?: Partial<CompassDeps>;
  locale?: CompassLocale;
}): Promise<MeasurementResult> {
  requireMeasurementWriter(ctx.actor);
  const parsed = Input.safeParse(input);
  if (!parsed.success) throw validation(zodDetails(parsed.error));
  const { indicatorId, ...v } = parsed.data;
  const d = resolveDeps(deps);
  const today = todayIso(d);
  return withTransaction(ctx, async (tx) => {
    const ind = await lockedIndicator(tx, indicatorId);
    assertCanWriteMeasurement(tx.actor, ind, v.municipalityNis);
    await checkTarget(tx, ind, v.municipalityNis);
    const before = statusOf(ind, (await seriesOf(tx, [ind.id])).get(ind.id) ?? [], today, locale);
    const { row } = await writeMeasurement(tx, ind, v, origin);
    await refreshSeries(tx, [{ indicatorId: ind.id, periodDate: v.periodDate }]);
    const after = statusOf(ind, (await seriesOf(tx, [ind.id])).get(ind.id) ?? [], today, locale);
    if (noteRequired(before, after, v.note, origin)) {
      throw preconditionFailed(NOTE_REQUIRED_MESSAGE, [{ path: "note", code: "note_required", message: after.sentence }]);
    }
    return { ...presentMeasurement((await measurementById(tx, row.id))!), status: stripStatus(after) };
  });
}

/** Checks shared by recording and correcting: derived indicators take no manual values; the municipality fits. */
export async function checkTarget(tx: Ctx, ind: IndicatorRow, nis: string | null): Promise<void> {
  if (ind.kind === "derived") {
    throw preconditionFailed("The values of a derived indicator come from its instrument; they cannot be entered by hand.", [
      { path: "indicatorId", code: "derived_indicator", message: `This indicator follows the metric ${ind.metricKey}.` },
    ]);
  }
  if (nis !== null) {
    if (!ind.perMunicipality) {
      throw validation([{ path: "municipalityNis", code: "not_per_municipality", message: "This indicator has no values per municipality." }]);
    }
    if (!(await municipalityExists(tx, nis))) {
      throw validation([{ path: "municipalityNis", code: "unknown_municipality", message: `${nis} is not a municipality of Limburg.` }]);
    }
  }
}
