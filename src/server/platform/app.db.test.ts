import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/harness.js";

describe("the house", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it("answers /api/health with the database kind", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/health" });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: "ok", database: process.env.TEST_DB === "postgres" ? "postgres" : "pglite" });
  });

  it("publishes an OpenAPI 3.1 document", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/openapi.json" });
    expect(res.statusCode).toBe(200);
    expect(res.json().openapi).toBe("3.1.0");
    expect(Object.keys(res.json().paths)).toContain("/api/health");
  });

  it("answers an unknown API address with the error format", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/nope" });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: { code: "not_found", message: expect.any(String) } });
  });

  it("refuses the audit table's rows to be changed", async () => {
    await expect(t.database.db.execute("update audit_log set action = 'x'")).resolves.toBeDefined();
    await t.database.db.execute(
      "insert into audit_log (actor_label, action, entity, entity_id) values ('test', 'x.y', 'x', '1')",
    );
    await expect(t.database.db.execute("update audit_log set action = 'z'")).rejects.toThrow();
    await expect(t.database.db.execute("delete from audit_log")).rejects.toThrow();
  });
});
