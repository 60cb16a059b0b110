import { sql } from "drizzle-orm";
import { DemandClose, DemandUpdate, type DemandDetail } from "../../../contracts/space-demand.js";
import { writeAudit } from "../../platform/audit.js";
import { withTransaction, type Ctx } from "../../platform/context.js";
import { conflict, preconditionFailed, validation, zodDetails } from "../../platform/errors.js";
import { checkDemandFields, demandColumns } from "./demand-input.js";
import { type DemandRecord, findDemandForActor } from "./demand-repo.js";
import { requireActsFor, requireDemandPoster } from "./demand-policies.js";
import { getDemand } from "./get-demand.js";
import { holdMatchState } from "./match-state.js";
import { refreshSuggestions } from "./refresh-suggestions.js";

export const staleVersion = () => conflict("Someone changed this record in the meantime; reload and try again.", [{ path: "version", code: "stale_version", message: "The record changed." }]);
const notOpen = () => preconditionFailed("This demand is no longer open.", [{ path: "status", code: "demand_not_open", message: "A closed or withdrawn demand does not change." }]);

/** Locks an open demand the actor may change (others: not found / forbidden), checking the version. */
async function lockOwnOpenDemand(ctx: Ctx, id: string, version: number): Promise<DemandRecord> {
  const current = await findDemandForActor(ctx, id, true);
  requireActsFor(ctx.actor, current.organisationId);
  if (current.version !== version) throw staleVersion();
  if (current.status !== "open") throw notOpen();
  return current;
}

/** Changes what the company needs; the suggestions follow. */
export async function updateDemand({ ctx, input }: { ctx: Ctx; input: DemandUpdate & { id: string } }): Promise<DemandDetail> {
  requireDemandPoster(ctx.actor);
  const { id, ...rest } = input;
  const parsed = DemandUpdate.safeParse(rest);
  if (!parsed.success) throw validation(zodDetails(parsed.error));
  const v = parsed.data;
  checkDemandFields(v);
  return withTransaction(ctx, async (tx) => {
    const current = await lockOwnOpenDemand(tx, id, v.version);
    const columns = demandColumns(v);
    await tx.db.execute(sql`update space_demands set title = ${columns.title}, kind = ${columns.kind}, transaction = ${columns.transaction},
      area_min_m2 = ${columns.areaMinM2}, area_max_m2 = ${columns.areaMaxM2}, municipalities = ${`{${columns.municipalities.join(",")}}`}::text[],
      max_motorway_km = ${columns.maxMotorwayKm}, max_rail_km = ${columns.maxRailKm}, max_water_km = ${columns.maxWaterKm},
      needed_from = ${columns.neededFrom}::date, grid_capacity_kva = ${columns.gridCapacityKva}, activity_nace = ${columns.activityNace},
      max_price_per_m2_cents = ${columns.maxPricePerM2Cents}, max_total_cents = ${columns.maxTotalCents},
      wish_heat_network = ${columns.wishHeatNetwork}, wish_shared_solar = ${columns.wishSharedSolar}, wish_water_management = ${columns.wishWaterManagement},
      wish_shared_services = ${columns.wishSharedServices}, wish_park_management = ${columns.wishParkManagement}, wishes_text = ${columns.wishesText},
      version = version + 1, updated_at = now() where id = ${id}::uuid`);
    const { suggestionCount: _s, organisationName: _o, postedByName: _p, ...before } = current;
    await writeAudit(tx, { action: "space_demand.update", entity: "space_demand", entityId: id, before, after: columns });
    await refreshSuggestions(tx, [id]);
    return getDemand({ ctx: tx, input: { id } });
  });
}

/** Closes (found space) or withdraws a demand; its suggestions stay as they were, no longer refreshed. */
export async function closeDemand({ ctx, input }: { ctx: Ctx; input: DemandClose & { id: string } }): Promise<DemandDetail> {
  requireDemandPoster(ctx.actor);
  const { id, ...rest } = input;
  const parsed = DemandClose.safeParse(rest);
  if (!parsed.success) throw validation(zodDetails(parsed.error));
  const v = parsed.data;
  return withTransaction(ctx, async (tx) => {
    await lockOwnOpenDemand(tx, id, v.version);
    await closeDemandRow(tx, id, v.status, v.reason);
    return getDemand({ ctx: tx, input: { id } });
  });
}

/** Sets a demand closed or withdrawn and audits it (also used when a deal closes the demand). */
export async function closeDemandRow(ctx: Ctx, id: string, status: "closed" | "withdrawn", reason: string): Promise<void> {
  await ctx.db.execute(sql`update space_demands set status = ${status}, close_reason = ${reason}, closed_at = now(), version = version + 1, updated_at = now()
    where id = ${id}::uuid`);
  await writeAudit(ctx, { action: `space_demand.${status === "closed" ? "close" : "withdraw"}`, entity: "space_demand", entityId: id, before: { status: "open" }, after: { status, reason } });
  (await holdMatchState(ctx)).dropDemand(id);
}
