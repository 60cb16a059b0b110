import { describe, expect, it } from "vitest";
import { formatAddress, formatEnterpriseNumber, formatEstablishmentNumber, formatNace, naceFilter } from "./format";

describe("organisation formatting", () => {
  it("writes enterprise numbers as 0403.227.515, whatever form they come in", () => {
    expect(formatEnterpriseNumber("0403227515")).toBe("0403.227.515");
    expect(formatEnterpriseNumber("403227515")).toBe("0403.227.515");
    expect(formatEnterpriseNumber("BE0403227515")).toBe("0403.227.515");
    expect(formatEnterpriseNumber("0403.227.515")).toBe("0403.227.515");
    expect(formatEnterpriseNumber(null)).toBe("");
    expect(formatEnterpriseNumber("DE123")).toBe("DE123");
  });

  it("writes establishment numbers as 2.014.894.490", () => {
    expect(formatEstablishmentNumber("2014894490")).toBe("2.014.894.490");
    expect(formatEstablishmentNumber("2.014.894.490")).toBe("2.014.894.490");
  });

  it("reads a NACE filter with dots or spaces, and refuses what is no code", () => {
    expect(naceFilter("62.01")).toBe("6201");
    expect(naceFilter("62 010")).toBe("62010");
    expect(naceFilter("6")).toBe("6");
    expect(naceFilter("62a")).toBeNull();
    expect(naceFilter("12345678")).toBeNull();
    expect(naceFilter("")).toBeNull();
    expect(formatNace("62010")).toBe("62.010");
    expect(formatNace("62")).toBe("62");
  });

  it("writes an address from the parts that are known", () => {
    expect(formatAddress({ street: "Kempische Steenweg", houseNumber: "555", box: "2", postcode: "3500", place: "Hasselt" }, "bus")).toBe("Kempische Steenweg 555 bus 2, 3500 Hasselt");
    expect(formatAddress({ postcode: "3600", place: "Genk" }, "bus")).toBe("3600 Genk");
    expect(formatAddress({}, "bus")).toBe("");
  });
});
