import { and, eq, isNull } from "drizzle-orm";
import { indicators, measurements } from "../../db/schema/compass.js";
import { writeAudit } from "../../platform/audit.js";
import { requireRole } from "../../platform/authz.js";
import { withTransaction, type Ctx } from "../../platform/context.js";
import { resolveDeps, todayIso, type CompassDeps } from "./deps.js";
import { municipalityRefs } from "./municipalities.js";
import { indicatorsWithGoal, lockIndicators, type IndicatorWithGoal } from "./repo.js";
import { refreshSeries } from "./series.js";
import { writeMeasurement } from "./write-measurement.js";

export interface SnapshotReport {
  date: string;
  indicators: number;
  written: number;
  unchanged: number;
  failed: { code: string; message: string }[];
}

/**
 * Writes today's value of every derived indicator as a measurement of origin "snapshot" (province level
 * and, when broken down, per municipality), so that derived indicators have a history. Idempotent per
 * day: an unchanged value is not written again; a changed one supersedes the morning's snapshot.
 * Each indicator in its own transaction, so one failing instrument does not stop the others.
 */
export async function snapshotDerivedIndicators({ ctx, deps }: { ctx: Ctx; input?: unknown; deps?: Partial<CompassDeps> }): Promise<SnapshotReport> {
  requireRole(ctx.actor, "administrator");
  const d = resolveDeps(deps);
  const today = todayIso(d);
  const derived = await indicatorsWithGoal(ctx, eq(indicators.kind, "derived"));
  const known = new Set((await municipalityRefs(ctx)).map((m) => m.nis));
  const report: SnapshotReport = { date: today, indicators: 0, written: 0, unchanged: 0, failed: [] };
  for (const ind of derived) {
    const metric = ind.metricKey ? d.metrics.get(ind.metricKey) : undefined;
    if (!metric) continue;
    try {
      const values: { nis: string | null; value: number }[] = [{ nis: null, value: await metric.valueAt(ctx, { date: today }) }];
      if (ind.perMunicipality) {
        if (metric.valuesByMunicipality) {
          for (const [nis, value] of await metric.valuesByMunicipality(ctx, { date: today })) if (known.has(nis)) values.push({ nis, value });
        } else {
          for (const nis of known) values.push({ nis, value: await metric.valueAt(ctx, { date: today, municipalityNis: nis }) });
        }
      }
      const { written, unchanged } = await writeSnapshot(ctx, ind, today, values.filter((v) => Number.isFinite(v.value)));
      report.indicators++;
      report.written += written;
      report.unchanged += unchanged;
    } catch (err) {
      ctx.log.error({ err, indicator: ind.code }, "snapshot failed");
      report.failed.push({ code: ind.code, message: err instanceof Error ? err.message : String(err) });
    }
  }
  return report;
}

async function writeSnapshot(ctx: Ctx, ind: IndicatorWithGoal, today: string, values: { nis: string | null; value: number }[]) {
  return withTransaction(ctx, async (tx) => {
    await lockIndicators(tx, [ind.id]);
    const current = await tx.db
      .select()
      .from(measurements)
      .where(and(eq(measurements.indicatorId, ind.id), eq(measurements.periodDate, today), isNull(measurements.supersededAt)));
    const byNis = new Map(current.map((m) => [m.municipalityNis, m]));
    let written = 0;
    for (const v of values) {
      const previous = byNis.get(v.nis) ?? null;
      if (previous && previous.value === v.value) continue;
      await writeMeasurement(tx, ind, { periodDate: today, municipalityNis: v.nis, value: v.value, source: `metric ${ind.metricKey}`, note: "" }, "snapshot", {
        audit: false,
        previous,
      });
      written++;
    }
    if (written > 0) {
      await refreshSeries(tx, [{ indicatorId: ind.id, periodDate: today }]);
      const province = values.find((v) => v.nis === null)?.value ?? null;
      await writeAudit(tx, {
        action: "indicator.snapshot",
        entity: "indicator",
        entityId: ind.id,
        after: { date: today, metricKey: ind.metricKey, value: province, values: written },
      });
    }
    return { written, unchanged: values.length - written };
  });
}
