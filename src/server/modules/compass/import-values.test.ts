import { describe, expect, it } from "vitest";
import { columnFor, parseNumber, parsePeriod } from "./import-values.js";

const num = (c: string | number) => {
  const r = parseNumber(c);
  return "value" in r ? r.value : "error";
};
const per = (c: string | number | Date) => {
  const r = parsePeriod(c);
  return "date" in r ? r.date : "error";
};

describe("numbers: comma for decimals, point for thousands in groups of three", () => {
  it("reads Dutch numbers", () => {
    expect(num("1.840")).toBe(1840);
    expect(num("1.840,5")).toBe(1840.5);
    expect(num("2.500.000")).toBe(2_500_000);
    expect(num("1,5")).toBe(1.5);
    expect(num("0,25")).toBe(0.25);
    expect(num("2500")).toBe(2500);
    expect(num("2 500")).toBe(2500);
    expect(num("2\u00a0500,75")).toBe(2500.75);
    expect(num("-3,2")).toBe(-3.2);
    expect(num("+7")).toBe(7);
    expect(num(" 42 ")).toBe(42);
  });

  it("refuses what the rule cannot read without guessing", () => {
    for (const bad of ["1.5", "1.84", "12.3456", "1,840.5", "1.840.5", "abc", "1e3", "€ 5", "80%", "", ",5", "1,"]) expect(num(bad), bad).toBe("error");
    const r = parseNumber("1.5");
    expect("error" in r && r.error).toContain("Write decimals with a comma (1,5)");
  });

  it("takes spreadsheet numbers as they are", () => {
    expect(num(1.5)).toBe(1.5);
    expect(num(1840)).toBe(1840);
  });
});

describe("periods", () => {
  it("reads the four forms", () => {
    expect(per("2026-03-31")).toBe("2026-03-31");
    expect(per("31-03-2026")).toBe("2026-03-31");
    expect(per("31/03/2026")).toBe("2026-03-31");
    expect(per("1.3.2026")).toBe("2026-03-01");
    expect(per("2026-02")).toBe("2026-02-28");
    expect(per("2028-02")).toBe("2028-02-29");
    expect(per("2026")).toBe("2026-12-31");
    expect(per(2026)).toBe("2026-12-31");
    expect(per(new Date(Date.UTC(2026, 5, 30)))).toBe("2026-06-30");
  });

  it("refuses dates that do not exist", () => {
    for (const bad of ["2026-02-30", "31-04-2026", "2026-13", "26-03-31", "maart 2026", "2026/03/31", "1800", "12.5"]) expect(per(bad), bad).toBe("error");
    expect(per(45000)).toBe("error");
  });
});

describe("columns", () => {
  it("match case-insensitively, with Dutch aliases", () => {
    expect(columnFor("Indicator")).toBe("indicator");
    expect(columnFor("IndicatorCode")).toBe("indicator");
    expect(columnFor("indicator_code")).toBe("indicator");
    expect(columnFor("Periode")).toBe("period");
    expect(columnFor("WAARDE")).toBe("value");
    expect(columnFor("Gemeente")).toBe("municipality");
    expect(columnFor("Bron")).toBe("source");
    expect(columnFor("Opmerking")).toBe("note");
    expect(columnFor("indicator_name")).toBeNull();
  });
});
