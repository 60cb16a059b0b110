/**
 * The decision letter: a PDF in the applicant's language with the decision, the amount, the reasons,
 * the conditions and the tranche plan. Letters exist in Dutch and English; French and German
 * applicants receive the Dutch letter (the language of the administration in Flanders) and the
 * result says so (`fellBack`), so the officer can attach a translation when needed.
 */
import PDFDocument from "pdfkit";

export type LetterLanguage = "nl" | "en";

export interface LetterTranche {
  label: string;
  amountCents: number;
  /** When or on what condition the tranche is paid (free text, e.g. "on signing" or "2027-06-30"). */
  due: string;
}

export interface DecisionLetterInput {
  /** Applicant's preferred language: nl, en, fr, de (others fall back to nl too). */
  language: string;
  reference: string;
  decisionDate: string; // yyyy-mm-dd
  applicant: { name: string; enterpriseNumber?: string | null; address?: string | null };
  callName: string;
  instrument: "grant" | "repayable_advance";
  outcome: "approved" | "refused";
  amountCents?: number | null;
  requestedCents?: number | null;
  /** Motivation of the decision (approval) or the reasons of the refusal. */
  reasons: string;
  conditions: string[];
  tranches: LetterTranche[];
  deMinimis: boolean;
  signedBy: string;
}

const TEXT = {
  nl: {
    sender: "Provincie Limburg — Economische ontwikkeling",
    address: "Universiteitslaan 1, 3500 Hasselt",
    title: "Beslissing over uw aanvraag",
    reference: "Referentie",
    date: "Datum",
    enterprise: "Ondernemingsnummer",
    call: "Oproep",
    dear: (n: string) => `Geachte, beste ${n},`,
    approvedGrant: (a: string) => `Wij keuren uw aanvraag goed en kennen u een subsidie toe van ${a}.`,
    approvedAdvance: (a: string) => `Wij keuren uw aanvraag goed en kennen u een terugbetaalbaar voorschot toe van ${a}.`,
    requested: (a: string) => `U vroeg ${a} aan.`,
    refused: "Wij kunnen uw aanvraag niet goedkeuren.",
    motivation: "Motivering",
    refusalReasons: "Redenen van de weigering",
    conditions: "Voorwaarden",
    tranches: "Uitbetaling in schijven",
    trancheCols: ["Schijf", "Bedrag", "Wanneer"],
    deMinimis: "Deze steun is de-minimissteun volgens Verordening (EU) 2023/2831. Bewaar deze brief: u moet hem kunnen voorleggen wanneer u later de-minimissteun aanvraagt.",
    advance: "Het voorschot wordt terugbetaald volgens het aflossingsplan dat u afzonderlijk ontvangt.",
    closing: "Met vriendelijke groeten,",
    for: "Voor de provincie Limburg",
  },
  en: {
    sender: "Province of Limburg — Economic development",
    address: "Universiteitslaan 1, 3500 Hasselt, Belgium",
    title: "Decision on your application",
    reference: "Reference",
    date: "Date",
    enterprise: "Enterprise number",
    call: "Call",
    dear: (n: string) => `Dear ${n},`,
    approvedGrant: (a: string) => `We approve your application and award you a grant of ${a}.`,
    approvedAdvance: (a: string) => `We approve your application and award you a repayable advance of ${a}.`,
    requested: (a: string) => `You requested ${a}.`,
    refused: "We cannot approve your application.",
    motivation: "Motivation",
    refusalReasons: "Reasons for the refusal",
    conditions: "Conditions",
    tranches: "Payment in tranches",
    trancheCols: ["Tranche", "Amount", "When"],
    deMinimis: "This aid is de minimis aid under Regulation (EU) 2023/2831. Keep this letter: you must be able to show it when you later apply for de minimis aid.",
    advance: "The advance is repaid according to the repayment schedule you receive separately.",
    closing: "Kind regards,",
    for: "For the Province of Limburg",
  },
} as const;

/** nl and en as they are; fr, de and anything else fall back to Dutch. */
export function letterLanguage(preferred: string): { language: LetterLanguage; fellBack: boolean } {
  const l = preferred.toLowerCase().slice(0, 2);
  if (l === "en") return { language: "en", fellBack: false };
  return { language: "nl", fellBack: l !== "nl" };
}

