/**
 * EU SME definition (Commission Recommendation 2003/361/EC, DOMAIN-FACTS §4). Pure, no I/O.
 *
 * - Headcount is mandatory: micro < 10, small < 50, medium < 250.
 * - Then either turnover OR balance-sheet total within the ceiling: micro ≤ 2 m / 2 m,
 *   small ≤ 10 m / 10 m, medium ≤ 50 m / 43 m (EUR).
 * - Partner enterprises (≥ 25 %, not linked) are added pro rata to the share; linked
 *   enterprises (> 50 %, or control) are added at 100 %.
 * - Not an SME when public bodies hold, jointly or individually, ≥ 25 % of the capital or votes.
 */

export type SmeClass = "micro" | "small" | "medium" | "large" | "unknown";
export type SizedClass = Exclude<SmeClass, "unknown" | "large">;

export interface SizeFigures {
  headcount: number | null; // annual work units
  turnoverEur: number | null;
  balanceSheetEur: number | null;
  year: number | null;
}

export interface RelatedEnterprise {
  id: string;
  name: string;
  relation: "partner" | "linked";
  /** Share of capital or voting rights, in percent (the higher of the two). */
  sharePct: number;
  /** True when the related party holds shares in this enterprise (upstream), false when this enterprise holds shares in it. */
  upstream: boolean;
  isPublicBody: boolean;
  /** Investor types of Art. 3(2) (business angel < EUR 1.25 m, university, institutional investor, small local authority). */
  exemptInvestor?: boolean;
  figures: SizeFigures;
}

export interface SmeInput {
  own: SizeFigures;
  related: RelatedEnterprise[];
}

export const CEILINGS: Record<SizedClass, { headcount: number; turnoverEur: number; balanceSheetEur: number }> = {
  micro: { headcount: 10, turnoverEur: 2_000_000, balanceSheetEur: 2_000_000 },
  small: { headcount: 50, turnoverEur: 10_000_000, balanceSheetEur: 10_000_000 },
  medium: { headcount: 250, turnoverEur: 50_000_000, balanceSheetEur: 43_000_000 },
};
const ORDER: SizedClass[] = ["micro", "small", "medium"];

export interface AddedEnterprise {
  id: string;
  name: string;
  relation: "partner" | "linked";
  sharePct: number;
  /** Percentage of its figures added: the share for a partner, 100 for a linked enterprise, 0 when left out. */
  appliedPct: number;
  added: { headcount: number | null; turnoverEur: number | null; balanceSheetEur: number | null };
  year: number | null;
  note?: "below_partner_threshold" | "exempt_investor" | "missing_figures" | "other_year";
}

export interface SmeReason {
  code:
    | "public_body_control"
    | "missing_headcount"
    | "missing_financials"
    | "headcount_within"
    | "headcount_exceeds"
    | "turnover_within"
    | "balance_sheet_within"
    | "financials_exceed"
    | "incomplete_related";
  message: string;
  params: Record<string, string | number>;
}

export interface SmeResult {
  class: SmeClass;
  /** The class an autonomous enterprise with only its own figures would have. */
  ownClass: SmeClass;
  year: number | null;
  totals: { headcount: number | null; turnoverEur: number | null; balanceSheetEur: number | null };
  /** Which test decided: the headcount, the financial ceilings, public control, or missing data. */
  decidedBy: "headcount" | "financials" | "public_body" | "missing_data";
  publicBodySharePct: number;
  enterprises: AddedEnterprise[];
  reasons: SmeReason[];
}

const eur = (n: number) => `EUR ${Math.round(n).toLocaleString("en-GB")}`;
const round2 = (n: number) => Math.round(n * 100) / 100;

function classify(t: SmeResult["totals"]): { class: SmeClass; decidedBy: SmeResult["decidedBy"]; reasons: SmeReason[] } {
  const reasons: SmeReason[] = [];
  if (t.headcount === null) {
    reasons.push({ code: "missing_headcount", message: "The headcount is not known, so the class cannot be determined.", params: {} });
    return { class: "unknown", decidedBy: "missing_data", reasons };
  }
  if (t.turnoverEur === null && t.balanceSheetEur === null) {
    reasons.push({
      code: "missing_financials",
      message: "Neither the turnover nor the balance-sheet total is known, so the class cannot be determined.",
      params: {},
    });
    return { class: "unknown", decidedBy: "missing_data", reasons };
  }
  for (const c of ORDER) {
    const ceil = CEILINGS[c];
    if (!(t.headcount < ceil.headcount)) {
      reasons.push({
        code: "headcount_exceeds",
        message: `Headcount ${round2(t.headcount)} is not below the ${c} ceiling of ${ceil.headcount}.`,
        params: { class: c, headcount: round2(t.headcount), ceiling: ceil.headcount },
      });
      continue;
    }
    const turnoverOk = t.turnoverEur !== null && t.turnoverEur <= ceil.turnoverEur;
    const balanceOk = t.balanceSheetEur !== null && t.balanceSheetEur <= ceil.balanceSheetEur;
    if (turnoverOk || balanceOk) {
      reasons.push({
        code: "headcount_within",
        message: `Headcount ${round2(t.headcount)} is below the ${c} ceiling of ${ceil.headcount}.`,
        params: { class: c, headcount: round2(t.headcount), ceiling: ceil.headcount },
      });
      reasons.push(
        turnoverOk
          ? {
              code: "turnover_within",
              message: `Turnover ${eur(t.turnoverEur!)} is within the ${c} ceiling of ${eur(ceil.turnoverEur)}.`,
              params: { class: c, turnoverEur: t.turnoverEur!, ceiling: ceil.turnoverEur },
            }
          : {
              code: "balance_sheet_within",
              message: `Balance-sheet total ${eur(t.balanceSheetEur!)} is within the ${c} ceiling of ${eur(ceil.balanceSheetEur)}.`,
              params: { class: c, balanceSheetEur: t.balanceSheetEur!, ceiling: ceil.balanceSheetEur },
            },
      );
      // What kept it out of the next smaller class (for micro: nothing, the headcount fits).
      const lastFail = [...reasons].reverse().find((r) => r.code === "headcount_exceeds" || r.code === "financials_exceed");
      return { class: c, decidedBy: lastFail?.code === "financials_exceed" ? "financials" : "headcount", reasons };
    }
    reasons.push({
      code: "financials_exceed",
      message: `Turnover ${t.turnoverEur === null ? "unknown" : eur(t.turnoverEur)} and balance-sheet total ${
        t.balanceSheetEur === null ? "unknown" : eur(t.balanceSheetEur)
      } both exceed the ${c} ceilings (${eur(ceil.turnoverEur)} / ${eur(ceil.balanceSheetEur)}).`,
      params: { class: c, ceilingTurnoverEur: ceil.turnoverEur, ceilingBalanceSheetEur: ceil.balanceSheetEur },
    });
  }
  const last = reasons[reasons.length - 1];
  return { class: "large", decidedBy: last?.code === "financials_exceed" ? "financials" : "headcount", reasons };
}

