import { z } from "zod";
import { patchOf } from "./patch.js";
import { NisCode } from "./geography.js";
import { Availability, Cents, DevelopmentStatus, GeometryProblem, IsoDate, NaceRule, ParkKind, PremisesKind, SupplyTransaction } from "./space.js";

/*
 * Space for business, the supply side: inputs and views of business parks, parcels, premises, brownfields and
 * regulation documents (conventions as in space.ts: GeoJSON WGS84, m², km, euro cents, ISO dates).
 *
 * Views come in two kinds: the staff view (agency staff, and a municipality user for its own municipality) with
 * a `confidential` block, and the public view (the catalogue, no login) that has no confidential field at all.
 */

const Text = (max: number) => z.string().trim().max(max);
const Code = z.string().trim().min(1).max(40).regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "Letters, digits, dot, dash, underscore");
const Uuid = z.uuid();
const Km = z.number().finite().min(0).max(1000);
const Area = z.number().finite().positive().max(1e9);

export const ParcelOrigin = z.enum(["new", "densification", "redesignation", "brownfield"]);
export type ParcelOrigin = z.infer<typeof ParcelOrigin>;
export const BrownfieldKind = z.enum(["brownfield", "outdated_zone"]);
export const RenovationStatus = z.enum(["identified", "planned", "in_progress", "redeveloped"]);
export type RenovationStatus = z.infer<typeof RenovationStatus>;
export const DocumentKind = z.enum(["spatial_plan", "permit", "regulation", "other"]);

/** Any GeoJSON geometry object; checked by the verbs (geometry.ts) so that problems come back with their codes. */
export const GeometryInput = z.object({ type: z.string(), coordinates: z.unknown() });
export const PointGeometry = z.strictObject({ type: z.literal("Point"), coordinates: z.tuple([z.number(), z.number()]) });

export const FEATURE_KEYS = ["heatNetwork", "sharedSolar", "greenRoofs", "collectiveRainwater", "sharedServices", "parkManagement", "sharedTransport"] as const;
export type FeatureKey = (typeof FEATURE_KEYS)[number];
const featureShape = <T extends z.ZodType>(t: T) => Object.fromEntries(FEATURE_KEYS.map((k) => [k, t])) as Record<FeatureKey, T>;
/** Sustainability (heat network, shared solar, green roofs, collective rainwater) and collaboration on a park. */
export const ParkFeatures = z.strictObject(featureShape(z.boolean()));
export type ParkFeatures = z.infer<typeof ParkFeatures>;
/** The same on a parcel or premises; null = as its park. */
export const ItemFeatures = z.strictObject(featureShape(z.boolean().nullable()));
export type ItemFeatures = z.infer<typeof ItemFeatures>;

/** Access and grid: distances in km; null = unknown (on a parcel or premises: as its park). */
export const Access = z.strictObject({
  motorwayKm: Km.nullable(),
  railKm: Km.nullable(),
  waterKm: Km.nullable(),
  publicTransportKm: Km.nullable(),
  bikeRoute: z.boolean().nullable(),
  gridCapacityKva: z.number().finite().min(0).max(1e7).nullable(),
});
export type Access = z.infer<typeof Access>;

export const NO_FEATURES: ItemFeatures = Object.fromEntries(FEATURE_KEYS.map((k) => [k, null])) as ItemFeatures;
export const NO_ACCESS: Access = { motorwayKm: null, railKm: null, waterKm: null, publicTransportKm: null, bikeRoute: null, gridCapacityKva: null };

/* ---------- parks ---------- */

export const ParkInput = z.strictObject({
  code: Code,
  name: Text(200).min(1),
  kind: ParkKind,
  developmentStatus: DevelopmentStatus,
  developer: Text(200).nullable().default(null),
  parkManager: Text(200).nullable().default(null),
  municipalityNis: NisCode,
  geometry: GeometryInput,
  statedAreaM2: Area.nullable().default(null),
  description: Text(4000).default(""),
  collaboration: Text(4000).default(""),
  regulation: Text(4000).default(""),
  website: z.url().max(500).nullable().default(null),
  features: ParkFeatures.partial().default({}),
  access: Access.partial().default({}),
  allowedNace: z.array(NaceRule).max(50).nullable().default(null),
  confNotes: Text(4000).default(""),
});
export type ParkInput = z.input<typeof ParkInput>;
export const ParkUpdate = patchOf(ParkInput.shape);
export type ParkUpdate = z.input<typeof ParkUpdate>;

/* ---------- parcels ---------- */

