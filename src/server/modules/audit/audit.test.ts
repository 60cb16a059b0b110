import { describe, expect, it } from "vitest";
import { brusselsTime, csvRecord, CSV_COLUMNS, safeCell } from "./csv.js";
import { parseAuditQuery } from "./parse.js";

describe("CSV cells", () => {
  it("defuses text a spreadsheet would run as a formula", () => {
    for (const v of ["=1+1", "+32 11 00 00 00", "-5", "@SUM(A1)", "\tx", "\rx"]) expect(safeCell(v)).toBe(`'${v}`);
    for (const v of ["user.create", "Anna (anna@x.be)", "", "1=1"]) expect(safeCell(v)).toBe(v);
  });

  it("writes Brussels wall-clock time across the daylight-saving change", () => {
    expect(brusselsTime("2026-03-29T00:59:59Z")).toBe("2026-03-29 01:59:59");
    expect(brusselsTime("2026-03-29T01:00:00Z")).toBe("2026-03-29 03:00:00");
    expect(brusselsTime("2026-10-25T00:30:00Z")).toBe("2026-10-25 02:30:00");
    expect(brusselsTime("2026-10-25T01:30:00Z")).toBe("2026-10-25 02:30:00");
  });

  it("turns an entry into one record in column order", () => {
    const record = csvRecord({
      id: 7, at: "2026-01-15T08:00:00.000Z", actorId: null, actorLabel: "system: import", action: "user.create", entity: "user",
      entityId: "u1", before: null, after: { roles: ["reviewer"] }, requestId: "r1",
    });
    expect(record).toHaveLength(CSV_COLUMNS.length);
    expect(record).toEqual(["7", "2026-01-15T08:00:00.000Z", "2026-01-15 09:00:00", "", "system: import", "user.create", "user", "u1", "r1", "", '{"roles":["reviewer"]}']);
  });
});

describe("audit query", () => {
  it("takes defaults and trims the free text", () => {
    expect(parseAuditQuery({ q: "  x " })).toMatchObject({ q: "x", limit: 50, offset: 0 });
    expect(parseAuditQuery({ q: "   " }).q).toBeUndefined();
  });

  it("refuses an end date before the start date, naming the field", () => {
    expect(() => parseAuditQuery({ from: "2026-02-01", to: "2026-01-31" })).toThrow(expect.objectContaining({ code: "validation", details: [expect.objectContaining({ path: "to" })] }));
    expect(parseAuditQuery({ from: "2026-02-01", to: "2026-02-01" })).toMatchObject({ from: "2026-02-01", to: "2026-02-01" });
  });
});
