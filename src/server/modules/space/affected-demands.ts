import { sql } from "drizzle-orm";
import type { Ctx } from "../../platform/context.js";
import { type DemandRecord, demandsByIds, rows, toSpaceDemand } from "./demand-repo.js";
import { type SupplyEntry, loadSupplyByIds } from "./demand-supply.js";
import { type CompiledDemand, type CompiledItem, compileDemand, compileItem } from "./matching/compile.js";
import { DEFAULT_TOP } from "./matching/exhaustive.js";
import { evaluateCompiled } from "./matching/explain.js";
import { ranksBefore } from "./matching/ranking.js";
import { scorePair } from "./matching/score.js";
import { EXCLUDED_SHOWN } from "./refresh-suggestions.js";

/*
 * Which open demands a change in supply can touch (ADR 0006). The stored suggestions of an open demand are its
 * exact top ten (and its ten closest near misses), so they serve as the demand's buffer in the matching index's
 * sense (matching/match-index.ts): a changed item can alter a demand's lists only when
 * - the demand holds the item among its active rows (suggested or near miss), or
 * - the item's new version is eligible and ranks before the demand's last suggestion (or the demand shows
 *   fewer than ten: then every eligible item is shown), or
 * - the item's new version is a near miss (wanted municipality, excluded by a hard constraint) that comes
 *   before the demand's last near miss (or the demand has fewer than ten).
 * Every other demand's lists are provably the same after the change, and are not rewritten. The state read is
 * the transaction's own, so a change that rolls back leaves nothing behind.
 */

const MATCHABLE = new Set(["available", "under_option"]);

interface Boundary {
  demandId: string;
  itemId: string;
  excluded: boolean;
  n: number;
}

export interface ChangedItems {
  parcelIds: readonly string[];
  premisesIds: readonly string[];
  removedIds: readonly string[];
}

const uuids = (ids: readonly string[]) => sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `);

/** The open demands (of the kinds the change concerns) whose suggestions or near misses can change. */
export async function affectedDemands(ctx: Ctx, change: ChangedItems): Promise<DemandRecord[]> {
  const wanted = [change.parcelIds.length > 0 ? "land" : null, change.premisesIds.length > 0 ? "building" : null].filter((k): k is string => k !== null);
  const all = [...change.parcelIds, ...change.premisesIds, ...change.removedIds];
  if (all.length === 0) return [];
  const holders = await rows<{ demandId: string }>(ctx, sql`
    select distinct s.demand_id as "demandId" from space_suggestions s join space_demands d on d.id = s.demand_id
    where s.active and d.status = 'open' and coalesce(s.parcel_id, s.premises_id) in (${uuids(all)})`);
  const affected = new Set(holders.map((h) => h.demandId));
  if (wanted.length > 0) {
    const kinds = sql.join(wanted.map((k) => sql`${k}`), sql`, `);
    const demands = await demandsByIds(ctx, sql`d.status = 'open' and d.kind in (${kinds})`);
    const entries = (await loadSupplyByIds(ctx, change.parcelIds, change.premisesIds)).filter((e) => MATCHABLE.has(e.item.availability));
    if (entries.length > 0 && demands.length > 0) {
      const candidates = demands.filter((r) => !affected.has(r.id));
      for (const id of await entering(ctx, candidates, entries)) affected.add(id);
    }
  }
  if (affected.size === 0) return [];
  return demandsByIds(ctx, sql`d.status = 'open' and d.id in (${uuids([...affected])})`);
}

/** The demands among these for which one of the changed entries enters the suggestions or the near misses. */
async function entering(ctx: Ctx, demands: DemandRecord[], entries: SupplyEntry[]): Promise<string[]> {
  if (demands.length === 0) return [];
  const bounds = await rows<Boundary>(ctx, sql`
    select "demandId", "itemId", excluded, n::int as n from (
      select s.demand_id as "demandId", coalesce(s.parcel_id, s.premises_id) as "itemId", s.excluded,
        count(*) over (partition by s.demand_id, s.excluded) as n,
        row_number() over (partition by s.demand_id, s.excluded order by s.rank desc) as r
      from space_suggestions s where s.active and s.demand_id in (${uuids(demands.map((d) => d.id))})) x
    where r = 1`);
  const last = new Map(bounds.map((b) => [`${b.demandId}:${b.excluded}`, b]));
  const boundIds = { parcel: new Set<string>(), premises: new Set<string>() };
  const kindOf = new Map(demands.map((d) => [d.id, d.kind]));
  for (const b of bounds) (kindOf.get(b.demandId) === "land" ? boundIds.parcel : boundIds.premises).add(b.itemId);
  const boundItems = new Map<string, CompiledItem>();
  for (const e of await loadSupplyByIds(ctx, [...boundIds.parcel], [...boundIds.premises])) boundItems.set(e.item.id, compileItem(e.item));
  const items = entries.map((e) => compileItem(e.item));
  const out: string[] = [];
  for (const r of demands) {
    const d = compileDemand(toSpaceDemand(r));
    const top = last.get(`${r.id}:false`);
    const miss = last.get(`${r.id}:true`);
    const enters = items.some((it) => (it.land === d.land ? entersLists(d, it, top, miss, boundItems) : false));
    if (enters) out.push(r.id);
  }
  return out;
}

function entersLists(d: CompiledDemand, it: CompiledItem, top: Boundary | undefined, miss: Boundary | undefined, bound: Map<string, CompiledItem>): boolean {
  const p = scorePair(d, it);
  if (p >= 0) {
    if (!top || top.n < DEFAULT_TOP) return true;
    const b = bound.get(top.itemId);
    if (!b) return true;
    const pb = scorePair(d, b);
    return pb < 0 || ranksBefore(p, it, pb, b);
  }
  if (d.loc !== null && (it.muni >= d.loc.length || d.loc[it.muni] !== 2)) return false;
  const e = evaluateCompiled(d, it);
  if (!e.excluded) return false;
  if (!miss || miss.n < EXCLUDED_SHOWN) return true;
  const b = bound.get(miss.itemId);
  if (!b) return true;
  const eb = evaluateCompiled(d, b);
  if (!eb.excluded) return true;
  const mid = (d.min + d.max) / 2;
  const ka = e.exclusions.length;
  const kb = eb.exclusions.length;
  if (ka !== kb) return ka < kb;
  const da = Math.abs(Math.log(it.area / mid));
  const db = Math.abs(Math.log(b.area / mid));
  if (da !== db) return da < db;
  return it.id < b.id;
}
