import { describe, expect, it } from "vitest";
import { belgianIbanFrom, belgianNationalCheck, formatIban, ibanCheckDigits, ibanRemainder, normaliseIban, validateBelgianIban } from "./iban.js";

// DOMAIN-FACTS §9, valid examples
const VALID = [
  "BE68 5390 0754 7034",
  "BE32 1234 5678 9002",
  "BE54 3101 0027 0097",
  "BE45 1020 0000 0089",
  "BE48 3200 7018 4927",
  "BE50 0001 7100 3118",
  "BE82 2100 0008 8968",
];

describe("validateBelgianIban", () => {
  it.each(VALID)("accepts %s and gives its paper form", (printed) => {
    const r = validateBelgianIban(printed);
    expect(r.valid).toBe(true);
    if (r.valid) {
      expect(r.formatted).toBe(printed);
      expect(r.iban).toBe(printed.replace(/ /g, ""));
      expect(r.reason.code).toBe("iban.valid");
    }
  });

  it("normalises spaces, dashes and lower case", () => {
    const r = validateBelgianIban("  be68 5390-0754 7034 ");
    expect(r).toMatchObject({ valid: true, iban: "BE68539007547034", formatted: "BE68 5390 0754 7034", bankCode: "539" });
  });

  it("refuses BE54310100270000: the ISO layer passes but the national check must be 97, not 00", () => {
    expect(ibanRemainder("BE54310100270000")).toBe(1);
    const r = validateBelgianIban("BE54310100270000");
    expect(r).toMatchObject({ valid: false, problem: "national_checksum" });
    if (!r.valid) expect(r.reason.params).toMatchObject({ expected: "97", actual: "00" });
  });

  it("refuses BE41091811735141: the ISO layer passes but the national check digits are wrong", () => {
    expect(ibanRemainder("BE41091811735141")).toBe(1);
    const r = validateBelgianIban("BE41091811735141");
    expect(r).toMatchObject({ valid: false, problem: "national_checksum" });
    if (!r.valid) expect(r.reason.params).toMatchObject({ expected: "32", actual: "41" });
  });

  it("BE83138811735115 passes both check-digit layers; only the bank-code list refuses it (138 is unassigned)", () => {
    expect(validateBelgianIban("BE83138811735115").valid).toBe(true);
    const knownCodes = new Set(["539", "320", "001", "210", "102", "123", "310"]);
    const r = validateBelgianIban("BE83138811735115", { isKnownBankCode: (c) => knownCodes.has(c) });
    expect(r).toMatchObject({ valid: false, problem: "bank_code" });
    if (!r.valid) expect(r.reason.params.bankCode).toBe("138");
    expect(validateBelgianIban("BE68539007547034", { isKnownBankCode: (c) => knownCodes.has(c) }).valid).toBe(true);
  });

  it("refuses a Greek IBAN as not Belgian, even though it is a valid IBAN", () => {
    expect(ibanRemainder("GR1601101050000010547023795")).toBe(1);
    const r = validateBelgianIban("GR16 0110 1050 0000 1054 7023 795");
    expect(r).toMatchObject({ valid: false, problem: "country" });
    if (!r.valid) expect(r.reason.params.country).toBe("GR");
  });

  it("refuses wrong lengths", () => {
    expect(validateBelgianIban("BE68 5390 0754 703")).toMatchObject({ valid: false, problem: "length" });
    expect(validateBelgianIban("BE68 5390 0754 70345")).toMatchObject({ valid: false, problem: "length" });
    expect(validateBelgianIban("BE")).toMatchObject({ valid: false, problem: "length" });
  });

  it("refuses bad characters and letters in the BBAN as format errors", () => {
    expect(validateBelgianIban("")).toMatchObject({ valid: false, problem: "format" });
    expect(validateBelgianIban("68 5390 0754 7034")).toMatchObject({ valid: false, problem: "format" });
    expect(validateBelgianIban("BE68.5390.0754.7034")).toMatchObject({ valid: false, problem: "format" });
    expect(validateBelgianIban("BE68 5390 0754 7O34")).toMatchObject({ valid: false, problem: "format" });
  });

  it("refuses a single mistyped digit or swapped digits on the ISO layer", () => {
    expect(validateBelgianIban("BE68 5390 0754 7035")).toMatchObject({ valid: false, problem: "iso_checksum" });
    expect(validateBelgianIban("BE68 5930 0754 7034")).toMatchObject({ valid: false, problem: "iso_checksum" });
    expect(validateBelgianIban("BE86 5390 0754 7034")).toMatchObject({ valid: false, problem: "iso_checksum" });
  });
});

describe("helpers", () => {
  it("formats and normalises", () => {
    expect(normaliseIban(" be68 5390 0754 7034\t")).toBe("BE68539007547034");
    expect(formatIban("BE68539007547034")).toBe("BE68 5390 0754 7034");
    expect(formatIban("GR1601101050000010547023795")).toBe("GR16 0110 1050 0000 1054 7023 795");
  });

  it("computes the check digits of both layers", () => {
    expect(ibanCheckDigits("BE", "539007547034")).toBe("68");
    expect(belgianNationalCheck("5390075470")).toBe("34");
    expect(belgianNationalCheck("3101002700")).toBe("97");
    expect(belgianIbanFrom("310", "1002700")).toBe("BE54310100270097");
    expect(validateBelgianIban(belgianIbanFrom("001", "0000001")).valid).toBe(true);
  });
});
