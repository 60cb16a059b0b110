import { sql } from "drizzle-orm";
import type { CriterionResult, Exclusion } from "../../../contracts/space.js";
import { writeAudit } from "../../platform/audit.js";
import type { Ctx } from "../../platform/context.js";
import { queueMail } from "../../platform/outbox.js";
import { type DemandRecord, demandsByIds, rows, toSpaceDemand } from "./demand-repo.js";
import { type SupplyEntry, loadMatchableSupply } from "./demand-supply.js";
import { type CompiledDemand, type CompiledItem, compileDemand, compileItem } from "./matching/compile.js";
import { DEFAULT_TOP, rankAll } from "./matching/exhaustive.js";
import { evaluateCompiled, toSuggestions } from "./matching/explain.js";
import { scorePair } from "./matching/score.js";
import { newSuggestionsMail } from "./suggestion-mail.js";

/*
 * Keeps the stored suggestions of open demands in step with supply and demand. For each demand the matching
 * engine (matching/) ranks every matchable item of the demand's kind (the exhaustive engine: the reference the
 * index agrees with, and quick at the size of a province's supply) and explains each suggestion criterion by
 * criterion. Near misses — items of the wanted kind, available or under option, in a wanted municipality (or
 * anywhere when none is named), that a hard constraint excludes — are stored as excluded with their reasons,
 * the closest ten. An item that leaves the list stays as an inactive row, so that its return is not announced
 * as new. The owners of a non-demo demand get one mail listing the items that are suggested for the first time.
 */

export const EXCLUDED_SHOWN = 10;

interface Existing {
  id: string;
  itemId: string;
  active: boolean;
  excluded: boolean;
  rank: number | null;
  firstSuggestedAt: string | null;
}

export interface RefreshResult {
  demandId: string;
  /** Items suggested for the first time. */
  added: string[];
}

interface Compiled {
  entry: SupplyEntry;
  it: CompiledItem;
}

/** Refreshes the suggestions of the given open demands (others are skipped). */
export async function refreshSuggestions(ctx: Ctx, demandIds: readonly string[]): Promise<RefreshResult[]> {
  if (demandIds.length === 0) return [];
  const demands = await demandsByIds(ctx, sql`d.status = 'open' and d.id in (${sql.join(demandIds.map((id) => sql`${id}::uuid`), sql`, `)})`);
  return refreshDemands(ctx, demands);
}

/** Refreshes every open demand of the given kinds (after a change in supply). */
export async function refreshOpenDemands(ctx: Ctx, kinds: { land: boolean; building: boolean }): Promise<RefreshResult[]> {
  const wanted = [kinds.land ? "land" : null, kinds.building ? "building" : null].filter((k): k is string => k !== null);
  if (wanted.length === 0) return [];
  const demands = await demandsByIds(ctx, sql`d.status = 'open' and d.kind in (${sql.join(wanted.map((k) => sql`${k}`), sql`, `)})`);
  return refreshDemands(ctx, demands);
}

/** Refreshes these demands (open ones, as read in this transaction) against the whole matchable supply of their kinds, less `removed`. */
export async function refreshDemands(ctx: Ctx, demands: DemandRecord[], removed: ReadonlySet<string> = new Set()): Promise<RefreshResult[]> {
  if (demands.length === 0) return [];
  const land = demands.some((d) => d.kind === "land");
  const building = demands.some((d) => d.kind === "building");
  const supply = await loadMatchableSupply(ctx, { land, building });
  const byKind = { land: [] as Compiled[], building: [] as Compiled[] };
  // Items about to be deleted in this transaction (the listeners run just before the delete) are no longer supply.
  for (const entry of supply) if (!removed.has(entry.item.id)) byKind[entry.item.kind].push({ entry, it: compileItem(entry.item) });
  const results: RefreshResult[] = [];
  for (const r of demands) results.push(await refreshOne(ctx, r, byKind[r.kind]));
  return results;
}

function nearMisses(d: CompiledDemand, items: Compiled[]): { c: Compiled; exclusions: Exclusion[] }[] {
  const mid = (d.min + d.max) / 2;
  const found: { c: Compiled; exclusions: Exclusion[]; distance: number }[] = [];
  for (const c of items) {
    if (scorePair(d, c.it) >= 0) continue;
    if (d.loc !== null && (c.it.muni >= d.loc.length || d.loc[c.it.muni] !== 2)) continue;
    const e = evaluateCompiled(d, c.it);
    if (e.excluded) found.push({ c, exclusions: e.exclusions, distance: Math.abs(Math.log(c.it.area / mid)) });
  }
  found.sort((a, b) => a.exclusions.length - b.exclusions.length || a.distance - b.distance || (a.c.it.id < b.c.it.id ? -1 : 1));
  return found.slice(0, EXCLUDED_SHOWN);
}

