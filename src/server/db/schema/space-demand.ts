import { sql } from "drizzle-orm";
import {
  bigint, boolean, check, date, doublePrecision, index, integer, jsonb, pgTable, smallint, text, timestamp, uniqueIndex, uuid,
} from "drizzle-orm/pg-core";
import { users } from "./identity.js";
import { organisations } from "./organisations.js";
import { spaceParcels, spacePremises } from "./space.js";

/*
 * The demand side of space for business (statement 2.1) and the retail cores (statement 2.2).
 *
 * A supply item is a parcel (space_parcels) or a premises (space_premises) of the supply tables; rows here
 * name it by parcel_id or premises_id (exactly one).
 */

/** What a company needs: posted by the company itself or by an account manager on its behalf. */
export const spaceDemands = pgTable(
  "space_demands",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id").notNull().references(() => organisations.id),
    postedBy: uuid("posted_by").references(() => users.id),
    /** A line saying what it is for, e.g. "New production hall for the machining line". */
    title: text("title").notNull(),
    kind: text("kind").notNull(), // land | building
    transaction: text("transaction").notNull(), // buy | lease
    areaMinM2: doublePrecision("area_min_m2").notNull(),
    areaMaxM2: doublePrecision("area_max_m2").notNull(),
    /** Wanted municipalities (NIS codes); empty: anywhere in Limburg. */
    municipalities: text("municipalities").array().notNull().default(sql`'{}'::text[]`),
    maxMotorwayKm: doublePrecision("max_motorway_km"),
    maxRailKm: doublePrecision("max_rail_km"),
    maxWaterKm: doublePrecision("max_water_km"),
    neededFrom: date("needed_from"),
    gridCapacityKva: doublePrecision("grid_capacity_kva"),
    /** The company's activity (NACE-BEL), checked against the zoning. */
    activityNace: text("activity_nace").notNull(),
    /** Per m² (per year when leasing), in euro cents. */
    maxPricePerM2Cents: bigint("max_price_per_m2_cents", { mode: "number" }),
    /** For the whole item (per year when leasing), in euro cents. */
    maxTotalCents: bigint("max_total_cents", { mode: "number" }),
    wishHeatNetwork: boolean("wish_heat_network").notNull().default(false),
    wishSharedSolar: boolean("wish_shared_solar").notNull().default(false),
    wishWaterManagement: boolean("wish_water_management").notNull().default(false),
    wishSharedServices: boolean("wish_shared_services").notNull().default(false),
    wishParkManagement: boolean("wish_park_management").notNull().default(false),
    /** Sustainability and collaboration wishes in the company's words. */
    wishesText: text("wishes_text").notNull().default(""),
    status: text("status").notNull().default("open"), // open | closed | withdrawn
    closedAt: timestamp("closed_at", { withTimezone: true }),
    closeReason: text("close_reason").notNull().default(""),
    demo: boolean("demo").notNull().default(false),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("space_demands_organisation_idx").on(t.organisationId),
    index("space_demands_status_idx").on(t.status),
    check("space_demands_area_ck", sql`${t.areaMinM2} > 0 and ${t.areaMinM2} <= ${t.areaMaxM2}`),
  ],
);

/**
 * One supply item matched against one demand: among its ranked suggestions (active, not excluded), an item a
 * hard constraint excludes (excluded, with the reasons), or an item that once was a suggestion (active false;
 * kept so that it is not announced as new again).
 */
export const spaceSuggestions = pgTable(
  "space_suggestions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    demandId: uuid("demand_id").notNull().references(() => spaceDemands.id, { onDelete: "cascade" }),
    parcelId: uuid("parcel_id").references(() => spaceParcels.id, { onDelete: "cascade" }),
    premisesId: uuid("premises_id").references(() => spacePremises.id, { onDelete: "cascade" }),
    active: boolean("active").notNull().default(true),
    excluded: boolean("excluded").notNull().default(false),
    /** 0–100; null when excluded. */
    score: integer("score"),
    /** 1 = best; for an excluded row its place among the near misses (closest first). */
    rank: integer("rank"),
    points: doublePrecision("points"),
    maxPoints: doublePrecision("max_points"),
    /** Every counted criterion: { criterion, outcome met|partly|not_met, weight, points, code, message, params }. */
    criteria: jsonb("criteria").notNull().default([]),
    /** The hard constraints that exclude the item: { code, message, params }. */
    exclusions: jsonb("exclusions").notNull().default([]),
    firstSuggestedAt: timestamp("first_suggested_at", { withTimezone: true }),
    notifiedAt: timestamp("notified_at", { withTimezone: true }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("space_suggestions_parcel_uq").on(t.demandId, t.parcelId).where(sql`parcel_id is not null`),
    uniqueIndex("space_suggestions_premises_uq").on(t.demandId, t.premisesId).where(sql`premises_id is not null`),
    index("space_suggestions_demand_idx").on(t.demandId),
    index("space_suggestions_parcel_idx").on(t.parcelId),
    index("space_suggestions_premises_idx").on(t.premisesId),
    check("space_suggestions_item_ck", sql`(parcel_id is null) <> (premises_id is null)`),
  ],
);

