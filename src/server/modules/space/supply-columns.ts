import { FEATURE_KEYS, type FeatureKey } from "../../../contracts/space-supply.js";

/*
 * The flat columns of parks and parcels in CSV and GeoJSON properties, the same for import and export so that an
 * export can be edited and imported again. Prices are in euro per m² (per year for lease) in files, in cents in
 * the database. Lists (allowed NACE) are separated by ";". Booleans are true/false (also ja/nee, 1/0).
 * In CSV the contour is the column "geometry": GeoJSON (as JSON text) or WKT (POLYGON / MULTIPOLYGON).
 */

export const FEATURE_COLUMNS: Record<FeatureKey, string> = {
  heatNetwork: "heat_network", sharedSolar: "shared_solar", greenRoofs: "green_roofs", collectiveRainwater: "collective_rainwater",
  sharedServices: "shared_services", parkManagement: "park_management", sharedTransport: "shared_transport",
};
export const ACCESS_COLUMNS = {
  motorwayKm: "motorway_km", railKm: "rail_km", waterKm: "water_km", publicTransportKm: "public_transport_km", bikeRoute: "bike_route", gridCapacityKva: "grid_capacity_kva",
} as const;

export const PARK_COLUMNS = [
  "code", "name", "kind", "development_status", "municipality_nis", "developer", "park_manager", "stated_area_m2", "area_m2",
  "description", "collaboration", "regulation", "website", "allowed_nace", ...FEATURE_KEYS.map((k) => FEATURE_COLUMNS[k]), ...Object.values(ACCESS_COLUMNS),
] as const;

export const PARCEL_COLUMNS = [
  "code", "park_code", "cadastral_ref", "municipality_nis", "stated_area_m2", "area_m2", "zoning", "allowed_nace", "availability", "availability_since",
  "available_from", "activated_on", "origin", "transaction", "sale_price_eur_m2", "lease_price_eur_m2_year", "restrictions", "preemption_right", "buyback_right",
  ...FEATURE_KEYS.map((k) => FEATURE_COLUMNS[k]), ...Object.values(ACCESS_COLUMNS),
] as const;

export const eurToCents = (v: number) => Math.round(v * 100);
export const centsToEur = (v: number | null) => (v === null ? null : v / 100);