const parcelFields = {
  parkId: Uuid.nullable().default(null),
  code: Code,
  cadastralRef: Text(100).nullable().default(null),
  /** Required without a park; with a park, the park's municipality by default. */
  municipalityNis: NisCode.nullable().default(null),
  geometry: GeometryInput,
  statedAreaM2: Area.nullable().default(null),
  zoning: Text(300).nullable().default(null),
  allowedNace: z.array(NaceRule).max(50).nullable().default(null),
  availability: Availability.default("not_available"),
  availabilitySince: IsoDate.nullable().default(null),
  availableFrom: IsoDate.nullable().default(null),
  /** When the parcel's area was first offered; set automatically when it first becomes available. */
  activatedOn: IsoDate.nullable().default(null),
  origin: ParcelOrigin.default("new"),
  transaction: SupplyTransaction.default("sale"),
  salePricePerM2Cents: Cents.nullable().default(null),
  leasePricePerM2YearCents: Cents.nullable().default(null),
  restrictions: Text(2000).nullable().default(null),
  preemptionRight: z.boolean().default(false),
  buybackRight: z.boolean().default(false),
  features: ItemFeatures.partial().default({}),
  access: Access.partial().default({}),
  /* confidential */
  strategic: z.boolean().default(false),
  ownerOrganisationId: Uuid.nullable().default(null),
  confOwnerName: Text(200).nullable().default(null),
  confMinPricePerM2Cents: Cents.nullable().default(null),
  confNotes: Text(4000).default(""),
};
export const ParcelInput = z.strictObject(parcelFields);
export type ParcelInput = z.input<typeof ParcelInput>;
export const ParcelUpdate = patchOf(ParcelInput.shape);
export type ParcelUpdate = z.input<typeof ParcelUpdate>;

/** Mark a parcel's or premises' availability, from a date (today by default). */
export const AvailabilityChange = z.strictObject({
  version: z.number().int().min(1),
  availability: Availability,
  since: IsoDate.optional(),
});
export type AvailabilityChange = z.input<typeof AvailabilityChange>;

/* ---------- premises ---------- */

export const PremisesInput = z.strictObject({
  parkId: Uuid.nullable().default(null),
  parcelId: Uuid.nullable().default(null),
  code: Code,
  name: Text(200).min(1),
  street: Text(200).nullable().default(null),
  houseNumber: Text(20).nullable().default(null),
  postcode: z.string().regex(/^[1-9]\d{3}$/).nullable().default(null),
  place: Text(100).nullable().default(null),
  municipalityNis: NisCode.nullable().default(null),
  kind: PremisesKind,
  floorAreaM2: Area,
  geometry: GeometryInput.nullable().default(null),
  allowedNace: z.array(NaceRule).max(50).nullable().default(null),
  availability: Availability.default("available"),
  availabilitySince: IsoDate.nullable().default(null),
  availableFrom: IsoDate.nullable().default(null),
  vacantSince: IsoDate.nullable().default(null),
  transaction: SupplyTransaction.default("sale_or_lease"),
  salePricePerM2Cents: Cents.nullable().default(null),
  leasePricePerM2YearCents: Cents.nullable().default(null),
  reuse: z.boolean().default(false),
  features: ItemFeatures.partial().default({}),
  access: Access.partial().default({}),
  ownerOrganisationId: Uuid.nullable().default(null),
  confOwnerName: Text(200).nullable().default(null),
  confNotes: Text(4000).default(""),
});
export type PremisesInput = z.input<typeof PremisesInput>;
export const PremisesUpdate = patchOf(PremisesInput.shape);
export type PremisesUpdate = z.input<typeof PremisesUpdate>;

/* ---------- brownfields and documents ---------- */

export const BrownfieldInput = z.strictObject({
  code: Code,
  name: Text(200).min(1),
  kind: BrownfieldKind,
  municipalityNis: NisCode,
  parkId: Uuid.nullable().default(null),
  geometry: GeometryInput.nullable().default(null),
  /** Required without a geometry; with one, computed from it. */
  areaM2: Area.nullable().default(null),
  formerUse: Text(300).nullable().default(null),
  renovationStatus: RenovationStatus.default("identified"),
  renovationStatusSince: IsoDate.nullable().default(null),
  redevelopedOn: IsoDate.nullable().default(null),
  description: Text(4000).default(""),
  confNotes: Text(4000).default(""),
});
export type BrownfieldInput = z.input<typeof BrownfieldInput>;
export const BrownfieldUpdate = patchOf(BrownfieldInput.shape);
export type BrownfieldUpdate = z.input<typeof BrownfieldUpdate>;

