/**
 * The consortium rule of a call (e.g. the innovation premium: at least two independent companies,
 * mainly SMEs, all located in Limburg, none in an excluded sector), one verdict per rule.
 *
 * - Independence: companies linked by control form one single undertaking and count as one
 *   (single-undertaking.ts). The SME class of each company comes from the organisations module
 *   (EU Recommendation 2003/361, linked enterprises' data added at 100 %), so linked companies
 *   should share a class; if they do not, the group takes the largest one.
 * - SME share: the share of SME groups among the independent groups, against the call's minimum
 *   ("mainly SMEs" = more than 50 %). An unknown class never counts as an SME. Integer arithmetic.
 * - Location: the registered seat or an establishment in one of the NIS codes passed in (the 38
 *   Limburg municipalities).
 * - Excluded NACE codes: prefix match on the digits ("01" excludes 01.110; "47.1" excludes 47.110),
 *   on the main activity or on every activity, as the call says.
 */
import type { CallRules, ConsortiumCompany, ConsortiumResult, Reason, RuleVerdict, SmeClass } from "../../../contracts/grants.js";
import type { ControlLink } from "../../../contracts/grants.js";
import { reason } from "./reason.js";
import { groupIntoUndertakings } from "./single-undertaking.js";

export interface ConsortiumInput {
  companies: readonly ConsortiumCompany[];
  links: readonly ControlLink[];
  asOf: string;
  rules: Pick<CallRules, "consortium" | "requireLimburg" | "excludedNacePrefixes" | "naceScope">;
  limburgNis: ReadonlySet<string>;
  publicBodyIds?: ReadonlySet<string>;
}

const SIZE_ORDER: SmeClass[] = ["micro", "small", "medium", "unknown", "large"];
const isSmeClass = (c: SmeClass) => c === "micro" || c === "small" || c === "medium";
const label = (c: ConsortiumCompany) => (c.name ? `${c.name} (${c.enterpriseId})` : c.enterpriseId);

/** "62.010" → "62010"; prefixes are compared on the digits only. */
export function naceDigits(code: string): string {
  return code.replace(/[^0-9]/g, "");
}

function groupClass(classes: SmeClass[]): SmeClass {
  return classes.reduce((worst, c) => (SIZE_ORDER.indexOf(c) > SIZE_ORDER.indexOf(worst) ? c : worst), classes[0]);
}

function verdict(rule: RuleVerdict["rule"], failed: boolean, reasons: Reason[]): RuleVerdict {
  return { rule, status: failed ? "failed" : "passed", reasons };
}

function notApplicable(rule: RuleVerdict["rule"], message: string): RuleVerdict {
  return { rule, status: "not_applicable", reasons: [reason(`consortium.${rule}.not_applicable`, message)] };
}