export function formatMoney(cents: number, language: LetterLanguage): string {
  const n = new Intl.NumberFormat(language === "nl" ? "nl-BE" : "en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(cents / 100);
  return `EUR ${n}`;
}

export function formatLetterDate(isoDate: string, language: LetterLanguage): string {
  const [y, m, d] = isoDate.split("-").map(Number);
  return new Intl.DateTimeFormat(language === "nl" ? "nl-BE" : "en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(y, m - 1, d)));
}

export interface DecisionLetter {
  pdf: Buffer;
  language: LetterLanguage;
  fellBack: boolean;
  fileName: string;
}

/** Renders the letter. `compress: false` keeps the text readable in the file (tests read it back). */
export async function renderDecisionLetter(input: DecisionLetterInput, opts: { compress?: boolean } = {}): Promise<DecisionLetter> {
  const { language, fellBack } = letterLanguage(input.language);
  const t = TEXT[language];
  const money = (c: number) => formatMoney(c, language);
  const doc = new PDFDocument({
    size: "A4",
    margin: 56,
    compress: opts.compress ?? true,
    lang: language === "nl" ? "nl-BE" : "en",
    info: { Title: `${t.title} ${input.reference}`, Author: t.sender, Subject: input.callName },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    doc.on("end", () => resolve());
    doc.on("error", reject);
  });

  doc.font("Helvetica-Bold").fontSize(11).text(t.sender);
  doc.font("Helvetica").fontSize(9).text(t.address).moveDown(2);
  doc.fontSize(10).text(input.applicant.name);
  if (input.applicant.enterpriseNumber) doc.text(`${t.enterprise}: ${input.applicant.enterpriseNumber}`);
  if (input.applicant.address) doc.text(input.applicant.address);
  doc.moveDown(1.5);
  doc.text(`${t.date}: ${formatLetterDate(input.decisionDate, language)}`);
  doc.text(`${t.reference}: ${input.reference}`);
  doc.text(`${t.call}: ${input.callName}`).moveDown(1.5);
  doc.font("Helvetica-Bold").fontSize(14).text(`${t.title} — ${input.callName}`).moveDown();
  doc.font("Helvetica").fontSize(10).text(t.dear(input.applicant.name)).moveDown();

  const heading = (s: string) => doc.moveDown(0.5).font("Helvetica-Bold").fontSize(11).text(s).font("Helvetica").fontSize(10).moveDown(0.3);
  if (input.outcome === "approved") {
    const amount = money(input.amountCents ?? 0);
    doc.font("Helvetica-Bold").text(input.instrument === "repayable_advance" ? t.approvedAdvance(amount) : t.approvedGrant(amount)).font("Helvetica");
    if (input.requestedCents != null && input.requestedCents !== input.amountCents) doc.text(t.requested(money(input.requestedCents)));
    if (input.reasons.trim()) {
      heading(t.motivation);
      doc.text(input.reasons.trim());
    }
    if (input.conditions.length > 0) {
      heading(t.conditions);
      doc.list(input.conditions, { bulletRadius: 1.5 });
    }
    if (input.tranches.length > 0) {
      heading(t.tranches);
      const x = doc.x;
      const cols = [x, x + 200, x + 320];
      doc.font("Helvetica-Bold");
      let y = doc.y;
      t.trancheCols.forEach((c, i) => doc.text(c, cols[i], y, { width: i === 2 ? 160 : 110, lineBreak: false }));
      doc.font("Helvetica");
      for (const tr of input.tranches) {
        y = doc.y + 4;
        doc.text(tr.label, cols[0], y, { width: 190 });
        const after = doc.y;
        doc.text(money(tr.amountCents), cols[1], y, { width: 110 });
        doc.text(tr.due, cols[2], y, { width: 160 });
        doc.y = Math.max(after, doc.y);
      }
      doc.x = x;
      doc.moveDown();
    }
    if (input.instrument === "repayable_advance") doc.moveDown(0.5).text(t.advance);
    if (input.deMinimis) doc.moveDown(0.5).text(t.deMinimis);
  } else {
    doc.font("Helvetica-Bold").text(t.refused).font("Helvetica");
    heading(t.refusalReasons);
    doc.text(input.reasons.trim());
  }
  doc.moveDown(2).text(t.closing).moveDown(0.5).text(input.signedBy).text(t.for);
  doc.end();
  await done;
  const safeRef = input.reference.replace(/[^A-Za-z0-9_-]+/g, "-");
  return { pdf: Buffer.concat(chunks), language, fellBack, fileName: `${language === "nl" ? "beslissing" : "decision"}-${safeRef}.pdf` };
}
