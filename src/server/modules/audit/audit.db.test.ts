import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import type { Role } from "../../../contracts/identity.js";
import { createTestApp, type TestApp } from "../../../../test/harness.js";
import { auditLog } from "../../db/schema/audit.js";
import { makeCtx } from "../../platform/context.js";
import { as, createUser, loginAs, type SignedIn, type UserFixture } from "../../../../seed/factories/identity.js";
import { exportAudit, historyFor } from "./index.js";
import { auditBatches } from "./repo.js";

const ORG = "7d3c2a1e-0b9f-4c61-9a52-3f1e2d4c5b6a";
const ROLES: Role[] = ["administrator", "policy_analyst", "account_manager", "grant_officer", "reviewer", "municipality", "entrepreneur"];
const STAFF: Role[] = ["administrator", "policy_analyst", "account_manager", "grant_officer"];

let t: TestApp;
const signedIn = {} as Record<Role, SignedIn>;
const accounts = {} as Record<Role, UserFixture>;

type Row = typeof auditLog.$inferInsert;
const rows: Row[] = [];
function row(at: string, action: string, entityId: string, actorLabel = "Proef Persoon (proef@test.koers)", extra: Partial<Row> = {}): Row {
  return { at: new Date(at), action, entity: action.split(".")[0], entityId, actorLabel, ...extra };
}

beforeAll(async () => {
  t = await createTestApp();
  for (const role of ROLES) {
    const scopes = role === "municipality" ? [{ kind: "municipality" as const, ref: "71016" }] : role === "entrepreneur" ? [{ kind: "organisation" as const, ref: ORG }] : [];
    accounts[role] = await createUser(t.database, { roles: [role], scopes });
    signedIn[role] = await loginAs(t.app, accounts[role].email, accounts[role].password);
  }
  rows.push(
    // winter: Brussels is UTC+1
    row("2026-03-01T22:59:00Z", "proefdossier.create", "A-1"), // 1 March 23:59 in Brussels
    row("2026-03-01T23:30:00Z", "proefdossier.update", "A-1", "Karel Claes (karel@test.koers)", { actorId: accounts.grant_officer.id }), // 2 March 00:30
    row("2026-03-02T12:00:00Z", "proefdossier.submit", "A-2", "=HYPERLINK(\"http://evil\")", { after: { note: "-1+1" } }),
    row("2026-03-02T22:59:00Z", "proefbeslissing.record", "BS-1"), // 2 March 23:59
    // summer: Brussels is UTC+2
    row("2026-07-01T21:59:00Z", "proefdossier.update", "A-1"), // 1 July 23:59
    row("2026-07-01T22:00:00Z", "proefdossier.update", "A-2"), // 2 July 00:00
  );
  await t.database.db.insert(auditLog).values(rows);
});
afterAll(async () => t.close());

const admin = () => as(signedIn.administrator);
async function search(qs: string) {
  const res = await t.app.inject({ method: "GET", url: `/api/audit?${qs}`, headers: admin() });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { total: number; items: { id: number; action: string; entityId: string; at: string; actorLabel: string }[] };
}
const actionsAndIds = (page: Awaited<ReturnType<typeof search>>) => page.items.map((i) => `${i.action} ${i.entityId}`);

describe("access", () => {
  it("GET /api/audit and the CSV export are for administrators only", async () => {
    for (const url of ["/api/audit", "/api/audit/export.csv"]) {
      expect((await t.app.inject({ method: "GET", url, headers: admin() })).statusCode).toBe(200);
      for (const role of ROLES.filter((r) => r !== "administrator")) {
        const res = await t.app.inject({ method: "GET", url, headers: as(signedIn[role]) });
        expect(res.statusCode, `${url} as ${role}`).toBe(403);
        expect(res.json().error.code).toBe("forbidden");
      }
      expect((await t.app.inject({ method: "GET", url })).statusCode).toBe(401);
    }
  });

  it("a record's history is for staff; reviewers, municipalities, entrepreneurs get 403, the public 401", async () => {
    const url = "/api/audit/history/proefdossier/A-1";
    for (const role of ROLES) {
      const res = await t.app.inject({ method: "GET", url, headers: as(signedIn[role]) });
      expect(res.statusCode, role).toBe(STAFF.includes(role) ? 200 : 403);
    }
    expect((await t.app.inject({ method: "GET", url })).statusCode).toBe(401);
  });

  it("refuses before validating, so a bad query from a non-administrator is still 403", async () => {
    expect((await t.app.inject({ method: "GET", url: "/api/audit?limit=abc", headers: as(signedIn.reviewer) })).statusCode).toBe(403);
  });
});

