import { z } from "zod";
import { NisCode } from "./geography.js";

/*
 * Space for business: business parks, parcels and premises (after the OSLO Bedrijventerrein model), space
 * demands, and the results of the geometry checks and of the matching engine.
 *
 * Conventions for the whole module:
 * - Geometry is GeoJSON (RFC 7946) in WGS84 longitude/latitude; parcels and parks are Polygon or MultiPolygon.
 * - Areas are square metres (m², decimals allowed); distances are kilometres.
 * - Money is an integer number of euro cents: a sale price per m², a lease price per m² per year, a budget.
 * - Calendar dates are ISO "yyyy-mm-dd" strings.
 * - Every check and every match returns reasons: a stable code for the UI to translate, an English sentence,
 *   and the parameters the sentence was built from.
 */

export const IsoDate = z.iso.date();
export const Cents = z.number().int().min(0).max(10_000_000_000_000);
export const AreaM2 = z.number().finite().positive().max(1e9);
export const DistanceKm = z.number().finite().min(0).max(1000);
/** A NACE-BEL code or prefix, with or without dots: "10", "10.1", "10.11", "10.110", "1011". */
export const NaceCode = z.string().trim().regex(/^\d{2}(\.?\d{1,3})?$/, "A NACE code has 2 to 5 digits");
/** What a zoning allows: a NACE section letter ("C") or a code prefix ("10.1", "46"). */
export const NaceRule = z.union([z.string().trim().regex(/^[A-U]$/, "A NACE section is one letter A–U"), NaceCode]);

export const ReasonParam = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())]);
export const Reason = z.object({
  code: z.string(),
  message: z.string(),
  params: z.record(z.string(), ReasonParam),
});
export type Reason = z.infer<typeof Reason>;

/* ---------- Geometry ---------- */

export const Position = z.array(z.number()).min(2).max(3); // [lon, lat] or [lon, lat, elevation]
export const LinearRing = z.array(Position);
export const PolygonGeometry = z.object({ type: z.literal("Polygon"), coordinates: z.array(LinearRing).min(1) });
export const MultiPolygonGeometry = z.object({
  type: z.literal("MultiPolygon"),
  coordinates: z.array(z.array(LinearRing).min(1)).min(1),
});
export const SurfaceGeometry = z.discriminatedUnion("type", [PolygonGeometry, MultiPolygonGeometry]);
export type SurfaceGeometry = z.infer<typeof SurfaceGeometry>;

export const GeometryProblemCode = z.enum(["invalid_geometry", "self_intersecting", "outside_limburg", "area_mismatch"]);
export type GeometryProblemCode = z.infer<typeof GeometryProblemCode>;
export const GeometryProblem = Reason.extend({ code: GeometryProblemCode });
export type GeometryProblem = z.infer<typeof GeometryProblem>;

/** The result of checking one contour: its problems (empty when valid) and its geodesic area. */
export const GeometryCheck = z.object({
  ok: z.boolean(),
  problems: z.array(GeometryProblem),
  /** Null when the geometry is too malformed to measure. */
  areaM2: z.number().nullable(),
  areaHa: z.number().nullable(),
});
export type GeometryCheck = z.infer<typeof GeometryCheck>;

/* ---------- Supply: parks, parcels, premises ---------- */

export const ParkKind = z.enum(["regional", "local", "science", "logistics"]);
export type ParkKind = z.infer<typeof ParkKind>;
/** OSLO Bedrijventerrein: a park's life from planning to management. */
export const DevelopmentStatus = z.enum(["planning", "development", "realisation", "management"]);
export type DevelopmentStatus = z.infer<typeof DevelopmentStatus>;
/** Only "available" and "under_option" supply can be matched. */
export const Availability = z.enum(["available", "under_option", "sold", "in_use", "not_available"]);
export type Availability = z.infer<typeof Availability>;
export const SupplyTransaction = z.enum(["sale", "lease", "sale_or_lease"]);
export type SupplyTransaction = z.infer<typeof SupplyTransaction>;
export const SpaceKind = z.enum(["land", "building"]);
export type SpaceKind = z.infer<typeof SpaceKind>;
export const PremisesKind = z.enum(["production_hall", "warehouse", "office", "workshop", "retail", "mixed"]);
export type PremisesKind = z.infer<typeof PremisesKind>;