export const DocumentInput = z.strictObject({
  parkId: Uuid.nullable().default(null),
  parcelId: Uuid.nullable().default(null),
  kind: DocumentKind,
  title: Text(300).min(1),
  url: z.url().max(1000),
  reference: Text(100).nullable().default(null),
  validFrom: IsoDate.nullable().default(null),
  validUntil: IsoDate.nullable().default(null),
  public: z.boolean().default(true),
});
export type DocumentInput = z.input<typeof DocumentInput>;

/* ---------- views ---------- */

export const DocumentView = z.object({
  id: Uuid, parkId: Uuid.nullable(), parcelId: Uuid.nullable(), kind: DocumentKind, title: z.string(), url: z.string(),
  reference: z.string().nullable(), validFrom: z.string().nullable(), validUntil: z.string().nullable(), public: z.boolean(), version: z.number().int(),
});
export type DocumentView = z.infer<typeof DocumentView>;

const Bbox = z.tuple([z.number(), z.number(), z.number(), z.number()]).nullable();

/** What everyone may see of a park. */
export const PublicParkView = z.object({
  id: Uuid, code: z.string(), name: z.string(), kind: ParkKind, developmentStatus: DevelopmentStatus,
  developer: z.string().nullable(), parkManager: z.string().nullable(), municipalityNis: z.string(), municipalityName: z.string(),
  geometry: z.unknown(), bbox: Bbox, areaM2: z.number(), statedAreaM2: z.number().nullable(),
  description: z.string(), collaboration: z.string(), regulation: z.string(), website: z.string().nullable(),
  features: ParkFeatures, access: Access, allowedNace: z.array(z.string()).nullable(),
  availableAreaM2: z.number(), parcelCount: z.number().int(), availableParcelCount: z.number().int(),
  documents: z.array(DocumentView), demo: z.boolean(),
});
export type PublicParkView = z.infer<typeof PublicParkView>;
export const ParkView = PublicParkView.extend({
  confidential: z.object({ notes: z.string() }),
  version: z.number().int(), updatedAt: z.string(),
});
export type ParkView = z.infer<typeof ParkView>;

export const PublicParcelView = z.object({
  id: Uuid, code: z.string(), parkId: Uuid.nullable(), parkName: z.string().nullable(), parkKind: ParkKind.nullable(),
  cadastralRef: z.string().nullable(), municipalityNis: z.string(), municipalityName: z.string(),
  geometry: z.unknown(), bbox: Bbox, areaM2: z.number(), statedAreaM2: z.number().nullable(),
  zoning: z.string().nullable(), allowedNace: z.array(z.string()).nullable(),
  availability: Availability, availabilitySince: z.string().nullable(), availableFrom: z.string().nullable(), activatedOn: z.string().nullable(),
  origin: ParcelOrigin, transaction: SupplyTransaction, salePricePerM2Cents: z.number().nullable(), leasePricePerM2YearCents: z.number().nullable(),
  restrictions: z.string().nullable(), preemptionRight: z.boolean(), buybackRight: z.boolean(),
  /** As recorded on the parcel (null: as the park). */
  features: ItemFeatures, access: Access,
  /** What applies: the parcel's own value, else its park's. */
  effectiveFeatures: ParkFeatures, effectiveAccess: Access,
  documents: z.array(DocumentView), demo: z.boolean(),
});
export type PublicParcelView = z.infer<typeof PublicParcelView>;
export const ParcelConfidential = z.object({
  strategic: z.boolean(), ownerOrganisationId: Uuid.nullable(), ownerOrganisationName: z.string().nullable(),
  ownerName: z.string().nullable(), minPricePerM2Cents: z.number().nullable(), notes: z.string(),
});
export const ParcelView = PublicParcelView.extend({ confidential: ParcelConfidential, version: z.number().int(), updatedAt: z.string() });
export type ParcelView = z.infer<typeof ParcelView>;