describe("GET /api/audit", () => {
  it("filters by entity and entity id, newest first, with the total", async () => {
    const page = await search("entity=proefdossier&entityId=A-1");
    expect(page.total).toBe(3);
    expect(actionsAndIds(page)).toEqual(["proefdossier.update A-1", "proefdossier.update A-1", "proefdossier.create A-1"]);
    expect(page.items[0].at).toBe("2026-07-01T21:59:00.000Z");
  });

  it("filters by actor and by action prefix", async () => {
    expect(actionsAndIds(await search(`actorId=${accounts.grant_officer.id}`))).toEqual([`session.create ${accounts.grant_officer.id}`, "proefdossier.update A-1"]);
    expect((await search("action=proefdossier.")).total).toBe(5);
    expect((await search("action=proefdossier.upd")).total).toBe(3);
    expect((await search("action=proef_")).total).toBe(0); // "_" is a character, not a wildcard
  });

  it("searches free text over action, entity, entity id and actor label", async () => {
    expect(actionsAndIds(await search("q=karel"))).toEqual(["proefdossier.update A-1"]);
    expect((await search("q=beslissing")).total).toBe(1);
    expect((await search("q=s-1")).total).toBe(1); // "s" is not a hex digit: no UUID in the log can match
    expect((await search("q=%25")).total).toBe(0);
  });

  it("reads from and to as whole days in Brussels time, in winter and in summer", async () => {
    expect(actionsAndIds(await search("entity=proefdossier&from=2026-03-02&to=2026-03-02"))).toEqual(["proefdossier.submit A-2", "proefdossier.update A-1"]);
    expect(actionsAndIds(await search("entity=proefdossier&to=2026-03-01"))).toEqual(["proefdossier.create A-1"]);
    expect(actionsAndIds(await search("entity=proefbeslissing&from=2026-03-02&to=2026-03-02"))).toEqual(["proefbeslissing.record BS-1"]);
    expect(actionsAndIds(await search("entity=proefdossier&from=2026-07-01&to=2026-07-01"))).toEqual(["proefdossier.update A-1"]);
    expect(actionsAndIds(await search("entity=proefdossier&from=2026-07-02"))).toEqual(["proefdossier.update A-2"]);
  });

  it("pages", async () => {
    const all = await search("action=proef");
    const second = await search("action=proef&limit=2&offset=2");
    expect(second.total).toBe(6);
    expect(second.items.map((i) => i.id)).toEqual(all.items.slice(2, 4).map((i) => i.id));
  });

  it("answers 400 for a bad date, an end before the start, an unknown parameter or a too large page", async () => {
    for (const qs of ["from=2026-02-30", "from=2026-03-02&to=2026-03-01", "colour=red", "limit=501", "actorId=nope"]) {
      const res = await t.app.inject({ method: "GET", url: `/api/audit?${qs}`, headers: admin() });
      expect(res.statusCode, qs).toBe(400);
      expect(res.json().error.code).toBe("validation");
    }
  });

  it("shows the sign-ins and user changes that the identity module wrote", async () => {
    const page = await search(`action=session.create&entityId=${accounts.reviewer.id}`);
    expect(page.items).toEqual([expect.objectContaining({ entity: "user", actorId: accounts.reviewer.id, requestId: expect.any(String) })]);
  });
});

describe("GET /api/audit/export.csv", () => {
  it("streams the filtered entries as CSV, newest first, with spreadsheet formulas defused", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/audit/export.csv?entity=proefdossier&from=2026-03-02&to=2026-03-02", headers: admin() });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(res.headers["content-disposition"]).toMatch(/^attachment; filename="koers-audit-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(res.body.charCodeAt(0)).toBe(0xfeff);
    const records = parse(res.body, { columns: true, bom: true }) as Record<string, string>[];
    expect(records.map((r) => `${r.action} ${r.entity_id}`)).toEqual(["proefdossier.submit A-2", "proefdossier.update A-1"]);
    expect(records[0].actor_label).toBe("'=HYPERLINK(\"http://evil\")");
    expect(records[0].after).toBe('{"note":"-1+1"}');
    expect(records[1]).toMatchObject({ at: "2026-03-01T23:30:00.000Z", at_brussels: "2026-03-02 00:30:00", actor_id: accounts.grant_officer.id });
  });

  it("stops at the row limit and walks batches without skipping or repeating rows that share a timestamp", async () => {
    const same = new Date("2026-05-05T10:00:00Z");
    await t.database.db.insert(auditLog).values(Array.from({ length: 5 }, (_, i) => ({ at: same, action: "tiefall.x", entity: "tiefall", entityId: String(i), actorLabel: "x" })));
    const ctx = makeCtx({ actor: { kind: "system", label: "test" }, db: t.database.db });
    const seen: string[] = [];
    for await (const batch of auditBatches(t.database.db, { entity: "tiefall" }, 100, 2)) seen.push(...batch.map((r) => r.entityId));
    expect(seen).toEqual(["4", "3", "2", "1", "0"]);
    const capped: string[] = [];
    for await (const batch of await exportAudit({ ctx, input: { entity: "tiefall" }, maxRows: 3 })) capped.push(...batch.map((e) => e.entityId));
    expect(capped).toEqual(["4", "3", "2"]);
  });
});

describe("history", () => {
  it("GET /api/audit/history/:entity/:entityId answers one record's entries, newest first", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/audit/history/proefdossier/A-2", headers: as(signedIn.policy_analyst) });
    expect(res.statusCode).toBe(200);
    expect(res.json().map((e: { action: string }) => e.action)).toEqual(["proefdossier.update", "proefdossier.submit"]);
  });

  it("historyFor is a read function other modules call with their own context", async () => {
    const ctx = makeCtx({ actor: { kind: "system", label: "test" }, db: t.database.db });
    const entries = await historyFor(ctx, "proefbeslissing", "BS-1");
    expect(entries).toEqual([
      { id: expect.any(Number), at: "2026-03-02T22:59:00.000Z", actorId: null, actorLabel: "Proef Persoon (proef@test.koers)", action: "proefbeslissing.record", entity: "proefbeslissing", entityId: "BS-1", before: null, after: null, requestId: null },
    ]);
    expect(await historyFor(ctx, "proefbeslissing", "nothing")).toEqual([]);
  });
});
