import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, count, eq } from "drizzle-orm";
import type { Role } from "../../../contracts/identity.js";
import { createTestApp, type TestApp } from "../../../../test/harness.js";
import { auditLog } from "../../db/schema/audit.js";
import { sessions, users } from "../../db/schema/identity.js";
import { as, createUser, ensureMunicipality, loginAs, type SignedIn, type UserFixture } from "../../../../seed/factories/identity.js";

const ORG = "7d3c2a1e-0b9f-4c61-9a52-3f1e2d4c5b6a";
const ROLES: Role[] = ["administrator", "policy_analyst", "account_manager", "grant_officer", "reviewer", "municipality", "entrepreneur"];

let t: TestApp;
const signedIn = {} as Record<Role, SignedIn>;
const accounts = {} as Record<Role, UserFixture>;

beforeAll(async () => {
  t = await createTestApp();
  await ensureMunicipality(t.database, "71016", "Genk");
  await ensureMunicipality(t.database, "72003", "Bree");
  for (const role of ROLES) {
    const scopes = role === "municipality" ? [{ kind: "municipality" as const, ref: "71016" }] : role === "entrepreneur" ? [{ kind: "organisation" as const, ref: ORG }] : [];
    accounts[role] = await createUser(t.database, { roles: [role], scopes });
    signedIn[role] = await loginAs(t.app, accounts[role].email, accounts[role].password);
  }
});
afterAll(async () => t.close());

const admin = () => as(signedIn.administrator);
let n = 0;
const newUserBody = (extra: Record<string, unknown> = {}) => ({
  email: `new.user.${++n}@test.koers`,
  displayName: `Nieuwe Gebruiker ${n}`,
  roles: ["policy_analyst"],
  password: "Start-password-2026",
  ...extra,
});
const userCount = async () => Number((await t.database.db.select({ n: count() }).from(users))[0].n);
const auditCount = async () => Number((await t.database.db.select({ n: count() }).from(auditLog))[0].n);

describe("access per endpoint and role", () => {
  const endpoints = (target: UserFixture) => [
    { name: "list", method: "GET" as const, url: "/api/admin/users", ok: 200 },
    { name: "get", method: "GET" as const, url: `/api/admin/users/${target.id}`, ok: 200 },
    { name: "create", method: "POST" as const, url: "/api/admin/users", payload: () => newUserBody(), ok: 201 },
    { name: "update", method: "PATCH" as const, url: `/api/admin/users/${target.id}`, payload: () => ({ version: target.version, displayName: "Hernoemd" }), ok: 200 },
    { name: "reset", method: "POST" as const, url: `/api/admin/users/${target.id}/reset-password`, payload: () => ({ password: "Reset-password-2026" }), ok: 204 },
  ];

  it("lets administrators use every endpoint", async () => {
    const target = await createUser(t.database, { roles: ["reviewer"] });
    for (const e of endpoints(target)) {
      const res = await t.app.inject({ method: e.method, url: e.url, payload: e.payload?.(), headers: admin() });
      expect(res.statusCode, `${e.name}: ${res.body}`).toBe(e.ok);
    }
  });

  it("refuses every other role (403) and the public (401), and nothing changes", async () => {
    const target = await createUser(t.database, { roles: ["reviewer"] });
    const before = { users: await userCount(), audit: await auditCount() };
    for (const e of endpoints(target)) {
      for (const role of ROLES.filter((r) => r !== "administrator")) {
        const res = await t.app.inject({ method: e.method, url: e.url, payload: e.payload?.(), headers: as(signedIn[role]) });
        expect(res.statusCode, `${e.name} as ${role}`).toBe(403);
        expect(res.json().error.code).toBe("forbidden");
      }
      const pub = await t.app.inject({ method: e.method, url: e.url, payload: e.payload?.() });
      expect(pub.statusCode, `${e.name} as public`).toBe(401);
      expect(pub.json().error.code).toBe("unauthenticated");
    }
    expect(await userCount()).toBe(before.users);
    expect(await auditCount()).toBe(before.audit);
    const [row] = await t.database.db.select().from(users).where(eq(users.id, target.id));
    expect(row.displayName).toBe(target.displayName);
    expect(row.version).toBe(1);
  });

  it("refuses a non-administrator before looking at the body", async () => {
    const res = await t.app.inject({ method: "POST", url: "/api/admin/users", payload: { nonsense: true }, headers: as(signedIn.policy_analyst) });
    expect(res.statusCode).toBe(403);
  });
});

