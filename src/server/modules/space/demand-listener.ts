import { sql } from "drizzle-orm";
import type { Ctx } from "../../platform/context.js";
import { rows } from "./demand-repo.js";
import { applySupplyChange } from "./affected-demands.js";
import { holdMatchState } from "./match-state.js";
import { refreshDemands } from "./refresh-suggestions.js";
import { type SupplyChange, onSupplyChange } from "./supply-events.js";
import { closeDemandRow } from "./update-demand.js";

/*
 * The demand side listens to every change in supply, in the transaction of the change:
 * - a parcel or premises sold to (or taken in use by) a company that has an open demand of that kind on which
 *   the item was suggested or introduced closes that demand, and its introduction becomes a deal;
 * - the suggestions of the open demands of the changed kind (land for parcels, buildings for premises) are
 *   refreshed, and their owners hear of new ones. Only the demands whose lists the change can alter are
 *   rewritten (affected-demands.ts, ADR 0006), over the in-memory matching state (match-state.ts, ADR 0008).
 */
export async function onSupplyChanged(ctx: Ctx, change: SupplyChange): Promise<void> {
  // Demand rows are locked before the matching state, as the demand verbs do.
  await closeDemandsOfNewOwners(ctx, change);
  const state = await holdMatchState(ctx);
  const removedIds = [...(change.removedParcelIds ?? []), ...(change.removedPremisesIds ?? [])];
  const demands = await applySupplyChange(ctx, state, { parcelIds: change.parcelIds, premisesIds: change.premisesIds, removedIds });
  const changed = [...change.parcelIds, ...change.premisesIds, ...removedIds];
  await refreshDemands(ctx, state, demands, changed.length === 1 ? changed[0] : undefined);
  // The rows of deleted items go with them (cascade).
  for (const id of removedIds) state.dropItem(id);
}

async function closeDemandsOfNewOwners(ctx: Ctx, change: SupplyChange): Promise<void> {
  const ids = [...change.parcelIds, ...change.premisesIds];
  if (ids.length === 0) return;
  const list = sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `);
  const found = await rows<{ demandId: string; itemId: string; availability: string }>(ctx, sql`
    with taken as (
      select id, owner_organisation_id as owner, availability, availability_since, 'land' as kind from space_parcels where id in (${list}) and availability in ('sold', 'in_use') and owner_organisation_id is not null
      union all
      select id, owner_organisation_id, availability, availability_since, 'building' from space_premises where id in (${list}) and availability in ('sold', 'in_use') and owner_organisation_id is not null
    )
    select distinct d.id as "demandId", t.id as "itemId", t.availability from taken t
    join space_demands d on d.organisation_id = t.owner and d.status = 'open' and d.kind = t.kind
    where exists (select 1 from space_suggestions s where s.demand_id = d.id and coalesce(s.parcel_id, s.premises_id) = t.id)
       or exists (select 1 from space_introductions i where i.demand_id = d.id and coalesce(i.parcel_id, i.premises_id) = t.id)`);
  for (const f of found) {
    await closeDemandRow(ctx, f.demandId, "closed", f.availability === "sold" ? "bought" : "leased");
    await ctx.db.execute(sql`update space_introductions set stage = 'deal', deal_on = current_date, version = version + 1, updated_at = now()
      where demand_id = ${f.demandId}::uuid and coalesce(parcel_id, premises_id) = ${f.itemId}::uuid and stage not in ('deal', 'dropped')`);
  }
}

onSupplyChange(onSupplyChanged);
