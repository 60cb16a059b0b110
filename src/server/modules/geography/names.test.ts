import { describe, expect, it } from "vitest";
import { normaliseName } from "./names.js";

describe("normaliseName", () => {
  it("ignores case, accents, hyphens and extra spaces", () => {
    expect(normaliseName("Bourg-Léopold")).toBe("bourg leopold");
    expect(normaliseName("  BOURG  leopold ")).toBe("bourg leopold");
    expect(normaliseName("Herk de Stad")).toBe(normaliseName("Herk-de-Stad"));
    expect(normaliseName("'s-Gravenvoeren")).toBe("s gravenvoeren");
  });
});
