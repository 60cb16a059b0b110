import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, count, eq } from "drizzle-orm";
import { createTestDatabase } from "../../../../test/db.js";
import type { Role } from "../../../contracts/identity.js";
import type { Database } from "../../db/client.js";
import { auditLog } from "../../db/schema/audit.js";
import { supportInteractions, supportOutcomes, supportStageChanges, supportTasks, supportTrajectories } from "../../db/schema/support.js";
import { makeCtx, type Actor } from "../../platform/context.js";
import { AppError } from "../../platform/errors.js";
import { ensureMunicipalities } from "../../../../seed/factories/compass.js";
import { actorFor, createUser } from "../../../../seed/factories/identity.js";
import { createOrganisation } from "../../../../seed/factories/organisations.js";
import { createTrajectory, ensureProgrammes } from "../../../../seed/factories/support.js";
import {
  addTask, closeTrajectory, completeTask, getTrajectory, listMyTasks, moveTrajectoryStage, openTrajectory, recordInteraction, recordOutcome,
} from "./index.js";

const GENK = "71016";
const HASSELT = "71072";
const M = 1_000_000;
const deps = { now: () => new Date("2026-11-15T12:00:00Z") };
let database: Database & { drop(): Promise<void> };
const actors = {} as Record<Role | "other_entrepreneur" | "am2", Actor>;
const org = {} as Record<"sme" | "other", string>;
const ctx = (who: keyof typeof actors) => makeCtx({ actor: actors[who], db: database.db });

async function failure(p: Promise<unknown>): Promise<{ code: string; details?: { path: string; code: string }[] }> {
  try {
    await p;
    return { code: "ok" };
  } catch (e) {
    if (e instanceof AppError) return { code: e.code, details: e.details?.map((d) => ({ path: d.path, code: d.code })) };
    throw e;
  }
}
const total = async (table: typeof supportTrajectories | typeof supportStageChanges | typeof supportInteractions | typeof supportTasks | typeof supportOutcomes | typeof auditLog) =>
  Number((await database.db.select({ n: count() }).from(table))[0].n);
const auditFor = (action: string, entityId: string) =>
  database.db.select().from(auditLog).where(and(eq(auditLog.action, action), eq(auditLog.entityId, entityId)));
/** Every table a verb may write, to show that a refused call changed nothing. */
const snapshot = async () => ({
  trajectories: await total(supportTrajectories),
  changes: await total(supportStageChanges),
  interactions: await total(supportInteractions),
  tasks: await total(supportTasks),
  outcomes: await total(supportOutcomes),
  audit: await total(auditLog),
});

beforeAll(async () => {
  database = await createTestDatabase();
  await ensureMunicipalities(database);
  await ensureProgrammes(database);
  org.sme = (await createOrganisation(database, { name: "Kempische Lasrobotica", municipalityNis: GENK, headcount: 20, turnoverEur: 3 * M, balanceSheetEur: 2 * M, figuresYear: 2025 })).id;
  org.other = (await createOrganisation(database, { name: "Hasseltse Datawerf", municipalityNis: HASSELT, headcount: 8, turnoverEur: 1 * M, balanceSheetEur: 1 * M, figuresYear: 2025 })).id;
  for (const role of ["administrator", "account_manager", "policy_analyst", "grant_officer", "reviewer", "municipality", "entrepreneur"] as Role[]) {
    const scopes = role === "municipality" ? [{ kind: "municipality" as const, ref: GENK }] : role === "entrepreneur" ? [{ kind: "organisation" as const, ref: org.sme }] : [];
    actors[role] = actorFor(await createUser(database, { roles: [role], scopes }));
  }
  actors.am2 = actorFor(await createUser(database, { roles: ["account_manager"] }));
  actors.other_entrepreneur = actorFor(await createUser(database, { roles: ["entrepreneur"], scopes: [{ kind: "organisation", ref: org.other }] }));
});
afterAll(async () => database.drop());

const userId = (who: keyof typeof actors) => (actors[who] as Extract<Actor, { kind: "user" }>).userId;

