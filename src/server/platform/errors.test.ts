import { describe, expect, it } from "vitest";
import { isUniqueViolation } from "./errors.js";

describe("database errors", () => {
  it("recognises a unique violation, also wrapped by the ORM", () => {
    expect(isUniqueViolation({ code: "23505" })).toBe(true);
    expect(isUniqueViolation({ message: "Failed query", cause: { code: "23505" } })).toBe(true);
    expect(isUniqueViolation({ code: "23503" })).toBe(false);
    expect(isUniqueViolation(undefined)).toBe(false);
  });

  it("follows the cause at most three levels deep and ignores what is not an error object", () => {
    expect(isUniqueViolation({ cause: { cause: { code: "23505" } } })).toBe(true);
    expect(isUniqueViolation({ cause: { cause: { cause: { code: "23505" } } } })).toBe(false);
    expect(isUniqueViolation(null)).toBe(false);
    expect(isUniqueViolation("23505")).toBe(false);
  });
});
