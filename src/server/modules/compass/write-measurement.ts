import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { MeasurementView } from "../../../contracts/compass.js";
import { measurements } from "../../db/schema/compass.js";
import { writeAudit } from "../../platform/audit.js";
import type { Ctx } from "../../platform/context.js";
import { currentMeasurement, type IndicatorRow, type MeasurementRow } from "./repo.js";

export type Origin = "manual" | "seed" | "import" | "snapshot";

export interface MeasurementValues {
  periodDate: string;
  municipalityNis: string | null;
  value: number;
  source: string;
  note: string;
}

function auditShape(m: MeasurementRow): Record<string, unknown> {
  return {
    indicatorId: m.indicatorId,
    periodDate: m.periodDate,
    municipalityNis: m.municipalityNis,
    value: m.value,
    source: m.source,
    note: m.note,
    origin: m.origin,
  };
}

/**
 * Writes one value inside the caller's transaction (the indicator must be locked). An existing current
 * row of the same (indicator, municipality, period) is superseded, never overwritten: it keeps its
 * value and gets superseded_at/superseded_by. Audited as measurement.record or measurement.correct.
 * The caller refreshes the series. Snapshots pass audit: false and write one audit row per indicator.
 */
export async function writeMeasurement(
  tx: Ctx,
  ind: IndicatorRow,
  v: MeasurementValues,
  origin: Origin | MeasurementView["origin"],
  opts: { audit?: boolean; previous?: MeasurementRow | null } = {},
): Promise<{ row: MeasurementRow; previous: MeasurementRow | null }> {
  const previous = opts.previous !== undefined ? opts.previous : await currentMeasurement(tx, ind.id, v.municipalityNis, v.periodDate);
  const id = randomUUID();
  const now = new Date();
  if (previous) await tx.db.update(measurements).set({ supersededAt: now, supersededBy: id }).where(eq(measurements.id, previous.id));
  const [row] = await tx.db
    .insert(measurements)
    .values({
      id,
      indicatorId: ind.id,
      periodDate: v.periodDate,
      municipalityNis: v.municipalityNis,
      value: v.value,
      source: v.source,
      note: v.note,
      origin,
      enteredBy: tx.actor.kind === "user" ? tx.actor.userId : null,
      enteredAt: now,
    })
    .returning();
  if (opts.audit === false) return { row, previous };
  await writeAudit(tx, {
    action: previous ? "measurement.correct" : "measurement.record",
    entity: "measurement",
    entityId: id,
    before: previous ? { id: previous.id, ...auditShape(previous) } : null,
    after: auditShape(row),
  });
  return { row, previous };
}
