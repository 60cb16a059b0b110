import type { SpaceDemand, Suggestion, SupplyItem } from "../../../../contracts/space.js";
import { type CompiledDemand, type CompiledItem, compileDemand, compileItem } from "./compile.js";
import { toSuggestions } from "./explain.js";
import { type Ranked, TopK } from "./ranking.js";
import { scorePair } from "./score.js";

/*
 * Exhaustive matching: every item is scored against the demand. It is the reference the index must agree
 * with, and fine for small supplies (a few thousand items).
 */

export const DEFAULT_TOP = 10;

/** Items compiled once, to score many demands against. */
export function compileItems(items: readonly SupplyItem[]): CompiledItem[] {
  return items.map((item) => compileItem(item));
}

/** The best k items for a compiled demand, by scoring every item. */
export function rankAll(d: CompiledDemand, items: readonly CompiledItem[], k = DEFAULT_TOP): Ranked[] {
  const top = new TopK(k);
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    const p = scorePair(d, it);
    if (p >= 0 && top.wouldKeep(p, it)) top.offer(it, p);
  }
  return top.list;
}

/** The demand's top k suggestions with their explanations, scoring every item. */
export function scoreAll(demand: SpaceDemand, items: readonly SupplyItem[] | readonly CompiledItem[], k = DEFAULT_TOP): Suggestion[] {
  const compiled = items.length > 0 && "source" in items[0] ? (items as readonly CompiledItem[]) : compileItems(items as readonly SupplyItem[]);
  const d = compileDemand(demand);
  return toSuggestions(d, rankAll(d, compiled, k));
}
