import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, count, eq } from "drizzle-orm";
import { createTestDatabase } from "../../../../test/db.js";
import type { Database } from "../../db/client.js";
import { auditLog } from "../../db/schema/audit.js";
import { goals, indicators } from "../../db/schema/compass.js";
import { makeCtx, systemActor, type Actor } from "../../platform/context.js";
import { MetricRegistry } from "../../platform/metrics.js";
import { AppError } from "../../platform/errors.js";
import * as f from "../../../../seed/factories/compass.js";
import { createGoal, createIndicator, findGoalByCode, findIndicatorByCode, getIndicator, listGoals, listIndicators, updateGoal, updateIndicator } from "./index.js";

let database: Database & { drop(): Promise<void> };
const user = (roles: Actor extends infer A ? (A extends { roles: infer R } ? R : never) : never, scopes: { kind: "municipality" | "organisation"; ref: string }[] = []): Actor => ({
  kind: "user",
  userId: "00000000-0000-4000-8000-000000000001",
  label: "Test",
  roles,
  scopes,
});
const ctxAs = (actor: Actor) => makeCtx({ actor, db: database.db });
const analyst = () => ctxAs(user(["policy_analyst"]));
const system = () => makeCtx({ actor: systemActor("test"), db: database.db });

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "ok";
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
}
const audits = async (action: string, entityId?: string) =>
  Number((await database.db.select({ n: count() }).from(auditLog).where(and(eq(auditLog.action, action), entityId ? eq(auditLog.entityId, entityId) : undefined)))[0].n);

beforeAll(async () => {
  database = await createTestDatabase();
  await f.ensureMunicipalities(database);
});
afterAll(async () => database.drop());

describe("goals", () => {
  it("creates a chapter, an objective under it and an action under that, audited", async () => {
    const chapter = await createGoal({ ctx: analyst(), input: { kind: "chapter", code: "G1", titleNl: "Hoofdstuk", titleEn: "Chapter", section: "1" } });
    expect(chapter).toMatchObject({ kind: "chapter", code: "G1", parentId: null, version: 1, summaryNl: "" });
    const objective = await createGoal({ ctx: analyst(), input: { kind: "objective", code: "G1.1", parentCode: "G1", titleNl: "Doel", titleEn: "Objective", section: "1.1" } });
    expect(objective.parentId).toBe(chapter.id);
    const action = await createGoal({ ctx: analyst(), input: { kind: "action", code: "G1.1.a", parentCode: "G1.1", titleNl: "Actie", titleEn: "Action", section: "1.1" } });
    expect(action.parentId).toBe(objective.id);
    expect(await audits("goal.create", chapter.id)).toBe(1);
    expect((await findGoalByCode({ ctx: analyst(), input: { code: "G1.1" } }))?.id).toBe(objective.id);
    expect(await findGoalByCode({ ctx: analyst(), input: { code: "nope" } })).toBeNull();
    const list = await listGoals({ ctx: ctxAs(user(["account_manager"])) });
    expect(list.map((g) => g.code).filter((c) => c.startsWith("G1"))).toEqual(["G1", "G1.1", "G1.1.a"]);
  });

  it("refuses a taken code, a missing or wrong parent, and bad input", async () => {
    await f.createGoal(database, { code: "G2" });
    expect(await code(createGoal({ ctx: analyst(), input: { kind: "chapter", code: "G2", titleNl: "x", titleEn: "x", section: "2" } }))).toBe("conflict");
    expect(await code(createGoal({ ctx: analyst(), input: { kind: "objective", code: "G2.9", titleNl: "x", titleEn: "x", section: "2" } }))).toBe("validation");
    expect(await code(createGoal({ ctx: analyst(), input: { kind: "objective", code: "G2.8", parentCode: "G404", titleNl: "x", titleEn: "x", section: "2" } }))).toBe("validation");
    await f.createGoal(database, { code: "G2.1", parentCode: "G2", kind: "action" });
    expect(await code(createGoal({ ctx: analyst(), input: { kind: "objective", code: "G2.1.x", parentCode: "G2.1", titleNl: "x", titleEn: "x", section: "2" } }))).toBe("validation");
    expect(await code(createGoal({ ctx: analyst(), input: { kind: "chapter", code: "G3", titleNl: "x", titleEn: "x", section: "3", extra: 1 } as never }))).toBe("validation");
    expect(Number((await database.db.select({ n: count() }).from(goals).where(eq(goals.code, "G2.9")))[0].n)).toBe(0);
  });

  it("updates with the current version only, audited with before and after", async () => {
    const g = await f.createGoal(database, { summaryNl: "Samenvatting", position: 4 });
    const updated = await updateGoal({ ctx: analyst(), input: { id: g.id, version: 1, titleNl: "Nieuwe titel" } });
    expect(updated).toMatchObject({ titleNl: "Nieuwe titel", version: 2, summaryNl: "Samenvatting", position: 4, titleEn: g.titleEn });
    expect(await code(updateGoal({ ctx: analyst(), input: { id: g.id, version: 1, titleNl: "Verloren" } }))).toBe("conflict");
    const [row] = await database.db.select().from(auditLog).where(and(eq(auditLog.action, "goal.update"), eq(auditLog.entityId, g.id)));
    expect(row.before).toMatchObject({ titleNl: g.titleNl, version: 1 });
    expect(row.after).toMatchObject({ titleNl: "Nieuwe titel", version: 2 });
    expect(await code(updateGoal({ ctx: analyst(), input: { id: "00000000-0000-4000-8000-00000000dead", version: 1 } }))).toBe("not_found");
  });

  it("lets only administrators and policy analysts write goals", async () => {
    const input = { kind: "chapter" as const, code: "G9", titleNl: "x", titleEn: "x", section: "9" };
    for (const role of ["account_manager", "grant_officer", "reviewer", "municipality", "entrepreneur"] as const) {
      expect(await code(createGoal({ ctx: ctxAs(user([role])), input }))).toBe("forbidden");
    }
    expect(await code(createGoal({ ctx: ctxAs({ kind: "public", label: "public" }), input }))).toBe("unauthenticated");
    expect(await code(listGoals({ ctx: ctxAs(user(["reviewer"])) }))).toBe("forbidden");
    expect(await code(listGoals({ ctx: ctxAs(user(["entrepreneur"])) }))).toBe("forbidden");
    expect(await code(listGoals({ ctx: ctxAs({ kind: "public", label: "public" }) }))).toBe("unauthenticated");
    expect(await code(createGoal({ ctx: ctxAs(user(["administrator"])), input }))).toBe("ok");
  });
});

