import { sql, type SQL } from "drizzle-orm";
import type { SuggestedItem } from "../../../contracts/space-demand.js";
import type { Availability, SupplyItem, SupplyTransaction } from "../../../contracts/space.js";
import type { Ctx } from "../../platform/context.js";
import { rows } from "./demand-repo.js";

/*
 * The supply as the matching engine reads it: parcels (land) and premises (buildings) with what they inherit
 * from their park (a null feature, distance, grid capacity or zoning on the item means "as its park"), and the
 * public catalogue fields a suggestion shows. Matching items are those available or under option.
 */

export interface SupplyEntry {
  item: SupplyItem;
  summary: SuggestedItem;
}

interface Row {
  kind: "parcel" | "premises";
  id: string;
  code: string;
  label: string;
  parkId: string | null;
  parkName: string | null;
  municipalityNis: string;
  areaM2: number;
  zoning: string | null;
  allowedNace: string[] | null;
  availability: Availability;
  availableFrom: string | null;
  transaction: SupplyTransaction;
  salePrice: number | null;
  leasePrice: number | null;
  motorwayKm: number | null;
  railKm: number | null;
  waterKm: number | null;
  gridKva: number | null;
  heatNetwork: boolean;
  sharedSolar: boolean;
  waterManagement: boolean;
  sharedServices: boolean;
  parkManagement: boolean;
}

const inherited = (alias: string) => {
  const a = sql.raw(alias);
  return sql`
    coalesce(${a}.allowed_nace, k.allowed_nace) as "allowedNace",
    ${a}.availability, ${a}.available_from::text as "availableFrom", ${a}.transaction,
    ${a}.sale_price_per_m2_cents::float8 as "salePrice", ${a}.lease_price_per_m2_year_cents::float8 as "leasePrice",
    coalesce(${a}.motorway_km, k.motorway_km) as "motorwayKm", coalesce(${a}.rail_km, k.rail_km) as "railKm",
    coalesce(${a}.water_km, k.water_km) as "waterKm", coalesce(${a}.grid_capacity_kva, k.grid_capacity_kva) as "gridKva",
    coalesce(${a}.heat_network, k.heat_network, false) as "heatNetwork",
    coalesce(${a}.shared_solar, k.shared_solar, false) as "sharedSolar",
    (coalesce(${a}.green_roofs, k.green_roofs, false) or coalesce(${a}.collective_rainwater, k.collective_rainwater, false)) as "waterManagement",
    coalesce(${a}.shared_services, k.shared_services, false) as "sharedServices",
    coalesce(${a}.park_management, k.park_management, false) as "parkManagement"`;
};

function parcelsWhere(where: SQL): SQL {
  return sql`select 'parcel' as kind, p.id, p.code, case when p.cadastral_ref is null then p.code else p.code || ' (' || p.cadastral_ref || ')' end as label, p.park_id as "parkId", k.name as "parkName",
      p.municipality_nis as "municipalityNis", p.area_m2 as "areaM2", p.zoning, ${inherited("p")}
    from space_parcels p left join space_parks k on k.id = p.park_id where ${where}`;
}

function premisesWhere(where: SQL): SQL {
  return sql`select 'premises' as kind, b.id, b.code, b.name as label, b.park_id as "parkId", k.name as "parkName",
      b.municipality_nis as "municipalityNis", b.floor_area_m2 as "areaM2", null::text as zoning, ${inherited("b")}
    from space_premises b left join space_parks k on k.id = b.park_id where ${where}`;
}

function toEntry(r: Row): SupplyEntry {
  const n = (x: number | null) => (x === null ? null : Number(x));
  const item: SupplyItem = {
    id: r.id,
    kind: r.kind === "parcel" ? "land" : "building",
    transaction: r.transaction,
    areaM2: Math.max(Number(r.areaM2), 0.01),
    municipalityNis: r.municipalityNis,
    groupId: r.parkId,
    access: { motorwayKm: n(r.motorwayKm), railKm: n(r.railKm), waterKm: n(r.waterKm) },
    availability: r.availability,
    availableFrom: r.availableFrom,
    gridCapacityKva: n(r.gridKva),
    allowedNace: r.allowedNace,
    salePricePerM2Cents: r.salePrice === null ? null : Math.round(Number(r.salePrice)),
    leasePricePerM2YearCents: r.leasePrice === null ? null : Math.round(Number(r.leasePrice)),
    features: {
      heatNetwork: r.heatNetwork,
      sharedSolar: r.sharedSolar,
      waterManagement: r.waterManagement,
      sharedServices: r.sharedServices,
      parkManagement: r.parkManagement,
    },
  };
  return {
    item,
    summary: {
      kind: r.kind,
      id: r.id,
      code: r.code,
      label: r.label,
      parkName: r.parkName,
      municipalityNis: r.municipalityNis,
      areaM2: Number(r.areaM2),
      zoning: r.zoning,
      availability: r.availability,
      transaction: r.transaction,
    },
  };
}

const MATCHABLE = sql`('available', 'under_option')`;

/** Every matchable supply item of a kind (land: parcels; building: premises). */
export async function loadMatchableSupply(ctx: Ctx, kinds: { land: boolean; building: boolean }): Promise<SupplyEntry[]> {
  const out: Row[] = [];
  if (kinds.land) out.push(...(await rows<Row>(ctx, parcelsWhere(sql`p.availability in ${MATCHABLE}`))));
  if (kinds.building) out.push(...(await rows<Row>(ctx, premisesWhere(sql`b.availability in ${MATCHABLE}`))));
  return out.map(toEntry);
}

/** Supply items by id, whatever their availability. */
export async function loadSupplyByIds(ctx: Ctx, parcelIds: readonly string[], premisesIds: readonly string[]): Promise<SupplyEntry[]> {
  const out: Row[] = [];
  const list = (ids: readonly string[]) => sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `);
  if (parcelIds.length) out.push(...(await rows<Row>(ctx, parcelsWhere(sql`p.id in (${list(parcelIds)})`))));
  if (premisesIds.length) out.push(...(await rows<Row>(ctx, premisesWhere(sql`b.id in (${list(premisesIds)})`))));
  return out.map(toEntry);
}
