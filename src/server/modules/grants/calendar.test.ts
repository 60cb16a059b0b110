import { describe, expect, it } from "vitest";
import { addDays, addMonths, addYears, daysBetween, instantToLocal, isIsoDate, localDateOf, localToInstant, offsetMinutes, parseInstant } from "./calendar.js";

describe("calendar dates", () => {
  it("adds years and clamps 29 February to 28 February", () => {
    expect(addYears("2026-02-10", -3)).toBe("2023-02-10");
    expect(addYears("2028-02-29", -3)).toBe("2025-02-28");
    expect(addYears("2024-02-29", 3)).toBe("2027-02-28");
    expect(addYears("2024-02-29", 4)).toBe("2028-02-29");
  });

  it("adds months with end-of-month clamping", () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2028-01-31", 1)).toBe("2028-02-29");
    expect(addMonths("2026-12-15", 1)).toBe("2027-01-15");
    expect(addMonths("2026-01-15", -1)).toBe("2025-12-15");
    expect(addMonths("2026-03-10", -35)).toBe("2023-04-10");
  });

  it("adds days and counts days across leap days", () => {
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2027-02-28", 1)).toBe("2027-03-01");
    expect(daysBetween("2024-01-01", "2025-01-01")).toBe(366);
  });

  it("tells real dates from impossible ones", () => {
    expect(isIsoDate("2028-02-29")).toBe(true);
    expect(isIsoDate("2027-02-29")).toBe(false);
    expect(isIsoDate("2027-13-01")).toBe(false);
    expect(isIsoDate("27-01-01")).toBe(false);
  });
});

describe("Europe/Brussels instants", () => {
  it("knows winter (+1) and summer (+2) time", () => {
    expect(offsetMinutes(Date.parse("2026-01-15T12:00:00Z"))).toBe(60);
    expect(offsetMinutes(Date.parse("2026-07-15T12:00:00Z"))).toBe(120);
  });

  it("converts wall-clock times on either side of the March change", () => {
    expect(localToInstant("2026-03-28T12:00")).toEqual({ instant: "2026-03-28T11:00:00.000Z", adjustment: "none" });
    expect(localToInstant("2026-03-29T12:00")).toEqual({ instant: "2026-03-29T10:00:00.000Z", adjustment: "none" });
  });

  it("moves a time in the spring gap forward (02:30 does not exist on 29 March 2026)", () => {
    const r = localToInstant("2026-03-29T02:30");
    expect(r).toEqual({ instant: "2026-03-29T01:30:00.000Z", adjustment: "gap" });
    expect(instantToLocal(r.instant)).toBe("2026-03-29T03:30:00");
  });

  it("takes the first of two 02:30s on 25 October 2026", () => {
    expect(localToInstant("2026-10-25T02:30")).toEqual({ instant: "2026-10-25T00:30:00.000Z", adjustment: "overlap" });
    expect(localToInstant("2026-10-25T03:30")).toEqual({ instant: "2026-10-25T02:30:00.000Z", adjustment: "none" });
  });

  it("gives the local date of an instant (late evening UTC is the next day in Brussels)", () => {
    expect(localDateOf("2026-06-30T22:30:00Z")).toBe("2026-07-01");
    expect(localDateOf("2026-12-31T22:59:59Z")).toBe("2026-12-31");
    expect(localDateOf("2026-12-31T23:00:00Z")).toBe("2027-01-01");
  });

  it("refuses instants without an offset", () => {
    expect(() => parseInstant("2026-03-29T12:00:00")).toThrow(RangeError);
    expect(parseInstant("2026-03-29T12:00:00+02:00")).toBe(Date.parse("2026-03-29T10:00:00Z"));
  });
});
