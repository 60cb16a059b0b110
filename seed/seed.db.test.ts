import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, count, eq, ne } from "drizzle-orm";
import { createTestDatabase } from "../test/db.js";
import type { Database } from "../src/server/db/client.js";
import { auditLog } from "../src/server/db/schema/audit.js";
import { goals, indicators, measurements } from "../src/server/db/schema/compass.js";
import { municipalities } from "../src/server/db/schema/geography.js";
import { users } from "../src/server/db/schema/identity.js";
import { contacts, organisations } from "../src/server/db/schema/organisations.js";
import { supportTrajectories } from "../src/server/db/schema/support.js";
import { instrumentMetrics } from "../src/server/app.js";
import { MetricRegistry } from "../src/server/platform/metrics.js";
import { makeCtx, systemActor } from "../src/server/platform/context.js";
import { findIndicatorByCode } from "../src/server/modules/compass/index.js";
import { checkEligibility, getDecisionLetter, getMoney, listPublicAwards } from "../src/server/modules/grants/index.js";
import { AppError } from "../src/server/platform/errors.js";
import { grantApplications } from "../src/server/db/schema/grants.js";
import { grantReviewAssignments } from "../src/server/db/schema/grants-decisions.js";
import { DEMO_APPLICATIONS } from "./grants/index.js";
import { DEMO_ORGANISATIONS } from "./support/demo-organisations.js";
import { seedAll } from "./index.js";
import { DEMO_SOURCE } from "./demo/plan.js";
import { DEMO_MUNICIPALITY_NIS, DEMO_ORGANISATION_ID } from "./demo-users.js";
import { INDICATORS } from "./statement/indicators.js";

type Expected = {
  section: string;
  unit: string;
  baselineValue?: number | null;
  baselineDate?: string | null;
  targetValue?: number | null;
  targetValueHigh?: number | null;
  targetDate?: string | null;
  direction?: string;
};

/** Every figure of the statement the compass must carry, exactly as the statement gives it. */
const STATEMENT_FIGURES: Record<string, Expected> = {
  "welfare.gdp_per_capita_gap": { section: "1.1", unit: "percent", baselineValue: 22, baselineDate: null, targetValue: 0, targetDate: null, direction: "lower" },
  "salkturbo.approved_projects": { section: "1.1", unit: "projects", baselineValue: 105, baselineDate: null, targetValue: null },
  "salkturbo.investment_eur": { section: "1.1", unit: "eur", baselineValue: 500_000_000, baselineDate: null },
  "horizon2050.roadmap": { section: "1.4", unit: "milestone", baselineValue: 0, targetValue: 1, targetDate: "2027-12-31" },
  "space.regional_business_parks_ha": { section: "2.1", unit: "ha", baselineValue: 0, targetValue: 200, targetDate: null, direction: "raise" },
  "labour.older_workers_leaving": { section: "3", unit: "count", baselineValue: 100_000 },
  "labour.young_people_entering": { section: "3", unit: "count", baselineValue: 70_000 },
  "jobs.high_skilled_additional": { section: "3.1", unit: "jobs", baselineValue: 0, targetValue: 2500, targetDate: "2030-12-31" },
  "jobs.health_campus_high_skilled": { section: "3.1", unit: "jobs", baselineValue: 300 },
  "labour.employment_rate": { section: "3.2", unit: "percent", baselineValue: 71.9, baselineDate: "2020-12-31", targetValue: 80, targetDate: null },
  "social.arbeidszorg_initiatives": { section: "3.2", unit: "count", baselineValue: 13 },
  "social.maatwerk_jobs": { section: "3.2", unit: "jobs", baselineValue: 3195 },
  "social.maatwerk_value_added_eur": { section: "3.2", unit: "eur", baselineValue: 88_200_000 },
  "social.maatwerk_fund_eur_committed": { section: "3.2", unit: "eur", targetValue: 2_000_000 },
  "innovation.premium_companies": { section: "4", unit: "companies", baselineValue: 160 },
  "innovation.premium_eur_awarded": { section: "4", unit: "eur", baselineValue: 4_000_000 },
  "campus.bouwcampus_construction_start": { section: "4.2", unit: "milestone", baselineValue: 0, targetValue: 1, targetDate: "2026-12-31" },
  "campus.logistics_campus_delivery": { section: "4.4", unit: "milestone", baselineValue: 0, targetValue: 1, targetDate: "2028-12-31" },
  "ai.smes_supported": { section: "4.5", unit: "companies", baselineValue: 0, targetValue: 250, targetDate: "2030-12-31" },
  "bigscience.business_forum_2026": { section: "5.2", unit: "milestone", targetValue: 1, targetDate: "2026-12-31" },
  "et.job_years_flanders": { section: "5.3", unit: "job_years", targetValue: 5021, targetValueHigh: 12142, targetDate: null },
  "et.job_years_construction": { section: "5.3", unit: "job_years", targetValue: 2691, targetValueHigh: 6687 },
  "et.job_years_operation": { section: "5.3", unit: "job_years", targetValue: 2330, targetValueHigh: 5455 },
  "et.productivity_growth": { section: "5.3", unit: "percent", targetValue: 0.22 },
  "et.productivity_gain_eur": { section: "5.3", unit: "eur", targetValue: 1_500_000_000 },
};

