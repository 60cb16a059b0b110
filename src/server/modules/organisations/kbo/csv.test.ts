import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { parseKboCsv, toCsvLine, type KboRow } from "./csv.js";
import { KBO_FILES, KboFileError, checkHeader, isEnterpriseKey, isKboDate, parseZipName, type KboTable } from "./format.js";
import { isLimburgAddress } from "./scope.js";

// Real rows from the published dump (DOMAIN-FACTS §2).
const SAMPLES: Record<string, { table: KboTable; line: string; expected: KboRow }> = {
  enterprise: { table: "enterprise", line: `"0200.065.765","AC","000","2","416",,09-08-1960`, expected: ["0200.065.765", "AC", "000", "2", "416", null, "09-08-1960"] },
  denomination: { table: "denomination", line: `"0200.065.765","2","001","Intergemeentelijke Vereniging Veneco"`, expected: ["0200.065.765", "2", "001", "Intergemeentelijke Vereniging Veneco"] },
  address: {
    table: "address",
    line: `"0200.065.765","REGO",,,"9070","Destelbergen","Destelbergen","Panhuisstraat","Panhuisstraat","1","","",`,
    expected: ["0200.065.765", "REGO", null, null, "9070", "Destelbergen", "Destelbergen", "Panhuisstraat", "Panhuisstraat", "1", "", "", null],
  },
  activity2025: { table: "activity", line: `"0200.065.765","006","2025","84130","MAIN"`, expected: ["0200.065.765", "006", "2025", "84130", "MAIN"] },
  activity2008: { table: "activity", line: `"0200.065.765","001","2008","41101","MAIN"`, expected: ["0200.065.765", "001", "2008", "41101", "MAIN"] },
  establishment: { table: "establishment", line: `"2.000.000.339",01-11-1974,"0403.449.823"`, expected: ["2.000.000.339", "01-11-1974", "0403.449.823"] },
  branch: { table: "branch", line: `"9.000.006.626",01-09-1995,"0257.883.408"`, expected: ["9.000.006.626", "01-09-1995", "0257.883.408"] },
  contact: { table: "contact", line: `"0201.310.929","ENT","WEB","extranet.iglimburg.be/"`, expected: ["0201.310.929", "ENT", "WEB", "extranet.iglimburg.be/"] },
  struckOff: {
    table: "address",
    line: `"0400.357.897","REGO",,,"1420","Braine-l'Alleud","Braine-l'Alleud","Chaussée d'Alsemberg","Chaussée d'Alsemberg","421","","",13-11-2023`,
    expected: ["0400.357.897", "REGO", null, null, "1420", "Braine-l'Alleud", "Braine-l'Alleud", "Chaussée d'Alsemberg", "Chaussée d'Alsemberg", "421", "", "", "13-11-2023"],
  },
};

const headerOf = (t: KboTable) => KBO_FILES[t].header.map((c) => `"${c}"`).join(",");

async function parse(table: KboTable, body: string, file = `${table}.csv`): Promise<KboRow[]> {
  const rows: KboRow[] = [];
  const spec = KBO_FILES[table];
  for await (const b of parseKboCsv(Readable.from([body]), { file, header: spec.header, dateColumns: spec.dateColumns, batchSize: 2 })) rows.push(...b.rows);
  return rows;
}

