import {
  bigint, boolean, date, doublePrecision, index, integer, jsonb, pgTable, text, timestamp, uuid,
} from "drizzle-orm/pg-core";
import { municipalities } from "./geography.js";
import { users } from "./identity.js";
import { organisations } from "./organisations.js";

/*
 * Space for business, the supply side (statement 2.1), after the OSLO Bedrijventerrein model: business parks
 * (Bedrijventerrein), their parcels (Bedrijventerreinperceel), buildings and premises, brownfields and outdated
 * zones, and the regulations that apply as documents and links.
 *
 * Conventions:
 * - Geometry is GeoJSON (RFC 7946, WGS84 lon/lat) in jsonb; parks, parcels and brownfields are Polygon or
 *   MultiPolygon, premises a Point or a Polygon. There is no PostGIS: the bbox columns (min/max lon/lat) are
 *   written with the geometry and serve viewport queries; `area_m2` is computed from the geometry by the verb
 *   that writes it (geodesic, geometry.ts) and never typed by hand; `stated_area_m2` is what the source states.
 * - Money is integer euro cents (sale per m², lease per m² per year).
 * - Sustainability and access columns on a parcel or premises are nullable: null means "as its park".
 * - Columns prefixed `conf_` (and owner_organisation_id, strategic) are confidential: staff and the keeping
 *   municipality only, never in the public catalogue.
 * - `demo` marks demo data (seed/space), shown as such in the UI.
 */

const timestamps = {
  version: integer("version").notNull().default(1),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
};

const bbox = {
  minLon: doublePrecision("min_lon"),
  minLat: doublePrecision("min_lat"),
  maxLon: doublePrecision("max_lon"),
  maxLat: doublePrecision("max_lat"),
};

/** Sustainability (heat, solar, water) and collaboration features; on parks not null, on parcels/premises nullable (= as the park). */
const featureColumns = <T>(b: (name: string) => T) => ({
  heatNetwork: b("heat_network"),
  sharedSolar: b("shared_solar"),
  greenRoofs: b("green_roofs"),
  collectiveRainwater: b("collective_rainwater"),
  sharedServices: b("shared_services"),
  parkManagement: b("park_management"),
  sharedTransport: b("shared_transport"),
});
const parkFeatures = () => featureColumns((name) => boolean(name).notNull().default(false));
const itemFeatures = () => featureColumns((name) => boolean(name));

/** Access: distances in km to the nearest motorway exit, rail terminal/station, waterway quay, public-transport stop. */
const access = {
  motorwayKm: doublePrecision("motorway_km"),
  railKm: doublePrecision("rail_km"),
  waterKm: doublePrecision("water_km"),
  publicTransportKm: doublePrecision("public_transport_km"),
  bikeRoute: boolean("bike_route"),
  /** Available grid capacity in kVA. */
  gridCapacityKva: doublePrecision("grid_capacity_kva"),
};

/** A business park (OSLO Bedrijventerrein): contour, kind, development status, who develops and manages it. */
export const spaceParks = pgTable(
  "space_parks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    code: text("code").notNull().unique(),
    name: text("name").notNull(),
    kind: text("kind").notNull(), // regional | local | science | logistics
    developmentStatus: text("development_status").notNull(), // planning | development | realisation | management
    developer: text("developer"),
    /** The park manager (beheerder) or park-management organisation, as text. */
    parkManager: text("park_manager"),
    municipalityNis: text("municipality_nis").notNull().references(() => municipalities.nis),
    geometry: jsonb("geometry").notNull(),
    ...bbox,
    areaM2: doublePrecision("area_m2").notNull(),
    statedAreaM2: doublePrecision("stated_area_m2"),
    description: text("description").notNull().default(""),
    /** Free text on shared services and collaboration on the park (shared transport, mobility hub, …). */
    collaboration: text("collaboration").notNull().default(""),
    /** Free text on the regulations in force (see space_documents for the documents and links). */
    regulation: text("regulation").notNull().default(""),
    website: text("website"),
    ...parkFeatures(),
    ...access,
    /** Activities the zoning of the park allows (NACE sections or prefixes); null: no restriction. */
    allowedNace: text("allowed_nace").array(),
    confNotes: text("conf_notes").notNull().default(""),
    demo: boolean("demo").notNull().default(false),
    createdBy: uuid("created_by").references(() => users.id),
    ...timestamps,
  },
  (t) => [
    index("space_parks_municipality_idx").on(t.municipalityNis),
    index("space_parks_bbox_idx").on(t.minLon, t.maxLon, t.minLat, t.maxLat),
  ],
);

