import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { createTestDatabase } from "../../../../test/db.js";
import type { Database } from "../../db/client.js";
import { auditLog } from "../../db/schema/audit.js";
import { sessions, users } from "../../db/schema/identity.js";
import { PUBLIC, makeCtx, withTransaction, type Actor } from "../../platform/context.js";
import { AppError } from "../../platform/errors.js";
import { actorFor, createUser as makeUser } from "../../../../seed/factories/identity.js";
import { changePassword, createUser, login, resetPassword, updateUser, verifyPassword } from "./index.js";
import { createSession } from "./sessions.js";

let database: Database & { drop(): Promise<void> };
const settings = { sessionTtlHours: 12, loginMaxAttempts: 5, loginWindowMinutes: 15, now: () => new Date() };
const ctxAs = (actor: Actor) => makeCtx({ actor, db: database.db });

beforeAll(async () => {
  database = await createTestDatabase();
  // A database-level failure of the audit insert for every act of an actor whose label says so.
  await database.db.execute(sql.raw(`
    create function refuse_marked_audit() returns trigger language plpgsql as $$
    begin
      if new.actor_label like '%audit-fails%' then raise exception 'audit write refused'; end if;
      return new;
    end $$`));
  await database.db.execute(sql.raw("create trigger refuse_marked_audit before insert on audit_log for each row execute function refuse_marked_audit()"));
});
afterAll(async () => database.drop());

const brokenAdmin = async () => actorFor(await makeUser(database, { roles: ["administrator"], displayName: "Beheerder audit-fails" }));
const goodAdmin = async () => actorFor(await makeUser(database, { roles: ["administrator"] }));
const userRow = async (id: string) => (await database.db.select().from(users).where(eq(users.id, id)))[0];
const auditRowsFor = async (id: string) => database.db.select().from(auditLog).where(eq(auditLog.entityId, id));

describe("a failing audit write rolls the change back", () => {
  it("createUser", async () => {
    const input = { email: "rollback.create@test.koers", displayName: "Nooit", roles: ["reviewer"], password: "Long-enough-password" };
    await expect(createUser({ ctx: ctxAs(await brokenAdmin()), input })).rejects.toThrow();
    expect(await database.db.select().from(users).where(eq(users.email, "rollback.create@test.koers"))).toHaveLength(0);
  });

  it("updateUser: no new name, no new version, sessions kept", async () => {
    const target = await makeUser(database, { roles: ["reviewer"] });
    await createSession(database.db, target.id, new Date(), 12);
    await expect(updateUser({ ctx: ctxAs(await brokenAdmin()), input: { id: target.id, changes: { version: 1, displayName: "Nieuw", active: false } } })).rejects.toThrow();
    expect(await userRow(target.id)).toMatchObject({ displayName: target.displayName, version: 1, active: true });
    expect(await database.db.select().from(sessions).where(eq(sessions.userId, target.id))).toHaveLength(1);
  });

  it("resetPassword: old password and sessions kept", async () => {
    const target = await makeUser(database, { roles: ["reviewer"] });
    await createSession(database.db, target.id, new Date(), 12);
    await expect(resetPassword({ ctx: ctxAs(await brokenAdmin()), input: { id: target.id, body: { password: "Another-long-password" } } })).rejects.toThrow();
    const row = await userRow(target.id);
    expect(row.mustChangePassword).toBe(false);
    expect(await verifyPassword(row.passwordHash, target.password)).toBe(true);
    expect(await database.db.select().from(sessions).where(eq(sessions.userId, target.id))).toHaveLength(1);
  });

  it("changePassword: old password kept", async () => {
    const me = await makeUser(database, { roles: ["policy_analyst"], displayName: "Analist audit-fails" });
    await expect(changePassword({ ctx: ctxAs(actorFor(me)), input: { currentPassword: me.password, newPassword: "Another-long-password" } })).rejects.toThrow();
    expect(await verifyPassword((await userRow(me.id)).passwordHash, me.password)).toBe(true);
  });

  it("login: no session is created", async () => {
    const me = await makeUser(database, { roles: ["policy_analyst"], displayName: "Analist audit-fails" });
    await expect(login({ ctx: ctxAs(PUBLIC), input: { email: me.email, password: me.password }, client: { ip: "10.1.1.1" }, settings })).rejects.toThrow();
    expect(await database.db.select().from(sessions).where(eq(sessions.userId, me.id))).toHaveLength(0);
  });
});

describe("verbs", () => {
  it("check the actor first: the public must sign in, other roles are forbidden", async () => {
    const reviewer = actorFor(await makeUser(database, { roles: ["reviewer"] }));
    const input = { email: "x@test.koers", displayName: "X", roles: ["reviewer"], password: "Long-enough-password" };
    await expect(createUser({ ctx: ctxAs(PUBLIC), input })).rejects.toMatchObject({ code: "unauthenticated" });
    await expect(createUser({ ctx: ctxAs(reviewer), input })).rejects.toMatchObject({ code: "forbidden" });
    await expect(changePassword({ ctx: ctxAs(PUBLIC), input: { currentPassword: "x", newPassword: "Long-enough-password" } })).rejects.toMatchObject({ code: "unauthenticated" });
  });

  it("parse their input again with the contract (for imports and jobs)", async () => {
    const error = await createUser({ ctx: ctxAs(await goodAdmin()), input: { email: "nope", roles: [], extra: 1 } }).catch((e) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe("validation");
    expect(error.details.map((d: { path: string }) => d.path)).toEqual(expect.arrayContaining(["email", "roles", "password", "displayName"]));
  });

  it("compose inside an outer transaction, which takes the change and its audit row back as one", async () => {
    const ctx = ctxAs(await goodAdmin());
    let createdId = "";
    await expect(
      withTransaction(ctx, async (tx) => {
        const created = await createUser({ ctx: tx, input: { email: "outer@test.koers", displayName: "Binnen", roles: ["reviewer"], password: "Long-enough-password" } });
        createdId = created.id;
        throw new Error("the outer work fails");
      }),
    ).rejects.toThrow("the outer work fails");
    expect(createdId).not.toBe("");
    expect(await userRow(createdId)).toBeUndefined();
    expect(await auditRowsFor(createdId)).toHaveLength(0);
  });

  it("a system actor (imports, jobs) may administer users and is named in the audit row", async () => {
    const ctx = ctxAs({ kind: "system", label: "import: personeelslijst" });
    const created = await createUser({ ctx, input: { email: "imported@test.koers", displayName: "Geïmporteerd", roles: ["account_manager"], password: "Long-enough-password" } });
    const [row] = await auditRowsFor(created.id);
    expect(row).toMatchObject({ action: "user.create", actorId: null, actorLabel: "import: personeelslijst" });
  });
});
