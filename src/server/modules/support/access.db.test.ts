import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count } from "drizzle-orm";
import { createTestApp, type TestApp } from "../../../../test/harness.js";
import type { Role } from "../../../contracts/identity.js";
import { auditLog } from "../../db/schema/audit.js";
import { supportInteractions, supportOutcomes, supportStageChanges, supportTasks, supportTrajectories } from "../../db/schema/support.js";
import * as f from "../../../../seed/factories/compass.js";
import { actorFor, as, createUser, loginAs, type SignedIn } from "../../../../seed/factories/identity.js";
import { createOrganisation } from "../../../../seed/factories/organisations.js";
import { createTrajectory, ensureProgrammes } from "../../../../seed/factories/support.js";
import { addTask, recordInteraction } from "./index.js";
import { makeCtx } from "../../platform/context.js";

/*
 * The access matrix, endpoint by endpoint: staff read everything and administrators and account managers
 * write; an entrepreneur reads their own organisation's trajectories only (others answer 404); a
 * municipality user reads those of organisations seated in their municipality; reviewers get 403 and the
 * public 401. A refused call changes nothing.
 */
type Who = Role | "other_entrepreneur" | "public";
const STAFF = ["administrator", "account_manager", "policy_analyst", "grant_officer"] as const;
const WRITERS = ["administrator", "account_manager"] as const;
const now = () => new Date("2026-11-15T12:00:00Z");
const M = 1_000_000;
let t: TestApp;
const sessions = {} as Record<Exclude<Who, "public">, SignedIn>;
const users = {} as Record<string, Awaited<ReturnType<typeof createUser>>>;
const org = {} as Record<"genk" | "hasselt", string>;
const trj = {} as Record<"genk" | "hasselt", string>;
let amTask: string;

beforeAll(async () => {
  t = await createTestApp({ now });
  const db = t.database;
  await f.ensureMunicipalities(db);
  await ensureProgrammes(db);
  org.genk = (await createOrganisation(db, { name: "Genkse Precisiemechaniek", municipalityNis: f.GENK, headcount: 30, turnoverEur: 5 * M, balanceSheetEur: 3 * M, figuresYear: 2025 })).id;
  org.hasselt = (await createOrganisation(db, { name: "Hasseltse Softwaregroep", municipalityNis: f.HASSELT, headcount: 9, turnoverEur: 1 * M, balanceSheetEur: 1 * M, figuresYear: 2025 })).id;
  for (const role of ["administrator", "account_manager", "policy_analyst", "grant_officer", "reviewer", "municipality", "entrepreneur"] as Role[]) {
    const scopes = role === "municipality" ? [{ kind: "municipality" as const, ref: f.GENK }] : role === "entrepreneur" ? [{ kind: "organisation" as const, ref: org.genk }] : [];
    users[role] = await createUser(db, { roles: [role], scopes });
    sessions[role] = await loginAs(t.app, users[role].email, users[role].password);
  }
  users.other_entrepreneur = await createUser(db, { roles: ["entrepreneur"], scopes: [{ kind: "organisation", ref: org.hasselt }] });
  sessions.other_entrepreneur = await loginAs(t.app, users.other_entrepreneur.email, users.other_entrepreneur.password);
  const am = actorFor(users.account_manager);
  trj.genk = (await createTrajectory(db, { organisationId: org.genk, startDate: "2026-02-01", notes: "Intern", actor: am, now })).id;
  trj.hasselt = (await createTrajectory(db, { organisationId: org.hasselt, startDate: "2026-03-01", actor: am, now })).id;
  const ctx = makeCtx({ actor: am, db: db.db });
  await recordInteraction({ ctx, input: { trajectoryId: trj.genk, kind: "visit", date: "2026-02-10", notes: "Open bezoek" }, deps: { now } });
  await recordInteraction({ ctx, input: { trajectoryId: trj.genk, kind: "call", date: "2026-02-11", notes: "Geheim telefoontje", confidential: true }, deps: { now } });
  amTask = (await addTask({ ctx, input: { trajectoryId: trj.genk, title: "Bellen", dueDate: "2026-12-01" }, deps: { now } })).id;
});
afterAll(async () => t.close());