/**
 * A parcel (OSLO Bedrijventerreinperceel). `activated_on` is the date its area was first offered (made available
 * or under option): the 200 ha of statement 2.1 count the parcels of regional parks activated since the start of
 * the policy period. `origin` says how the area came about: new land, densification of an existing park,
 * re-designation, or a redeveloped brownfield.
 */
export const spaceParcels = pgTable(
  "space_parcels",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    parkId: uuid("park_id").references(() => spaceParks.id),
    code: text("code").notNull().unique(),
    /** Cadastral reference (e.g. "Hasselt 2e afd. sectie B 123A"). */
    cadastralRef: text("cadastral_ref"),
    municipalityNis: text("municipality_nis").notNull().references(() => municipalities.nis),
    geometry: jsonb("geometry").notNull(),
    ...bbox,
    areaM2: doublePrecision("area_m2").notNull(),
    statedAreaM2: doublePrecision("stated_area_m2"),
    /** Destination in the spatial plan, as text (e.g. "regionaal bedrijventerrein"). */
    zoning: text("zoning"),
    /** Activities the zoning allows (NACE sections or prefixes); null: as the park (or unrestricted without one). */
    allowedNace: text("allowed_nace").array(),
    availability: text("availability").notNull(), // available | under_option | sold | in_use | not_available
    /** Date the current availability took effect. */
    availabilitySince: date("availability_since"),
    /** Date from which the parcel can be taken up; null: at once. */
    availableFrom: date("available_from"),
    activatedOn: date("activated_on"),
    origin: text("origin").notNull().default("new"), // new | densification | redesignation | brownfield
    transaction: text("transaction").notNull(), // sale | lease | sale_or_lease
    salePricePerM2Cents: bigint("sale_price_per_m2_cents", { mode: "number" }),
    leasePricePerM2YearCents: bigint("lease_price_per_m2_year_cents", { mode: "number" }),
    restrictions: text("restrictions"),
    preemptionRight: boolean("preemption_right").notNull().default(false),
    buybackRight: boolean("buyback_right").notNull().default(false),
    ...itemFeatures(),
    ...access,
    /* ---- confidential: staff and the keeping municipality only ---- */
    strategic: boolean("strategic").notNull().default(false),
    ownerOrganisationId: uuid("owner_organisation_id").references(() => organisations.id),
    confOwnerName: text("conf_owner_name"),
    confMinPricePerM2Cents: bigint("conf_min_price_per_m2_cents", { mode: "number" }),
    confNotes: text("conf_notes").notNull().default(""),
    demo: boolean("demo").notNull().default(false),
    createdBy: uuid("created_by").references(() => users.id),
    ...timestamps,
  },
  (t) => [
    index("space_parcels_park_idx").on(t.parkId),
    index("space_parcels_municipality_idx").on(t.municipalityNis, t.availability),
    index("space_parcels_activated_idx").on(t.activatedOn),
    index("space_parcels_bbox_idx").on(t.minLon, t.maxLon, t.minLat, t.maxLat),
  ],
);

