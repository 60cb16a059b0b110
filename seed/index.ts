import type { Database } from "../src/server/db/client.js";
import { makeCtx, systemActor, withTransaction, type Ctx } from "../src/server/platform/context.js";
import { loadGeography } from "../src/server/modules/geography/index.js";
import { createGoal, createIndicator, findGoalByCode, findIndicatorByCode, recordMeasurement } from "../src/server/modules/compass/index.js";
import { seedDemoUsers } from "./demo-users.js";
import { demoPlan } from "./demo/plan.js";
import { seedDemoSupport, seedProgrammes } from "./support/index.js";
import { seedDemoSpace } from "./space/index.js";
import { seedDemoApplications, seedDemoGrants, seedGrantFunds } from "./grants/index.js";
import { seedDemoSpaceDemand } from "./space-demand/index.js";
import { GOALS } from "./statement/goals.js";
import { INDICATORS } from "./statement/indicators.js";

export interface SeedOptions {
  demo: boolean;
  log: (msg: string) => void;
  /** Skip when the database already holds the statement's goals. */
  onlyIfEmpty?: boolean;
  /** The clock for the demo history and its statuses; the real one by default. */
  now?: () => Date;
}

export interface SeedReport {
  skipped: boolean;
  goalsCreated: number;
  indicatorsCreated: number;
  demoMeasurements: number;
  demoTrajectories: number;
}

const brussels = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Brussels", year: "numeric", month: "2-digit", day: "2-digit" });

/**
 * Loads reference data (geography, the support programmes), the policy statement's goals and indicators, and — when
 * demo is true — demo users, a fictional measurement history and demo trajectories through the support programmes.
 * Idempotent: what exists (by code) is left as it is.
 */
export async function seedAll(database: Database, opts: SeedOptions): Promise<SeedReport> {
  const ctx = makeCtx({ actor: systemActor("seed"), db: database.db });
  const now = opts.now ?? (() => new Date());
  const report: SeedReport = { skipped: false, goalsCreated: 0, indicatorsCreated: 0, demoMeasurements: 0, demoTrajectories: 0 };

  // Programmes are reference data the support module needs even on a database seeded before they existed.
  const programmes = await seedProgrammes(ctx);
  if (programmes.created + programmes.updated > 0) opts.log(`Seed: support programmes: ${programmes.created} created, ${programmes.updated} updated.`);
  const funds = await seedGrantFunds(ctx);
  if (funds > 0) opts.log(`Seed: grant funds of the statement: ${funds} created.`);

  if (opts.onlyIfEmpty && (await findGoalByCode({ ctx, input: { code: GOALS[0].code } }))) {
    opts.log("Seed: the policy statement is already loaded; nothing to do.");
    return { ...report, skipped: true };
  }

  const geo = await loadGeography(ctx);
  opts.log(
    `Seed: geography ${geo.changed ? "loaded" : "up to date"} (municipalities: ${geo.municipalities.inserted} new, ${geo.municipalities.updated} updated; postcodes: ${geo.postcodes.inserted} new).`,
  );

  report.goalsCreated = await withTransaction(ctx, async (tx) => {
    let created = 0;
    for (const goal of GOALS) {
      if (await findGoalByCode({ ctx: tx, input: { code: goal.code } })) continue;
      await createGoal({ ctx: tx, input: goal });
      created++;
    }
    return created;
  });
  opts.log(`Seed: goals of the policy statement: ${report.goalsCreated} created, ${GOALS.length - report.goalsCreated} already present.`);

  report.indicatorsCreated = await withTransaction(ctx, async (tx) => {
    let created = 0;
    for (const indicator of INDICATORS) {
      if (await findIndicatorByCode({ ctx: tx, input: { code: indicator.code } })) continue;
      await createIndicator({ ctx: tx, input: indicator });
      created++;
    }
    return created;
  });
  opts.log(`Seed: indicators: ${report.indicatorsCreated} created, ${INDICATORS.length - report.indicatorsCreated} already present.`);

  if (!opts.demo) return report;

  await seedDemoUsers(database);
  opts.log("Seed: demo users ready.");
  report.demoMeasurements = await seedDemoMeasurements(ctx, now, opts.log);
  report.demoTrajectories = (await seedDemoSupport(database, { now, log: opts.log })).trajectories;
  await seedDemoSpace(database, { now, log: opts.log });
  await seedDemoGrants(ctx, { now, log: opts.log });
  // After the demo calls, users and organisations: applications, reviews, decisions and payments of demo companies.
  await seedDemoApplications(ctx, { now, log: opts.log });
  // After the supply seed: the demo demands are matched against the demo parks, parcels and premises.
  await seedDemoSpaceDemand(database, { now, log: opts.log });
  return report;
}

/** Records the demo plan through the compass, one transaction per indicator; existing values are left alone. */
async function seedDemoMeasurements(ctx: Ctx, now: () => Date, log: (msg: string) => void): Promise<number> {
  const today = brussels.format(now());
  let total = 0;
  for (const series of demoPlan(today)) {
    const recorded = await withTransaction(ctx, async (tx) => {
      const indicator = await findIndicatorByCode({ ctx: tx, input: { code: series.indicatorCode }, deps: { now } });
      if (!indicator) throw new Error(`The demo plan names an unknown indicator: ${series.indicatorCode}`);
      if (indicator.sparkline.length > 0) return 0; // already has values: leave the history as it is
      for (const value of series.values) {
        await recordMeasurement({ ctx: tx, input: { indicatorId: indicator.id, ...value }, origin: "seed", deps: { now } });
      }
      return series.values.length;
    });
    total += recorded;
  }
  log(`Seed: demo measurements: ${total} fictional values recorded (source "Demo-gegevens (fictief)").`);
  return total;
}
