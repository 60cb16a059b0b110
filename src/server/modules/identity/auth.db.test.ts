import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { createTestApp, type TestApp } from "../../../../test/harness.js";
import { buildApp } from "../../app.js";
import { testConfig } from "../../config.js";
import { auditLog } from "../../db/schema/audit.js";
import { loginAttempts, sessions, users } from "../../db/schema/identity.js";
import { as, createUser, loginAs } from "../../../../seed/factories/identity.js";

const START = new Date("2026-03-02T09:00:00Z");
let clock = START;
const advance = (ms: number) => {
  clock = new Date(clock.getTime() + ms);
};
const MINUTE = 60_000;

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ now: () => clock });
});
afterAll(async () => t.close());

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");
const tokenOf = (cookie: string) => cookie.slice("koers_session=".length);
let ipCounter = 1;
/** A client address of its own per test, so that address limits of one test do not touch another. */
const freshIp = () => `10.0.0.${ipCounter++}`;

function postLogin(email: string, password: string, remoteAddress = "127.0.0.1", headers: Record<string, string> = {}) {
  return t.app.inject({ method: "POST", url: "/api/auth/login", payload: { email, password }, remoteAddress, headers });
}

describe("POST /api/auth/login", () => {
  it("signs in, answers Me and sets an HttpOnly, SameSite=Lax session cookie; only the token's hash is stored", async () => {
    const user = await createUser(t.database, { roles: ["policy_analyst"] });
    const res = await postLogin(user.email.toUpperCase(), user.password);
    expect(res.statusCode).toBe(200);
    const me = res.json();
    expect(me).toMatchObject({ id: user.id, email: user.email, displayName: user.displayName, roles: ["policy_analyst"], scopes: [], mustChangePassword: false });
    expect(me.csrfToken).toMatch(/^[A-Za-z0-9_-]{40,}$/);

    const raw = String(res.headers["set-cookie"]);
    expect(raw).toMatch(/^koers_session=[A-Za-z0-9_-]+;/);
    expect(raw).toContain("HttpOnly");
    expect(raw).toContain("SameSite=Lax");
    expect(raw).toContain("Path=/");
    expect(raw).toContain(`Max-Age=${12 * 3600}`);
    expect(raw).not.toContain("Secure");

    const token = res.cookies[0].value;
    const stored = await t.database.db.select().from(sessions).where(eq(sessions.userId, user.id));
    expect(stored).toHaveLength(1);
    expect(stored[0].tokenHash).toBe(sha256(token));
    expect(stored[0].tokenHash).not.toBe(token);
    expect(stored[0].csrfToken).toBe(me.csrfToken);
    expect(stored[0].expiresAt.getTime()).toBe(clock.getTime() + 12 * 3_600_000);
  });

  it("sets Secure when the request came over https through a trusted proxy and COOKIE_SECURE is auto", async () => {
    const user = await createUser(t.database, { roles: ["grant_officer"] });
    const behindProxy = await buildApp(testConfig({ trustProxyHops: 1, webDist: "./.tmp/no-web" }), t.database, { logger: false, now: () => clock });
    try {
      const res = await behindProxy.inject({ method: "POST", url: "/api/auth/login", payload: { email: user.email, password: user.password }, remoteAddress: "127.0.0.1", headers: { "x-forwarded-proto": "https" } });
      expect(res.statusCode).toBe(200);
      expect(String(res.headers["set-cookie"])).toContain("Secure");
    } finally {
      await behindProxy.close();
    }
  });

  it("ignores a forwarded protocol when no proxy is trusted (the default)", async () => {
    const user = await createUser(t.database, { roles: ["grant_officer"] });
    const res = await postLogin(user.email, user.password, "127.0.0.1", { "x-forwarded-proto": "https" });
    expect(res.statusCode).toBe(200);
    expect(String(res.headers["set-cookie"])).not.toContain("Secure");
  });

  it("sets Secure on plain http when COOKIE_SECURE is true, and never when it is false", async () => {
    const user = await createUser(t.database, { roles: ["grant_officer"] });
    const cases = [
      { setting: "true", headers: {}, expected: true },
      { setting: "false", headers: { "x-forwarded-proto": "https" }, expected: false },
    ] as const;
    for (const { setting, headers, expected } of cases) {
      const app = await buildApp(testConfig({ cookieSecure: setting, webDist: "./.tmp/no-web" }), t.database, { logger: false, now: () => clock });
      const res = await app.inject({ method: "POST", url: "/api/auth/login", payload: { email: user.email, password: user.password }, headers });
      expect(res.statusCode).toBe(200);
      expect(String(res.headers["set-cookie"]).includes("Secure")).toBe(expected);
      await app.close();
    }
  });

  it("audits the sign-in as session.create by the user, without secrets", async () => {
    const user = await createUser(t.database, { roles: ["reviewer"] });
    const { cookie } = await loginAs(t.app, user.email, user.password);
    const rows = await t.database.db.select().from(auditLog).where(and(eq(auditLog.entityId, user.id), eq(auditLog.action, "session.create")));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ entity: "user", actorId: user.id, actorLabel: `${user.displayName} (${user.email})` });
    const text = JSON.stringify(rows[0]);
    expect(text).not.toContain(tokenOf(cookie));
    expect(text).not.toContain(sha256(tokenOf(cookie)));
    expect(text).not.toContain(user.password);
  });

  it("answers a wrong password and an unknown e-mail address alike: 401 with the same message", async () => {
    const user = await createUser(t.database, { roles: ["account_manager"] });
    const ip = freshIp();
    const wrong = await postLogin(user.email, "not the password", ip);
    const unknown = await postLogin("nobody@test.koers", "whatever-password", ip);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual({ error: { code: "unauthenticated", message: expect.any(String) } });
    expect(unknown.json()).toEqual(wrong.json());
    expect(wrong.headers["set-cookie"]).toBeUndefined();
  });

  it("refuses an inactive user like a wrong password", async () => {
    const user = await createUser(t.database, { roles: ["account_manager"], active: false });
    const res = await postLogin(user.email, user.password, freshIp());
    expect(res.statusCode).toBe(401);
    const unknown = await postLogin("nobody-else@test.koers", "whatever-password", freshIp());
    expect(res.json()).toEqual(unknown.json());
  });

  it("answers 400 with the error format for a malformed body", async () => {
    const res = await t.app.inject({ method: "POST", url: "/api/auth/login", payload: { email: "not-an-email", password: "x", extra: 1 } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe("validation");
    expect(res.json().error.details.map((d: { path: string }) => d.path)).toEqual(expect.arrayContaining(["body.email"]));
  });
});

