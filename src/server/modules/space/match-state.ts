import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Ctx } from "../../platform/context.js";
import { type DemandRecord, demandsByIds, rows, toSpaceDemand } from "./demand-repo.js";
import { type SupplyEntry, loadMatchableSupply } from "./demand-supply.js";
import { type CompiledDemand, type CompiledItem, compileDemand, compileItem } from "./matching/compile.js";
import { type DemandLists, listedIds } from "./suggestion-lists.js";

/*
 * What matching reads, mirrored in memory (ADR 0008): the matchable supply compiled for the engine, the open
 * demands compiled, and every stored suggestion row of the open demands. With it a supply change costs the
 * rows it changes, not a read of the whole supply and of every demand's boundary.
 *
 * The mirror is exact while its token equals the database's (space_match_state). Every transaction that changes
 * supply, open demands or suggestions first calls `holdMatchState`: it takes the row lock (changes are serialised
 * across processes), compares the tokens — equal: the mirror is used and updated in place; different (another
 * process wrote, a transaction that used the mirror rolled back, or the process has just started): the mirror is
 * rebuilt from the transaction's own reads — and writes a new random token. A rollback leaves the database's
 * old token, which no mirror holds any more, so the next holder rebuilds. Holding twice in one transaction is
 * harmless (the lock is already held, the token is the one just written).
 *
 * A write that changes what matching reads without holding the state (a merge moving demands to another
 * organisation) calls `invalidateMatchState`.
 */

/** One stored suggestion row (space_suggestions) as the refresh compares and writes it. */
export interface StoredRow {
  id: string;
  parcel: boolean;
  active: boolean;
  excluded: boolean;
  rank: number | null;
  score: number | null;
  points: number | null;
  maxPoints: number | null;
  criteria: unknown;
  exclusions: unknown;
  /** first_suggested_at is set: the item has been announced as new once. */
  suggested: boolean;
}

export interface MatchItem {
  entry: SupplyEntry;
  it: CompiledItem;
}

export interface MatchDemand {
  record: DemandRecord;
  d: CompiledDemand;
  /** Item id → its stored row. */
  rows: Map<string, StoredRow>;
  /** Its lists with their reserve (suggestion-lists.ts); absent until derived from the rows or ranked. */
  lists?: DemandLists;
}

type Kind = "land" | "building";

/**
 * Counters for tests and benchmarks: how often the mirror was rebuilt from the database, and how often a touched
 * demand's lists were ranked over the whole supply of its kind (`rescans`) or had one change applied in memory
 * (`updatedInMemory`).
 */
export const matchStateStats = { rebuilds: 0, rescans: 0, updatedInMemory: 0 };

export class MatchState {
  token = "";
  readonly demands = new Map<string, MatchDemand>();
  private readonly items: Record<Kind, Map<string, MatchItem>> = { land: new Map(), building: new Map() };
  private readonly lists: Record<Kind, MatchItem[] | null> = { land: null, building: null };
  /** Item id → the open demands with a stored row (active or not) for it. */
  private readonly refs = new Map<string, Set<string>>();
  /** Item id → the open demands whose lists in memory (shown or in reserve) hold it. */
  private readonly listRefs = new Map<string, Set<string>>();

  /** The matchable items of a kind (one array, rebuilt only after a change of that kind). */
  itemsOf(kind: Kind): MatchItem[] {
    return (this.lists[kind] ??= [...this.items[kind].values()]);
  }

  item(kind: Kind, id: string): MatchItem | undefined {
    return this.items[kind].get(id);
  }

  /** Puts an item's current version in the mirror when it is matchable, and takes it out when not. */
  putItem(entry: SupplyEntry, matchable: boolean): void {
    const kind = entry.item.kind;
    if (matchable) this.items[kind].set(entry.item.id, { entry, it: compileItem(entry.item) });
    else if (!this.items[kind].delete(entry.item.id)) return;
    this.lists[kind] = null;
  }

  /** Takes an item out of the supply (its stored rows stay until `dropItem`). */
  withdrawItem(id: string): void {
    for (const kind of ["land", "building"] as const) if (this.items[kind].delete(id)) this.lists[kind] = null;
  }

  /** An item that is deleted: out of the supply, and its stored rows go (the database cascades them). */
  dropItem(id: string): void {
    this.withdrawItem(id);
    for (const demandId of this.refs.get(id) ?? []) this.demands.get(demandId)?.rows.delete(id);
    this.refs.delete(id);
    for (const demandId of [...(this.listRefs.get(id) ?? [])]) {
      const md = this.demands.get(demandId);
      if (md) this.setLists(md, undefined);
    }
  }