describe("POST /api/admin/users", () => {
  it("creates a user who can sign in, audited as user.create without the password hash", async () => {
    const body = newUserBody({ email: "  Mixed.Case@Test.Koers ", locale: "en", roles: ["grant_officer", "reviewer"] });
    const res = await t.app.inject({ method: "POST", url: "/api/admin/users", payload: body, headers: admin() });
    expect(res.statusCode).toBe(201);
    const view = res.json();
    expect(view).toEqual({
      id: expect.any(String),
      email: "mixed.case@test.koers",
      displayName: body.displayName,
      locale: "en",
      roles: ["grant_officer", "reviewer"],
      scopes: [],
      active: true,
      mustChangePassword: false,
      version: 1,
      createdAt: expect.any(String),
    });
    expect(view).not.toHaveProperty("passwordHash");
    await loginAs(t.app, "mixed.case@test.koers", body.password);

    const [audit] = await t.database.db.select().from(auditLog).where(and(eq(auditLog.entityId, view.id), eq(auditLog.action, "user.create")));
    expect(audit.actorId).toBe(accounts.administrator.id);
    expect(audit.before).toBeNull();
    expect(audit.after).toMatchObject({ email: "mixed.case@test.koers", roles: ["grant_officer", "reviewer"], version: 1 });
    const [{ passwordHash }] = await t.database.db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, view.id));
    expect(passwordHash).toMatch(/^\$argon2id\$/);
    expect(JSON.stringify(audit)).not.toContain("argon2");
    expect(JSON.stringify(audit)).not.toContain(body.password);
  });

  it("answers 409 conflict for an e-mail address that exists (in any case)", async () => {
    const before = await userCount();
    const res = await t.app.inject({ method: "POST", url: "/api/admin/users", payload: newUserBody({ email: accounts.reviewer.email.toUpperCase() }), headers: admin() });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: "conflict", details: [{ path: "email", code: "duplicate" }] });
    expect(await userCount()).toBe(before);
  });

  it("requires a known municipality for the municipality role and an organisation for the entrepreneur role", async () => {
    const post = (extra: Record<string, unknown>) => t.app.inject({ method: "POST", url: "/api/admin/users", payload: newUserBody(extra), headers: admin() });
    const before = await userCount();

    const noScope = await post({ roles: ["municipality"] });
    expect(noScope.statusCode).toBe(400);
    expect(noScope.json().error.details).toEqual([expect.objectContaining({ path: "scopes", code: "municipality_scope_required" })]);

    const unknown = await post({ roles: ["municipality"], scopes: [{ kind: "municipality", ref: "71016" }, { kind: "municipality", ref: "99999" }] });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details).toEqual([expect.objectContaining({ path: "scopes.1.ref", code: "unknown_municipality" })]);

    const noOrg = await post({ roles: ["entrepreneur"] });
    expect(noOrg.json().error.details).toEqual([expect.objectContaining({ path: "scopes", code: "organisation_scope_required" })]);

    const stray = await post({ roles: ["policy_analyst"], scopes: [{ kind: "organisation", ref: ORG }] });
    expect(stray.json().error.details).toEqual([expect.objectContaining({ path: "scopes.0.kind", code: "scope_without_role" })]);
    expect(await userCount()).toBe(before);

    const ok = await post({ roles: ["municipality", "entrepreneur"], scopes: [{ kind: "municipality", ref: "72003" }, { kind: "organisation", ref: ORG.toUpperCase() }] });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().scopes).toEqual([{ kind: "municipality", ref: "72003" }, { kind: "organisation", ref: ORG }]);
  });

  it("answers 400 with field paths for unknown fields, wrong types and oversized values, and creates nothing", async () => {
    const before = { users: await userCount(), audit: await auditCount() };
    const cases: [Record<string, unknown>, string][] = [
      [newUserBody({ isAdmin: true }), "body"],
      [newUserBody({ roles: "administrator" }), "body.roles"],
      [newUserBody({ roles: ["king"] }), "body.roles.0"],
      [newUserBody({ displayName: "x".repeat(201) }), "body.displayName"],
      [newUserBody({ password: "short" }), "body.password"],
      [newUserBody({ email: "no-at-sign" }), "body.email"],
      [newUserBody({ scopes: [{ kind: "municipality", ref: "71016", extra: 1 }] }), "body.scopes.0"],
    ];
    for (const [payload, path] of cases) {
      const res = await t.app.inject({ method: "POST", url: "/api/admin/users", payload, headers: admin() });
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().error.code).toBe("validation");
      expect(res.json().error.details.map((d: { path: string }) => d.path)).toContain(path);
    }
    const huge = await t.app.inject({ method: "POST", url: "/api/admin/users", payload: newUserBody({ displayName: "x".repeat(2 * 1024 * 1024) }), headers: admin() });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.code).toBe("limit_exceeded");
    expect(await userCount()).toBe(before.users);
    expect(await auditCount()).toBe(before.audit);
  });

  it("refuses a create without the CSRF token and creates nothing", async () => {
    const before = await userCount();
    const res = await t.app.inject({ method: "POST", url: "/api/admin/users", payload: newUserBody(), headers: { cookie: signedIn.administrator.cookie } });
    expect(res.statusCode).toBe(403);
    expect(await userCount()).toBe(before);
  });
});