const ALL: Who[] = ["administrator", "account_manager", "policy_analyst", "grant_officer", "reviewer", "municipality", "entrepreneur", "other_entrepreneur", "public"];
const call = (method: "GET" | "POST" | "PATCH", url: string, who: Who, payload?: object) =>
  t.app.inject({ method, url, headers: who === "public" ? {} : as(sessions[who]), ...(payload ? { payload } : {}) });
const totals = async () => {
  const n = async (table: typeof supportTrajectories | typeof supportStageChanges | typeof supportInteractions | typeof supportTasks | typeof supportOutcomes | typeof auditLog) =>
    Number((await t.database.db.select({ n: count() }).from(table))[0].n);
  return [await n(supportTrajectories), await n(supportStageChanges), await n(supportInteractions), await n(supportTasks), await n(supportOutcomes), await n(auditLog)];
};

async function matrix(method: "GET" | "POST" | "PATCH", url: string, expected: Partial<Record<Who, number>>, payload?: object) {
  const got: Partial<Record<Who, number>> = {};
  for (const who of Object.keys(expected) as Who[]) {
    const res = await call(method, url, who, payload);
    got[who] = res.statusCode;
    if (res.statusCode >= 400) expect(res.json().error.code, `${who} ${method} ${url}`).toBeTypeOf("string");
  }
  expect(got, `${method} ${url}`).toEqual(expected);
}
const readers = (other: number, own = 200): Partial<Record<Who, number>> => ({
  administrator: 200, account_manager: 200, policy_analyst: 200, grant_officer: 200, municipality: own, entrepreneur: own, other_entrepreneur: other, reviewer: 403, public: 401,
});

describe("reading", () => {
  it("programmes: every signed-in role but reviewers", async () => {
    await matrix("GET", "/api/support/programmes", readers(200));
    await matrix("GET", "/api/support/programmes/ai_space", readers(200));
    expect((await call("GET", "/api/support/programmes/geen_programma", "administrator")).statusCode).toBe(404);
  });

  it("a trajectory: staff, its organisation's entrepreneur, its municipality; another organisation gets 404", async () => {
    await matrix("GET", `/api/support/trajectories/${trj.genk}`, readers(404));
    await matrix("GET", `/api/support/trajectories/${trj.hasselt}`, { ...readers(200, 404) });
    expect((await call("GET", "/api/support/trajectories/00000000-0000-4000-8000-000000000000", "administrator")).statusCode).toBe(404);
  });

  it("lists and exports only what the reader may see", async () => {
    const ids = async (who: Who) => ((await call("GET", "/api/support/trajectories", who)).json().items as { id: string }[]).map((i) => i.id).sort();
    for (const who of STAFF) expect(await ids(who), who).toEqual([trj.genk, trj.hasselt].sort());
    expect(await ids("entrepreneur")).toEqual([trj.genk]);
    expect(await ids("other_entrepreneur")).toEqual([trj.hasselt]);
    expect(await ids("municipality")).toEqual([trj.genk]);
    await matrix("GET", "/api/support/trajectories", readers(200));
    await matrix("GET", "/api/support/trajectories/export.csv", readers(200));
    const csv = (await call("GET", "/api/support/trajectories/export.csv", "other_entrepreneur")).body;
    expect(csv).toContain("Hasseltse Softwaregroep");
    expect(csv).not.toContain("Genkse Precisiemechaniek");
    expect(csv).not.toContain("Open taken");
    expect((await call("GET", "/api/support/trajectories/export.csv", "account_manager")).body).toContain("Open taken");
  });

  it("the board: scoped like the list", async () => {
    await matrix("GET", "/api/support/board/ai_space", readers(200));
    const cards = async (who: Who) =>
      ((await call("GET", "/api/support/board/ai_space", who)).json().columns as { items: { id: string }[] }[]).flatMap((c) => c.items.map((i) => i.id));
    expect(await cards("entrepreneur")).toEqual([trj.genk]);
    expect((await cards("administrator")).sort()).toEqual([trj.genk, trj.hasselt].sort());
    expect((await call("GET", "/api/support/board/geen_programma", "administrator")).statusCode).toBe(404);
  });

  it("an organisation's timeline: its entrepreneur and municipality without confidential matter; others 404", async () => {
    await matrix("GET", `/api/support/organisations/${org.genk}/timeline`, readers(404));
    await matrix("GET", `/api/support/organisations/${org.hasselt}/timeline`, readers(200, 404));
    const own = (await call("GET", `/api/support/organisations/${org.genk}/timeline`, "entrepreneur")).json();
    expect(own.view).toBe("limited");
    expect(JSON.stringify(own)).not.toMatch(/Geheim|Bellen/);
    const staff = (await call("GET", `/api/support/organisations/${org.genk}/timeline`, "grant_officer")).json();
    expect(JSON.stringify(staff)).toMatch(/Geheim/);
  });

  it("my tasks: staff only", async () => {
    await matrix("GET", "/api/support/tasks/mine", { administrator: 200, account_manager: 200, policy_analyst: 200, grant_officer: 200, municipality: 403, entrepreneur: 403, reviewer: 403, public: 401 });
    expect((await call("GET", "/api/support/tasks/mine", "account_manager")).json().items.map((i: { id: string }) => i.id)).toEqual([amTask]);
    expect((await call("GET", "/api/support/tasks/mine", "policy_analyst")).json().items).toEqual([]);
  });
});