describe("sign-in rate limiting", () => {
  it("after LOGIN_MAX_ATTEMPTS failures for one e-mail address answers 429, even to the right password, until the window has passed", async () => {
    const user = await createUser(t.database, { roles: ["policy_analyst"] });
    for (let i = 0; i < 5; i++) expect((await postLogin(user.email, `wrong-${i}`, freshIp())).statusCode).toBe(401);
    const blocked = await postLogin(user.email, "wrong-again", freshIp());
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe("limit_exceeded");
    const rightButBlocked = await postLogin(user.email, user.password, freshIp());
    expect(rightButBlocked.statusCode).toBe(429);
    expect(rightButBlocked.headers["set-cookie"]).toBeUndefined();
    expect(await t.database.db.select().from(sessions).where(eq(sessions.userId, user.id))).toHaveLength(0);

    advance(15 * MINUTE + 1000);
    expect((await postLogin(user.email, user.password, freshIp())).statusCode).toBe(200);
  });

  it("counts per client address at four times the limit, across e-mail addresses", async () => {
    const ip = freshIp();
    for (let i = 0; i < 20; i++) expect((await postLogin(`guess${i}@test.koers`, "wrong-password", ip)).statusCode).toBe(401);
    const user = await createUser(t.database, { roles: ["policy_analyst"] });
    expect((await postLogin(user.email, user.password, ip)).statusCode).toBe(429);
    expect((await postLogin(user.email, user.password, freshIp())).statusCode).toBe(200);
    const keys = await t.database.db.select().from(loginAttempts).where(eq(loginAttempts.key, `ip:${ip}`));
    expect(keys).toHaveLength(20);
  });

  it("forgets an e-mail address's failures after a successful sign-in", async () => {
    const user = await createUser(t.database, { roles: ["policy_analyst"] });
    for (let i = 0; i < 4; i++) expect((await postLogin(user.email, "wrong-password", freshIp())).statusCode).toBe(401);
    expect((await postLogin(user.email, user.password, freshIp())).statusCode).toBe(200);
    expect(await t.database.db.select().from(loginAttempts).where(eq(loginAttempts.key, `email:${user.email}`))).toHaveLength(0);
    for (let i = 0; i < 4; i++) expect((await postLogin(user.email, "wrong-password", freshIp())).statusCode).toBe(401);
    expect((await postLogin(user.email, user.password, freshIp())).statusCode).toBe(200);
  });
});