/** Indicators the support programmes give live. */
const DERIVED: Record<string, string> = {
  "ai.smes_supported": "support.smes_with_ai_in_use",
  "jobs.high_skilled_additional": "support.high_skilled_jobs_created",
  "innovation.premium_companies": "grants.innovation_premium_companies",
  "innovation.premium_eur_awarded": "grants.innovation_premium_eur_committed",
  "social.maatwerk_fund_eur_committed": "grants.maatwerk_fund_eur_committed",
  "space.regional_business_parks_ha": "space.regional_business_parks_ha",
};

const OBJECTIVES = [
  "1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "3.1", "3.2", "3.3",
  "4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "5.1", "5.2", "5.3",
];

const silent = () => {};

async function indicatorRows(database: Database) {
  return database.db
    .select({ indicator: indicators, section: goals.section, goalCode: goals.code })
    .from(indicators)
    .innerJoin(goals, eq(goals.id, indicators.goalId));
}

const total = async (database: Database, table: typeof goals | typeof indicators | typeof measurements | typeof auditLog) =>
  (await database.db.select({ n: count() }).from(table))[0].n;

describe("seedAll without demo data", () => {
  let database: Database & { drop(): Promise<void> };
  const lines: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedAll(database, { demo: false, log: (l) => lines.push(l) });
  });
  afterAll(async () => database.drop());

  it("loads Limburg's 38 municipalities and logs its progress", async () => {
    expect((await database.db.select({ n: count() }).from(municipalities))[0].n).toBe(38);
    expect(lines.some((l) => l.includes("goals"))).toBe(true);
    expect(lines.some((l) => l.includes("indicators"))).toBe(true);
  });

  it("carries every figure of the statement exactly, with unit, section and target date", async () => {
    const rows = new Map((await indicatorRows(database)).map((r) => [r.indicator.code, r]));
    for (const [code, want] of Object.entries(STATEMENT_FIGURES)) {
      const row = rows.get(code);
      expect(row, code).toBeDefined();
      const got = {
        section: row!.section,
        unit: row!.indicator.unit,
        baselineValue: row!.indicator.baselineValue,
        baselineDate: row!.indicator.baselineDate,
        targetValue: row!.indicator.targetValue,
        targetValueHigh: row!.indicator.targetValueHigh,
        targetDate: row!.indicator.targetDate,
        direction: row!.indicator.direction,
      };
      expect(got, code).toMatchObject(want);
      expect(row!.indicator.source, code).toContain(`§${want.section}`);
      expect({ kind: row!.indicator.kind, metricKey: row!.indicator.metricKey }, code).toEqual(
        DERIVED[code] ? { kind: "derived", metricKey: DERIVED[code] } : { kind: "measured", metricKey: null },
      );
    }
    expect(rows.size).toBe(INDICATORS.length);
  });

  it("names the metric key of the indicators that instruments will derive later", async () => {
    const rows = new Map((await indicatorRows(database)).map((r) => [r.indicator.code, r.indicator]));
    expect(rows.get("ai.smes_supported")!.sourceNote).toContain("support.smes_with_ai_in_use");
    expect(rows.get("jobs.high_skilled_additional")!.sourceNote).toContain("support.high_skilled_jobs_created");
    expect(rows.get("innovation.premium_companies")!.sourceNote).toContain("grants.innovation_premium_companies");
    expect(rows.get("innovation.premium_eur_awarded")!.sourceNote).toContain("grants.innovation_premium_eur_committed");
    expect(rows.get("space.regional_business_parks_ha")!.sourceNote).toContain("space.regional_business_parks_ha");
  });

  it("has the six chapters and every objective 1.1 … 5.3 under its chapter, with actions under objectives", async () => {
    const all = await database.db.select().from(goals);
    const byId = new Map(all.map((g) => [g.id, g]));
    expect(all.filter((g) => g.kind === "chapter").map((g) => g.code).sort()).toEqual(["1", "2", "3", "4", "5", "6"]);
    const objectives = all.filter((g) => g.kind === "objective");
    expect(objectives.map((g) => g.code).sort()).toEqual(OBJECTIVES);
    for (const o of objectives) {
      const parent = byId.get(o.parentId!)!;
      expect(parent.kind).toBe("chapter");
      expect(parent.code).toBe(o.code.split(".")[0]);
      expect(o.section).toBe(o.code);
      expect(o.titleNl.length).toBeGreaterThan(5);
      expect(o.titleEn.length).toBeGreaterThan(5);
      expect(o.owner).not.toBe("");
    }
    for (const a of all.filter((g) => g.kind === "action")) {
      expect(byId.get(a.parentId!)!.kind, a.code).toBe("objective");
      expect(a.section).toBe(byId.get(a.parentId!)!.code);
    }
    expect(all.find((g) => g.code === "1")!.owner).toBe("Gedeputeerde Tom Vandeput");
    expect(all.find((g) => g.code === "3.1")!.titleNl).toBe("Aantrekken van 2 500 nieuwe hooggeschoolde jobs");
  });

  it("creates nothing new when run again, and nothing at all with onlyIfEmpty", async () => {
    const before = { goals: await total(database, goals), indicators: await total(database, indicators), audit: await total(database, auditLog) };
    const again = await seedAll(database, { demo: false, log: silent });
    expect(again).toMatchObject({ goalsCreated: 0, indicatorsCreated: 0 });
    const skipped = await seedAll(database, { demo: false, log: silent, onlyIfEmpty: true });
    expect(skipped.skipped).toBe(true);
    expect({ goals: await total(database, goals), indicators: await total(database, indicators), audit: await total(database, auditLog) }).toEqual(before);
    expect(await total(database, measurements)).toBe(0);
  });
});

