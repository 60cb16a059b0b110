import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { CreateUserInput } from "../../contracts/identity";
import { initI18n } from "../i18n";
import { commonCatalogue } from "../i18n/common";
import { auditCatalogue } from "../features/audit/i18n";
import { identityCatalogue } from "../features/identity/i18n";
import { translateDetailCode, translateErrorCode, translateIssue, fieldOfPath } from "../i18n/errors";
import { pageWindow } from "../components/Pagination";
import { diffFields } from "../components/RecordDiff";
import { safeNext } from "./auth";
import { toCsv } from "./csv";
import { navFromRoutes } from "./nav";

beforeAll(() => {
  initI18n({ common: commonCatalogue, identity: identityCatalogue, audit: auditCatalogue });
});

describe("safeNext", () => {
  it("keeps paths on this site and refuses other origins", () => {
    expect(safeNext("/app/gebruikers?q=an")).toBe("/app/gebruikers?q=an");
    expect(safeNext("//evil.example/x")).toBe("/app");
    expect(safeNext("https://evil.example")).toBe("/app");
    expect(safeNext("/\\evil.example")).toBe("/app");
    expect(safeNext("/aanmelden?next=/app")).toBe("/app");
    expect(safeNext(null)).toBe("/app");
  });
});

describe("pageWindow", () => {
  it("shows first, last and neighbours with gaps", () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
    expect(pageWindow(5, 10)).toEqual([1, null, 4, 5, 6, null, 10]);
    expect(pageWindow(10, 10)).toEqual([1, null, 9, 10]);
  });
});

describe("diffFields", () => {
  it("lists only changed fields and skips book-keeping", () => {
    expect(diffFields({ displayName: "A", roles: ["x"], version: 1 }, { displayName: "B", roles: ["x"], version: 2 })).toEqual([
      { field: "displayName", before: "A", after: "B" },
    ]);
  });
  it("treats a creation as every field new", () => {
    expect(diffFields(null, { email: "a@b.be" })).toEqual([{ field: "email", before: undefined, after: "a@b.be" }]);
  });
  it("compares non-objects as one value", () => {
    expect(diffFields(1, 2)).toEqual([{ field: "", before: 1, after: 2 }]);
    expect(diffFields([1], [1])).toEqual([]);
  });
});

describe("toCsv", () => {
  it("quotes separators and defuses formulas", () => {
    expect(toCsv([["a", 'say "hi"', "x,y"], ["=SUM(A1)", null, 3]])).toBe('a,"say ""hi""","x,y"\r\n\'=SUM(A1),,3\r\n');
  });
});

describe("navFromRoutes", () => {
  it("falls back to the known compass paths when no route carries a handle", () => {
    const nav = navFromRoutes([{ index: true }, { path: "indicatoren/:id" }, { path: "doelen" }, { path: "import" }]);
    expect(nav.map((n) => n.to)).toEqual(["/app", "/app/doelen", "/app/import"]);
    expect(nav[0].end).toBe(true);
  });
  it("uses handles when present, sorted by order", () => {
    const nav = navFromRoutes([
      { path: "b", handle: { nav: { labelKey: "x:b", order: 2 } } },
      { index: true, handle: { nav: { labelKey: "x:a", order: 1, roles: ["policy_analyst"] } } },
      { path: "hidden" },
    ]);
    expect(nav).toEqual([
      { labelKey: "x:a", order: 1, roles: ["policy_analyst"], to: "/app", end: true },
      { labelKey: "x:b", order: 2, to: "/app/b", end: false },
    ]);
  });
});

describe("error translation", () => {
  it("translates API codes and detail codes, with the server text only as fallback", () => {
    expect(translateErrorCode("conflict")).toMatch(/iemand anders/i);
    expect(translateDetailCode("duplicate")).toBe("Deze waarde is al in gebruik.");
    expect(translateDetailCode("no_such_code", "Server text")).toBe("Server text");
    expect(fieldOfPath("body.scopes.0.ref")).toBe("scopes.0.ref");
  });
  it("turns zod issues of the contract into Dutch sentences with their bounds", () => {
    const result = CreateUserInput.safeParse({ email: "not-an-email", displayName: "", roles: [], password: "short" });
    expect(result.success).toBe(false);
    const byPath = Object.fromEntries(result.error!.issues.map((i) => [i.path.join("."), translateIssue(i as never)]));
    expect(byPath.email).toMatch(/geldig e-mailadres/);
    expect(byPath.displayName).toBe("Vul dit veld in.");
    expect(byPath.roles).toBe("Kies er minstens 1.");
    expect(byPath.password).toBe("Gebruik minstens 12 tekens.");
  });
  it("reads an empty text as a missing value, and custom codes through the catalogue", () => {
    expect(translateIssue({ code: "invalid_format", format: "email", input: "" })).toBe("Vul dit veld in.");
    const issue = z.string().refine(() => false, { params: { code: "mismatch" } }).safeParse("x").error!.issues[0];
    expect(translateIssue(issue as never)).toBe("De wachtwoorden komen niet overeen.");
  });
});
