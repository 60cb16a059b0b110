import { describe, expect, it } from "vitest";
import { bytes } from "./format";

describe("bytes", () => {
  it("writes megabytes with the locale's decimal mark", () => {
    expect(bytes(1.5 * 1024 * 1024, "nl-BE")).toBe("1,5 MB");
    expect(bytes(1.5 * 1024 * 1024, "en")).toBe("1.5 MB");
    expect(bytes(10 * 1024 * 1024, "fr-BE")).toBe("10 MB");
  });
  it("writes small files in whole kilobytes, at least 1", () => {
    expect(bytes(2048, "nl-BE")).toBe("2 kB");
    expect(bytes(10, "en")).toBe("1 kB");
  });
});