/** Sustainability and collaboration on a park or parcel (statement 2.1). */
export const SpaceFeatures = z.strictObject({
  heatNetwork: z.boolean(),
  sharedSolar: z.boolean(),
  waterManagement: z.boolean(),
  sharedServices: z.boolean(),
  parkManagement: z.boolean(),
});
export type SpaceFeatures = z.infer<typeof SpaceFeatures>;

/** Distances from the item to the nearest access points; null when not known. */
export const AccessDistances = z.strictObject({
  motorwayKm: DistanceKm.nullable(),
  railKm: DistanceKm.nullable(),
  waterKm: DistanceKm.nullable(),
});
export type AccessDistances = z.infer<typeof AccessDistances>;

export const RegulationLink = z.strictObject({ title: z.string().trim().min(1).max(300), url: z.url() });

export const BusinessPark = z.strictObject({
  id: z.string().min(1),
  name: z.string().trim().min(1).max(200),
  kind: ParkKind,
  developmentStatus: DevelopmentStatus,
  municipalityNis: NisCode,
  developer: z.string().trim().max(200).nullable(),
  geometry: SurfaceGeometry,
  statedAreaM2: AreaM2.nullable(),
  features: SpaceFeatures,
  access: AccessDistances,
  gridCapacityKva: z.number().finite().min(0).nullable(),
  allowedNace: z.array(NaceRule).nullable(),
  regulations: z.array(RegulationLink),
});
export type BusinessPark = z.infer<typeof BusinessPark>;

const prices = {
  /** Sale price per m², in cents; null when on request or not for sale. */
  salePricePerM2Cents: Cents.nullable(),
  /** Lease price per m² per year, in cents; null when on request or not for lease. */
  leasePricePerM2YearCents: Cents.nullable(),
};

export const Parcel = z.strictObject({
  id: z.string().min(1),
  parkId: z.string().nullable(),
  reference: z.string().trim().max(100).nullable(), // cadastral reference
  municipalityNis: NisCode,
  geometry: SurfaceGeometry,
  statedAreaM2: AreaM2.nullable(),
  zoning: z.string().trim().max(300).nullable(), // the destination in the spatial plan, as text
  /** Activities the zoning allows (NACE sections or prefixes); null means no restriction. */
  allowedNace: z.array(NaceRule).nullable(),
  availability: Availability,
  availableFrom: IsoDate.nullable(), // null: at once
  transaction: SupplyTransaction,
  ...prices,
  restrictions: z.string().trim().max(2000).nullable(),
  preemptionRight: z.boolean(),
  buybackRight: z.boolean(),
  strategic: z.boolean(),
  gridCapacityKva: z.number().finite().min(0).nullable(),
  features: SpaceFeatures,
  access: AccessDistances,
});
export type Parcel = z.infer<typeof Parcel>;

export const Premises = z.strictObject({
  id: z.string().min(1),
  parkId: z.string().nullable(),
  municipalityNis: NisCode,
  kind: PremisesKind,
  floorAreaM2: AreaM2,
  allowedNace: z.array(NaceRule).nullable(),
  availability: Availability,
  availableFrom: IsoDate.nullable(),
  vacantSince: IsoDate.nullable(),
  transaction: SupplyTransaction,
  ...prices,
  gridCapacityKva: z.number().finite().min(0).nullable(),
  features: SpaceFeatures,
  access: AccessDistances,
});
export type Premises = z.infer<typeof Premises>;

/**
 * What the matching engine reads of a parcel (kind "land") or premises (kind "building"). Distances, grid
 * capacity and features are precomputed on the item (a parcel inherits what its park offers).
 */
