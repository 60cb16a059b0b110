import type { GoalView } from "../../../contracts/compass.js";
import { eq } from "drizzle-orm";
import { indicators } from "../../db/schema/compass.js";
import type { Ctx } from "../../platform/context.js";
import type { Audience } from "./get-indicator.js";
import { requireCompassReader } from "./policies.js";
import { presentGoal } from "./presenters.js";
import { allGoals, goalByCode } from "./repo.js";

/**
 * The goals in the statement's order. audience "staff": all of them (back office); audience "public":
 * only goals that hold published indicators, with their ancestors, so the tree stays whole.
 */
export async function listGoals({ ctx, audience = "staff" }: { ctx: Ctx; input?: unknown; audience?: Audience }): Promise<GoalView[]> {
  if (audience === "staff") requireCompassReader(ctx.actor);
  const goals = sortGoals(await allGoals(ctx));
  if (audience === "staff") return goals.map(presentGoal);
  const holding = await ctx.db.selectDistinct({ goalId: indicators.goalId }).from(indicators).where(eq(indicators.published, true));
  const byId = new Map(goals.map((g) => [g.id, g]));
  const keep = new Set<string>();
  for (const { goalId } of holding) {
    for (let g = byId.get(goalId); g && !keep.has(g.id); g = g.parentId ? byId.get(g.parentId) : undefined) keep.add(g.id);
  }
  return goals.filter((g) => keep.has(g.id)).map(presentGoal);
}

/** One goal by its code (e.g. "3.1"), or null. */
export async function findGoalByCode({ ctx, input }: { ctx: Ctx; input: { code: string } }): Promise<GoalView | null> {
  requireCompassReader(ctx.actor);
  const g = await goalByCode(ctx, input.code);
  return g ? presentGoal(g) : null;
}

/** Depth-first in the statement's order: by position, then by code read as numbers ("2" before "10"). */
export function sortGoals<T extends { id: string; parentId: string | null; position: number; code: string }>(goals: T[]): T[] {
  const children = new Map<string | null, T[]>();
  for (const g of goals) {
    const list = children.get(g.parentId) ?? [];
    list.push(g);
    children.set(g.parentId, list);
  }
  const ids = new Set(goals.map((g) => g.id));
  const cmp = (a: T, b: T) => a.position - b.position || a.code.localeCompare(b.code, "en", { numeric: true });
  const out: T[] = [];
  const visit = (parent: string | null) => {
    for (const g of (children.get(parent) ?? []).sort(cmp)) {
      out.push(g);
      visit(g.id);
    }
  };
  visit(null);
  // Orphans (a parent outside the list) keep their place at the end.
  for (const g of goals) if (g.parentId && !ids.has(g.parentId) && !out.includes(g)) out.push(g);
  return out;
}