describe("indicators", () => {
  it("creates an indicator under a goal by code and returns its detail, audited", async () => {
    const g = await f.createGoal(database);
    const ind = await createIndicator({
      ctx: analyst(),
      input: { code: "jobs.high_skilled", goalCode: g.code, nameNl: "Hooggeschoolde jobs", nameEn: "High-skilled jobs", unit: "jobs", direction: "raise", baselineValue: 0, baselineDate: "2025-12-31", targetValue: 2500, targetDate: "2030-12-31" },
    });
    expect(ind).toMatchObject({ code: "jobs.high_skilled", goalCode: g.code, goal: { id: g.id }, version: 1, kind: "measured", published: false, series: [], municipalities: [] });
    expect(ind.status).toMatchObject({ status: "no_data", sentence: "Nog geen metingen." });
    expect(await audits("indicator.create", ind.id)).toBe(1);
    expect((await findIndicatorByCode({ ctx: analyst(), input: { code: "jobs.high_skilled" } }))?.id).toBe(ind.id);
    expect(await code(createIndicator({ ctx: analyst(), input: { ...baseInput(g.code), code: "jobs.high_skilled" } }))).toBe("conflict");
  });

  it("checks the goal, the metric key, the thresholds and the range", async () => {
    const g = await f.createGoal(database);
    const metrics = new MetricRegistry([
      { key: "test.known", module: "test", labelNl: "x", labelEn: "x", unit: "count", perMunicipality: false, valueAt: async () => 1, records: async () => [] },
    ]);
    const bad = async (input: Record<string, unknown>, deps?: { metrics: MetricRegistry }) => {
      try {
        await createIndicator({ ctx: analyst(), input: { ...baseInput(g.code), ...input }, deps });
        return "ok";
      } catch (e) {
        return e instanceof AppError ? `${e.code}:${e.details?.map((d) => `${d.path}/${d.code}`).join(",")}` : String(e);
      }
    };
    expect(await bad({ goalCode: "NOPE" })).toBe("validation:goalCode/unknown_goal");
    expect(await bad({ kind: "derived", metricKey: "test.unknown" }, { metrics })).toBe("validation:metricKey/unknown_metric");
    expect(await bad({ kind: "derived", metricKey: null })).toBe("validation:metricKey/required");
    expect(await bad({ kind: "derived", metricKey: "test.known", perMunicipality: true }, { metrics })).toBe("validation:perMunicipality/metric_not_per_municipality");
    expect(await bad({ targetValue: 10, targetValueHigh: 5 })).toBe("validation:targetValueHigh/range_inverted");
    expect(await bad({ onTrackRatio: 0.7, atRiskRatio: 0.8 })).toBe("validation:atRiskRatio/threshold_order");
    expect(await bad({ unit: "furlongs" })).toMatch(/^validation:unit/);
    expect(await bad({ kind: "derived", metricKey: "test.known", code: "ok.derived" }, { metrics })).toBe("ok");
  });

  it("updates with the version, re-checks the whole definition and audits before/after", async () => {
    const ind = await f.createIndicator(database);
    const updated = await updateIndicator({ ctx: analyst(), input: { id: ind.id, version: 1, targetValue: 250, published: true } });
    expect(updated).toMatchObject({ targetValue: 250, published: true, version: 2 });
    // Fields left out of the update keep their values (the contract's defaults do not reset them).
    expect(updated).toMatchObject({ baselineValue: 0, baselineDate: "2025-12-31", targetDate: "2030-12-31", onTrackRatio: 0.95, nameNl: ind.nameNl });
    expect(await code(updateIndicator({ ctx: analyst(), input: { id: ind.id, version: 1, targetValue: 1 } }))).toBe("conflict");
    expect(await code(updateIndicator({ ctx: analyst(), input: { id: ind.id, version: 2, kind: "derived" } }))).toBe("validation");
    expect(await code(updateIndicator({ ctx: analyst(), input: { id: ind.id, version: 2, targetValueHigh: 10 } }))).toBe("validation");
    const [row] = await database.db.select().from(auditLog).where(and(eq(auditLog.action, "indicator.update"), eq(auditLog.entityId, ind.id)));
    expect(row.before).toMatchObject({ targetValue: 100, published: false, version: 1 });
    expect(row.after).toMatchObject({ targetValue: 250, published: true, version: 2 });
    const [stored] = await database.db.select().from(indicators).where(eq(indicators.id, ind.id));
    expect(stored.version).toBe(2);
    expect(await code(updateIndicator({ ctx: ctxAs(user(["grant_officer"])), input: { id: ind.id, version: 2, targetValue: 1 } }))).toBe("forbidden");
  });

  it("lists with search, goal subtree, kind, published and status filters", async () => {
    const chapter = await f.createGoal(database, { code: "L1" });
    const objective = await f.createGoal(database, { code: "L1.1", parentCode: "L1" });
    const a = await f.createIndicator(database, { goalCode: objective.code, code: "list.sme_ai", nameNl: "KMO's met AI", nameEn: "SMEs using AI", published: true, targetValue: 250 });
    const b = await f.createIndicator(database, { goalCode: chapter.code, code: "list.hectare", nameNl: "Bedrijventerrein", nameEn: "Business parks", unit: "ha", targetValue: 200 });
    await f.addMeasurement(database, a.id, { periodDate: "2026-06-30", value: 300 });
    const ctx = analyst();
    const codes = async (input: Record<string, unknown>) => (await listIndicators({ ctx, input })).map((i) => i.code).filter((c) => c.startsWith("list."));
    expect(await codes({ goal: "L1" })).toEqual(["list.hectare", "list.sme_ai"]);
    expect(await codes({ goal: "L1.1" })).toEqual(["list.sme_ai"]);
    expect(await codes({ q: "kmo" })).toEqual(["list.sme_ai"]);
    expect(await codes({ q: "business PARKS" })).toEqual(["list.hectare"]);
    expect(await codes({ published: "true" })).toEqual(["list.sme_ai"]);
    expect(await codes({ status: "achieved" })).toEqual(["list.sme_ai"]);
    expect(await codes({ goal: "L1", sort: "status" })).toEqual(["list.sme_ai", "list.hectare"]);
    expect(await codes({ goal: "L1", sort: "name", locale: "en" })).toEqual(["list.hectare", "list.sme_ai"]);
    const [summary] = (await listIndicators({ ctx, input: { q: "list.sme_ai", locale: "en" } }));
    expect(summary.status).toMatchObject({ status: "achieved", current: 300, sentence: "Target met: 300 on 30 Jun 2026 (target 250)." });
    expect(summary.sparkline).toEqual([{ date: "2026-06-30", value: 300 }]);
    expect(await code(listIndicators({ ctx, input: { sort: "nonsense" } as never }))).toBe("validation");
    expect((await getIndicator({ ctx, input: { id: b.id } })).unit).toBe("ha");
  });

  it("answers not found for an unknown id, and public only for published indicators", async () => {
    const hidden = await f.createIndicator(database);
    const shown = await f.createIndicator(database, { published: true });
    const pub = makeCtx({ actor: { kind: "public", label: "public" }, db: database.db });
    expect(await code(getIndicator({ ctx: pub, input: { id: hidden.id }, audience: "public" }))).toBe("not_found");
    expect((await getIndicator({ ctx: pub, input: { id: shown.id }, audience: "public" })).id).toBe(shown.id);
    expect(await code(getIndicator({ ctx: pub, input: { id: shown.id } }))).toBe("unauthenticated");
    expect(await code(getIndicator({ ctx: system(), input: { id: "not-a-uuid" } }))).toBe("not_found");
    const publicCodes = (await listIndicators({ ctx: pub, audience: "public", input: {} })).map((i) => i.id);
    expect(publicCodes).toContain(shown.id);
    expect(publicCodes).not.toContain(hidden.id);
  });
});

function baseInput(goalCode: string) {
  return { code: `x.${Math.random().toString(36).slice(2, 8)}`, goalCode, nameNl: "x", nameEn: "x", unit: "count" as const, direction: "raise" as const };
}
