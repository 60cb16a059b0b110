import type { CriterionKey, CriterionOutcome, CriterionResult, Evaluation, Exclusion, Reason, SpaceDemand, Suggestion, SupplyItem } from "../../../../contracts/space.js";
import { type CompiledDemand, type CompiledItem, AVAILABLE, UNMATCHABLE, compileDemand, compileItem, scoreOf } from "./compile.js";
import { formatNace, naceAllowed } from "./nace.js";
import type { Ranked } from "./ranking.js";
import {
  ACCESS_PARTLY_FACTOR,
  AREA_HARD_ABOVE,
  AREA_HARD_BELOW,
  MET,
  NEARBY_KM,
  NOT_MET,
  PARTLY,
  TIMING_PARTLY_DAYS,
  WEIGHTS,
  accessLevel,
  budgetLevel,
  gridLevel,
  limitLevel,
  timingLevel,
  wishLevel,
} from "./rules.js";
import { scorePair } from "./score.js";

/*
 * The explanation of one pair: every hard constraint that excludes it, or every counted criterion with its
 * outcome, weight, points, a code and parameters for translation, and an English sentence. It uses the same
 * level functions as scorePair, and evaluateCompiled checks that the points agree.
 */

type Params = Reason["params"];
const OUTCOME: Record<number, CriterionOutcome> = { [MET]: "met", [PARTLY]: "partly", [NOT_MET]: "not_met" };
// One formatter per number of digits: toLocaleString builds a new one on every call, which dominated refreshes.
const formats = new Map<number, Intl.NumberFormat>();
const num = (x: number, digits = 0) => {
  let format = formats.get(digits);
  if (!format) formats.set(digits, (format = new Intl.NumberFormat("en-GB", { maximumFractionDigits: digits, minimumFractionDigits: 0 })));
  return format.format(x);
};
const euros = new Intl.NumberFormat("en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const eur = (cents: number) => `EUR ${euros.format(cents / 100)}`;
const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

interface ExclusionRule {
  applies(d: CompiledDemand, it: CompiledItem): boolean;
  describe(d: CompiledDemand, it: CompiledItem): Exclusion;
}

/** The hard constraints, each a test and its explanation. */
const EXCLUSION_RULES: readonly ExclusionRule[] = [
  {
    applies: (d, it) => it.land !== d.land,
    describe: (d, it) => ({
      code: "wrong_kind",
      message: `The demand is for ${d.source.kind}; this item is ${it.source.kind === "land" ? "land" : "a building"}.`,
      params: { wanted: d.source.kind, offered: it.source.kind },
    }),
  },
  {
    applies: (d, it) => !(d.buy ? it.sale : it.lease),
    describe: (d, it) => ({
      code: "wrong_transaction",
      message: `The demand wants to ${d.source.transaction === "buy" ? "buy" : "lease"}; this item is only for ${it.source.transaction === "sale" ? "sale" : "lease"}.`,
      params: { wanted: d.source.transaction, offered: it.source.transaction },
    }),
  },
  {
    applies: (_d, it) => it.status === UNMATCHABLE,
    describe: (_d, it) => ({
      code: "not_available",
      message: `The item is ${it.source.availability.replace("_", " ")}; only available items and items under option are matched.`,
      params: { availability: it.source.availability },
    }),
  },
  {
    applies: (d, it) => it.area < d.lo,
    describe: (d, it) => ({
      code: "area_too_small",
      message: `${num(it.area)} m² is far below the wanted minimum of ${num(d.min)} m² (less than ${AREA_HARD_BELOW * 100} % of it).`,
      params: { areaM2: round(it.area), minM2: d.min, limitM2: round(d.lo) },
    }),
  },
  {
    applies: (d, it) => it.area >= d.lo && it.area > d.hi,
    describe: (d, it) => ({
      code: "area_too_large",
      message: `${num(it.area)} m² is far above the wanted maximum of ${num(d.max)} m² (more than ${AREA_HARD_ABOVE * 100} % of it).`,
      params: { areaM2: round(it.area), maxM2: d.max, limitM2: round(d.hi) },
    }),
  },
  {
    applies: (d, it) => !naceAllowed(d.keys, it.nace),
    describe: (d, it) => {
      const activity = formatNace(d.source.activity);
      return { code: "activity_not_allowed", message: `The zoning does not allow activity ${activity}.`, params: { activity, allowed: (it.nace ?? []).map(formatNace) } };
    },
  },
];

function exclusions(d: CompiledDemand, it: CompiledItem): Exclusion[] {
  const out: Exclusion[] = [];
  for (const rule of EXCLUSION_RULES) if (rule.applies(d, it)) out.push(rule.describe(d, it));
  return out;
}

/** How many hard constraints exclude the pair (0: it is eligible), without building their explanations. */
export function exclusionCount(d: CompiledDemand, it: CompiledItem): number {
  let n = 0;
  for (const rule of EXCLUSION_RULES) if (rule.applies(d, it)) n++;
  return n;
}

function criterion(key: CriterionKey, level: number, weight: number, code: string, message: string, params: Params): CriterionResult {
  return { criterion: key, outcome: OUTCOME[level], weight, points: (level * weight) / 2, code, message, params };
}

const distanceNames = [
  ["motorway", "maxMotorway", "motorwayKm"],
  ["rail", "maxRail", "railKm"],
  ["water", "maxWater", "waterKm"],
] as const;

function criteria(d: CompiledDemand, it: CompiledItem): CriterionResult[] {
  const demand = d.source;
  const item = it.source;
  const out: CriterionResult[] = [];
  const inRange = it.area >= d.min && it.area <= d.max;
  const areaParams = { areaM2: round(it.area), minM2: d.min, maxM2: d.max };
  out.push(
    inRange
      ? criterion("area", MET, WEIGHTS.area, "area_within", `${num(it.area)} m² lies within the wanted ${num(d.min)}–${num(d.max)} m².`, areaParams)
      : criterion("area", PARTLY, WEIGHTS.area, "area_near", `${num(it.area)} m² lies just outside the wanted ${num(d.min)}–${num(d.max)} m².`, areaParams),
  );

  if (d.loc !== null) {
    const level = it.muni < d.loc.length ? d.loc[it.muni] : 0;
    const params = { municipality: item.municipalityNis, wanted: demand.municipalities };
    if (level === MET) out.push(criterion("location", MET, d.wLocation, "location_wanted", "The item lies in a wanted municipality.", params));
    else if (level === PARTLY) out.push(criterion("location", PARTLY, d.wLocation, "location_nearby", `The item lies in a municipality within ${NEARBY_KM} km of a wanted one.`, { ...params, nearbyKm: NEARBY_KM }));
    else out.push(criterion("location", NOT_MET, d.wLocation, "location_elsewhere", "The item lies away from the wanted municipalities.", params));
  }

  if (d.wAccess !== 0) {
    const level = accessLevel(d.maxMotorway, d.maxRail, d.maxWater, it.motorway, it.rail, it.water);
    const params: Params = {};
    const parts: string[] = [];
    for (const [name, maxKey, paramKey] of distanceNames) {
      const max = d[maxKey];
      if (max !== max) continue;
      const dist = it[name];
      params[paramKey] = Number.isFinite(dist) ? round(dist) : null;
      params[`${paramKey}Max`] = max;
      const l = limitLevel(dist, max, ACCESS_PARTLY_FACTOR);
      parts.push(`${name} ${Number.isFinite(dist) ? `${num(dist, 1)} km` : "unknown"} (wanted at most ${num(max, 1)} km${l === MET ? "" : l === PARTLY ? ", close" : ", too far"})`);
    }
    const code = level === MET ? "access_met" : level === PARTLY ? "access_partly" : "access_not_met";
    out.push(criterion("access", level, d.wAccess, code, `Access: ${parts.join("; ")}.`, params));
  }

  if (d.wBudget !== 0) {
    const price = d.buy ? it.salePrice : it.leasePrice;
    const level = budgetLevel(d.maxPerM2, d.maxTotal, price, it.area);
    const unit = d.buy ? "/m²" : "/m² a year";
    const params: Params = {
      transaction: demand.transaction,
      pricePerM2Cents: price === price ? price : null,
      totalCents: price === price ? Math.round(price * it.area) : null,
      maxPricePerM2Cents: demand.budget.maxPricePerM2Cents,
      maxTotalCents: demand.budget.maxTotalCents,
    };
    if (price !== price) out.push(criterion("budget", PARTLY, d.wBudget, "budget_price_on_request", "The price is on request.", params));
    else {
      const code = level === MET ? "budget_within" : level === PARTLY ? "budget_slightly_over" : "budget_over";
      const limits = [d.maxPerM2 === d.maxPerM2 ? `${eur(d.maxPerM2)}${unit}` : null, d.maxTotal === d.maxTotal ? `${eur(d.maxTotal)} in total` : null].filter(Boolean).join(" and ");
      const verdict = level === MET ? "fits" : level === PARTLY ? "is slightly over" : "is over";
      out.push(criterion("budget", level, d.wBudget, code, `${eur(price)}${unit} (${eur(Math.round(price * it.area))} in total) ${verdict} the budget of ${limits}.`, params));
    }
  }

  if (d.wTiming !== 0) {
    const level = timingLevel(d.neededDay, it.fromDay);
    const from = item.availableFrom;
    const params = { availableFrom: from, neededFrom: demand.neededFrom, graceDays: TIMING_PARTLY_DAYS };
    const when = from === null ? "at once" : `from ${from}`;
    const code = level === MET ? "timing_met" : level === PARTLY ? "timing_slightly_late" : "timing_late";
    const verdict = level === MET ? "in time for" : level === PARTLY ? `less than ${TIMING_PARTLY_DAYS} days after` : "well after";
    out.push(criterion("timing", level, d.wTiming, code, `Available ${when}, ${verdict} ${demand.neededFrom}.`, params));
  }

  if (d.wGrid !== 0) {
    const level = gridLevel(d.grid, it.grid);
    const params = { capacityKva: item.gridCapacityKva, requiredKva: d.grid };
    if (item.gridCapacityKva === null) out.push(criterion("grid_capacity", NOT_MET, d.wGrid, "grid_unknown", `The grid capacity is not known; ${num(d.grid)} kVA is needed.`, params));
    else {
      const code = level === MET ? "grid_met" : level === PARTLY ? "grid_close" : "grid_short";
      out.push(criterion("grid_capacity", level, d.wGrid, code, `${num(it.grid)} kVA available, ${num(d.grid)} kVA needed.`, params));
    }
  }

  out.push(
    it.status === AVAILABLE
      ? criterion("availability", MET, WEIGHTS.availability, "available", "The item is available.", { availability: item.availability })
      : criterion("availability", PARTLY, WEIGHTS.availability, "under_option", "The item is under option for someone else.", { availability: item.availability }),
  );

  if (d.wHeat !== 0) {
    const has = (it.feat & d.heat) !== 0;
    out.push(criterion("heat_network", has ? MET : NOT_MET, d.wHeat, has ? "heat_network_present" : "heat_network_absent", has ? "A heat network is at hand." : "There is no heat network.", {}));
  }
  const wishes = (key: "sustainability" | "collaboration", names: (keyof SupplyItem["features"])[], wished: number, weight: number) => {
    const want = names.filter((n) => demand.wishes[n]);
    const have = want.filter((n) => item.features[n]);
    const level = wishLevel(wished, it.feat);
    const code = `${key}_${OUTCOME[level]}`;
    const missing = want.filter((n) => !item.features[n]);
    const msg = level === MET ? `Everything wished is offered: ${have.join(", ")}.` : level === PARTLY ? `Offered: ${have.join(", ")}; missing: ${missing.join(", ")}.` : `Not offered: ${missing.join(", ")}.`;
    out.push(criterion(key, level, weight, code, msg, { wished: want, offered: have }));
  };
  if (d.wSust !== 0) wishes("sustainability", ["sharedSolar", "waterManagement"], d.sust, d.wSust);
  if (d.wCollab !== 0) wishes("collaboration", ["sharedServices", "parkManagement"], d.collab, d.wCollab);
  return out;
}

/** Full explanation of a compiled pair. */
export function evaluateCompiled(d: CompiledDemand, it: CompiledItem): Evaluation {
  const excl = exclusions(d, it);
  if (excl.length > 0) return { itemId: it.id, excluded: true, exclusions: excl };
  const list = criteria(d, it);
  const points2 = list.reduce((s, c) => s + c.points * 2, 0);
  const check = scorePair(d, it);
  if (check !== points2) throw new Error(`Scoring disagrees with its explanation for ${d.id} × ${it.id}: ${check} ≠ ${points2}`);
  return { itemId: it.id, excluded: false, score: scoreOf(d, points2), points: points2 / 2, maxPoints: d.max2 / 2, criteria: list };
}

/** Why an item is excluded for a demand, or how it scores on each criterion. */
export function evaluate(demand: SpaceDemand, item: SupplyItem): Evaluation {
  return evaluateCompiled(compileDemand(demand), compileItem(item));
}

/** Ranked pairs as suggestions with their full explanation. */
export function toSuggestions(d: CompiledDemand, ranked: readonly Ranked[]): Suggestion[] {
  return ranked.map((r, i) => {
    const e = evaluateCompiled(d, r.item);
    if (e.excluded) throw new Error(`A ranked item is excluded: ${d.id} × ${r.item.id}`);
    return { itemId: r.item.id, rank: i + 1, score: e.score, points: e.points, maxPoints: e.maxPoints, criteria: e.criteria };
  });
}
