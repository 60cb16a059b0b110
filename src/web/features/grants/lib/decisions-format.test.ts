import { describe, expect, it } from "vitest";
import { parseEuroInput, parseTranches } from "./decisions-format";

describe("amounts and tranches as typed", () => {
  it("reads euro amounts with a decimal comma or point", () => {
    expect(parseEuroInput("24.000,50")).toBe(2_400_050);
    expect(parseEuroInput("24000")).toBe(2_400_000);
    expect(parseEuroInput("€ 1 500")).toBe(150_000);
    expect(parseEuroInput("12.5")).toBe(1250);
    expect(parseEuroInput("24.000")).toBe(2_400_000);
    expect(parseEuroInput("abc")).toBeNull();
    expect(parseEuroInput("")).toBeNull();
  });
  it("reads one tranche per line", () => {
    expect(parseTranches("Voorschot; 24000; bij ondertekening\nSaldo; 16.000,00; na het eindrapport")).toEqual([
      { label: "Voorschot", amountCents: 2_400_000, due: "bij ondertekening" },
      { label: "Saldo", amountCents: 1_600_000, due: "na het eindrapport" },
    ]);
    expect(parseTranches("Voorschot; veel; nu")).toBeNull();
    expect(parseTranches("")).toEqual([]);
  });
});