export const SupplyItem = z.strictObject({
  id: z.string().min(1),
  kind: SpaceKind,
  transaction: SupplyTransaction,
  areaM2: AreaM2,
  municipalityNis: NisCode,
  /** Items sharing a group (their park, usually) share most features; the index keeps them together. */
  groupId: z.string().nullable(),
  access: AccessDistances,
  availability: Availability,
  availableFrom: IsoDate.nullable(),
  gridCapacityKva: z.number().finite().min(0).nullable(),
  allowedNace: z.array(NaceRule).nullable(),
  ...prices,
  features: SpaceFeatures,
});
export type SupplyItem = z.infer<typeof SupplyItem>;

/* ---------- Demand ---------- */

export const DemandTransaction = z.enum(["buy", "lease"]);
export type DemandTransaction = z.infer<typeof DemandTransaction>;

export const SpaceDemand = z
  .strictObject({
    id: z.string().min(1),
    kind: SpaceKind,
    transaction: DemandTransaction,
    areaMinM2: AreaM2,
    areaMaxM2: AreaM2,
    /** Wanted municipalities; empty: anywhere in Limburg. */
    municipalities: z.array(NisCode).max(38),
    /** Maximum distances to access points; each one left out is no wish. */
    maxDistanceKm: z.strictObject({
      motorway: DistanceKm.optional(),
      rail: DistanceKm.optional(),
      water: DistanceKm.optional(),
    }),
    /** The date from which the space is needed; null: no timing wish. */
    neededFrom: IsoDate.nullable(),
    gridCapacityKva: z.number().finite().positive().nullable(),
    /** The company's activity, checked against the zoning. */
    activity: NaceCode,
    budget: z.strictObject({
      /** Per m² (per year when leasing), in cents. */
      maxPricePerM2Cents: Cents.nullable(),
      /** For the whole item (per year when leasing), in cents. */
      maxTotalCents: Cents.nullable(),
    }),
    wishes: SpaceFeatures,
  })
  .refine((d) => d.areaMinM2 <= d.areaMaxM2, { path: ["areaMaxM2"], message: "The maximum area is below the minimum" });
export type SpaceDemand = z.infer<typeof SpaceDemand>;

/* ---------- Match results ---------- */

export const CriterionKey = z.enum([
  "area",
  "location",
  "access",
  "budget",
  "timing",
  "grid_capacity",
  "availability",
  "heat_network",
  "sustainability",
  "collaboration",
]);
export type CriterionKey = z.infer<typeof CriterionKey>;
export const CriterionOutcome = z.enum(["met", "partly", "not_met"]);
export type CriterionOutcome = z.infer<typeof CriterionOutcome>;

export const ExclusionCode = z.enum(["wrong_kind", "wrong_transaction", "not_available", "area_too_small", "area_too_large", "activity_not_allowed"]);
export type ExclusionCode = z.infer<typeof ExclusionCode>;
export const Exclusion = Reason.extend({ code: ExclusionCode });
export type Exclusion = z.infer<typeof Exclusion>;

/** One soft criterion of one suggestion: met (full weight), partly (half) or not met (nothing). */
export const CriterionResult = Reason.extend({
  criterion: CriterionKey,
  outcome: CriterionOutcome,
  weight: z.number(),
  points: z.number(),
});
export type CriterionResult = z.infer<typeof CriterionResult>;

export const Evaluation = z.discriminatedUnion("excluded", [
  z.object({ itemId: z.string(), excluded: z.literal(true), exclusions: z.array(Exclusion).min(1) }),
  z.object({
    itemId: z.string(),
    excluded: z.literal(false),
    /** 0–100: points over the weights of the criteria the demand expresses. */
    score: z.number().int().min(0).max(100),
    points: z.number(),
    maxPoints: z.number(),
    criteria: z.array(CriterionResult),
  }),
]);
export type Evaluation = z.infer<typeof Evaluation>;

export const Suggestion = z.object({
  itemId: z.string(),
  rank: z.number().int().min(1),
  score: z.number().int().min(0).max(100),
  points: z.number(),
  maxPoints: z.number(),
  criteria: z.array(CriterionResult),
});
export type Suggestion = z.infer<typeof Suggestion>;