/** Buildings and premises for sale or lease, on a park or parcel or on their own. */
export const spacePremises = pgTable(
  "space_premises",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    parkId: uuid("park_id").references(() => spaceParks.id),
    parcelId: uuid("parcel_id").references(() => spaceParcels.id),
    code: text("code").notNull().unique(),
    name: text("name").notNull(),
    street: text("street"),
    houseNumber: text("house_number"),
    postcode: text("postcode"),
    place: text("place"),
    municipalityNis: text("municipality_nis").notNull().references(() => municipalities.nis),
    kind: text("kind").notNull(), // production_hall | warehouse | office | workshop | retail | mixed
    floorAreaM2: doublePrecision("floor_area_m2").notNull(),
    /** Point or Polygon; lon/lat is the point shown on the map (the centroid of a polygon). */
    geometry: jsonb("geometry"),
    lon: doublePrecision("lon"),
    lat: doublePrecision("lat"),
    allowedNace: text("allowed_nace").array(),
    availability: text("availability").notNull(),
    availabilitySince: date("availability_since"),
    availableFrom: date("available_from"),
    vacantSince: date("vacant_since"),
    transaction: text("transaction").notNull(),
    salePricePerM2Cents: bigint("sale_price_per_m2_cents", { mode: "number" }),
    leasePricePerM2YearCents: bigint("lease_price_per_m2_year_cents", { mode: "number" }),
    /** A reused building (statement 2.1: hergebruik van gebouwen). */
    reuse: boolean("reuse").notNull().default(false),
    ...itemFeatures(),
    ...access,
    ownerOrganisationId: uuid("owner_organisation_id").references(() => organisations.id),
    confOwnerName: text("conf_owner_name"),
    confNotes: text("conf_notes").notNull().default(""),
    demo: boolean("demo").notNull().default(false),
    createdBy: uuid("created_by").references(() => users.id),
    ...timestamps,
  },
  (t) => [
    index("space_premises_park_idx").on(t.parkId),
    index("space_premises_parcel_idx").on(t.parcelId),
    index("space_premises_municipality_idx").on(t.municipalityNis, t.availability),
  ],
);

/**
 * Brownfields and outdated business zones, with their renovation status. `redeveloped_on` dates the end of
 * redevelopment (the metric space.brownfield_redeveloped_ha counts the area of those redeveloped by a date).
 */
export const spaceBrownfields = pgTable(
  "space_brownfields",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    code: text("code").notNull().unique(),
    name: text("name").notNull(),
    kind: text("kind").notNull(), // brownfield | outdated_zone
    municipalityNis: text("municipality_nis").notNull().references(() => municipalities.nis),
    parkId: uuid("park_id").references(() => spaceParks.id),
    geometry: jsonb("geometry"),
    ...bbox,
    areaM2: doublePrecision("area_m2").notNull(),
    formerUse: text("former_use"),
    renovationStatus: text("renovation_status").notNull(), // identified | planned | in_progress | redeveloped
    renovationStatusSince: date("renovation_status_since"),
    redevelopedOn: date("redeveloped_on"),
    description: text("description").notNull().default(""),
    confNotes: text("conf_notes").notNull().default(""),
    demo: boolean("demo").notNull().default(false),
    createdBy: uuid("created_by").references(() => users.id),
    ...timestamps,
  },
  (t) => [index("space_brownfields_municipality_idx").on(t.municipalityNis)],
);

/** Regulations that apply to a park or parcel (spatial plan, permits, …) as documents and links. */
export const spaceDocuments = pgTable(
  "space_documents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    parkId: uuid("park_id").references(() => spaceParks.id, { onDelete: "cascade" }),
    parcelId: uuid("parcel_id").references(() => spaceParcels.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(), // spatial_plan | permit | regulation | other
    title: text("title").notNull(),
    url: text("url").notNull(),
    reference: text("reference"),
    validFrom: date("valid_from"),
    validUntil: date("valid_until"),
    /** Shown in the public catalogue (a spatial plan is public; an internal permit file may not be). */
    public: boolean("public").notNull().default(true),
    demo: boolean("demo").notNull().default(false),
    createdBy: uuid("created_by").references(() => users.id),
    ...timestamps,
  },
  (t) => [
    index("space_documents_park_idx").on(t.parkId),
    index("space_documents_parcel_idx").on(t.parcelId),
  ],
);
