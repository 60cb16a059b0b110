import { describe, expect, it } from "vitest";
import {
  checkDigits,
  enterpriseNumberQuery,
  formatEnterpriseNumber,
  isValidEnterpriseNumber,
  isValidEstablishmentNumber,
  normaliseEnterpriseNumber,
  parseEnterpriseNumber,
  parseEstablishmentNumber,
  vatNumber,
  withCheckDigits,
} from "./enterprise-number.js";

// Real entities (DOMAIN-FACTS §1): every one passes mod 97.
const VALID = [
  "0417.497.106", // AB InBev
  "0403.227.515", // KBC Groep
  "0202.239.951", // Proximus
  "0400.378.485", // Colruyt
  "0403.091.220", // Solvay
  "0403.053.608", // UCB, check digits 08
  "0401.574.852", // Umicore
  "0476.388.378", // Elia
  "0451.406.524", // Ageas
  "0403.219.397", // Sofina, remainder 0 → 97
  "0877.248.501", // Aedifica, check digits 01
  "0314.595.348", // FOD Economie
  "0200.065.765", // Veneco
  "0200.068.636", // Farys
  "0201.310.929",
  "0566.988.259", // Flemish wiki example
  "0403.019.261",
  "0428.759.497", // check 97
  "BE0440966354",
  "BE0831797467",
  "0404.616.494", "0401.277.914", "0818.292.196", "0426.184.049", "0403.448.140",
  "0466.460.429", "0407.040.209", "0887.216.042", "0417.199.869",
  "0471.938.850", "0203.201.340",
  "BE1014.755.897", // a 1… number
];

const INVALID: [string, string][] = [
  ["0202.239.952", "checksum"],
  ["0417.497.107", "checksum"],
  ["BE0431150351", "checksum"],
  ["BE431150351", "checksum"],
  ["1234567890", "checksum"],
  ["BE1234567895", "checksum"],
  ["BE0000000000", "all_zeros"],
  ["BE123456789", "checksum"], // 9 digits → legacy 0123456789, whose check digits are wrong
  ["BE12345678945", "length"],
  ["BB1234567894", "country"],
  ["2000000339", "leading_digit"], // establishment range
  ["2.000.000.339", "leading_digit"],
  ["", "empty"],
  ["   ", "empty"],
  ["0403.227.51x", "format"],
  ["04032275", "length"],
  ["000000000", "all_zeros"],
];

describe("enterprise numbers", () => {
  it.each(VALID)("accepts the real number %s", (n) => {
    expect(isValidEnterpriseNumber(n)).toBe(true);
  });

  it.each(INVALID)("refuses %s (%s)", (n, problem) => {
    const r = parseEnterpriseNumber(n);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem).toBe(problem);
      expect(r.message).toMatch(/\.$/);
    }
  });

  it("accepts every written form and normalises to 10 digits", () => {
    for (const form of [
      "0403.227.515", "BE0403227515", "BE 0403 227 515", "403227515", "BE0403.227.515", "be0403227515",
      " 0403 227 515 ", "0403-227-515", "0403/227/515", "BE 403.227.515", "BE(0)403227515", "BE403227515",
    ]) {
      expect(normaliseEnterpriseNumber(form), form).toBe("0403227515");
    }
  });

  it("formats as 0403.227.515 and as a VAT number", () => {
    const r = parseEnterpriseNumber("BE0403227515");
    expect(r).toEqual({ ok: true, digits: "0403227515", formatted: "0403.227.515" });
    expect(formatEnterpriseNumber("1014755897")).toBe("1014.755.897");
    expect(vatNumber("0403227515")).toBe("BE0403227515");
  });

  it("writes 97, never 00, when the first eight digits are a multiple of 97", () => {
    expect(checkDigits("04032193")).toBe("97"); // Sofina
    expect(checkDigits("04287594")).toBe("97");
    expect(checkDigits("00000097")).toBe("97");
    expect(isValidEnterpriseNumber("0403219300")).toBe(false);
    expect(checkDigits("04030536")).toBe("08"); // UCB: padded
  });

  it("builds valid numbers from eight digits", () => {
    for (const first8 of ["04000000", "04032275", "10147558", "08772485"]) {
      expect(isValidEnterpriseNumber(withCheckDigits(first8))).toBe(true);
    }
  });

  it("recognises a number typed in a search box", () => {
    expect(enterpriseNumberQuery("BE 0403 227 515")).toBe("0403227515");
    expect(enterpriseNumberQuery("403227515")).toBe("0403227515");
    expect(enterpriseNumberQuery("Colruyt")).toBeNull();
    expect(enterpriseNumberQuery("0403.227.516")).toBeNull();
  });
});

describe("establishment unit numbers", () => {
  it.each(["2.000.000.339", "2.000.000.438", "2.000.001.032", "2.000.002.022", "2127571769", "2127607601", "2152438611", "2152451081"])(
    "accepts the real number %s",
    (n) => expect(isValidEstablishmentNumber(n)).toBe(true),
  );

  it("formats as 2.000.000.339", () => {
    expect(parseEstablishmentNumber("2000000339")).toEqual({ ok: true, digits: "2000000339", formatted: "2.000.000.339" });
  });

  it("refuses enterprise numbers, bad check digits and wrong lengths", () => {
    expect(parseEstablishmentNumber("0403.227.515")).toMatchObject({ ok: false, problem: "leading_digit" });
    expect(parseEstablishmentNumber("9.000.006.626")).toMatchObject({ ok: false, problem: "leading_digit" }); // branch id
    expect(parseEstablishmentNumber("2.000.000.338")).toMatchObject({ ok: false, problem: "checksum" });
    expect(parseEstablishmentNumber("200000033")).toMatchObject({ ok: false, problem: "length" });
  });
});