/** A demand introduced to a supply item, followed from suggestion to visit, option and deal (or dropped). */
export const spaceIntroductions = pgTable(
  "space_introductions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    demandId: uuid("demand_id").notNull().references(() => spaceDemands.id, { onDelete: "cascade" }),
    parcelId: uuid("parcel_id").references(() => spaceParcels.id, { onDelete: "cascade" }),
    premisesId: uuid("premises_id").references(() => spacePremises.id, { onDelete: "cascade" }),
    stage: text("stage").notNull().default("suggested"), // suggested | visit | option | deal | dropped
    suggestedOn: date("suggested_on").notNull(),
    visitOn: date("visit_on"),
    optionOn: date("option_on"),
    dealOn: date("deal_on"),
    droppedOn: date("dropped_on"),
    notes: text("notes").notNull().default(""),
    createdBy: uuid("created_by").references(() => users.id),
    updatedBy: uuid("updated_by").references(() => users.id),
    demo: boolean("demo").notNull().default(false),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("space_introductions_parcel_uq").on(t.demandId, t.parcelId).where(sql`parcel_id is not null`),
    uniqueIndex("space_introductions_premises_uq").on(t.demandId, t.premisesId).where(sql`premises_id is not null`),
    check("space_introductions_item_ck", sql`(parcel_id is null) <> (premises_id is null)`),
  ],
);

/** A core shopping area (kernwinkelgebied) of a municipality, with its contour. */
export const retailCores = pgTable(
  "retail_cores",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    municipalityNis: text("municipality_nis").notNull(),
    name: text("name").notNull(),
    /** GeoJSON Polygon or MultiPolygon (WGS84); null until delineated. */
    contour: jsonb("contour"),
    description: text("description").notNull().default(""),
    demo: boolean("demo").notNull().default(false),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("retail_cores_name_uq").on(t.municipalityNis, t.name), index("retail_cores_municipality_idx").on(t.municipalityNis)],
);

/** A shop, horeca or service premises in a core, occupied or vacant. */
export const retailPremises = pgTable(
  "retail_premises",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    coreId: uuid("core_id").notNull().references(() => retailCores.id),
    address: text("address").notNull(),
    status: text("status").notNull(), // occupied | vacant
    /** The date the current vacancy began; null when occupied. */
    vacantSince: date("vacant_since"),
    sector: text("sector").notNull(), // fashion | electronics | horeca | services | food | leisure | other
    floorAreaM2: doublePrecision("floor_area_m2"),
    /** The business in it, as shown on the street (occupied premises). */
    occupantName: text("occupant_name").notNull().default(""),
    demo: boolean("demo").notNull().default(false),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("retail_premises_address_uq").on(t.coreId, t.address), index("retail_premises_core_idx").on(t.coreId, t.status)],
);

/**
 * Every status a retail premises took, from the date it took effect; append-only. The first row is its
 * registration. The vacancy rate of a core at a date is read from these rows.
 */
export const retailPremisesStatusChanges = pgTable(
  "retail_premises_status_changes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    seq: bigint("seq", { mode: "number" }).generatedAlwaysAsIdentity(),
    premisesId: uuid("premises_id").notNull().references(() => retailPremises.id, { onDelete: "cascade" }),
    status: text("status").notNull(), // occupied | vacant
    sector: text("sector").notNull(),
    effectiveDate: date("effective_date").notNull(),
    changedBy: uuid("changed_by").references(() => users.id),
    changedByLabel: text("changed_by_label").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("retail_premises_status_changes_idx").on(t.premisesId, t.effectiveDate)],
);

/** A campaign for local trade ("Maand van de Markt", "Ik koop lokaal"); municipality null: province-wide. */
export const retailCampaigns = pgTable(
  "retail_campaigns",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    kind: text("kind").notNull(), // month_of_the_market | buy_local | other
    municipalityNis: text("municipality_nis"),
    startsOn: date("starts_on").notNull(),
    endsOn: date("ends_on").notNull(),
    description: text("description").notNull().default(""),
    demo: boolean("demo").notNull().default(false),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("retail_campaigns_municipality_idx").on(t.municipalityNis), check("retail_campaigns_period_ck", sql`${t.startsOn} <= ${t.endsOn}`)],
);

/** A merchant taking part in a campaign: a premises of a core, or a named merchant (market trader, …). */
export const retailCampaignMerchants = pgTable(
  "retail_campaign_merchants",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    campaignId: uuid("campaign_id").notNull().references(() => retailCampaigns.id, { onDelete: "cascade" }),
    merchantName: text("merchant_name").notNull(),
    premisesId: uuid("premises_id").references(() => retailPremises.id),
    organisationId: uuid("organisation_id").references(() => organisations.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("retail_campaign_merchants_uq").on(t.campaignId, t.merchantName)],
);

/**
 * One row (id 1): the token of the last change to what matching reads (supply, open demands, suggestions).
 * Every such change takes this row's lock and writes a new random token; a process's in-memory mirror of the
 * matching state is valid while it holds the database's token (modules/space/match-state.ts).
 */
export const spaceMatchState = pgTable(
  "space_match_state",
  {
    id: smallint("id").primaryKey(),
    token: uuid("token").notNull(),
  },
  (t) => [check("space_match_state_one_ck", sql`${t.id} = 1`)],
);
