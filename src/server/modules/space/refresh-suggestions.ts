import { isDeepStrictEqual } from "node:util";
import { sql, type SQL } from "drizzle-orm";
import type { CriterionResult } from "../../../contracts/space.js";
import { writeAudits } from "../../platform/audit.js";
import type { Ctx } from "../../platform/context.js";
import { queueMail } from "../../platform/outbox.js";
import { type DemandRecord, demandsByIds, rows } from "./demand-repo.js";
import type { SupplyEntry } from "./demand-supply.js";
import { type MatchDemand, type MatchItem, type MatchState, type StoredRow, holdMatchState, matchStateStats } from "./match-state.js";
import { toSuggestions } from "./matching/explain.js";
import { type DemandLists, applyChange, explainMisses, listsFromRows, rankLists, shownTop } from "./suggestion-lists.js";
import { newSuggestionsMail } from "./suggestion-mail.js";

/*
 * Keeps the stored suggestions of open demands in step with supply and demand. For each demand the matching
 * engine (matching/) ranks every matchable item of the demand's kind (exhaustively, as matching/exhaustive.ts, over
 * the in-memory mirror of the supply, match-state.ts: the reference the index agrees with) — or, after a change of
 * one item, applies that change to the demand's lists in memory where that is exact (suggestion-lists.ts) — and
 * explains each suggestion criterion by criterion. Near misses — items of the wanted kind, available or under
 * option, in a wanted municipality (or anywhere when none is named), that a hard constraint excludes — are stored
 * as excluded with their reasons, the closest ten. An item that leaves the list stays as an inactive row, so that
 * its return is not announced as new. Only rows whose content changes are
 * written, all demands' rows in a few statements. The owners of a non-demo demand get one mail listing the
 * items that are suggested for the first time.
 */

export interface RefreshResult {
  demandId: string;
  /** Items suggested for the first time. */
  added: string[];
}

/** A row's content as the refresh computes it. */
interface RowValues {
  excluded: boolean;
  rank: number;
  score: number | null;
  points: number | null;
  maxPoints: number | null;
  criteria: unknown;
  exclusions: unknown;
}

interface Plan {
  md: MatchDemand;
  inserts: { item: MatchItem; v: RowValues; first: boolean }[];
  updates: { itemId: string; row: StoredRow; v: RowValues; first: boolean }[];
  gone: { itemId: string; row: StoredRow }[];
  before: string[];
  after: string[];
  added: string[];
  excluded: string[];
}

/** Refreshes the suggestions of the given demands (those no longer open leave the matching state). */
export async function refreshSuggestions(ctx: Ctx, demandIds: readonly string[]): Promise<RefreshResult[]> {
  if (demandIds.length === 0) return [];
  const state = await holdMatchState(ctx);
  const records = await demandsByIds(ctx, sql`d.id in (${sql.join(demandIds.map((id) => sql`${id}::uuid`), sql`, `)})`);
  const open: MatchDemand[] = [];
  for (const r of records) {
    if (r.status === "open") open.push(state.putDemand(r));
    else state.dropDemand(r.id);
  }
  return refreshDemands(ctx, state, open);
}

/** Refreshes every open demand of the given kinds from a state read afresh from the database (the reference). */
export async function refreshOpenDemands(ctx: Ctx, kinds: { land: boolean; building: boolean }): Promise<RefreshResult[]> {
  const state = await holdMatchState(ctx, { rebuild: true });
  return refreshDemands(ctx, state, [...state.demands.values()].filter((md) => kinds[md.record.kind]));
}

/**
 * Refreshes these open demands against the state's supply of their kinds. `changedId`: the one item whose change
 * this follows; a demand's lists are then updated in memory where that is exact (suggestion-lists.ts), else ranked.
 */
export async function refreshDemands(ctx: Ctx, state: MatchState, demands: readonly MatchDemand[], changedId?: string): Promise<RefreshResult[]> {
  if (demands.length === 0) return [];
  const plans = demands.map((md) => planRefresh(state, md, changedId));
  await writePlans(ctx, state, plans);
  await writeAudits(
    ctx,
    plans
      .filter((p) => p.before.join() !== p.after.join())
      .map((p) => ({
        action: "space_demand.suggestions_refreshed",
        entity: "space_demand",
        entityId: p.md.record.id,
        before: { suggestions: p.before },
        after: { suggestions: p.after, added: p.added, excluded: p.excluded },
      })),
  );
  for (const p of plans) {
    if (p.added.length && !p.md.record.demo) {
      await notifyOwners(ctx, p.md.record, p.added.map((id) => state.item(p.md.record.kind, id)!.entry));
    }
  }
  return plans.map((p) => ({ demandId: p.md.record.id, added: p.added }));
}

/** Plain JSON (no undefined members), as the database gives it back. */
const plain = (x: unknown): unknown => JSON.parse(JSON.stringify(x));

const sameContent = (row: StoredRow, v: RowValues) =>
  row.active && row.excluded === v.excluded && row.rank === v.rank && row.score === v.score && row.points === v.points &&
  row.maxPoints === v.maxPoints && isDeepStrictEqual(row.criteria, v.criteria) && isDeepStrictEqual(row.exclusions, v.exclusions);

