import { describe, expect, it } from "vitest";
import { cookieIsSecure, needsCsrf, sessionCookieOptions } from "./cookie.js";
import { hashPassword, verifyPassword } from "./passwords.js";
import { limitReached } from "./rate-limit.js";
import { normaliseAccess, scopeProblems, unknownMunicipalityProblems } from "./scope-rules.js";
import { hashToken, newToken, sameSecret } from "./sessions.js";

const ORG = "7d3c2a1e-0b9f-4c61-9a52-3f1e2d4c5b6a";

describe("scope rules", () => {
  it("accepts staff without scopes, a municipality user with a NIS code and an entrepreneur with an organisation", () => {
    expect(scopeProblems(["administrator", "policy_analyst"], [])).toEqual([]);
    expect(scopeProblems(["municipality"], [{ kind: "municipality", ref: "71016" }])).toEqual([]);
    expect(scopeProblems(["entrepreneur"], [{ kind: "organisation", ref: ORG }])).toEqual([]);
  });

  it("names the field and the rule for every problem", () => {
    expect(scopeProblems(["municipality", "entrepreneur"], []).map((p) => [p.path, p.code])).toEqual([
      ["scopes", "municipality_scope_required"],
      ["scopes", "organisation_scope_required"],
    ]);
    expect(scopeProblems(["municipality"], [{ kind: "municipality", ref: "Genk" }]).map((p) => [p.path, p.code])).toEqual([["scopes.0.ref", "invalid_nis"]]);
    expect(scopeProblems(["entrepreneur"], [{ kind: "organisation", ref: "0417.497.106" }]).map((p) => [p.path, p.code])).toEqual([["scopes.0.ref", "invalid_organisation_id"]]);
    expect(scopeProblems(["reviewer"], [{ kind: "municipality", ref: "71016" }]).map((p) => [p.path, p.code])).toEqual([["scopes.0.kind", "scope_without_role"]]);
  });

  it("reports NIS codes that are not known municipalities", () => {
    const scopes = [{ kind: "municipality" as const, ref: "71016" }, { kind: "organisation" as const, ref: ORG }, { kind: "municipality" as const, ref: "71022" }];
    expect(unknownMunicipalityProblems(scopes, new Set(["71016"])).map((p) => [p.path, p.code])).toEqual([["scopes.2.ref", "unknown_municipality"]]);
  });

  it("drops repeated roles and scopes; organisation ids compare lower-case", () => {
    expect(
      normaliseAccess(["entrepreneur", "entrepreneur"], [{ kind: "organisation", ref: ORG.toUpperCase() }, { kind: "organisation", ref: ORG }]),
    ).toEqual({ roles: ["entrepreneur"], scopes: [{ kind: "organisation", ref: ORG }] });
  });
});

describe("session cookie and CSRF", () => {
  it("is Secure when configured so, or on auto over https only", () => {
    expect(cookieIsSecure("true", "http")).toBe(true);
    expect(cookieIsSecure("false", "https")).toBe(false);
    expect(cookieIsSecure("auto", "https")).toBe(true);
    expect(cookieIsSecure("auto", "http")).toBe(false);
    expect(sessionCookieOptions("auto", "http", 60)).toEqual({ httpOnly: true, sameSite: "lax", path: "/", secure: false, maxAge: 60 });
  });

  it("asks for the CSRF token on every method but GET, HEAD and OPTIONS", () => {
    for (const m of ["GET", "HEAD", "OPTIONS", "get"]) expect(needsCsrf(m)).toBe(false);
    for (const m of ["POST", "PUT", "PATCH", "DELETE"]) expect(needsCsrf(m)).toBe(true);
  });

  it("makes long random tokens, stores only their SHA-256 and compares secrets exactly", () => {
    const a = newToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newToken()).not.toBe(a);
    expect(hashToken("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(sameSecret(a, a)).toBe(true);
    expect(sameSecret(a, `${a}x`)).toBe(false);
    expect(sameSecret(a, "")).toBe(false);
  });
});

describe("sign-in limits", () => {
  it("blocks at the limit per e-mail address, and at four times the limit per client address", () => {
    expect(limitReached({ email: 4, ip: 19 }, { maxAttempts: 5 })).toBe(false);
    expect(limitReached({ email: 5, ip: 0 }, { maxAttempts: 5 })).toBe(true);
    expect(limitReached({ email: 0, ip: 20 }, { maxAttempts: 5 })).toBe(true);
  });
});

describe("passwords", () => {
  it("hashes with argon2id and verifies; a wrong password or a malformed hash is simply false", async () => {
    const h = await hashPassword("Correct horse battery", "fast");
    expect(h).toMatch(/^\$argon2id\$v=19\$/);
    expect(await verifyPassword(h, "Correct horse battery")).toBe(true);
    expect(await verifyPassword(h, "correct horse battery")).toBe(false);
    expect(await verifyPassword("not a hash", "x")).toBe(false);
  });

  it("uses at least the library's standard cost in production", async () => {
    expect(await hashPassword("x")).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });
});