export const PublicPremisesView = z.object({
  id: Uuid, code: z.string(), name: z.string(), parkId: Uuid.nullable(), parkName: z.string().nullable(), parcelId: Uuid.nullable(),
  street: z.string().nullable(), houseNumber: z.string().nullable(), postcode: z.string().nullable(), place: z.string().nullable(),
  municipalityNis: z.string(), municipalityName: z.string(), kind: PremisesKind, floorAreaM2: z.number(),
  geometry: z.unknown(), lon: z.number().nullable(), lat: z.number().nullable(), allowedNace: z.array(z.string()).nullable(),
  availability: Availability, availabilitySince: z.string().nullable(), availableFrom: z.string().nullable(), vacantSince: z.string().nullable(),
  transaction: SupplyTransaction, salePricePerM2Cents: z.number().nullable(), leasePricePerM2YearCents: z.number().nullable(),
  reuse: z.boolean(), features: ItemFeatures, access: Access, demo: z.boolean(),
});
export type PublicPremisesView = z.infer<typeof PublicPremisesView>;
export const PremisesView = PublicPremisesView.extend({
  confidential: z.object({ ownerOrganisationId: Uuid.nullable(), ownerName: z.string().nullable(), notes: z.string() }),
  version: z.number().int(), updatedAt: z.string(),
});
export type PremisesView = z.infer<typeof PremisesView>;

export const BrownfieldView = z.object({
  id: Uuid, code: z.string(), name: z.string(), kind: BrownfieldKind, municipalityNis: z.string(), municipalityName: z.string(),
  parkId: Uuid.nullable(), geometry: z.unknown(), areaM2: z.number(), formerUse: z.string().nullable(),
  renovationStatus: RenovationStatus, renovationStatusSince: z.string().nullable(), redevelopedOn: z.string().nullable(),
  description: z.string(), confidential: z.object({ notes: z.string() }), demo: z.boolean(), version: z.number().int(),
});
export type BrownfieldView = z.infer<typeof BrownfieldView>;

/* ---------- lists ---------- */

export const SupplySort = z.enum(["code", "-code", "name", "-name", "area", "-area", "availability", "municipality", "-updated"]);
export const SupplyListQuery = z.strictObject({
  municipality: NisCode.optional(),
  park: Uuid.optional(),
  availability: Availability.optional(),
  kind: z.string().trim().max(40).optional(),
  minAreaM2: z.coerce.number<number | string>().min(0).optional(),
  maxAreaM2: z.coerce.number<number | string>().min(0).optional(),
  q: Text(200).optional(),
  /** Only demo records ("true") or only real ones ("false"). */
  sort: SupplySort.default("code"),
  limit: z.coerce.number<number | string>().int().min(1).max(1000).default(50),
  offset: z.coerce.number<number | string>().int().min(0).max(1_000_000).default(0),
});
export type SupplyListQuery = z.input<typeof SupplyListQuery>;

export const ParkPage = z.object({ total: z.number().int(), items: z.array(ParkView) });
export const ParcelPage = z.object({ total: z.number().int(), items: z.array(ParcelView) });
export const PremisesPage = z.object({ total: z.number().int(), items: z.array(PremisesView) });
export const BrownfieldPage = z.object({ total: z.number().int(), items: z.array(BrownfieldView) });
export const PublicParkPage = z.object({ total: z.number().int(), items: z.array(PublicParkView) });
export const PublicParcelPage = z.object({ total: z.number().int(), items: z.array(PublicParcelView) });
export const PublicPremisesPage = z.object({ total: z.number().int(), items: z.array(PublicPremisesView) });

/* ---------- import ---------- */

export const ImportTarget = z.enum(["parks", "parcels"]);
export type ImportTarget = z.infer<typeof ImportTarget>;
export const ImportFormat = z.enum(["geojson", "csv"]);
export const ImportRowProblem = z.object({ path: z.string(), code: z.string(), message: z.string(), params: z.record(z.string(), z.unknown()).optional() });
export const ImportRowReport = z.object({
  /** Feature index (0-based) for GeoJSON; line number (1 = header) for CSV. */
  row: z.number().int(),
  label: z.string(),
  code: z.string().nullable(),
  action: z.enum(["create", "update", "invalid"]),
  areaM2: z.number().nullable(),
  problems: z.array(ImportRowProblem),
});
export type ImportRowReport = z.infer<typeof ImportRowReport>;
export const ImportReport = z.object({
  target: ImportTarget,
  format: ImportFormat,
  dryRun: z.boolean(),
  applied: z.boolean(),
  rows: z.array(ImportRowReport),
  counts: z.object({ total: z.number().int(), create: z.number().int(), update: z.number().int(), invalid: z.number().int() }),
  /** Problems with the file as a whole (not a row). */
  fileProblems: z.array(ImportRowProblem),
});
export type ImportReport = z.infer<typeof ImportReport>;
export const ImportQuery = z.strictObject({
  target: ImportTarget,
  dryRun: z.enum(["true", "false"]).default("true").transform((v) => v === "true"),
  /** Parcels: the park they belong to when the file does not say (park_code column / property). */
  park: Uuid.optional(),
});

export { GeometryProblem };
