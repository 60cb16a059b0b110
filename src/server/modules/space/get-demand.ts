import { sql } from "drizzle-orm";
import type { DemandDetail, IntroductionView, SuggestedItem, SuggestionView } from "../../../contracts/space-demand.js";
import type { CriterionResult, Exclusion } from "../../../contracts/space.js";
import type { Ctx } from "../../platform/context.js";
import { hasRole } from "../../platform/authz.js";
import { findDemandForActor, presentDemand, rows } from "./demand-repo.js";
import { canEditDemand, demandViewOf, requireDemandReader } from "./demand-policies.js";
import { loadSupplyByIds } from "./demand-supply.js";

interface SuggestionRow {
  id: string;
  parcelId: string | null;
  premisesId: string | null;
  rank: number | null;
  score: number | null;
  points: number | null;
  maxPoints: number | null;
  criteria: CriterionResult[];
  excluded: boolean;
  exclusions: Exclusion[];
  firstSuggestedAt: string | null;
  notifiedAt: string | null;
}

interface IntroductionRow {
  id: string;
  demandId: string;
  parcelId: string | null;
  premisesId: string | null;
  stage: IntroductionView["stage"];
  suggestedOn: string;
  visitOn: string | null;
  optionOn: string | null;
  dealOn: string | null;
  droppedOn: string | null;
  notes: string;
  version: number;
}

const iso = (col: string) => sql.raw(`to_char(${col} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`);

export async function introductionsOf(ctx: Ctx, demandId: string): Promise<IntroductionRow[]> {
  return rows<IntroductionRow>(ctx, sql`
    select id, demand_id as "demandId", parcel_id as "parcelId", premises_id as "premisesId", stage, suggested_on::text as "suggestedOn",
      visit_on::text as "visitOn", option_on::text as "optionOn", deal_on::text as "dealOn", dropped_on::text as "droppedOn", notes, version
    from space_introductions where demand_id = ${demandId}::uuid order by suggested_on, created_at`);
}

/** Public fields of the supply items by id. */
export async function itemSummaries(ctx: Ctx, parcelIds: string[], premisesIds: string[]): Promise<Map<string, SuggestedItem>> {
  const entries = await loadSupplyByIds(ctx, parcelIds, premisesIds);
  return new Map(entries.map((e) => [e.summary.id, e.summary]));
}

export function presentIntroduction(r: IntroductionRow, item: SuggestedItem, staff: boolean): IntroductionView {
  return { ...r, item, notes: staff ? r.notes : "" };
}

/** One demand with its ranked suggestions (every criterion met, partly met or not met, with its weight), its excluded near misses and its introductions. */
export async function getDemand({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<DemandDetail> {
  requireDemandReader(ctx.actor);
  const record = await findDemandForActor(ctx, input.id);
  const found = await rows<SuggestionRow>(ctx, sql`
    select id, parcel_id as "parcelId", premises_id as "premisesId", rank, score, points, max_points as "maxPoints", criteria, excluded, exclusions,
      ${iso("first_suggested_at")} as "firstSuggestedAt", ${iso("notified_at")} as "notifiedAt"
    from space_suggestions where demand_id = ${record.id}::uuid and active
    order by excluded, rank nulls last, id`);
  const intros = await introductionsOf(ctx, record.id);
  const ids = [...found, ...intros];
  const items = await itemSummaries(
    ctx,
    [...new Set(ids.map((r) => r.parcelId).filter((x): x is string => x !== null))],
    [...new Set(ids.map((r) => r.premisesId).filter((x): x is string => x !== null))],
  );
  const stageOf = new Map(intros.map((i) => [i.parcelId ?? i.premisesId, i.stage]));
  const present = (r: SuggestionRow): SuggestionView | null => {
    const item = items.get((r.parcelId ?? r.premisesId)!);
    if (!item) return null;
    return {
      id: r.id,
      item,
      rank: r.excluded ? null : r.rank,
      score: r.score,
      points: r.points === null ? null : Number(r.points),
      maxPoints: r.maxPoints === null ? null : Number(r.maxPoints),
      criteria: r.criteria,
      excluded: r.excluded,
      exclusions: r.exclusions,
      firstSuggestedAt: r.firstSuggestedAt,
      notifiedAt: r.notifiedAt,
      introductionStage: stageOf.get(r.parcelId ?? r.premisesId) ?? null,
    };
  };
  const views = found.map(present).filter((v): v is SuggestionView => v !== null);
  const staff = demandViewOf(ctx.actor, record.organisationId) === "staff";
  return {
    demand: presentDemand(ctx, record),
    suggestions: views.filter((v) => !v.excluded),
    excluded: views.filter((v) => v.excluded),
    introductions: intros.flatMap((i) => {
      const item = items.get((i.parcelId ?? i.premisesId)!);
      return item ? [presentIntroduction(i, item, staff)] : [];
    }),
    canEdit: record.status === "open" && canEditDemand(ctx.actor, record.organisationId),
    canIntroduce: record.status === "open" && (ctx.actor.kind === "system" || hasRole(ctx.actor, "administrator", "account_manager")),
  };
}