/** What the demand's rows must become: the suggestions, then the near misses; rows not listed turn inactive. */
function planRefresh(state: MatchState, md: MatchDemand, changedId: string | undefined): Plan {
  const d = md.d;
  let lists: DemandLists | null = null;
  if (changedId !== undefined) {
    const before = md.lists ?? listsFromRows(state, md, changedId);
    lists = before && applyChange(d, before, changedId, state.item(md.record.kind, changedId));
  }
  if (lists) matchStateStats.updatedInMemory++;
  else {
    matchStateStats.rescans++;
    lists = rankLists(d, state.itemsOf(md.record.kind));
  }
  state.setLists(md, lists);
  const misses = explainMisses(d, lists);
  const suggestions = toSuggestions(d, shownTop(lists));
  const plan: Plan = { md, inserts: [], updates: [], gone: [], before: [], after: [], added: [], excluded: misses.map((x) => x.c.it.id) };
  const keep = new Set<string>();
  const put = (item: MatchItem, v: RowValues) => {
    keep.add(item.it.id);
    const row = md.rows.get(item.it.id);
    const first = !v.excluded && (!row || !row.suggested);
    if (first) plan.added.push(item.it.id);
    if (!row) plan.inserts.push({ item, v, first });
    else if (first || !sameContent(row, v)) plan.updates.push({ itemId: item.it.id, row, v, first });
  };
  for (const s of suggestions) {
    const item = state.item(md.record.kind, s.itemId)!;
    put(item, { excluded: false, rank: s.rank, score: s.score, points: s.points, maxPoints: s.maxPoints, criteria: plain(s.criteria as CriterionResult[]), exclusions: [] });
  }
  for (const [i, x] of misses.entries()) {
    // An excluded row's rank is its place among the near misses (closest first); it is not shown as a rank.
    put(x.c, { excluded: true, rank: i + 1, score: null, points: null, maxPoints: null, criteria: [], exclusions: plain(x.exclusions) });
  }
  const shown: { itemId: string; rank: number }[] = [];
  for (const [itemId, row] of md.rows) {
    if (row.active && !keep.has(itemId)) plan.gone.push({ itemId, row });
    if (row.active && !row.excluded) shown.push({ itemId, rank: row.rank ?? 0 });
  }
  plan.before = shown.sort((a, b) => a.rank - b.rank).map((x) => x.itemId);
  plan.after = suggestions.map((s) => s.itemId);
  return plan;
}

const CHUNK = 500;

function chunks<T>(xs: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += CHUNK) out.push(xs.slice(i, i + CHUNK));
  return out;
}

const valuesOf = (v: RowValues) =>
  sql`${v.excluded}::boolean, ${v.rank}::int, ${v.score}::int, ${v.points}::float8, ${v.maxPoints}::float8, ${JSON.stringify(v.criteria)}::jsonb, ${JSON.stringify(v.exclusions)}::jsonb`;

/** Writes every plan's inserts, updates and deactivations (a few statements for all demands) and updates the mirror. */
async function writePlans(ctx: Ctx, state: MatchState, plans: readonly Plan[]): Promise<void> {
  const stored = (id: string, parcel: boolean, v: RowValues, suggested: boolean): StoredRow => ({ id, parcel, active: true, ...v, suggested });
  const inserts = plans.flatMap((p) => p.inserts.map((x) => ({ demandId: p.md.record.id, ...x })));
  for (const part of chunks(inserts)) {
    const values: SQL[] = part.map((x) => {
      const parcel = x.item.entry.summary.kind === "parcel";
      return sql`(${x.demandId}::uuid, ${parcel ? x.item.it.id : null}::uuid, ${parcel ? null : x.item.it.id}::uuid, true, ${valuesOf(x.v)}, ${x.first ? sql`now()` : sql`null::timestamptz`})`;
    });
    const written = await rows<{ id: string; key: string }>(ctx, sql`
      insert into space_suggestions (demand_id, parcel_id, premises_id, active, excluded, rank, score, points, max_points, criteria, exclusions, first_suggested_at)
      values ${sql.join(values, sql`, `)} returning id, demand_id || ':' || coalesce(parcel_id, premises_id) as key`);
    const idOf = new Map(written.map((w) => [w.key, w.id]));
    for (const x of part) state.setRow(x.demandId, x.item.it.id, stored(idOf.get(`${x.demandId}:${x.item.it.id}`)!, x.item.entry.summary.kind === "parcel", x.v, x.first));
  }
  const updates = plans.flatMap((p) => p.updates.map((x) => ({ demandId: p.md.record.id, ...x })));
  for (const part of chunks(updates)) {
    const values = part.map((x) => sql`(${x.row.id}::uuid, ${valuesOf(x.v)}, ${x.first}::boolean)`);
    await ctx.db.execute(sql`update space_suggestions s set active = true, excluded = v.excluded, rank = v.rank, score = v.score, points = v.points,
        max_points = v.max_points, criteria = v.criteria, exclusions = v.exclusions,
        first_suggested_at = case when v.first then now() else s.first_suggested_at end, updated_at = now()
      from (values ${sql.join(values, sql`, `)}) as v(id, excluded, rank, score, points, max_points, criteria, exclusions, first)
      where s.id = v.id`);
    for (const x of part) state.setRow(x.demandId, x.itemId, stored(x.row.id, x.row.parcel, x.v, x.row.suggested || x.first));
  }
  const gone = plans.flatMap((p) => p.gone);
  for (const part of chunks(gone)) {
    await ctx.db.execute(sql`update space_suggestions set active = false, rank = null, updated_at = now()
      where id in (${sql.join(part.map((x) => sql`${x.row.id}::uuid`), sql`, `)})`);
    for (const x of part) Object.assign(x.row, { active: false, rank: null });
  }
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