function add(a: number | null, b: number | null): number | null {
  if (a === null) return null;
  return b === null ? a : a + b;
}

/** The SME class with the reasons behind it, aggregating partner (pro rata) and linked (100 %) enterprises. */
export function smeClass(input: SmeInput): SmeResult {
  const own = input.own;
  const totals = { headcount: own.headcount, turnoverEur: own.turnoverEur, balanceSheetEur: own.balanceSheetEur };
  const enterprises: AddedEnterprise[] = [];
  let incomplete = false;

  for (const r of input.related) {
    const base = { id: r.id, name: r.name, relation: r.relation, sharePct: r.sharePct, year: r.figures.year };
    const none = { headcount: null, turnoverEur: null, balanceSheetEur: null };
    // A public body is counted through the public-control rule below, not by adding its figures.
    if (r.isPublicBody && r.upstream) continue;
    if (r.relation === "partner" && r.sharePct < 25) {
      enterprises.push({ ...base, appliedPct: 0, added: none, note: "below_partner_threshold" });
      continue;
    }
    if (r.relation === "partner" && r.exemptInvestor) {
      enterprises.push({ ...base, appliedPct: 0, added: none, note: "exempt_investor" });
      continue;
    }
    const pct = r.relation === "linked" ? 100 : r.sharePct;
    const f = r.figures;
    const scale = (v: number | null) => (v === null ? null : (v * pct) / 100);
    const added = { headcount: scale(f.headcount), turnoverEur: scale(f.turnoverEur), balanceSheetEur: scale(f.balanceSheetEur) };
    let note: AddedEnterprise["note"];
    if (f.headcount === null || (f.turnoverEur === null && f.balanceSheetEur === null)) {
      note = "missing_figures";
      incomplete = true;
    } else if (own.year !== null && f.year !== null && f.year !== own.year) {
      note = "other_year";
    }
    totals.headcount = add(totals.headcount, added.headcount);
    totals.turnoverEur = add(totals.turnoverEur, added.turnoverEur);
    totals.balanceSheetEur = add(totals.balanceSheetEur, added.balanceSheetEur);
    enterprises.push({ ...base, appliedPct: pct, added, ...(note ? { note } : {}) });
  }

  const ownClass = classify({ headcount: own.headcount, turnoverEur: own.turnoverEur, balanceSheetEur: own.balanceSheetEur }).class;
  const publicBodySharePct = round2(
    input.related.filter((r) => r.isPublicBody && r.upstream && !r.exemptInvestor).reduce((s, r) => s + r.sharePct, 0),
  );
  const year = own.year;

  if (publicBodySharePct >= 25) {
    return {
      class: "large",
      ownClass,
      year,
      totals,
      decidedBy: "public_body",
      publicBodySharePct,
      enterprises,
      reasons: [
        {
          code: "public_body_control",
          message: `Public bodies hold ${publicBodySharePct} % of the capital or voting rights (25 % or more), so this is not an SME.`,
          params: { sharePct: publicBodySharePct },
        },
      ],
    };
  }

  const c = classify(totals);
  const reasons = [...c.reasons];
  if (incomplete) {
    reasons.push({
      code: "incomplete_related",
      message: "Some partner or linked enterprises have no figures; their share could not be added.",
      params: { count: enterprises.filter((e) => e.note === "missing_figures").length },
    });
  }
  return {
    class: c.class,
    ownClass,
    year,
    totals: {
      headcount: totals.headcount === null ? null : round2(totals.headcount),
      turnoverEur: totals.turnoverEur === null ? null : Math.round(totals.turnoverEur),
      balanceSheetEur: totals.balanceSheetEur === null ? null : Math.round(totals.balanceSheetEur),
    },
    decidedBy: c.decidedBy,
    publicBodySharePct,
    enterprises,
    reasons,
  };
}

/** The class from an organisation's own figures alone (for list filters). */
export function ownSmeClass(f: SizeFigures): SmeClass {
  return classify({ headcount: f.headcount, turnoverEur: f.turnoverEur, balanceSheetEur: f.balanceSheetEur }).class;
}
