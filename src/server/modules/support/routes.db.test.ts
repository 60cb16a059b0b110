import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count } from "drizzle-orm";
import ExcelJS from "exceljs";
import { createTestApp, type TestApp } from "../../../../test/harness.js";
import { auditLog } from "../../db/schema/audit.js";
import { supportInteractions, supportOutcomes, supportStageChanges, supportTasks, supportTrajectories } from "../../db/schema/support.js";
import { makeCtx } from "../../platform/context.js";
import * as f from "../../../../seed/factories/compass.js";
import { actorFor, as, createUser, loginAs, type SignedIn } from "../../../../seed/factories/identity.js";
import { createOrganisation } from "../../../../seed/factories/organisations.js";
import { createTrajectory, ensureProgrammes } from "../../../../seed/factories/support.js";
import { addTask, closeTrajectory, recordInteraction, recordOutcome } from "./index.js";

const now = () => new Date("2026-11-15T12:00:00Z");
const deps = { now };
const M = 1_000_000;
let t: TestApp;
let am: SignedIn;
let amId: string;
let otherAmId: string;
const org = {} as Record<"weld" | "data" | "brew" | "chip", string>;
const trj = {} as Record<string, string>;

beforeAll(async () => {
  t = await createTestApp({ now });
  const db = t.database;
  await f.ensureMunicipalities(db);
  await ensureProgrammes(db);
  const small = { headcount: 20, turnoverEur: 3 * M, balanceSheetEur: 2 * M, figuresYear: 2025 };
  org.weld = (await createOrganisation(db, { name: "Lasatelier Peeters", enterpriseNumber: "0403.227.515", municipalityNis: f.GENK, ...small })).id;
  org.data = (await createOrganisation(db, { name: "Datawerf Hasselt", municipalityNis: f.HASSELT, ...small })).id;
  org.brew = (await createOrganisation(db, { name: "Brouwerij Sint-Joris", municipalityNis: "71053", ...small })).id;
  org.chip = (await createOrganisation(db, { name: "Chipontwerp Lommel", municipalityNis: "72020", ...small })).id;
  const u = await createUser(db, { roles: ["account_manager"], displayName: "Anna Accountmanager" });
  amId = u.id;
  am = await loginAs(t.app, u.email, u.password);
  const other = await createUser(db, { roles: ["account_manager"], displayName: "Bert Accountmanager" });
  otherAmId = other.id;
  const actor = actorFor(u);
  trj.weldAi = (await createTrajectory(db, { organisationId: org.weld, startDate: "2026-01-05", moves: [{ stageCode: "discovery", date: "2026-02-01" }, { stageCode: "proof_of_concept", date: "2026-05-01" }], actor, now })).id;
  trj.dataAi = (await createTrajectory(db, { organisationId: org.data, startDate: "2026-03-01", actor, now, ownerId: otherAmId })).id;
  trj.brewAi = (await createTrajectory(db, { organisationId: org.brew, startDate: "2026-04-01", moves: [{ stageCode: "ai_in_use", date: "2026-09-01" }], actor, now })).id;
  trj.weldCobot = (await createTrajectory(db, { organisationId: org.weld, programmeCode: "cobot_centre", startDate: "2026-06-01", actor, now })).id;
  trj.chipFdi = (await createTrajectory(db, { organisationId: org.chip, programmeCode: "foreign_investment", startDate: "2025-10-01", actor, now })).id;
  const ctx = makeCtx({ actor, db: db.db });
  await closeTrajectory({ ctx, input: { id: trj.chipFdi, status: "abandoned", date: "2026-02-01", reason: "Koos Eindhoven" }, deps });
  await recordInteraction({ ctx, input: { trajectoryId: trj.weldAi, kind: "workshop", date: "2026-02-15", people: "Jan Peeters", notes: "AI-workshop" }, deps });
  await addTask({ ctx, input: { trajectoryId: trj.weldAi, title: "Dataset ophalen", dueDate: "2026-11-20" }, deps });
  await recordOutcome({ ctx, input: { trajectoryId: trj.brewAi, date: "2026-09-15", values: { ai_in_use: 1, processes_automated: 2, high_skilled_jobs: 1, jobs_created: 1 } }, deps });
});
afterAll(async () => t.close());

