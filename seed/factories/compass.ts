import { randomBytes } from "node:crypto";
import type { GoalInput, GoalView, IndicatorDetail, IndicatorInput, MeasurementInput } from "../../src/contracts/compass.js";
import type { Database, Db } from "../../src/server/db/client.js";
import { makeCtx, systemActor, type Ctx } from "../../src/server/platform/context.js";
import type { MetricRegistry } from "../../src/server/platform/metrics.js";
import { loadGeography } from "../../src/server/modules/geography/index.js";
import {
  createGoal as createGoalVerb,
  createIndicator as createIndicatorVerb,
  recordMeasurement,
  type MeasurementResult,
} from "../../src/server/modules/compass/index.js";

/**
 * Compass test data with sensible defaults, written through the compass's own verbs (so the series and
 * the audit stay as the application keeps them), acting as the system.
 */
type Target = Db | Database | Ctx;

function ctxOf(target: Target): Ctx {
  if ("actor" in target && "requestId" in target) return target as Ctx;
  const db = "kind" in target && "db" in target ? (target as Database).db : (target as Db);
  return makeCtx({ actor: systemActor("factory"), db });
}

const suffix = () => randomBytes(3).toString("hex");

/** Limburg's 38 municipalities (the geography module's reference data). */
export async function ensureMunicipalities(target: Target): Promise<void> {
  await loadGeography(ctxOf(target));
}

/** A goal; a chapter unless a parent is given (then an objective under it). */
export async function createGoal(target: Target, spec: Partial<GoalInput> = {}): Promise<GoalView> {
  const code = spec.code ?? `T${suffix()}`;
  const kind = spec.kind ?? (spec.parentCode ? "objective" : "chapter");
  return createGoalVerb({
    ctx: ctxOf(target),
    input: {
      kind,
      code,
      parentCode: spec.parentCode ?? null,
      titleNl: spec.titleNl ?? `Testdoel ${code}`,
      titleEn: spec.titleEn ?? `Test goal ${code}`,
      summaryNl: spec.summaryNl ?? "",
      summaryEn: spec.summaryEn ?? "",
      owner: spec.owner ?? "POM Limburg",
      section: spec.section ?? "1",
      position: spec.position ?? 0,
    },
  });
}

export type IndicatorSpec = Partial<IndicatorInput> & { metrics?: MetricRegistry };

/**
 * An indicator (in a new chapter unless goalCode is given): by default measured, count, raise,
 * baseline 0 on 31-12-2025, target 100 on 31-12-2030, unpublished, province level only.
 */
export async function createIndicator(target: Target, spec: IndicatorSpec = {}): Promise<IndicatorDetail> {
  const { metrics, ...fields } = spec;
  const goalCode = fields.goalCode ?? (await createGoal(target)).code;
  const code = fields.code ?? `test.indicator_${suffix()}`;
  const input = {
    code,
    goalCode,
    nameNl: `Testindicator ${code}`,
    nameEn: `Test indicator ${code}`,
    unit: "count",
    direction: "raise",
    baselineValue: 0,
    baselineDate: "2025-12-31",
    targetValue: 100,
    targetDate: "2030-12-31",
    ...fields,
  };
  return createIndicatorVerb({ ctx: ctxOf(target), input, deps: metrics ? { metrics } : undefined });
}

/** A value (province level unless municipalityNis is given), as the seed would record it. */
export async function addMeasurement(
  target: Target,
  indicatorId: string,
  spec: Partial<MeasurementInput> = {},
  origin: "manual" | "seed" | "import" | "snapshot" = "seed",
): Promise<MeasurementResult> {
  return recordMeasurement({
    ctx: ctxOf(target),
    input: {
      indicatorId,
      periodDate: spec.periodDate ?? "2026-12-31",
      municipalityNis: spec.municipalityNis ?? null,
      value: spec.value ?? 1,
      source: spec.source ?? "Test",
      note: spec.note ?? "",
    },
    origin,
  });
}

/** The roles the compass's access rules distinguish, with a municipality user for Genk (71016). */
export const COMPASS_ROLES = ["administrator", "policy_analyst", "account_manager", "grant_officer", "reviewer", "municipality", "entrepreneur"] as const;
export const GENK = "71016";
export const HASSELT = "71072";

/** A multipart/form-data body for app.inject(): text fields and at most one file. */
export function multipart(fields: Record<string, string>, file?: { field?: string; name: string; data: Buffer | string; type?: string }): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----koers${randomBytes(8).toString("hex")}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  if (file) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\ncontent-disposition: form-data; name="${file.field ?? "file"}"; filename="${file.name}"\r\ncontent-type: ${file.type ?? "application/octet-stream"}\r\n\r\n`,
      ),
      Buffer.isBuffer(file.data) ? file.data : Buffer.from(file.data),
      Buffer.from("\r\n"),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { "content-type": `multipart/form-data; boundary=${boundary}` } };
}