describe("GET /api/admin/users", () => {
  it("searches name and e-mail, filters by role and active flag, sorts and pages", async () => {
    const tag = "zoekproef";
    const a = await createUser(t.database, { roles: ["reviewer"], displayName: `Anna ${tag}`, email: `anna.${tag}@test.koers` });
    const b = await createUser(t.database, { roles: ["grant_officer"], displayName: "Bart Peeters", email: `bart.${tag}@test.koers`, active: false });
    const c = await createUser(t.database, { roles: ["reviewer", "grant_officer"], displayName: `Chris ${tag}`, email: `chris@elders.koers` });
    const get = async (qs: string) => {
      const res = await t.app.inject({ method: "GET", url: `/api/admin/users?${qs}`, headers: admin() });
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as { total: number; items: { id: string }[] };
    };
    expect((await get(`q=${tag}`)).items.map((u) => u.id)).toEqual([a.id, b.id, c.id]);
    expect((await get(`q=ZOEKPROEF&sort=-displayName`)).items.map((u) => u.id)).toEqual([c.id, b.id, a.id]);
    expect((await get(`q=${tag}&role=grant_officer`)).items.map((u) => u.id)).toEqual([b.id, c.id]);
    expect((await get(`q=${tag}&active=false`)).items.map((u) => u.id)).toEqual([b.id]);
    const page = await get(`q=${tag}&limit=1&offset=1`);
    expect(page.total).toBe(3);
    expect(page.items.map((u) => u.id)).toEqual([b.id]);
    expect((await get("q=%25")).total).toBe(0); // a literal % matches no name
    const bad = await t.app.inject({ method: "GET", url: "/api/admin/users?limit=0&colour=red", headers: admin() });
    expect(bad.statusCode).toBe(400);
  });

  it("GET /api/admin/users/:id answers the view, 404 for an unknown id and 400 for a malformed one", async () => {
    const res = await t.app.inject({ method: "GET", url: `/api/admin/users/${accounts.municipality.id}`, headers: admin() });
    expect(res.json()).toMatchObject({ id: accounts.municipality.id, roles: ["municipality"], scopes: [{ kind: "municipality", ref: "71016" }] });
    expect((await t.app.inject({ method: "GET", url: "/api/admin/users/00000000-0000-4000-8000-000000000000", headers: admin() })).statusCode).toBe(404);
    expect((await t.app.inject({ method: "GET", url: "/api/admin/users/not-a-uuid", headers: admin() })).statusCode).toBe(400);
  });
});