  /** Puts an open demand's current record in the mirror, keeping its stored rows. */
  putDemand(record: DemandRecord): MatchDemand {
    const known = this.demands.get(record.id);
    if (known) this.setLists(known, undefined);
    const md: MatchDemand = { record, d: compileDemand(toSpaceDemand(record)), rows: known?.rows ?? new Map() };
    this.demands.set(record.id, md);
    return md;
  }

  /** A demand that is no longer open leaves the mirror with its rows (they stay stored, no longer refreshed). */
  dropDemand(id: string): void {
    const md = this.demands.get(id);
    if (!md) return;
    this.setLists(md, undefined);
    for (const itemId of md.rows.keys()) this.refs.get(itemId)?.delete(id);
    this.demands.delete(id);
  }

  setRow(demandId: string, itemId: string, row: StoredRow): void {
    const md = this.demands.get(demandId);
    if (!md) return;
    md.rows.set(itemId, row);
    let set = this.refs.get(itemId);
    if (!set) this.refs.set(itemId, (set = new Set()));
    set.add(demandId);
  }

  /** Replaces a demand's lists in memory (undefined: to be derived from its rows again). */
  setLists(md: MatchDemand, lists: DemandLists | undefined): void {
    if (md.lists) for (const id of listedIds(md.lists)) this.listRefs.get(id)?.delete(md.record.id);
    md.lists = lists;
    if (!lists) return;
    for (const id of listedIds(lists)) {
      let set = this.listRefs.get(id);
      if (!set) this.listRefs.set(id, (set = new Set()));
      set.add(md.record.id);
    }
  }

  /** The open demands whose lists (suggestions or near misses, shown or in reserve) hold one of these items now. */
  holdersOf(itemIds: readonly string[]): Set<string> {
    const out = new Set<string>();
    for (const id of itemIds) {
      for (const demandId of this.refs.get(id) ?? []) if (this.demands.get(demandId)?.rows.get(id)?.active) out.add(demandId);
      for (const demandId of this.listRefs.get(id) ?? []) out.add(demandId);
    }
    return out;
  }
}

let mirror: MatchState | null = null;

/**
 * Locks the matching state for this transaction and returns the mirror, exact for the transaction's view
 * (rebuilt when its token differs from the database's, or when `rebuild` asks for it).
 */
export async function holdMatchState(ctx: Ctx, opts: { rebuild?: boolean } = {}): Promise<MatchState> {
  if (!ctx.inTransaction) throw new Error("holdMatchState must run inside the verb's transaction");
  let [row] = await rows<{ token: string }>(ctx, sql`select token from space_match_state where id = 1 for update`);
  if (!row) {
    await ctx.db.execute(sql`insert into space_match_state (id, token) values (1, ${randomUUID()}::uuid) on conflict (id) do nothing`);
    [row] = await rows<{ token: string }>(ctx, sql`select token from space_match_state where id = 1 for update`);
  }
  const state = !opts.rebuild && mirror && mirror.token === row.token ? mirror : await loadMatchState(ctx);
  state.token = randomUUID();
  await ctx.db.execute(sql`update space_match_state set token = ${state.token}::uuid where id = 1`);
  mirror = state;
  return state;
}

/** Makes every process's mirror stale (for writes that change what matching reads without holding the state). */
export async function invalidateMatchState(ctx: Ctx): Promise<void> {
  await ctx.db.execute(sql`update space_match_state set token = ${randomUUID()}::uuid where id = 1`);
}

async function loadMatchState(ctx: Ctx): Promise<MatchState> {
  matchStateStats.rebuilds++;
  const state = new MatchState();
  for (const entry of await loadMatchableSupply(ctx, { land: true, building: true })) state.putItem(entry, true);
  for (const record of await demandsByIds(ctx, sql`d.status = 'open'`)) state.putDemand(record);
  const stored = await rows<StoredRow & { demandId: string; itemId: string }>(ctx, sql`
    select s.id, s.demand_id as "demandId", coalesce(s.parcel_id, s.premises_id) as "itemId", s.parcel_id is not null as parcel,
      s.active, s.excluded, s.rank, s.score, s.points, s.max_points as "maxPoints", s.criteria, s.exclusions,
      s.first_suggested_at is not null as suggested
    from space_suggestions s join space_demands d on d.id = s.demand_id where d.status = 'open'`);
  for (const { demandId, itemId, ...row } of stored) {
    state.setRow(demandId, itemId, { ...row, points: row.points === null ? null : Number(row.points), maxPoints: row.maxPoints === null ? null : Number(row.maxPoints) });
  }
  return state;
}