describe("writing", () => {
  const refused = { policy_analyst: 403, grant_officer: 403, reviewer: 403, municipality: 403, entrepreneur: 403, other_entrepreneur: 403, public: 401 } as const;

  it("refuses every write to everyone but administrators and account managers, changing nothing", async () => {
    const before = await totals();
    const writes: [string, object][] = [
      ["/api/support/trajectories", { programmeCode: "cobot_centre", organisationId: org.genk }],
      [`/api/support/trajectories/${trj.genk}/stage`, { stageCode: "discovery" }],
      [`/api/support/trajectories/${trj.genk}/interactions`, { kind: "call", date: "2026-11-01" }],
      [`/api/support/trajectories/${trj.genk}/tasks`, { title: "x", dueDate: "2026-12-01" }],
      [`/api/support/trajectories/${trj.genk}/outcomes`, { date: "2026-11-01", values: { jobs_created: 1 } }],
      [`/api/support/trajectories/${trj.genk}/close`, { status: "closed" }],
    ];
    for (const [url, payload] of writes) await matrix("POST", url, refused, payload);
    expect(await totals()).toEqual(before);
  });

  it("lets administrators and account managers write", async () => {
    const opened = await call("POST", "/api/support/trajectories", "administrator", { programmeCode: "cobot_centre", organisationId: org.genk });
    expect(opened.statusCode, opened.body).toBe(201);
    const id = opened.json().id;
    for (const who of WRITERS) {
      expect((await call("POST", `/api/support/trajectories/${id}/interactions`, who, { kind: "call", date: "2026-11-01" })).statusCode).toBe(201);
      expect((await call("POST", `/api/support/trajectories/${id}/tasks`, who, { title: "Opvolgen", dueDate: "2026-12-01" })).statusCode).toBe(201);
      expect((await call("POST", `/api/support/trajectories/${id}/outcomes`, who, { date: "2026-11-01", values: { processes_automated: 1 } })).statusCode).toBe(201);
    }
    expect((await call("POST", `/api/support/trajectories/${id}/stage`, "account_manager", { stageCode: "automation_scan" })).json().stage.code).toBe("automation_scan");
    expect((await call("POST", `/api/support/trajectories/${id}/close`, "account_manager", { status: "abandoned" })).json().status).toBe("abandoned");
    expect((await call("POST", "/api/support/trajectories/00000000-0000-4000-8000-000000000000/stage", "administrator", { stageCode: "a" })).statusCode).toBe(404);
  });

  it("tasks: administrators and account managers complete them, nobody else", async () => {
    const before = await totals();
    await matrix("PATCH", `/api/support/tasks/${amTask}`, { grant_officer: 403, policy_analyst: 403, municipality: 403, entrepreneur: 403, reviewer: 403, public: 401 }, { done: true });
    expect(await totals()).toEqual(before);
    expect((await call("PATCH", `/api/support/tasks/${amTask}`, "administrator", { done: true })).json().done).toBe(true);
    expect((await call("PATCH", "/api/support/tasks/00000000-0000-4000-8000-000000000000", "administrator", { done: true })).statusCode).toBe(404);
  });
});