export function evaluateConsortium(input: ConsortiumInput): ConsortiumResult {
  const { companies, rules } = input;
  const byId = new Map(companies.map((c) => [c.enterpriseId, c]));
  const { groups } = groupIntoUndertakings(
    companies.map((c) => c.enterpriseId),
    { links: input.links, asOf: input.asOf, publicBodyIds: input.publicBodyIds },
  );
  const resultGroups = groups.map((g) => {
    const smeClass = groupClass(g.enterpriseIds.map((id) => byId.get(id)!.smeClass));
    return { enterpriseIds: g.enterpriseIds, smeClass, isSme: isSmeClass(smeClass), members: g.members };
  });

  const verdicts: RuleVerdict[] = [];
  const rule = rules.consortium;

  // 1. independent companies
  if (!rule) {
    verdicts.push(notApplicable("min_independent_companies", "This call does not require a consortium."));
  } else {
    const reasons: Reason[] = [];
    for (const g of resultGroups.filter((x) => x.enterpriseIds.length > 1)) {
      const [first, ...others] = g.enterpriseIds;
      for (const other of others) {
        const member = g.members.find((m) => m.enterpriseId === other)!;
        reasons.unshift(reason("consortium.linked_counts_as_one", `${label(byId.get(other)!)} is linked to ${label(byId.get(first)!)} and does not count as a separate company: ${member.reason.message}`, { enterpriseId: other, linkedTo: first }));
      }
    }
    const count = resultGroups.length;
    const failed = count < rule.minIndependentCompanies;
    reasons.unshift(
      reason(
        failed ? "consortium.too_few_independent" : "consortium.enough_independent",
        `${count} independent ${count === 1 ? "company or group" : "companies or groups"} among ${companies.length} ${companies.length === 1 ? "company" : "companies"}; the call requires at least ${rule.minIndependentCompanies}.`,
        { independent: count, companies: companies.length, required: rule.minIndependentCompanies },
      ),
    );
    verdicts.push(verdict("min_independent_companies", failed, reasons));
  }

  // 2. share of SMEs
  if (!rule) {
    verdicts.push(notApplicable("sme_share", "This call sets no share of SMEs."));
  } else {
    const total = resultGroups.length;
    const smes = resultGroups.filter((g) => g.isSme).length;
    const enough = total > 0 && (rule.smeShareStrict ? smes * 100 > rule.minSmePercent * total : smes * 100 >= rule.minSmePercent * total);
    const bound = rule.smeShareStrict ? "more than" : "at least";
    const reasons: Reason[] = [
      reason(enough ? "consortium.sme_share_met" : "consortium.sme_share_not_met", `${smes} of the ${total} independent groups ${smes === 1 ? "is an SME" : "are SMEs"}; the call requires ${bound} ${rule.minSmePercent} %.`, { smeGroups: smes, groups: total, minSmePercent: rule.minSmePercent, strict: rule.smeShareStrict }),
    ];
    for (const g of resultGroups) {
      const names = g.enterpriseIds.map((id) => label(byId.get(id)!)).join(", ");
      const classes = new Set(g.enterpriseIds.map((id) => byId.get(id)!.smeClass));
      if (classes.size > 1) {
        reasons.push(reason("consortium.classes_differ", `The linked companies ${names} have different SME classes (${[...classes].join(", ")}); the largest, ${g.smeClass}, is taken.`, { enterpriseIds: g.enterpriseIds.join(","), smeClass: g.smeClass }));
      }
      if (g.smeClass === "unknown") {
        reasons.push(reason("consortium.sme_unknown", `The SME class of ${names} is not known, so it does not count as an SME.`, { enterpriseIds: g.enterpriseIds.join(",") }));
      }
    }
    verdicts.push(verdict("sme_share", !enough, reasons));
  }

  // 3. located in Limburg
  if (!rules.requireLimburg) {
    verdicts.push(notApplicable("location_limburg", "This call does not require a location in Limburg."));
  } else {
    const reasons = companies.map((c) => {
      if (c.seatNis && input.limburgNis.has(c.seatNis)) {
        return reason("consortium.seat_in_limburg", `${label(c)} has its seat in Limburg (NIS ${c.seatNis}).`, { enterpriseId: c.enterpriseId, nis: c.seatNis });
      }
      const establishment = (c.establishmentNis ?? []).find((n) => input.limburgNis.has(n));
      if (establishment) {
        return reason("consortium.establishment_in_limburg", `${label(c)} has an establishment in Limburg (NIS ${establishment}).`, { enterpriseId: c.enterpriseId, nis: establishment });
      }
      return reason("consortium.not_in_limburg", `${label(c)} has neither its seat nor an establishment in Limburg.`, { enterpriseId: c.enterpriseId, nis: c.seatNis ?? null });
    });
    const failed = companies.length === 0 || reasons.some((r) => r.code === "consortium.not_in_limburg");
    verdicts.push(verdict("location_limburg", failed, reasons.sort((a, b) => Number(b.code === "consortium.not_in_limburg") - Number(a.code === "consortium.not_in_limburg"))));
  }

  // 4. excluded sectors
  if (rules.excludedNacePrefixes.length === 0) {
    verdicts.push(notApplicable("excluded_nace", "This call excludes no sectors."));
  } else {
    const prefixes = rules.excludedNacePrefixes.map(naceDigits);
    const reasons: Reason[] = [];
    for (const c of companies) {
      const codes = (c.naceCodes ?? []).filter((n) => rules.naceScope === "any" || n.main);
      if (codes.length === 0) {
        reasons.push(reason("consortium.nace_unknown", `The ${rules.naceScope === "main" ? "main activity" : "activities"} of ${label(c)} ${rules.naceScope === "main" ? "is" : "are"} not known, so the excluded sectors cannot be checked.`, { enterpriseId: c.enterpriseId }));
        continue;
      }
      for (const n of codes) {
        const hit = prefixes.find((p) => naceDigits(n.code).startsWith(p));
        if (hit) {
          const prefix = rules.excludedNacePrefixes[prefixes.indexOf(hit)];
          reasons.push(reason("consortium.nace_excluded", `${label(c)} is active in NACE ${n.code}${n.main ? " (main activity)" : ""}, which this call excludes (${prefix}).`, { enterpriseId: c.enterpriseId, nace: n.code, excludedPrefix: prefix }));
        }
      }
    }
    const failed = reasons.length > 0;
    if (!failed) reasons.push(reason("consortium.nace_allowed", `No company is active in a sector this call excludes (${rules.excludedNacePrefixes.join(", ")}).`, { excluded: rules.excludedNacePrefixes.join(",") }));
    verdicts.push(verdict("excluded_nace", failed, reasons));
  }

  return { passed: verdicts.every((v) => v.status !== "failed"), groups: resultGroups, rules: verdicts };
}