describe("seedAll with demo data", () => {
  let database: Database & { drop(): Promise<void> };
  const now = () => new Date("2026-11-15T12:00:00Z");
  let seconds = 0;

  beforeAll(async () => {
    database = await createTestDatabase();
    const started = Date.now();
    await seedAll(database, { demo: true, log: silent, now });
    seconds = (Date.now() - started) / 1000;
  });
  afterAll(async () => database.drop());

  it("records a fictional history, marked as demo, through the compass", async () => {
    const all = await database.db.select().from(measurements);
    // Derived indicators get no values by hand: their history is the compass's snapshots of their metric.
    const snapshots = all.filter((m) => m.origin === "snapshot");
    expect(snapshots.every((m) => m.source.startsWith("metric support."))).toBe(true);
    const rows = all.filter((m) => m.origin !== "snapshot");
    expect(rows.length).toBeGreaterThan(50);
    for (const m of rows) {
      expect(m.origin).toBe("seed");
      expect(m.source).toBe(DEMO_SOURCE);
    }
    expect(rows.some((m) => m.municipalityNis !== null)).toBe(true);
    expect(rows.every((m) => m.periodDate >= "2025-01-01" && m.periodDate <= "2026-11-15")).toBe(true);
    expect((await database.db.select({ n: count() }).from(auditLog).where(eq(auditLog.action, "measurement.record")))[0].n).toBe(rows.length);
    expect((await database.db.select({ n: count() }).from(users))[0].n).toBeGreaterThan(0);
    expect(seconds).toBeLessThan(60);
  });

  it("leaves the statement's baselines and targets exactly as they are", async () => {
    const rows = new Map((await indicatorRows(database)).map((r) => [r.indicator.code, r.indicator]));
    for (const want of INDICATORS) {
      const got = rows.get(want.code)!;
      expect({
        baselineValue: got.baselineValue, baselineDate: got.baselineDate, targetValue: got.targetValue,
        targetValueHigh: got.targetValueHigh, targetDate: got.targetDate, unit: got.unit, version: got.version,
      }, want.code).toEqual({
        baselineValue: want.baselineValue, baselineDate: want.baselineDate, targetValue: want.targetValue,
        targetValueHigh: want.targetValueHigh, targetDate: want.targetDate, unit: want.unit, version: 1,
      });
    }
  });

  it("shows indicators on track, at risk and off track", async () => {
    const ctx = makeCtx({ actor: systemActor("test"), db: database.db });
    const status = async (code: string) => (await findIndicatorByCode({ ctx, input: { code }, deps: { now } }))!.status.status;
    expect(await status("jobs.high_skilled_additional")).toBe("off_track");
    expect(await status("ai.smes_supported")).toBe("off_track");
    expect(await status("horizon2050.roadmap")).toBe("on_track");
    expect(await status("campus.logistics_campus_delivery")).toBe("on_track");
    expect(await status("campus.bouwcampus_construction_start")).toBe("achieved");
  });

  it("follows demo companies through the support programmes, so that the derived indicators live from them", async () => {
    const [own] = await database.db.select().from(organisations).where(eq(organisations.id, DEMO_ORGANISATION_ID));
    expect(own).toMatchObject({ demo: true, municipalityNis: DEMO_MUNICIPALITY_NIS, smeClass: "small" });
    const trajectories = await database.db.select().from(supportTrajectories);
    expect(trajectories.length).toBeGreaterThan(30);
    expect(trajectories.every((t) => t.demo)).toBe(true);
    expect(trajectories.some((t) => t.organisationId === DEMO_ORGANISATION_ID)).toBe(true);
    const people = await database.db.select().from(contacts).where(eq(contacts.organisationId, DEMO_ORGANISATION_ID));
    expect(people.length).toBeGreaterThan(0);
    expect(people.every((p) => p.legalBasis && p.legalBasisDate)).toBe(true);
    const ctx = makeCtx({ actor: systemActor("test"), db: database.db });
    const deps = { now, metrics: new MetricRegistry(instrumentMetrics()) };
    const ai = (await findIndicatorByCode({ ctx, input: { code: "ai.smes_supported" }, deps }))!;
    const smes = await instrumentMetrics().find((m) => m.key === "support.smes_with_ai_in_use")!.records(ctx, { date: "2026-11-15" });
    expect(smes.length).toBeGreaterThanOrEqual(10);
    expect(ai.status.current).toBe(smes.length);
    expect(ai.sparkline.length).toBeGreaterThan(3);
    const jobs = (await findIndicatorByCode({ ctx, input: { code: "jobs.high_skilled_additional" }, deps }))!;
    expect(jobs.status.current).toBeGreaterThan(100);
  });

  it("fills the grants with demo applications: ranking, decisions, payments, the public list and the compass", async () => {
    const apps = await database.db.select().from(grantApplications);
    expect(apps.length).toBe(DEMO_APPLICATIONS.length);
    expect(apps.every((a) => a.demo)).toBe(true);
    expect(new Set(apps.map((a) => a.status))).toEqual(new Set(["draft", "submitted", "under_review", "paid_partially", "decided_refused"]));
    // the demo reviewer scored what is under review or decided
    const scored = await database.db.select().from(grantReviewAssignments).where(eq(grantReviewAssignments.status, "scored"));
    expect(scored.length).toBe(DEMO_APPLICATIONS.filter((d) => d.scores && d.stage !== "draft" && d.stage !== "submitted").length);
    expect((await database.db.select({ n: count() }).from(auditLog).where(eq(auditLog.action, "grant_application.refuse")))[0].n).toBe(1);

    const ctx = makeCtx({ actor: systemActor("test"), db: database.db });
    const awards = await listPublicAwards({ ctx, input: {} });
    expect(awards.total).toBeGreaterThan(0);
    const name = (id: string) => DEMO_ORGANISATIONS.find((o) => o.id === id)?.name;
    const awarded = DEMO_APPLICATIONS.filter((d) => d.callPrefix === "IP" && d.stage === "approved_paid").flatMap((d) => [d.lead, ...d.partners.map((p) => p.id)]);
    for (const id of awarded) expect(awards.items.map((i) => i.beneficiary)).toContain(name(id));
    expect(awards.items.some((i) => i.kind === "repayable_advance")).toBe(true);

    const drill = await instrumentMetrics().find((m) => m.key === "grants.innovation_premium_companies")!.records(ctx, { date: "2026-11-15" });
    expect(drill.filter((r) => r.entity === "organisation").map((r) => r.id).sort()).toEqual([...awarded].sort());

    const officer = makeCtx({ actor: { kind: "user", userId: (await database.db.select().from(users).where(eq(users.email, "subsidie@koers.demo")))[0].id, label: "officer", roles: ["grant_officer"], scopes: [] }, db: database.db });
    const advance = apps.find((a) => a.title === DEMO_APPLICATIONS.find((d) => d.advance)!.title)!;
    const money = await getMoney({ ctx: officer, input: { id: advance.id }, deps: { now } });
    expect(money.paidCents).toBeGreaterThan(0);
    expect(money.advance!.schedule.length).toBe(8);
    expect(money.advance!.repayments).toHaveLength(1);
    // the demo entrepreneur downloads the letter of their own decided application, not another company's
    const [ondernemer] = await database.db.select().from(users).where(eq(users.email, "ondernemer@koers.demo"));
    const entrepreneur = makeCtx({ actor: { kind: "user", userId: ondernemer.id, label: "ondernemer", roles: ["entrepreneur"], scopes: [{ kind: "organisation", ref: DEMO_ORGANISATION_ID }] }, db: database.db });
    const own = apps.find((a) => a.organisationId === DEMO_ORGANISATION_ID && a.status === "paid_partially")!;
    expect((await getDecisionLetter({ ctx: entrepreneur, input: { id: own.id } })).pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const refused = apps.find((a) => a.status === "decided_refused")!;
    const denied = await getDecisionLetter({ ctx: entrepreneur, input: { id: refused.id } }).catch((e: unknown) => e);
    expect(denied instanceof AppError && denied.code).toBe("not_found");
    // the company close to the de minimis ceiling
    const near = apps.find((a) => a.status === "under_review")!;
    const eligibility = await checkEligibility({ ctx: officer, input: { id: near.id }, deps: { now } });
    const lead = eligibility.deMinimis.undertakings.find((u) => u.memberIds.includes(near.organisationId))!;
    expect(lead.result).toMatchObject({ verdict: "fits", sumInWindowCents: 27_000_000, totalWithAwardCents: 29_000_000, headroomCents: 3_000_000 });
  });

  it("adds no demo values when run again", async () => {
    const before = {
      measurements: await total(database, measurements),
      trajectories: (await database.db.select({ n: count() }).from(supportTrajectories))[0].n,
      contacts: (await database.db.select({ n: count() }).from(contacts))[0].n,
      grantApplications: (await database.db.select({ n: count() }).from(grantApplications))[0].n,
      audit: (await database.db.select({ n: count() }).from(auditLog))[0].n,
    };
    const again = await seedAll(database, { demo: true, log: silent, now });
    expect(again).toMatchObject({ demoMeasurements: 0, demoTrajectories: 0 });
    expect({
      measurements: await total(database, measurements),
      trajectories: (await database.db.select({ n: count() }).from(supportTrajectories))[0].n,
      contacts: (await database.db.select({ n: count() }).from(contacts))[0].n,
      grantApplications: (await database.db.select({ n: count() }).from(grantApplications))[0].n,
      audit: (await database.db.select({ n: count() }).from(auditLog))[0].n,
    }).toEqual(before);
    expect((await database.db.select({ n: count() }).from(measurements).where(and(ne(measurements.origin, "seed"), ne(measurements.origin, "snapshot"))))[0].n).toBe(0);
  });
});