describe("openTrajectory", () => {
  it("opens a trajectory in the first stage, owned by the actor, with its first history entry and an audit row", async () => {
    const t = await openTrajectory({ ctx: ctx("account_manager"), input: { programmeCode: "ai_space", organisationId: org.sme, summary: "Visuele inspectie van lasnaden", notes: "Budget krap" }, deps });
    expect(t).toMatchObject({
      programme: { code: "ai_space" },
      organisation: { id: org.sme, name: "Kempische Lasrobotica", municipalityNis: GENK, smeClass: "small" },
      stage: { code: "intake", position: 0 },
      status: "open",
      startDate: "2026-11-15",
      owner: { id: userId("account_manager") },
      notes: "Budget krap",
      view: "staff",
      openTasks: 0,
    });
    expect(t.history).toHaveLength(1);
    expect(t.history[0]).toMatchObject({ from: null, to: { code: "intake" }, date: "2026-11-15" });
    expect(t.stages.map((s) => s.code)).toEqual(["intake", "discovery", "proof_of_concept", "implementation", "ai_in_use"]);
    const [audit] = await auditFor("trajectory.open", t.id);
    expect(audit.actorId).toBe(userId("account_manager"));
    expect(audit.after).toMatchObject({ programme: "ai_space", organisationId: org.sme, stage: "intake" });
    await closeTrajectory({ ctx: ctx("account_manager"), input: { id: t.id, status: "abandoned", reason: "test" }, deps });
  });

  it("takes a start date, a stage and another account manager as owner", async () => {
    const t = await openTrajectory({
      ctx: ctx("administrator"),
      input: { programmeCode: "cobot_centre", organisationId: org.sme, startDate: "2026-03-02", stageCode: "test", ownerId: userId("am2") },
      deps,
    });
    expect(t).toMatchObject({ startDate: "2026-03-02", stage: { code: "test" }, owner: { id: userId("am2") } });
    expect(t.history[0]).toMatchObject({ from: null, to: { code: "test" }, date: "2026-03-02" });
  });

  it("refuses a second open trajectory of the same organisation in the same programme", async () => {
    const before = await snapshot();
    expect(await failure(openTrajectory({ ctx: ctx("account_manager"), input: { programmeCode: "cobot_centre", organisationId: org.sme }, deps }))).toEqual({
      code: "conflict",
      details: [{ path: "programmeCode", code: "open_trajectory_exists" }],
    });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses bad input and changes nothing", async () => {
    const before = await snapshot();
    const open = (input: Record<string, unknown>) => failure(openTrajectory({ ctx: ctx("account_manager"), input: { programmeCode: "ai_space", organisationId: org.other, ...input } as never, deps }));
    expect(await open({ programmeCode: "nope" })).toMatchObject({ code: "validation", details: [{ path: "programmeCode", code: "unknown_programme" }] });
    expect(await open({ stageCode: "ai_in_gebruik" })).toMatchObject({ code: "validation", details: [{ path: "stageCode", code: "unknown_stage" }] });
    expect(await open({ organisationId: "00000000-0000-4000-8000-000000000000" })).toMatchObject({ code: "validation", details: [{ path: "organisationId", code: "unknown_organisation" }] });
    expect(await open({ startDate: "2026-11-16" })).toMatchObject({ code: "validation", details: [{ path: "startDate", code: "future_date" }] });
    expect(await open({ startDate: "15-11-2026" })).toMatchObject({ code: "validation", details: [{ path: "startDate" }] });
    expect(await open({ ownerId: userId("policy_analyst") })).toMatchObject({ code: "validation", details: [{ path: "ownerId", code: "not_an_account_manager" }] });
    expect(await open({ colour: "red" })).toMatchObject({ code: "validation" });
    expect(await snapshot()).toEqual(before);
  });

  it("is for administrators and account managers only", async () => {
    const before = await snapshot();
    for (const who of ["policy_analyst", "grant_officer", "reviewer", "municipality", "entrepreneur"] as const) {
      expect(await failure(openTrajectory({ ctx: ctx(who), input: { programmeCode: "ai_space", organisationId: org.sme }, deps })), who).toEqual({ code: "forbidden" });
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe("moveTrajectoryStage", () => {
  it("moves forward and back, recording each move with its date, who moved it and an audit row", async () => {
    const t = await createTrajectory(database, { organisationId: org.other, startDate: "2026-01-10", actor: actors.account_manager, now: deps.now });
    const forward = await moveTrajectoryStage({ ctx: ctx("account_manager"), input: { id: t.id, stageCode: "proof_of_concept", date: "2026-04-01", note: "Dataset is er" }, deps });
    expect(forward.stage.code).toBe("proof_of_concept");
    const back = await moveTrajectoryStage({ ctx: ctx("am2"), input: { id: t.id, stageCode: "discovery" }, deps });
    expect(back.stage.code).toBe("discovery");
    expect(back.history.map((h) => [h.from?.code ?? null, h.to.code, h.date, h.movedBy])).toEqual([
      [null, "intake", "2026-01-10", actors.account_manager.label],
      ["intake", "proof_of_concept", "2026-04-01", actors.account_manager.label],
      ["proof_of_concept", "discovery", "2026-11-15", actors.am2.label],
    ]);
    const audits = await database.db.select().from(auditLog).where(and(eq(auditLog.action, "trajectory.move_stage"), eq(auditLog.entityId, t.id))).orderBy(auditLog.id);
    expect(audits.map((a) => [a.before, a.after])).toEqual([
      [{ stage: "intake" }, { stage: "proof_of_concept", date: "2026-04-01", note: "Dataset is er", direction: "forward" }],
      [{ stage: "proof_of_concept" }, { stage: "discovery", date: "2026-11-15", note: "", direction: "back" }],
    ]);
  });

  it("refuses an unknown stage, the same stage, a date before the last move or in the future, and a closed trajectory", async () => {
    const t = await createTrajectory(database, { organisationId: org.other, programmeCode: "europe_direct", startDate: "2026-05-01", moves: [{ stageCode: "funding_scan", date: "2026-06-01" }], now: deps.now });
    const before = await snapshot();
    const move = (input: Record<string, unknown>) => failure(moveTrajectoryStage({ ctx: ctx("account_manager"), input: { id: t.id, stageCode: "proposal", ...input } as never, deps }));
    expect(await move({ stageCode: "ai_in_use" })).toMatchObject({ details: [{ path: "stageCode", code: "unknown_stage" }] });
    expect(await move({ stageCode: "funding_scan" })).toMatchObject({ details: [{ path: "stageCode", code: "same_stage" }] });
    expect(await move({ date: "2026-05-31" })).toMatchObject({ details: [{ path: "date", code: "before_last_move" }] });
    expect(await move({ date: "2027-01-01" })).toMatchObject({ details: [{ path: "date", code: "future_date" }] });
    expect(await move({ extra: 1 })).toMatchObject({ code: "validation" });
    expect(await snapshot()).toEqual(before);
    await closeTrajectory({ ctx: ctx("account_manager"), input: { id: t.id, status: "closed" }, deps });
    expect(await move({})).toEqual({ code: "precondition_failed", details: [{ path: "status", code: "trajectory_closed" }] });
  });

  it("is refused to readers, and answers not found for an unknown trajectory", async () => {
    const t = await createTrajectory(database, { organisationId: org.sme, programmeCode: "investor_network", now: deps.now });
    for (const who of ["policy_analyst", "grant_officer", "reviewer", "municipality", "entrepreneur", "other_entrepreneur"] as const) {
      expect(await failure(moveTrajectoryStage({ ctx: ctx(who), input: { id: t.id, stageCode: "pitch" }, deps })), who).toEqual({ code: "forbidden" });
    }
    expect(await failure(moveTrajectoryStage({ ctx: ctx("account_manager"), input: { id: "00000000-0000-4000-8000-000000000000", stageCode: "pitch" }, deps }))).toEqual({ code: "not_found" });
    expect((await getTrajectory({ ctx: ctx("administrator"), input: { id: t.id }, deps })).stage.code).toBe("intake");
  });
});

describe("interactions, tasks, outcomes, closing", () => {
  let id: string;
  beforeAll(async () => {
    id = (await createTrajectory(database, { organisationId: org.sme, programmeCode: "foreign_investment", startDate: "2026-02-01", now: deps.now, actor: actors.account_manager })).id;
  });

  it("records interactions, confidential or not, audited", async () => {
    const visit = await recordInteraction({
      ctx: ctx("account_manager"),
      input: { trajectoryId: id, kind: "visit", date: "2026-03-03", people: "CEO en CFO", notes: "Rondleiding in de fabriek" },
      deps,
    });
    expect(visit).toMatchObject({ kind: "visit", date: "2026-03-03", people: "CEO en CFO", confidential: false, recordedBy: actors.account_manager.label });
    const call = await recordInteraction({ ctx: ctx("administrator"), input: { trajectoryId: id, kind: "call", date: "2026-04-04", notes: "Overname in voorbereiding", confidential: true }, deps });
    expect(call.confidential).toBe(true);
    expect((await auditFor("interaction.record", call.id))[0].after).toMatchObject({ trajectoryId: id, confidential: true });
    const before = await snapshot();
    expect(await failure(recordInteraction({ ctx: ctx("account_manager"), input: { trajectoryId: id, kind: "lunch", date: "2026-03-03" } as never, deps }))).toMatchObject({ code: "validation", details: [{ path: "kind" }] });
    expect(await failure(recordInteraction({ ctx: ctx("account_manager"), input: { trajectoryId: id, kind: "call", date: "2026-12-01" }, deps }))).toMatchObject({ details: [{ code: "future_date" }] });
    expect(await failure(recordInteraction({ ctx: ctx("entrepreneur"), input: { trajectoryId: id, kind: "call", date: "2026-03-03" }, deps }))).toEqual({ code: "forbidden" });
    expect(await failure(recordInteraction({ ctx: ctx("policy_analyst"), input: { trajectoryId: id, kind: "call", date: "2026-03-03" }, deps }))).toEqual({ code: "forbidden" });
    expect(await snapshot()).toEqual(before);
  });

  it("adds tasks for account managers, completes and reopens them, and lists a user's open tasks overdue first", async () => {
    const late = await addTask({ ctx: ctx("account_manager"), input: { trajectoryId: id, title: "Offerte opvolgen", dueDate: "2026-11-01" }, deps });
    expect(late).toMatchObject({ title: "Offerte opvolgen", owner: { id: userId("account_manager") }, done: false, overdue: true });
    const soon = await addTask({ ctx: ctx("account_manager"), input: { trajectoryId: id, title: "Terugbellen", dueDate: "2026-12-01" }, deps });
    const forColleague = await addTask({ ctx: ctx("account_manager"), input: { trajectoryId: id, title: "Cijfers nakijken", dueDate: "2026-11-20", ownerId: userId("am2") }, deps });
    expect((await auditFor("task.add", forColleague.id))[0].after).toMatchObject({ ownerId: userId("am2") });
    const mine = await listMyTasks({ ctx: ctx("account_manager"), deps });
    expect(mine.items.map((t) => [t.title, t.overdue])).toEqual([["Offerte opvolgen", true], ["Terugbellen", false]]);
    expect(mine.items[0].trajectory).toMatchObject({ id, programme: { code: "foreign_investment" }, organisation: { id: org.sme } });

    for (const who of ["entrepreneur", "policy_analyst"] as const) {
      expect(await failure(addTask({ ctx: ctx("account_manager"), input: { trajectoryId: id, title: "x", dueDate: "2026-12-01", ownerId: userId(who) }, deps }))).toMatchObject({ details: [{ path: "ownerId", code: "not_an_account_manager" }] });
    }
    expect(await failure(addTask({ ctx: ctx("account_manager"), input: { trajectoryId: id, title: " ", dueDate: "2026-12-01" }, deps }))).toMatchObject({ code: "validation", details: [{ path: "title" }] });
    expect(await failure(addTask({ ctx: ctx("grant_officer"), input: { trajectoryId: id, title: "x", dueDate: "2026-12-01" }, deps }))).toEqual({ code: "forbidden" });

    // The owner completes their own task; a colleague may complete it too; read-only staff may not.
    expect(await completeTask({ ctx: ctx("am2"), input: { id: forColleague.id, done: true }, deps })).toMatchObject({ done: true, overdue: false });
    expect(await failure(completeTask({ ctx: ctx("policy_analyst"), input: { id: late.id, done: true }, deps }))).toEqual({ code: "forbidden" });
    expect(await failure(completeTask({ ctx: ctx("grant_officer"), input: { id: late.id, done: true }, deps }))).toEqual({ code: "forbidden" });
    expect(await failure(completeTask({ ctx: ctx("entrepreneur"), input: { id: late.id, done: true }, deps }))).toEqual({ code: "forbidden" });
    expect(await failure(completeTask({ ctx: ctx("account_manager"), input: { id: "00000000-0000-4000-8000-000000000000", done: true }, deps }))).toEqual({ code: "not_found" });
    const done = await completeTask({ ctx: ctx("am2"), input: { id: late.id, done: true }, deps });
    expect(done.done).toBe(true);
    const auditCount = await total(auditLog);
    expect((await completeTask({ ctx: ctx("am2"), input: { id: late.id, done: true }, deps })).done).toBe(true); // already done: nothing changes
    expect(await total(auditLog)).toBe(auditCount);
    expect((await listMyTasks({ ctx: ctx("account_manager"), deps })).items.map((t) => t.title)).toEqual(["Terugbellen"]);
    expect((await completeTask({ ctx: ctx("account_manager"), input: { id: late.id, done: false }, deps })).done).toBe(false);
    expect((await auditFor("task.complete", late.id)).length).toBe(1);
    expect((await auditFor("task.reopen", late.id)).length).toBe(1);
    expect((await listMyTasks({ ctx: ctx("account_manager"), deps })).items.map((t) => t.id)).toEqual([late.id, soon.id]);
    expect(await failure(listMyTasks({ ctx: ctx("entrepreneur"), deps }))).toEqual({ code: "forbidden" });
    expect((await listMyTasks({ ctx: ctx("policy_analyst"), deps })).items).toEqual([]);
  });

  it("records outcomes of the programme's fields and refuses others", async () => {
    const recorded = await recordOutcome({ ctx: ctx("account_manager"), input: { trajectoryId: id, date: "2026-10-01", values: { jobs_created: 40, high_skilled_jobs: 25, investment_eur: 12_500_000 }, note: "Vestiging Genk" }, deps });
    expect(recorded.map((o) => [o.field, o.value])).toEqual([["jobs_created", 40], ["high_skilled_jobs", 25], ["investment_eur", 12_500_000]]);
    const [audit] = await auditFor("outcome.record", id);
    expect(audit.after).toMatchObject({ date: "2026-10-01", values: { jobs_created: 40, high_skilled_jobs: 25, investment_eur: 12_500_000 } });
    const before = await snapshot();
    const record = (values: Record<string, unknown>, date = "2026-10-01") => failure(recordOutcome({ ctx: ctx("account_manager"), input: { trajectoryId: id, date, values } as never, deps }));
    expect(await record({ ai_in_use: 1 })).toEqual({ code: "validation", details: [{ path: "values.ai_in_use", code: "not_in_programme" }] });
    expect(await record({})).toMatchObject({ code: "validation", details: [{ path: "values", code: "required" }] });
    expect(await record({ jobs_created: 2, high_skilled_jobs: 3 })).toMatchObject({ details: [{ path: "values.high_skilled_jobs", code: "exceeds_jobs" }] });
    expect(await record({ jobs_created: -1 })).toMatchObject({ code: "validation" });
    expect(await record({ jobs_created: 1.5 })).toMatchObject({ details: [{ code: "not_integer" }] });
    expect(await record({ happiness: 3 })).toMatchObject({ code: "validation" });
    expect(await record({ jobs_created: 1 }, "2027-01-01")).toMatchObject({ details: [{ code: "future_date" }] });
    expect(await failure(recordOutcome({ ctx: ctx("municipality"), input: { trajectoryId: id, date: "2026-10-01", values: { jobs_created: 1 } }, deps }))).toEqual({ code: "forbidden" });
    expect(await snapshot()).toEqual(before);
    const detail = await getTrajectory({ ctx: ctx("policy_analyst"), input: { id }, deps });
    expect(detail.outcomeTotals).toEqual({ jobs_created: 40, high_skilled_jobs: 25, investment_eur: 12_500_000 });
  });

  it("closes a trajectory once, audited, keeping its stage; outcomes and interactions may follow", async () => {
    expect(await failure(closeTrajectory({ ctx: ctx("account_manager"), input: { id, status: "closed", date: "2026-01-01" }, deps }))).toMatchObject({ details: [{ path: "date", code: "before_start" }] });
    expect(await failure(closeTrajectory({ ctx: ctx("account_manager"), input: { id, status: "open" } as never, deps }))).toMatchObject({ code: "validation" });
    expect(await failure(closeTrajectory({ ctx: ctx("policy_analyst"), input: { id, status: "closed" }, deps }))).toEqual({ code: "forbidden" });
    const closed = await closeTrajectory({ ctx: ctx("account_manager"), input: { id, status: "closed", date: "2026-11-01", reason: "Gevestigd" }, deps });
    expect(closed).toMatchObject({ status: "closed", closedDate: "2026-11-01", closeReason: "Gevestigd", stage: { code: "lead" } });
    expect((await auditFor("trajectory.close", id))[0].after).toMatchObject({ status: "closed", date: "2026-11-01", reason: "Gevestigd" });
    expect(await failure(closeTrajectory({ ctx: ctx("account_manager"), input: { id, status: "abandoned" }, deps }))).toMatchObject({ code: "precondition_failed" });
    await recordOutcome({ ctx: ctx("account_manager"), input: { trajectoryId: id, date: "2026-11-10", values: { jobs_created: 5 } }, deps });
    await recordInteraction({ ctx: ctx("account_manager"), input: { trajectoryId: id, kind: "mail", date: "2026-11-12" }, deps });
    // A new trajectory in the same programme may open once the earlier one is closed.
    expect((await openTrajectory({ ctx: ctx("account_manager"), input: { programmeCode: "foreign_investment", organisationId: org.sme }, deps })).status).toBe("open");
  });
});

describe("getTrajectory per viewer", () => {
  let id: string;
  beforeAll(async () => {
    const t = await createTrajectory(database, { organisationId: org.sme, programmeCode: "digital_health_hub", startDate: "2026-06-01", notes: "Intern: twijfel over datakwaliteit", actor: actors.account_manager, now: deps.now });
    id = t.id;
    await moveTrajectoryStage({ ctx: ctx("account_manager"), input: { id, stageCode: "data_access", date: "2026-07-01", note: "Intern: wacht op DPO" }, deps });
    await recordInteraction({ ctx: ctx("account_manager"), input: { trajectoryId: id, kind: "workshop", date: "2026-07-02", people: "Team zorgdata", notes: "Workshop datadeling" }, deps });
    await recordInteraction({ ctx: ctx("account_manager"), input: { trajectoryId: id, kind: "call", date: "2026-07-05", notes: "Vertrouwelijk: financiële moeilijkheden", confidential: true }, deps });
    await addTask({ ctx: ctx("account_manager"), input: { trajectoryId: id, title: "DPO bellen", dueDate: "2026-12-01" }, deps });
  });

  it("shows staff everything", async () => {
    for (const who of ["administrator", "account_manager", "policy_analyst", "grant_officer"] as const) {
      const t = await getTrajectory({ ctx: ctx(who), input: { id }, deps });
      expect(t.view, who).toBe("staff");
      expect(t.notes).toBe("Intern: twijfel over datakwaliteit");
      expect(t.interactions).toHaveLength(2);
      expect(t.tasks).toHaveLength(1);
      expect(t.openTasks).toBe(1);
      expect(t.history[1]).toMatchObject({ movedBy: actors.account_manager.label, note: "Intern: wacht op DPO" });
      expect(t.lastInteractionDate).toBe("2026-07-05");
      expect(t.stageSince).toBe("2026-07-01");
    }
  });

  it("shows the entrepreneur of the organisation and its municipality no internal matter", async () => {
    for (const who of ["entrepreneur", "municipality"] as const) {
      const t = await getTrajectory({ ctx: ctx(who), input: { id }, deps });
      expect(t.view, who).toBe("limited");
      expect(t.notes).toBeNull();
      expect(t.closeReason).toBeNull();
      expect(t.interactions.map((i) => i.notes)).toEqual(["Workshop datadeling"]);
      expect(t.tasks).toEqual([]);
      expect(t.openTasks).toBeNull();
      expect(t.history.map((h) => [h.to.code, h.movedBy, h.note])).toEqual([["intake", null, null], ["data_access", null, null]]);
      expect(t.lastInteractionDate).toBe("2026-07-02");
      expect(JSON.stringify(t)).not.toMatch(/Vertrouwelijk|Intern|DPO bellen/);
    }
  });

  it("answers not found to another organisation's entrepreneur, and refuses reviewers", async () => {
    expect(await failure(getTrajectory({ ctx: ctx("other_entrepreneur"), input: { id }, deps }))).toEqual({ code: "not_found" });
    expect(await failure(getTrajectory({ ctx: ctx("reviewer"), input: { id }, deps }))).toEqual({ code: "forbidden" });
    expect(await failure(getTrajectory({ ctx: makeCtx({ actor: { kind: "public", label: "public" }, db: database.db }), input: { id }, deps }))).toEqual({ code: "unauthenticated" });
  });
});
