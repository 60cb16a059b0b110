import { describe, expect, it } from "vitest";
import { letterLanguage, renderDecisionLetter, type DecisionLetterInput } from "./decision-letter.js";

/** The text drawn on the pages of an uncompressed pdfkit file: its hex strings in TJ arrays, decoded (WinAnsi). */
function pdfText(pdf: Buffer): string {
  const raw = pdf.toString("latin1");
  const lines: string[] = [];
  for (const m of raw.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
    const hex = [...m[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]).join("");
    lines.push(Buffer.from(hex, "hex").toString("latin1").replace(/\x80/g, "€"));
  }
  return lines.join("\n");
}

const base: DecisionLetterInput = {
  language: "nl",
  reference: "IP-2026-0007",
  decisionDate: "2026-12-01",
  applicant: { name: "Cobotix BV", enterpriseNumber: "0123.456.749", address: "Kempische Steenweg 293, 3500 Hasselt" },
  callName: "Innovatiepremie 2026",
  instrument: "grant",
  outcome: "approved",
  amountCents: 4_500_000,
  requestedCents: 5_000_000,
  reasons: "Sterke samenwerking tussen twee kmo's uit Genk en Hasselt.",
  conditions: ["Eindrapport binnen twaalf maanden", "Vermelding van de provincie bij communicatie"],
  tranches: [
    { label: "Eerste schijf", amountCents: 2_700_000, due: "bij ondertekening" },
    { label: "Saldo", amountCents: 1_800_000, due: "na goedkeuring van het eindrapport" },
  ],
  deMinimis: true,
  signedBy: "An Peeters",
};

describe("decision letter", () => {
  it("renders an approval in Dutch with the amount, reasons, conditions and tranche plan", async () => {
    const letter = await renderDecisionLetter(base, { compress: false });
    expect(letter.pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(letter).toMatchObject({ language: "nl", fellBack: false, fileName: "beslissing-IP-2026-0007.pdf" });
    const text = pdfText(letter.pdf);
    expect(text).toContain("Beslissing over uw aanvraag");
    expect(text).toContain("subsidie toe van EUR 45.000,00");
    expect(text).toContain("U vroeg EUR 50.000,00 aan.");
    expect(text).toContain("Sterke samenwerking");
    expect(text).toContain("Eindrapport binnen twaalf maanden");
    expect(text).toContain("Eerste schijf");
    expect(text).toContain("EUR 27.000,00");
    expect(text).toContain("1 december 2026");
    expect(text).toContain("2023/2831");
  });

  it("renders a refusal in English with its reasons and no amount", async () => {
    const letter = await renderDecisionLetter(
      { ...base, language: "en", outcome: "refused", amountCents: null, reasons: "The consortium has only one independent company.", tranches: [], conditions: [] },
      { compress: false },
    );
    const text = pdfText(letter.pdf);
    expect(letter.language).toBe("en");
    expect(text).toContain("We cannot approve your application.");
    expect(text).toContain("only one independent company");
    expect(text).not.toContain("EUR 45,000.00");
    expect(text).toContain("1 December 2026");
  });

  it("gives French and German applicants the Dutch letter and says so", async () => {
    expect(letterLanguage("fr")).toEqual({ language: "nl", fellBack: true });
    expect(letterLanguage("de")).toEqual({ language: "nl", fellBack: true });
    expect(letterLanguage("nl-BE")).toEqual({ language: "nl", fellBack: false });
    const letter = await renderDecisionLetter({ ...base, language: "fr" }, { compress: false });
    expect(letter.fellBack).toBe(true);
    expect(pdfText(letter.pdf)).toContain("Beslissing over uw aanvraag");
  });

  it("compresses by default and stays a valid PDF", async () => {
    const letter = await renderDecisionLetter(base);
    expect(letter.pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(letter.pdf.toString("latin1")).toContain("%%EOF");
  });
});