const get = (url: string) => t.app.inject({ method: "GET", url, headers: as(am) });
const list = async (query: string) => {
  const res = await get(`/api/support/trajectories?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { total: number; items: { id: string; organisation: { name: string }; stage: { code: string }; status: string }[] };
};
const ids = async (query: string) => (await list(query)).items.map((i) => i.id);

describe("the list", () => {
  it("filters by programme, stage, owner, organisation, municipality and status", async () => {
    expect((await ids("programme=ai_space&sort=start_date"))).toEqual([trj.weldAi, trj.dataAi, trj.brewAi]);
    expect(await ids("stage=proof_of_concept")).toEqual([trj.weldAi]);
    expect(await ids(`owner=${otherAmId}`)).toEqual([trj.dataAi]);
    expect((await ids("owner=me")).sort()).toEqual([trj.weldAi, trj.brewAi, trj.weldCobot, trj.chipFdi].sort());
    expect((await ids(`organisation=${org.weld}&sort=start_date`))).toEqual([trj.weldAi, trj.weldCobot]);
    expect(await ids(`municipality=${f.HASSELT}`)).toEqual([trj.dataAi]);
    expect(await ids("status=abandoned")).toEqual([trj.chipFdi]);
    expect(await ids("status=open&programme=foreign_investment")).toEqual([]);
  });

  it("searches organisation names forgiving accents and typos, and enterprise numbers", async () => {
    expect((await ids("q=lasatelier&sort=start_date"))).toEqual([trj.weldAi, trj.weldCobot]);
    expect(await ids("q=Brouwerij Sint Jorris")).toEqual([trj.brewAi]);
    expect(await ids("q=BE0403227515&programme=cobot_centre")).toEqual([trj.weldCobot]);
    expect(await ids("q=zzzyyy")).toEqual([]);
  });

  it("sorts and pages", async () => {
    const byName = await list("sort=organisation");
    expect(byName.items.map((i) => i.organisation.name)).toEqual(["Brouwerij Sint-Joris", "Chipontwerp Lommel", "Datawerf Hasselt", "Lasatelier Peeters", "Lasatelier Peeters"]);
    expect((await list("sort=-start_date&limit=2&offset=1")).items.map((i) => i.id)).toEqual([trj.brewAi, trj.dataAi]);
    expect((await list("sort=-start_date&limit=2&offset=1")).total).toBe(5);
    expect((await list("programme=ai_space&sort=-stage")).items.map((i) => i.stage.code)).toEqual(["ai_in_use", "proof_of_concept", "intake"]);
    const first = (await list("")).items[0];
    expect(first.id).toBe(trj.brewAi); // the last one changed: its outcome was recorded last
  });

  it("exports the same rows as CSV and XLSX", async () => {
    const csv = await get("/api/support/trajectories/export.csv?programme=ai_space&sort=start_date");
    expect(csv.headers["content-type"]).toContain("text/csv");
    expect(csv.headers["content-disposition"]).toBe('attachment; filename="trajecten-2026-11-15.csv"');
    const lines = csv.body.replace(/^\uFEFF/, "").trim().split("\n");
    expect(lines[0]).toBe("Programma,Organisatie,Ondernemingsnummer,Gemeente,NIS,Fase,Status,Startdatum,Afgesloten op,Accountmanager,Samenvatting,Laatste contact,Open taken");
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain("Lasatelier Peeters,0403.227.515,Genk,71016,Proof of concept,lopend,2026-01-05,,Anna Accountmanager,,2026-02-15,1");
    const xlsx = await get("/api/support/trajectories/export.xlsx?status=abandoned");
    expect(xlsx.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getRow(2).getCell(2).value).toBe("Chipontwerp Lommel");
    expect(sheet.getRow(2).getCell(7).value).toBe("stopgezet");
  });
});

describe("the board and the timeline", () => {
  it("shows a column per stage with the open trajectories in it", async () => {
    const res = await get("/api/support/board/ai_space");
    expect(res.statusCode).toBe(200);
    const board = res.json() as { programme: { code: string; successStageCode: string }; columns: { stage: { code: string }; total: number; items: { id: string }[] }[] };
    expect(board.programme).toMatchObject({ code: "ai_space", successStageCode: "ai_in_use" });
    expect(board.columns.map((c) => [c.stage.code, c.total, c.items.map((i) => i.id)])).toEqual([
      ["intake", 1, [trj.dataAi]],
      ["discovery", 0, []],
      ["proof_of_concept", 1, [trj.weldAi]],
      ["implementation", 0, []],
      ["ai_in_use", 1, [trj.brewAi]],
    ]);
    const closed = (await get("/api/support/board/foreign_investment?status=abandoned")).json();
    expect(closed.columns[0].items.map((i: { id: string }) => i.id)).toEqual([trj.chipFdi]);
    expect((await get(`/api/support/board/ai_space?municipality=${f.GENK}`)).json().columns.flatMap((c: { items: { id: string }[] }) => c.items.map((i) => i.id))).toEqual([trj.weldAi]);
  });

  it("tells an organisation's story across programmes, newest first", async () => {
    const res = await get(`/api/support/organisations/${org.weld}/timeline`);
    expect(res.statusCode).toBe(200);
    const timeline = res.json() as { organisation: { name: string }; entries: { kind: string; date: string; programme: { code: string }; stage: { code: string } | null }[] };
    expect(timeline.organisation.name).toBe("Lasatelier Peeters");
    expect(timeline.entries.map((e) => [e.date, e.kind, e.programme.code, e.stage?.code ?? null])).toEqual([
      ["2026-11-15", "task_added", "ai_space", null],
      ["2026-06-01", "trajectory_opened", "cobot_centre", "intake"],
      ["2026-05-01", "stage_moved", "ai_space", "proof_of_concept"],
      ["2026-02-15", "interaction", "ai_space", null],
      ["2026-02-01", "stage_moved", "ai_space", "discovery"],
      ["2026-01-05", "trajectory_opened", "ai_space", "intake"],
    ]);
    const chip = (await get(`/api/support/organisations/${org.chip}/timeline`)).json();
    expect(chip.entries[0]).toMatchObject({ kind: "trajectory_closed", status: "abandoned", date: "2026-02-01", note: "Koos Eindhoven" });
    const brew = (await get(`/api/support/organisations/${org.brew}/timeline`)).json();
    const outcomes = brew.entries.filter((e: { kind: string }) => e.kind === "outcome").map((e: { outcome: object }) => e.outcome);
    expect(outcomes).toHaveLength(4);
    expect(outcomes).toEqual(expect.arrayContaining([{ field: "ai_in_use", value: 1 }, { field: "processes_automated", value: 2 }, { field: "high_skilled_jobs", value: 1 }, { field: "jobs_created", value: 1 }]));
    expect((await get("/api/support/organisations/00000000-0000-4000-8000-000000000000/timeline")).statusCode).toBe(404);
  });
});

describe("bad input", () => {
  const totals = async () => {
    const n = async (table: typeof supportTrajectories | typeof supportStageChanges | typeof supportInteractions | typeof supportTasks | typeof supportOutcomes | typeof auditLog) =>
      Number((await t.database.db.select({ n: count() }).from(table))[0].n);
    return [await n(supportTrajectories), await n(supportStageChanges), await n(supportInteractions), await n(supportTasks), await n(supportOutcomes), await n(auditLog)];
  };
  const send = (method: "POST" | "PATCH", url: string, payload: unknown) =>
    t.app.inject({ method, url, headers: { ...as(am), "content-type": "application/json" }, payload: typeof payload === "string" ? payload : JSON.stringify(payload) });

  it("answers 400 in the error format with field paths, and changes nothing", async () => {
    const before = await totals();
    const cases: [("POST" | "PATCH"), string, unknown, string][] = [
      ["POST", "/api/support/trajectories", { programmeCode: "ai_space" }, "body.organisationId"],
      ["POST", "/api/support/trajectories", { programmeCode: "ai_space", organisationId: org.data, secret: 1 }, "body"],
      ["POST", "/api/support/trajectories", { programmeCode: "AI SPACE", organisationId: org.data }, "body.programmeCode"],
      ["POST", `/api/support/trajectories/${trj.weldAi}/stage`, {}, "body.stageCode"],
      ["POST", `/api/support/trajectories/${trj.weldAi}/stage`, { stageCode: "discovery", date: "gisteren" }, "body.date"],
      ["POST", `/api/support/trajectories/${trj.weldAi}/interactions`, { kind: "visit" }, "body.date"],
      ["POST", `/api/support/trajectories/${trj.weldAi}/interactions`, { kind: "visit", date: "2026-11-01", contactIds: ["nope"] }, "body.contactIds.0"],
      ["POST", `/api/support/trajectories/${trj.weldAi}/tasks`, { title: "x" }, "body.dueDate"],
      ["POST", `/api/support/trajectories/${trj.weldAi}/outcomes`, { date: "2026-11-01", values: { jobs_created: "veel" } }, "body.values.jobs_created"],
      ["POST", `/api/support/trajectories/${trj.weldAi}/close`, { status: "done" }, "body.status"],
      ["POST", "/api/support/trajectories/not-a-uuid/close", { status: "closed" }, "params.id"],
      ["PATCH", "/api/support/tasks/not-a-uuid", { done: true }, "params.id"],
      ["POST", "/api/support/trajectories", "{not json", ""],
    ];
    for (const [method, url, payload, path] of cases) {
      const res = await send(method, url, payload);
      expect(res.statusCode, `${url} ${JSON.stringify(payload)}`).toBe(400);
      const body = res.json();
      expect(body.error.code).toBe("validation");
      expect(body.error.message).toBeTypeOf("string");
      if (path) expect(body.error.details.map((d: { path: string }) => d.path), url).toContain(path);
    }
    for (const query of ["limit=0", "sort=name", "municipality=123", "status=busy", "owner=someone", "programme=A B"]) {
      const res = await get(`/api/support/trajectories?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().error.code).toBe("validation");
    }
    expect((await get("/api/support/board/ai_space?status=busy")).statusCode).toBe(400);
    // Checks that need the database: the same format, from the verb.
    const future = await send("POST", `/api/support/trajectories/${trj.weldAi}/stage`, { stageCode: "implementation", date: "2026-12-24" });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.details).toEqual([{ path: "date", code: "future_date", message: "This date lies in the future." }]);
    expect(await totals()).toEqual(before);
  });

  it("documents every route in the OpenAPI description", async () => {
    const doc = (await t.app.inject({ method: "GET", url: "/api/openapi.json" })).json() as { paths: Record<string, object> };
    for (const path of [
      "/api/support/programmes", "/api/support/programmes/{code}", "/api/support/trajectories", "/api/support/trajectories/{id}",
      "/api/support/trajectories/{id}/stage", "/api/support/trajectories/{id}/interactions", "/api/support/trajectories/{id}/tasks",
      "/api/support/trajectories/{id}/outcomes", "/api/support/trajectories/{id}/close", "/api/support/tasks/{id}", "/api/support/tasks/mine",
      "/api/support/board/{programmeCode}", "/api/support/organisations/{id}/timeline", "/api/support/trajectories/export.csv", "/api/support/trajectories/export.xlsx",
    ]) {
      expect(doc.paths[path], path).toBeDefined();
    }
  });
});