describe("KBO CSV parsing with the published sample rows", () => {
  it.each(Object.entries(SAMPLES))("reads the %s sample: NULL for an empty field, '' for a quoted empty one", async (_name, s) => {
    expect(await parse(s.table, `${headerOf(s.table)}\n${s.line}\n`)).toEqual([s.expected]);
  });

  it("accepts a byte-order mark, CRLF line ends and a missing last newline", async () => {
    const s = SAMPLES.enterprise;
    expect(await parse("enterprise", `\uFEFF${headerOf("enterprise")}\r\n${s.line}\r\n${s.line}`)).toEqual([s.expected, s.expected]);
  });

  it("gives the same rows and line numbers however the bytes are chunked", async () => {
    const text = `\uFEFF${headerOf("denomination")}\r\n"0403.227.515","2","001","KBC ""Groep"", Brussel é"\r\n\r\n"0403.227.515","1","002","Twee\nregels"\n"2.000.000.339",,"003",""\n`;
    const whole = await parse("denomination", text);
    expect(whole).toEqual([
      ["0403.227.515", "2", "001", 'KBC "Groep", Brussel é'],
      ["0403.227.515", "1", "002", "Twee\nregels"],
      ["2.000.000.339", null, "003", ""],
    ]);
    const bytes = Buffer.from(text, "utf8");
    for (const size of [1, 2, 3, 7, 16]) {
      const chunks: Buffer[] = [];
      for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
      const rows: KboRow[] = [];
      const lines: number[] = [];
      for await (const b of parseKboCsv(Readable.from(chunks), { file: "d.csv", header: KBO_FILES.denomination.header, dateColumns: [], batchSize: 1 })) {
        rows.push(...b.rows);
        lines.push(b.lastLine);
      }
      expect(rows, `chunks of ${size}`).toEqual(whole);
      expect(lines).toEqual([2, 5, 6]);
    }
  });

  it("keeps commas, quotes and accents inside quoted values", async () => {
    const rows = await parse("denomination", `${headerOf("denomination")}\n"0403.227.515","2","001","Bakkerij ""De Kroon"", Genk & Zonen é"\n`);
    expect(rows[0][3]).toBe('Bakkerij "De Kroon", Genk & Zonen é');
  });

  it("writes rows back for COPY so that NULL and '' survive", () => {
    expect(toCsvLine(SAMPLES.address.expected)).toBe(`"0200.065.765","REGO",,,"9070","Destelbergen","Destelbergen","Panhuisstraat","Panhuisstraat","1","","",\n`);
    expect(toCsvLine(["a\"b", null])).toBe(`"a""b",\n`);
  });

  it("names file and line of a wrong header, a short row, a bad date and an open quote", async () => {
    const wrong = parse("enterprise", `"EnterpriseNumber","Status"\n${SAMPLES.enterprise.line}\n`);
    await expect(wrong).rejects.toThrow(KboFileError);
    await expect(wrong).rejects.toMatchObject({ file: "enterprise.csv", line: 1 });
    await expect(parse("activity", `${headerOf("activity")}\n${SAMPLES.activity2008.line}\n"0200.065.765","001","2008"\n`)).rejects.toMatchObject({ file: "activity.csv", line: 3 });
    await expect(parse("enterprise", `${headerOf("enterprise")}\n"0200.065.765","AC","000","2","416",,1960-08-09\n`)).rejects.toMatchObject({ line: 2, message: expect.stringMatching(/dd-mm-yyyy/) });
    await expect(parse("enterprise", `${headerOf("enterprise")}\n"0200.065.765","AC","000","2","416",,31-02-1960\n`)).rejects.toMatchObject({ line: 2 });
    await expect(parse("denomination", `${headerOf("denomination")}\n"0200.065.765","2","001","Interge`)).rejects.toMatchObject({ file: "denomination.csv", line: 2 });
    await expect(parse("enterprise", "")).rejects.toMatchObject({ line: 1 });
  });

  it("checks headers exactly", () => {
    expect(() => checkHeader("meta.csv", ["Variable", "Value"], KBO_FILES.meta.header)).not.toThrow();
    expect(() => checkHeader("meta.csv", ["\uFEFFVariable", "Value"], KBO_FILES.meta.header)).not.toThrow();
    expect(() => checkHeader("meta.csv", ["Variable", "Value", "X"], KBO_FILES.meta.header)).toThrow(/meta\.csv line 1: unexpected header/);
  });
});

describe("KBO names, dates, keys and places", () => {
  it("reads zip names with and without a day", () => {
    expect(parseZipName("KboOpenData_0137_2025_07_Full.zip")).toEqual({ extractNumber: "0137", date: "2025-07", kind: "full" });
    expect(parseZipName("/data/KboOpenData_0141_2025_10_06_Update.zip")).toEqual({ extractNumber: "0141", date: "2025-10-06", kind: "update" });
    expect(parseZipName("kbo.zip")).toBeNull();
    expect(parseZipName("KboOpenData_0141_2025_10_06_Delta.zip")).toBeNull();
  });

  it("accepts only real dd-mm-yyyy days", () => {
    expect(["09-08-1960", "29-02-2024", "31-12-2030", "13-11-2023"].every(isKboDate)).toBe(true);
    expect(["29-02-2023", "31-04-2020", "00-01-2020", "1960-08-09", "9-8-1960", "32-01-2020"].some(isKboDate)).toBe(false);
  });

  it("tells enterprise numbers from establishment numbers and branch ids", () => {
    expect(isEnterpriseKey("0200.065.765")).toBe(true);
    expect(isEnterpriseKey("2.000.000.339")).toBe(false);
    expect(isEnterpriseKey("9.000.006.626")).toBe(false);
  });

  it("places an address in Limburg only at a listed Limburg postcode, not any 3xxx code", () => {
    const limburg = new Set(["3500", "3600", "3700"]);
    const addr = (zip: string, type = "REGO", country: string | null = null): KboRow => ["0200.065.765", type, country, null, zip, "", "", "", "", "1", "", "", null];
    expect(isLimburgAddress(addr("3600"), limburg)).toBe(true);
    expect(isLimburgAddress(addr("3700", "BAET"), limburg)).toBe(true);
    expect(isLimburgAddress(addr("3000"), limburg)).toBe(false); // Leuven
    expect(isLimburgAddress(addr("3555"), limburg)).toBe(false); // in 3500–3999 but no Limburg municipality
    expect(isLimburgAddress(addr("3600", "ABBR"), limburg)).toBe(false); // a foreign branch's address
    expect(isLimburgAddress(addr("3600", "REGO", "Nederland"), limburg)).toBe(false);
  });
});
