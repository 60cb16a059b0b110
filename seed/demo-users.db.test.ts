import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count, inArray } from "drizzle-orm";
import type { Role } from "../src/contracts/identity.js";
import { createTestApp, type TestApp } from "../test/harness.js";
import { users } from "../src/server/db/schema/identity.js";
import { ensureMunicipality, loginAs } from "./factories/identity.js";
import { DEMO_ORGANISATION_ID, DEMO_PASSWORD, DEMO_USERS, seedDemoUsers } from "./demo-users.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await ensureMunicipality(t.database, "71016", "Genk");
});
afterAll(async () => t.close());

describe("seedDemoUsers", () => {
  it("gives every role one account that signs in with the demo password, and is idempotent", async () => {
    await seedDemoUsers(t.database);
    await seedDemoUsers(t.database);
    const emails = DEMO_USERS.map((u) => u.email);
    const [{ n }] = await t.database.db.select({ n: count() }).from(users).where(inArray(users.email, emails));
    expect(Number(n)).toBe(8); // one per role, and a partner company's entrepreneur
    const roles: Role[] = ["administrator", "policy_analyst", "account_manager", "grant_officer", "reviewer", "municipality", "entrepreneur"];
    expect([...new Set(DEMO_USERS.map((u) => u.role))].sort()).toEqual([...roles].sort());

    for (const demo of DEMO_USERS) {
      const s = await loginAs(t.app, demo.email, DEMO_PASSWORD);
      const me = (await t.app.inject({ method: "GET", url: "/api/auth/me", headers: { cookie: s.cookie } })).json();
      expect(me).toMatchObject({ email: demo.email, displayName: demo.displayName, roles: [demo.role], mustChangePassword: false });
    }
    const genk = (await t.app.inject({ method: "POST", url: "/api/auth/login", payload: { email: "gemeente.genk@koers.demo", password: DEMO_PASSWORD } })).json();
    expect(genk.scopes).toEqual([{ kind: "municipality", ref: "71016" }]);
    const entrepreneur = (await t.app.inject({ method: "POST", url: "/api/auth/login", payload: { email: "ondernemer@koers.demo", password: DEMO_PASSWORD } })).json();
    expect(entrepreneur.scopes).toEqual([{ kind: "organisation", ref: DEMO_ORGANISATION_ID }]);
  });
});