describe("PATCH /api/admin/users/:id", () => {
  it("changes a user, bumps the version and audits before and after; a stale version answers 409", async () => {
    const user = await createUser(t.database, { roles: ["reviewer"] });
    const patch = (payload: Record<string, unknown>) => t.app.inject({ method: "PATCH", url: `/api/admin/users/${user.id}`, payload, headers: admin() });
    const res = await patch({ version: 1, displayName: "Nieuwe Naam", roles: ["reviewer", "grant_officer"] });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ displayName: "Nieuwe Naam", roles: ["grant_officer", "reviewer"], version: 2 });

    const stale = await patch({ version: 1, displayName: "Te Laat" });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe("conflict");
    const [row] = await t.database.db.select().from(users).where(eq(users.id, user.id));
    expect(row.displayName).toBe("Nieuwe Naam");
    expect(row.version).toBe(2);

    const audits = await t.database.db.select().from(auditLog).where(and(eq(auditLog.entityId, user.id), eq(auditLog.action, "user.update")));
    expect(audits).toHaveLength(1);
    expect(audits[0].before).toMatchObject({ displayName: user.displayName, roles: ["reviewer"], version: 1 });
    expect(audits[0].after).toMatchObject({ displayName: "Nieuwe Naam", version: 2 });
    expect(JSON.stringify(audits[0])).not.toContain("argon2");
  });

  it("deactivating a user ends their sessions", async () => {
    const user = await createUser(t.database, { roles: ["account_manager"] });
    const s = await loginAs(t.app, user.email, user.password);
    const res = await t.app.inject({ method: "PATCH", url: `/api/admin/users/${user.id}`, payload: { version: 1, active: false }, headers: admin() });
    expect(res.statusCode).toBe(200);
    expect(res.json().active).toBe(false);
    expect(await t.database.db.select().from(sessions).where(eq(sessions.userId, user.id))).toHaveLength(0);
    expect((await t.app.inject({ method: "GET", url: "/api/auth/me", headers: { cookie: s.cookie } })).statusCode).toBe(401);
    const again = await t.app.inject({ method: "POST", url: "/api/auth/login", payload: { email: user.email, password: user.password } });
    expect(again.statusCode).toBe(401);
  });

  it("keeps an administrator from deactivating themselves or dropping their own administrator role (412)", async () => {
    const me = await createUser(t.database, { roles: ["administrator"] });
    const s = await loginAs(t.app, me.email, me.password);
    const patch = (payload: Record<string, unknown>) => t.app.inject({ method: "PATCH", url: `/api/admin/users/${me.id}`, payload, headers: as(s) });
    const off = await patch({ version: 1, active: false });
    expect(off.statusCode).toBe(412);
    expect(off.json().error.code).toBe("precondition_failed");
    const demote = await patch({ version: 1, roles: ["policy_analyst"] });
    expect(demote.statusCode).toBe(412);
    expect((await patch({ version: 1, roles: ["administrator", "policy_analyst"] })).statusCode).toBe(200);
    const [row] = await t.database.db.select().from(users).where(eq(users.id, me.id));
    expect(row.active).toBe(true);
  });

  it("checks scopes against the resulting roles", async () => {
    const user = await createUser(t.database, { roles: ["reviewer"] });
    const res = await t.app.inject({ method: "PATCH", url: `/api/admin/users/${user.id}`, payload: { version: 1, roles: ["municipality"] }, headers: admin() });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0]).toMatchObject({ path: "scopes", code: "municipality_scope_required" });
    const ok = await t.app.inject({ method: "PATCH", url: `/api/admin/users/${user.id}`, payload: { version: 1, roles: ["municipality"], scopes: [{ kind: "municipality", ref: "72003" }] }, headers: admin() });
    expect(ok.statusCode).toBe(200);
  });

  it("answers 400 for unknown fields and wrong types, 404 for an unknown user, and changes nothing", async () => {
    const user = await createUser(t.database, { roles: ["reviewer"] });
    for (const payload of [{ version: 1, email: "new@test.koers" }, { version: "1" }, { displayName: "no version" }, { version: 1, active: "no" }]) {
      const res = await t.app.inject({ method: "PATCH", url: `/api/admin/users/${user.id}`, payload, headers: admin() });
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().error.code).toBe("validation");
    }
    const [row] = await t.database.db.select().from(users).where(eq(users.id, user.id));
    expect(row).toMatchObject({ email: user.email, version: 1, active: true });
    const missing = await t.app.inject({ method: "PATCH", url: "/api/admin/users/00000000-0000-4000-8000-000000000000", payload: { version: 1 }, headers: admin() });
    expect(missing.statusCode).toBe(404);
  });
});