async function refreshOne(ctx: Ctx, r: DemandRecord, items: Compiled[]): Promise<RefreshResult> {
  const d = compileDemand(toSpaceDemand(r));
  const byId = new Map(items.map((c) => [c.it.id, c]));
  const ranked = rankAll(d, items.map((c) => c.it), DEFAULT_TOP);
  const suggestions = toSuggestions(d, ranked);
  const excluded = nearMisses(d, items);
  const existing = await rows<Existing>(ctx, sql`
    select id, coalesce(parcel_id, premises_id) as "itemId", active, excluded, rank, first_suggested_at::text as "firstSuggestedAt"
    from space_suggestions where demand_id = ${r.id}::uuid`);
  const old = new Map(existing.map((e) => [e.itemId, e]));
  const keep = new Set<string>();
  const added: string[] = [];
  const column = (c: Compiled) => (c.entry.summary.kind === "parcel" ? { parcel: c.it.id, premises: null } : { parcel: null, premises: c.it.id });

  const write = async (c: Compiled, v: { excluded: boolean; rank: number | null; score: number | null; points: number | null; maxPoints: number | null; criteria: CriterionResult[]; exclusions: Exclusion[] }) => {
    keep.add(c.it.id);
    const prev = old.get(c.it.id);
    const first = !v.excluded && (!prev || prev.firstSuggestedAt === null);
    if (first) added.push(c.it.id);
    const criteria = JSON.stringify(v.criteria);
    const exclusions = JSON.stringify(v.exclusions);
    if (prev) {
      await ctx.db.execute(sql`update space_suggestions set active = true, excluded = ${v.excluded}, rank = ${v.rank}, score = ${v.score}, points = ${v.points},
        max_points = ${v.maxPoints}, criteria = ${criteria}::jsonb, exclusions = ${exclusions}::jsonb,
        first_suggested_at = ${first ? sql`now()` : sql`first_suggested_at`}, updated_at = now() where id = ${prev.id}::uuid`);
    } else {
      const col = column(c);
      await ctx.db.execute(sql`insert into space_suggestions (demand_id, parcel_id, premises_id, active, excluded, rank, score, points, max_points, criteria, exclusions, first_suggested_at)
        values (${r.id}::uuid, ${col.parcel}::uuid, ${col.premises}::uuid, true, ${v.excluded}, ${v.rank}, ${v.score}, ${v.points}, ${v.maxPoints},
          ${criteria}::jsonb, ${exclusions}::jsonb, ${first ? sql`now()` : sql`null`})`);
    }
  };
  for (const s of suggestions) {
    await write(byId.get(s.itemId)!, { excluded: false, rank: s.rank, score: s.score, points: s.points, maxPoints: s.maxPoints, criteria: s.criteria, exclusions: [] });
  }
  for (const [i, x] of excluded.entries()) {
    // An excluded row's rank is its place among the near misses (closest first); it is not shown as a rank.
    await write(x.c, { excluded: true, rank: i + 1, score: null, points: null, maxPoints: null, criteria: [], exclusions: x.exclusions });
  }
  const gone = existing.filter((e) => e.active && !keep.has(e.itemId));
  if (gone.length) {
    await ctx.db.execute(sql`update space_suggestions set active = false, rank = null, updated_at = now()
      where id in (${sql.join(gone.map((e) => sql`${e.id}::uuid`), sql`, `)})`);
  }
  const before = existing.filter((e) => e.active && !e.excluded).sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0)).map((e) => e.itemId);
  const after = suggestions.map((s) => s.itemId);
  if (before.join() !== after.join()) {
    await writeAudit(ctx, {
      action: "space_demand.suggestions_refreshed",
      entity: "space_demand",
      entityId: r.id,
      before: { suggestions: before },
      after: { suggestions: after, added, excluded: excluded.map((x) => x.c.it.id) },
    });
  }
  if (added.length && !r.demo) await notifyOwners(ctx, r, added.map((id) => byId.get(id)!.entry));
  return { demandId: r.id, added };
}

/** One mail per owner (the user who posted the demand and the company's entrepreneur users) listing the new items. */
async function notifyOwners(ctx: Ctx, r: DemandRecord, entries: SupplyEntry[]): Promise<void> {
  const recipients = await rows<{ email: string; locale: string }>(ctx, sql`
    select distinct u.email, u.locale from users u
    where u.active and (u.id = ${r.postedBy}::uuid or exists (
      select 1 from user_roles ur join user_scopes us on us.user_id = ur.user_id
      where ur.user_id = u.id and ur.role = 'entrepreneur' and us.kind = 'organisation' and us.ref = ${r.organisationId}))
    order by u.email`);
  for (const to of recipients) {
    const mail = newSuggestionsMail(to.locale, r, entries.map((e) => e.summary));
    await queueMail(ctx, { to: to.email, ...mail, template: "space.new_suggestions", entity: "space_demand", entityId: r.id });
  }
  const ids = entries.map((e) => sql`${e.item.id}::uuid`);
  await ctx.db.execute(sql`update space_suggestions set notified_at = now()
    where demand_id = ${r.id}::uuid and coalesce(parcel_id, premises_id) in (${sql.join(ids, sql`, `)})`);
}
