import type { GoalView } from "../../../../contracts/compass";

export interface GoalNode {
  goal: GoalView;
  children: GoalNode[];
}

const byPosition = (a: GoalView, b: GoalView) => a.position - b.position || a.code.localeCompare(b.code, "nl", { numeric: true });

/** Chapter → objective → action as a forest, each level ordered by position then code. */
export function buildGoalTree(goals: readonly GoalView[]): GoalNode[] {
  const nodes = new Map<string, GoalNode>();
  for (const g of [...goals].sort(byPosition)) nodes.set(g.id, { goal: g, children: [] });
  const roots: GoalNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.goal.parentId ? nodes.get(node.goal.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** The goal and its ancestors, root first. */
export function goalPath(goals: readonly GoalView[], goalId: string): GoalView[] {
  const byId = new Map(goals.map((g) => [g.id, g]));
  const path: GoalView[] = [];
  let cur = byId.get(goalId);
  const seen = new Set<string>();
  while (cur && !seen.has(cur.id)) {
    seen.add(cur.id);
    path.unshift(cur);
    cur = cur.parentId ? byId.get(cur.parentId) : undefined;
  }
  return path;
}

/** Depth-first list (for selects), each goal with its depth. */
export function flattenTree(roots: readonly GoalNode[], depth = 0): { goal: GoalView; depth: number }[] {
  return roots.flatMap((n) => [{ goal: n.goal, depth }, ...flattenTree(n.children, depth + 1)]);
}

export interface ChapterGroup<T> {
  chapter: GoalView | null;
  objectives: { objective: GoalView | null; items: T[] }[];
}

/**
 * Groups items (indicators) by chapter and objective. An item hanging on an action goes under the action's
 * objective; an item hanging on a chapter goes in the chapter's own group (objective null).
 */
export function groupByChapter<T extends { goalId: string }>(goals: readonly GoalView[], items: readonly T[]): ChapterGroup<T>[] {
  const roots = buildGoalTree(goals);
  const order = new Map(flattenTree(roots).map((e, i) => [e.goal.id, i]));
  const groups = new Map<string, ChapterGroup<T>>();
  const sub = new Map<string, { objective: GoalView | null; items: T[] }>();
  const orphanKey = "__none";
  for (const item of items) {
    const path = goalPath(goals, item.goalId);
    const chapter = path.find((g) => g.kind === "chapter") ?? path[0] ?? null;
    const objective = path.find((g) => g.kind === "objective") ?? null;
    const cKey = chapter?.id ?? orphanKey;
    let group = groups.get(cKey);
    if (!group) {
      group = { chapter, objectives: [] };
      groups.set(cKey, group);
    }
    const oKey = `${cKey}/${objective?.id ?? ""}`;
    let bucket = sub.get(oKey);
    if (!bucket) {
      bucket = { objective, items: [] };
      sub.set(oKey, bucket);
      group.objectives.push(bucket);
    }
    bucket.items.push(item);
  }
  const rank = (g: GoalView | null) => (g ? (order.get(g.id) ?? Number.MAX_SAFE_INTEGER) : -1);
  const result = [...groups.values()].sort((a, b) => rank(a.chapter) - rank(b.chapter));
  for (const g of result) g.objectives.sort((a, b) => rank(a.objective) - rank(b.objective));
  return result;
}