describe("session, CSRF, me and logout", () => {
  it("GET /api/auth/me answers 401 without a session and Me with the CSRF token with one", async () => {
    expect((await t.app.inject({ method: "GET", url: "/api/auth/me" })).statusCode).toBe(401);
    expect((await t.app.inject({ method: "GET", url: "/api/auth/me", headers: { cookie: "koers_session=made-up" } })).statusCode).toBe(401);
    const user = await createUser(t.database, { roles: ["municipality"], scopes: [{ kind: "municipality", ref: "71016" }] });
    const s = await loginAs(t.app, user.email, user.password);
    const res = await t.app.inject({ method: "GET", url: "/api/auth/me", headers: { cookie: s.cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      locale: "nl-BE",
      roles: ["municipality"],
      scopes: [{ kind: "municipality", ref: "71016" }],
      mustChangePassword: false,
      csrfToken: s.csrfToken,
    });
  });

  it("refuses a mutating request without or with a wrong CSRF token (403) and changes nothing", async () => {
    const user = await createUser(t.database, { roles: ["policy_analyst"] });
    const s = await loginAs(t.app, user.email, user.password);
    const body = { currentPassword: user.password, newPassword: "A-new-password-2026" };
    const missing = await t.app.inject({ method: "POST", url: "/api/auth/password", headers: { cookie: s.cookie }, payload: body });
    expect(missing.statusCode).toBe(403);
    expect(missing.json().error).toEqual({ code: "forbidden", message: expect.stringMatching(/CSRF token is missing or wrong/) });
    const wrong = await t.app.inject({ method: "POST", url: "/api/auth/password", headers: { cookie: s.cookie, "x-csrf-token": "x".repeat(43) }, payload: body });
    expect(wrong.statusCode).toBe(403);
    const logoutWithout = await t.app.inject({ method: "POST", url: "/api/auth/logout", headers: { cookie: s.cookie } });
    expect(logoutWithout.statusCode).toBe(403);

    // nothing changed: the old password still works, the session still lives
    expect((await t.app.inject({ method: "GET", url: "/api/auth/me", headers: { cookie: s.cookie } })).statusCode).toBe(200);
    await loginAs(t.app, user.email, user.password);
    const audits = await t.database.db.select().from(auditLog).where(and(eq(auditLog.entityId, user.id), eq(auditLog.action, "user.change_password")));
    expect(audits).toHaveLength(0);

    const ok = await t.app.inject({ method: "POST", url: "/api/auth/password", headers: as(s), payload: body });
    expect(ok.statusCode).toBe(204);
  });

  it("lets safe methods through without the CSRF header", async () => {
    const user = await createUser(t.database, { roles: ["policy_analyst"] });
    const s = await loginAs(t.app, user.email, user.password);
    expect((await t.app.inject({ method: "HEAD", url: "/api/auth/me", headers: { cookie: s.cookie } })).statusCode).toBe(200);
  });

  it("lets a session expire after SESSION_TTL_HOURS: the request then acts as public and the row goes", async () => {
    const user = await createUser(t.database, { roles: ["policy_analyst"] });
    const s = await loginAs(t.app, user.email, user.password);
    advance(12 * 3_600_000 - MINUTE);
    expect((await t.app.inject({ method: "GET", url: "/api/auth/me", headers: { cookie: s.cookie } })).statusCode).toBe(200);
    advance(2 * MINUTE);
    expect((await t.app.inject({ method: "GET", url: "/api/auth/me", headers: { cookie: s.cookie } })).statusCode).toBe(401);
    expect(await t.database.db.select().from(sessions).where(eq(sessions.tokenHash, sha256(tokenOf(s.cookie))))).toHaveLength(0);
    // an expired session needs no CSRF token: it is no session at all
    const res = await t.app.inject({ method: "POST", url: "/api/auth/password", headers: { cookie: s.cookie }, payload: { currentPassword: user.password, newPassword: "Another-password-1" } });
    expect(res.statusCode).toBe(401);
  });

  it("forgets expired sessions at the next sign-in and failed attempts once they are out of the window", async () => {
    const gone = await createUser(t.database, { roles: ["policy_analyst"] });
    const s = await loginAs(t.app, gone.email, gone.password);
    const ip = freshIp();
    expect((await postLogin(gone.email, "wrong-password", ip)).statusCode).toBe(401);
    advance(13 * 3_600_000);
    const other = await createUser(t.database, { roles: ["policy_analyst"] });
    expect((await postLogin(other.email, "wrong-password", freshIp())).statusCode).toBe(401);
    expect(await t.database.db.select().from(loginAttempts).where(eq(loginAttempts.key, `ip:${ip}`))).toHaveLength(0);
    await loginAs(t.app, other.email, other.password);
    expect(await t.database.db.select().from(sessions).where(eq(sessions.tokenHash, sha256(tokenOf(s.cookie))))).toHaveLength(0);
  });

  it("treats the session of a deactivated user as public", async () => {
    const user = await createUser(t.database, { roles: ["policy_analyst"] });
    const s = await loginAs(t.app, user.email, user.password);
    await t.database.db.update(users).set({ active: false }).where(eq(users.id, user.id));
    expect((await t.app.inject({ method: "GET", url: "/api/auth/me", headers: { cookie: s.cookie } })).statusCode).toBe(401);
  });

  it("records last activity at most once a minute", async () => {
    const user = await createUser(t.database, { roles: ["policy_analyst"] });
    const s = await loginAs(t.app, user.email, user.password);
    const seen = async () => (await t.database.db.select().from(sessions).where(eq(sessions.tokenHash, sha256(tokenOf(s.cookie)))))[0].lastSeenAt.getTime();
    const first = await seen();
    advance(30_000);
    await t.app.inject({ method: "GET", url: "/api/auth/me", headers: { cookie: s.cookie } });
    expect(await seen()).toBe(first);
    advance(31_000);
    await t.app.inject({ method: "GET", url: "/api/auth/me", headers: { cookie: s.cookie } });
    expect(await seen()).toBe(clock.getTime());
  });

  it("POST /api/auth/logout ends the session, clears the cookie and answers 204 (also without a session)", async () => {
    const user = await createUser(t.database, { roles: ["policy_analyst"] });
    const s = await loginAs(t.app, user.email, user.password);
    const res = await t.app.inject({ method: "POST", url: "/api/auth/logout", headers: as(s) });
    expect(res.statusCode).toBe(204);
    const cleared = String(res.headers["set-cookie"]);
    expect(cleared).toMatch(/^koers_session=;/);
    expect(cleared).toMatch(/Expires=Thu, 01 Jan 1970|Max-Age=0/);
    expect((await t.app.inject({ method: "GET", url: "/api/auth/me", headers: { cookie: s.cookie } })).statusCode).toBe(401);
    expect(await t.database.db.select().from(sessions).where(eq(sessions.tokenHash, sha256(tokenOf(s.cookie))))).toHaveLength(0);
    expect((await t.app.inject({ method: "POST", url: "/api/auth/logout" })).statusCode).toBe(204);
  });
});

describe("POST /api/auth/password", () => {
  it("changes the password, clears mustChangePassword, ends other sessions and keeps this one", async () => {
    const user = await createUser(t.database, { roles: ["grant_officer"], mustChangePassword: true });
    const here = await loginAs(t.app, user.email, user.password);
    const elsewhere = await loginAs(t.app, user.email, user.password);
    const newPassword = "Brand-new-password-2026";
    const res = await t.app.inject({ method: "POST", url: "/api/auth/password", headers: as(here), payload: { currentPassword: user.password, newPassword } });
    expect(res.statusCode).toBe(204);
    const me = await t.app.inject({ method: "GET", url: "/api/auth/me", headers: { cookie: here.cookie } });
    expect(me.json().mustChangePassword).toBe(false);
    expect((await t.app.inject({ method: "GET", url: "/api/auth/me", headers: { cookie: elsewhere.cookie } })).statusCode).toBe(401);
    expect((await postLogin(user.email, user.password, freshIp())).statusCode).toBe(401);
    expect((await postLogin(user.email, newPassword, freshIp())).statusCode).toBe(200);

    const [row] = await t.database.db.select().from(auditLog).where(and(eq(auditLog.entityId, user.id), eq(auditLog.action, "user.change_password")));
    expect(row.before).toEqual({ mustChangePassword: true });
    expect(row.after).toEqual({ mustChangePassword: false, revokedSessions: 1 });
    const [{ passwordHash }] = await t.database.db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, user.id));
    expect(JSON.stringify(row)).not.toContain(passwordHash);
    expect(JSON.stringify(row)).not.toContain(newPassword);
  });

  it("refuses a wrong current password (400 on currentPassword), a too short or unchanged new one, and the public (401)", async () => {
    const user = await createUser(t.database, { roles: ["grant_officer"] });
    const s = await loginAs(t.app, user.email, user.password);
    const wrong = await t.app.inject({ method: "POST", url: "/api/auth/password", headers: as(s), payload: { currentPassword: "nope", newPassword: "Long-enough-password" } });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.details).toEqual([expect.objectContaining({ path: "currentPassword", code: "wrong_password" })]);
    const short = await t.app.inject({ method: "POST", url: "/api/auth/password", headers: as(s), payload: { currentPassword: user.password, newPassword: "short" } });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.details[0].path).toBe("body.newPassword");
    const same = await t.app.inject({ method: "POST", url: "/api/auth/password", headers: as(s), payload: { currentPassword: user.password, newPassword: user.password } });
    expect(same.statusCode).toBe(400);
    expect(same.json().error.details).toEqual([expect.objectContaining({ path: "newPassword", code: "same_password" })]);
    const pub = await t.app.inject({ method: "POST", url: "/api/auth/password", payload: { currentPassword: "x", newPassword: "Long-enough-password" } });
    expect(pub.statusCode).toBe(401);
    expect((await postLogin(user.email, user.password, freshIp())).statusCode).toBe(200);
  });
});
