import { eq } from "drizzle-orm";
import { IndicatorListQuery, type IndicatorSummary, type Status } from "../../../contracts/compass.js";
import { indicators } from "../../db/schema/compass.js";
import type { Ctx } from "../../platform/context.js";
import { validation, zodDetails } from "../../platform/errors.js";
import { normaliseName } from "../geography/index.js";
import { resolveDeps, todayIso, type CompassDeps } from "./deps.js";
import type { CompassLocale } from "./format.js";
import { summariesFor } from "./evaluate.js";
import type { Audience } from "./get-indicator.js";
import { sortGoals } from "./list-goals.js";
import { requireCompassReader } from "./policies.js";
import { presentSummary } from "./presenters.js";
import { allGoals, indicatorsWithGoal, indicatorByCode, statsOf, type GoalRow } from "./repo.js";

export type IndicatorListInput = Partial<IndicatorListQuery>;

const STATUS_ORDER: Record<Status, number> = { off_track: 0, at_risk: 1, on_track: 2, achieved: 3, monitored: 4, no_data: 5 };

/** Goal ids of the goal with this code and everything below it. */
export function goalAndDescendants(goals: GoalRow[], code: string): Set<string> {
  const root = goals.find((g) => g.code === code);
  const out = new Set<string>();
  if (!root) return out;
  const stack = [root.id];
  while (stack.length) {
    const id = stack.pop()!;
    out.add(id);
    for (const g of goals) if (g.parentId === id) stack.push(g.id);
  }
  return out;
}

/**
 * The dashboard: every indicator (audience "public": published ones only) with its status and a
 * sparkline. One query for the indicators, one for the goals, one for all series (no query per indicator).
 */
export async function listIndicators({
  ctx,
  input = {},
  deps,
  audience = "staff",
}: {
  ctx: Ctx;
  input?: IndicatorListInput;
  deps?: Partial<CompassDeps>;
  audience?: Audience;
}): Promise<IndicatorSummary[]> {
  if (audience === "staff") requireCompassReader(ctx.actor);
  const parsed = IndicatorListQuery.safeParse(input);
  if (!parsed.success) throw validation(zodDetails(parsed.error));
  const q = parsed.data;
  const d = resolveDeps(deps);
  const today = todayIso(d);
  const locale = q.locale ?? "nl-BE";

  // Three independent queries, in parallel on PostgreSQL: the list costs one round trip whatever its size.
  const [goals, all, stats] = await Promise.all([
    allGoals(ctx),
    indicatorsWithGoal(ctx, audience === "public" ? eq(indicators.published, true) : undefined),
    statsOf(ctx),
  ]);
  let rows = all;
  if (q.goal) {
    const ids = goalAndDescendants(goals, q.goal);
    rows = rows.filter((r) => ids.has(r.goalId));
  }
  if (q.kind) rows = rows.filter((r) => r.kind === q.kind);
  if (q.published && audience === "staff") rows = rows.filter((r) => r.published === (q.published === "true"));
  if (q.q) {
    const terms = normaliseName(q.q).split(" ").filter(Boolean);
    rows = rows.filter((r) => {
      const text = normaliseName(`${r.code} ${r.nameNl} ${r.nameEn} ${r.goalCode}`);
      return terms.every((t) => text.includes(t));
    });
  }

  const summaries = await summariesFor(ctx, d, rows, today, locale, stats);
  let items = rows.map((r) => {
    const s = summaries.get(r.id)!;
    return presentSummary(r, s.sparkline, s.status);
  });
  if (q.status) items = items.filter((i) => i.status.status === q.status);

  const goalOrder = new Map(sortGoals(goals).map((g, n) => [g.id, n]));
  const position = new Map(rows.map((r) => [r.id, r.position]));
  const byPosition = (a: IndicatorSummary, b: IndicatorSummary) =>
    (goalOrder.get(a.goalId) ?? 0) - (goalOrder.get(b.goalId) ?? 0) || position.get(a.id)! - position.get(b.id)! || a.code.localeCompare(b.code);
  const name = (i: IndicatorSummary) => (locale === "en" ? i.nameEn : i.nameNl);
  const sorters: Record<IndicatorListQuery["sort"], (a: IndicatorSummary, b: IndicatorSummary) => number> = {
    position: byPosition,
    name: (a, b) => name(a).localeCompare(name(b), locale) || byPosition(a, b),
    status: (a, b) => STATUS_ORDER[a.status.status] - STATUS_ORDER[b.status.status] || byPosition(a, b),
    target_date: (a, b) => (a.targetDate ?? "9999").localeCompare(b.targetDate ?? "9999") || byPosition(a, b),
  };
  return items.sort(sorters[q.sort]);
}

/** One indicator's summary by its code (e.g. "jobs.high_skilled"), or null. */
export async function findIndicatorByCode({
  ctx,
  input,
  deps,
}: {
  ctx: Ctx;
  input: { code: string; locale?: CompassLocale };
  deps?: Partial<CompassDeps>;
}): Promise<IndicatorSummary | null> {
  requireCompassReader(ctx.actor);
  const row = await indicatorByCode(ctx, input.code);
  if (!row) return null;
  const d = resolveDeps(deps);
  const today = todayIso(d);
  const s = (await summariesFor(ctx, d, [row], today, input.locale ?? "nl-BE")).get(row.id)!;
  return presentSummary(row, s.sparkline, s.status);
}
