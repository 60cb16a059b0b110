import { sql, type SQL } from "drizzle-orm";
import type { DemandStatus, DemandView } from "../../../contracts/space-demand.js";
import type { SpaceDemand } from "../../../contracts/space.js";
import type { Ctx } from "../../platform/context.js";
import { notFound } from "../../platform/errors.js";
import { demandScope, demandViewOf, isUuid } from "./demand-policies.js";

import { rows } from "../../platform/sql.js";

/** Raw rows of a SQL query (the platform's helper, re-exported for this module's files). */
export { rows };

/** One demand as stored, with its organisation's name and who posted it. */
export interface DemandRecord {
  id: string;
  organisationId: string;
  organisationName: string;
  postedBy: string | null;
  postedByName: string | null;
  title: string;
  kind: "land" | "building";
  transaction: "buy" | "lease";
  areaMinM2: number;
  areaMaxM2: number;
  municipalities: string[];
  maxMotorwayKm: number | null;
  maxRailKm: number | null;
  maxWaterKm: number | null;
  neededFrom: string | null;
  gridCapacityKva: number | null;
  activityNace: string;
  maxPricePerM2Cents: number | null;
  maxTotalCents: number | null;
  wishHeatNetwork: boolean;
  wishSharedSolar: boolean;
  wishWaterManagement: boolean;
  wishSharedServices: boolean;
  wishParkManagement: boolean;
  wishesText: string;
  status: DemandStatus;
  closeReason: string;
  demo: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
  suggestionCount: number;
}

export const DEMAND_COLUMNS = sql`
  d.id, d.organisation_id as "organisationId", o.name as "organisationName", d.posted_by as "postedBy", u.display_name as "postedByName",
  d.title, d.kind, d.transaction, d.area_min_m2 as "areaMinM2", d.area_max_m2 as "areaMaxM2", d.municipalities,
  d.max_motorway_km as "maxMotorwayKm", d.max_rail_km as "maxRailKm", d.max_water_km as "maxWaterKm",
  d.needed_from::text as "neededFrom", d.grid_capacity_kva as "gridCapacityKva", d.activity_nace as "activityNace",
  d.max_price_per_m2_cents::float8 as "maxPricePerM2Cents", d.max_total_cents::float8 as "maxTotalCents",
  d.wish_heat_network as "wishHeatNetwork", d.wish_shared_solar as "wishSharedSolar", d.wish_water_management as "wishWaterManagement",
  d.wish_shared_services as "wishSharedServices", d.wish_park_management as "wishParkManagement", d.wishes_text as "wishesText",
  d.status, d.close_reason as "closeReason", d.demo, d.version,
  to_char(d.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "createdAt",
  to_char(d.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "updatedAt",
  (select count(*)::int from space_suggestions s where s.demand_id = d.id and s.active and not s.excluded) as "suggestionCount"`;

export const DEMAND_FROM = sql`space_demands d join organisations o on o.id = d.organisation_id left join users u on u.id = d.posted_by`;

/** Reads one demand the actor may see; any other id answers not found. */
export async function findDemandForActor(ctx: Ctx, id: string, lock = false): Promise<DemandRecord> {
  if (!isUuid(id)) throw notFound("space demand");
  const [row] = await rows<DemandRecord>(
    ctx,
    sql`select ${DEMAND_COLUMNS} from ${DEMAND_FROM} where d.id = ${id}::uuid and ${demandScope(ctx.actor)} ${lock ? sql`for update of d` : sql``}`,
  );
  if (!row) throw notFound("space demand");
  return row;
}

/** Demands by id, without scope (the matching engine and listeners). */
export async function demandsByIds(ctx: Ctx, where: SQL): Promise<DemandRecord[]> {
  return rows<DemandRecord>(ctx, sql`select ${DEMAND_COLUMNS} from ${DEMAND_FROM} where ${where} order by d.created_at, d.id`);
}

const num = (x: number | null) => (x === null ? null : Number(x));

/** The demand as the matching engine reads it. */
export function toSpaceDemand(r: DemandRecord): SpaceDemand {
  const maxDistanceKm: SpaceDemand["maxDistanceKm"] = {};
  if (r.maxMotorwayKm !== null) maxDistanceKm.motorway = Number(r.maxMotorwayKm);
  if (r.maxRailKm !== null) maxDistanceKm.rail = Number(r.maxRailKm);
  if (r.maxWaterKm !== null) maxDistanceKm.water = Number(r.maxWaterKm);
  return {
    id: r.id,
    kind: r.kind,
    transaction: r.transaction,
    areaMinM2: Number(r.areaMinM2),
    areaMaxM2: Number(r.areaMaxM2),
    municipalities: r.municipalities,
    maxDistanceKm,
    neededFrom: r.neededFrom,
    gridCapacityKva: num(r.gridCapacityKva),
    activity: r.activityNace,
    budget: { maxPricePerM2Cents: num(r.maxPricePerM2Cents), maxTotalCents: num(r.maxTotalCents) },
    wishes: {
      heatNetwork: r.wishHeatNetwork,
      sharedSolar: r.wishSharedSolar,
      waterManagement: r.wishWaterManagement,
      sharedServices: r.wishSharedServices,
      parkManagement: r.wishParkManagement,
    },
  };
}

/** The demand as the actor may see it (municipality users: without the budget). */
export function presentDemand(ctx: Ctx, r: DemandRecord): DemandView {
  const d = toSpaceDemand(r);
  return {
    id: r.id,
    organisationId: r.organisationId,
    organisationName: r.organisationName,
    title: r.title,
    kind: r.kind,
    transaction: r.transaction,
    areaMinM2: d.areaMinM2,
    areaMaxM2: d.areaMaxM2,
    municipalities: r.municipalities,
    maxDistanceKm: { motorway: num(r.maxMotorwayKm), rail: num(r.maxRailKm), water: num(r.maxWaterKm) },
    neededFrom: r.neededFrom,
    gridCapacityKva: d.gridCapacityKva,
    activity: r.activityNace,
    budget: demandViewOf(ctx.actor, r.organisationId) === "municipality" ? null : d.budget,
    wishes: d.wishes,
    wishesText: r.wishesText,
    status: r.status,
    closeReason: r.closeReason,
    postedByName: r.postedByName,
    suggestionCount: r.suggestionCount,
    demo: r.demo,
    version: r.version,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}