describe("POST /api/admin/users/:id/reset-password", () => {
  it("sets a new password the user must change, and ends the user's sessions", async () => {
    const user = await createUser(t.database, { roles: ["reviewer"] });
    const s = await loginAs(t.app, user.email, user.password);
    const res = await t.app.inject({ method: "POST", url: `/api/admin/users/${user.id}/reset-password`, payload: { password: "Temporary-password-1" }, headers: admin() });
    expect(res.statusCode).toBe(204);
    expect((await t.app.inject({ method: "GET", url: "/api/auth/me", headers: { cookie: s.cookie } })).statusCode).toBe(401);
    expect((await t.app.inject({ method: "POST", url: "/api/auth/login", payload: { email: user.email, password: user.password }, remoteAddress: "10.9.9.9" })).statusCode).toBe(401);
    const fresh = await t.app.inject({ method: "POST", url: "/api/auth/login", payload: { email: user.email, password: "Temporary-password-1" } });
    expect(fresh.statusCode).toBe(200);
    expect(fresh.json().mustChangePassword).toBe(true);

    const [audit] = await t.database.db.select().from(auditLog).where(and(eq(auditLog.entityId, user.id), eq(auditLog.action, "user.reset_password")));
    expect(audit.before).toEqual({ mustChangePassword: false });
    expect(audit.after).toEqual({ mustChangePassword: true, revokedSessions: 1 });
    expect(JSON.stringify(audit)).not.toContain("Temporary-password-1");
  });

  it("answers 400 for a short password and 404 for an unknown user", async () => {
    const user = await createUser(t.database, { roles: ["reviewer"] });
    const short = await t.app.inject({ method: "POST", url: `/api/admin/users/${user.id}/reset-password`, payload: { password: "short" }, headers: admin() });
    expect(short.statusCode).toBe(400);
    const [row] = await t.database.db.select().from(users).where(eq(users.id, user.id));
    expect(row.mustChangePassword).toBe(false);
    const missing = await t.app.inject({ method: "POST", url: "/api/admin/users/00000000-0000-4000-8000-000000000000/reset-password", payload: { password: "Long-enough-password" }, headers: admin() });
    expect(missing.statusCode).toBe(404);
  });
});

describe("OpenAPI", () => {
  it("documents the identity routes", async () => {
    const doc = (await t.app.inject({ method: "GET", url: "/api/openapi.json" })).json();
    for (const path of ["/api/auth/login", "/api/auth/logout", "/api/auth/me", "/api/auth/password", "/api/admin/users", "/api/admin/users/{id}", "/api/admin/users/{id}/reset-password"]) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
  });
});
