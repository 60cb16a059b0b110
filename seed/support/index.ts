import { eq, inArray } from "drizzle-orm";
import type { Database } from "../../src/server/db/client.js";
import { users } from "../../src/server/db/schema/identity.js";
import { contacts, organisations } from "../../src/server/db/schema/organisations.js";
import { supportTrajectories } from "../../src/server/db/schema/support.js";
import { makeCtx, systemActor, withTransaction, type Actor, type Ctx } from "../../src/server/platform/context.js";
import { MetricRegistry } from "../../src/server/platform/metrics.js";
import { snapshotDerivedIndicators } from "../../src/server/modules/compass/index.js";
import {
  addTask, closeTrajectory, moveTrajectoryStage, openTrajectory, recordInteraction, recordOutcome, supportMetrics, upsertProgramme,
} from "../../src/server/modules/support/index.js";
import { quarterEnds } from "../demo/plan.js";
import { createContact } from "../factories/contacts.js";
import { createOrganisation } from "../factories/organisations.js";
import { DEMO_CONTACTS } from "./demo-contacts.js";
import { DEMO_ORGANISATIONS, organisationSpec } from "./demo-organisations.js";
import { demoSupportPlan } from "./demo-plan.js";
import { PROGRAMMES } from "./programmes.js";

export { PROGRAMMES } from "./programmes.js";
export { DEMO_ORGANISATIONS } from "./demo-organisations.js";
export { demoSupportPlan } from "./demo-plan.js";
export { DEMO_CONTACTS } from "./demo-contacts.js";

/** The demo account manager owns the demo trajectories (seed/demo-users.ts). */
export const DEMO_ACCOUNT_MANAGER_EMAIL = "accountmanager@koers.demo";

/** Writes the statement's support programmes (idempotent: unchanged programmes are left alone, unaudited). */
export async function seedProgrammes(ctx: Ctx): Promise<{ created: number; updated: number }> {
  const counts = { created: 0, updated: 0 };
  for (const programme of PROGRAMMES) {
    const { outcome } = await upsertProgramme({ ctx, input: programme });
    if (outcome !== "unchanged") counts[outcome]++;
  }
  return counts;
}

const brussels = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Brussels", year: "numeric", month: "2-digit", day: "2-digit" });

/**
 * Demo organisations (among them the demo entrepreneur's company) and demo trajectories through the
 * support verbs, acting as the demo account manager. Organisations that exist (by id) are left alone;
 * trajectories are written only when there are no demo trajectories yet.
 */
export async function seedDemoSupport(database: Database, opts: { now: () => Date; log: (msg: string) => void }): Promise<{ organisations: number; trajectories: number }> {
  const existing = new Set(
    (await database.db.select({ id: organisations.id }).from(organisations).where(inArray(organisations.id, DEMO_ORGANISATIONS.map((o) => o.id)))).map((r) => r.id),
  );
  let created = 0;
  for (const org of DEMO_ORGANISATIONS) {
    if (existing.has(org.id)) continue;
    await createOrganisation(database, organisationSpec(org));
    created++;
  }
  const contactsCreated = await seedDemoContacts(database);
  if (contactsCreated) opts.log(`Seed: demo contact persons: ${contactsCreated} created.`);
  const [already] = await database.db.select({ id: supportTrajectories.id }).from(supportTrajectories).where(eq(supportTrajectories.demo, true)).limit(1);
  if (already) {
    opts.log(`Seed: demo organisations: ${created} created; demo trajectories already present.`);
    return { organisations: created, trajectories: 0 };
  }
  const [manager] = await database.db.select().from(users).where(eq(users.email, DEMO_ACCOUNT_MANAGER_EMAIL)).limit(1);
  if (!manager) throw new Error(`The demo account manager ${DEMO_ACCOUNT_MANAGER_EMAIL} is missing; seed the demo users first.`);
  const actor: Actor = { kind: "user", userId: manager.id, label: manager.displayName, roles: ["account_manager"], scopes: [] };
  const ctx = makeCtx({ actor, db: database.db });
  const deps = { now: opts.now };
  const byKey = new Map(DEMO_ORGANISATIONS.map((o) => [o.key, o.id]));
  const plan = demoSupportPlan(brussels.format(opts.now()));
  for (const t of plan) {
    await withTransaction(ctx, async (tx) => {
      const organisationId = byKey.get(t.organisation);
      if (!organisationId) throw new Error(`The demo plan names an unknown organisation: ${t.organisation}`);
      const { id } = await openTrajectory({ ctx: tx, input: { programmeCode: t.programmeCode, organisationId, startDate: t.startDate, summary: t.summary, notes: t.notes }, deps, demo: true });
      for (const move of t.moves) await moveTrajectoryStage({ ctx: tx, input: { id, ...move }, deps });
      for (const interaction of t.interactions) await recordInteraction({ ctx: tx, input: { trajectoryId: id, ...interaction }, deps });
      for (const outcome of t.outcomes) await recordOutcome({ ctx: tx, input: { trajectoryId: id, ...outcome }, deps });
      for (const task of t.tasks) await addTask({ ctx: tx, input: { trajectoryId: id, ...task }, deps });
      if (t.close) await closeTrajectory({ ctx: tx, input: { id, ...t.close }, deps });
    });
  }
  opts.log(`Seed: demo organisations: ${created} created; demo trajectories: ${plan.length} through the support programmes.`);
  await snapshotHistory(database, brussels.format(opts.now()));
  opts.log("Seed: derived indicators of the support programmes snapshotted at every quarter end since 2025.");
  return { organisations: created, trajectories: plan.length };
}

/** Demo contact persons at the demo organisations; those that exist (by id) are left alone. */
async function seedDemoContacts(database: Database): Promise<number> {
  const byKey = new Map(DEMO_ORGANISATIONS.map((o) => [o.key, o.id]));
  const existing = new Set(
    (await database.db.select({ id: contacts.id }).from(contacts).where(inArray(contacts.id, DEMO_CONTACTS.map((c) => c.id)))).map((r) => r.id),
  );
  let created = 0;
  for (const { organisation, ...spec } of DEMO_CONTACTS) {
    if (existing.has(spec.id)) continue;
    const organisationId = byKey.get(organisation);
    if (!organisationId) throw new Error(`A demo contact names an unknown organisation: ${organisation}`);
    await createContact(database, { ...spec, organisationId, createdBy: "seed" });
    created++;
  }
  return created;
}

/**
 * The compass keeps a derived indicator's history as daily snapshots of its metric. The demo trajectories
 * reach back to 2025, so their history is written as the daily job would have written it: a snapshot at
 * every quarter end and today, each with the metric's value at that date.
 */
async function snapshotHistory(database: Database, today: string): Promise<void> {
  const ctx = makeCtx({ actor: systemActor("seed"), db: database.db });
  const metrics = new MetricRegistry(supportMetrics());
  for (const date of [...new Set([...quarterEnds(today), today])]) {
    const report = await snapshotDerivedIndicators({ ctx, deps: { metrics, now: () => new Date(`${date}T12:00:00Z`) } });
    if (report.failed.length) throw new Error(`Snapshot of ${date} failed: ${report.failed.map((f) => `${f.code}: ${f.message}`).join("; ")}`);
  }
}
