import { z } from "zod";
import { NisCode } from "./geography.js";
import {
  AreaM2, Availability, Cents, CriterionResult, DemandTransaction, DistanceKm, Exclusion, IsoDate, NaceCode, SpaceFeatures, SpaceKind,
  SupplyTransaction, SurfaceGeometry,
} from "./space.js";

/*
 * Space demands (statement 2.1: "een digitaal platform dat bedrijven en overheden helpt om beschikbare ruimte
 * efficiënter te beheren en te matchen"), their suggestions with reasons, introductions, and the retail cores
 * of statement 2.2 with their vacancy and campaigns.
 */

export const DemandStatus = z.enum(["open", "closed", "withdrawn"]);
export type DemandStatus = z.infer<typeof DemandStatus>;

const demandFields = {
  title: z.string().trim().min(3).max(200),
  kind: SpaceKind,
  transaction: DemandTransaction,
  areaMinM2: AreaM2,
  areaMaxM2: AreaM2,
  /** Wanted municipalities; empty: anywhere in Limburg. */
  municipalities: z.array(NisCode).max(38).default([]),
  maxDistanceKm: z
    .strictObject({ motorway: DistanceKm.nullable().optional(), rail: DistanceKm.nullable().optional(), water: DistanceKm.nullable().optional() })
    .default({}),
  neededFrom: IsoDate.nullable().default(null),
  gridCapacityKva: z.number().finite().positive().max(1_000_000).nullable().default(null),
  activity: NaceCode,
  budget: z.strictObject({ maxPricePerM2Cents: Cents.nullable(), maxTotalCents: Cents.nullable() }).default({ maxPricePerM2Cents: null, maxTotalCents: null }),
  wishes: SpaceFeatures.default({ heatNetwork: false, sharedSolar: false, waterManagement: false, sharedServices: false, parkManagement: false }),
  wishesText: z.string().trim().max(2000).default(""),
};

const areaRange = (d: { areaMinM2: number; areaMaxM2: number }) => d.areaMinM2 <= d.areaMaxM2;
const areaRangeIssue = { path: ["areaMaxM2"], message: "The maximum area is below the minimum" };

/** Posting a demand: an entrepreneur for its own organisation, an account manager for any. */
export const DemandInput = z.strictObject({ organisationId: z.uuid(), ...demandFields }).refine(areaRange, areaRangeIssue);
export type DemandInput = z.input<typeof DemandInput>;

export const DemandUpdate = z.strictObject({ version: z.number().int().min(1), ...demandFields }).refine(areaRange, areaRangeIssue);
export type DemandUpdate = z.input<typeof DemandUpdate>;

export const DemandClose = z.strictObject({
  version: z.number().int().min(1),
  status: z.enum(["closed", "withdrawn"]),
  reason: z.string().trim().max(1000).default(""),
});
export type DemandClose = z.input<typeof DemandClose>;

export const DemandListQuery = z.strictObject({
  status: DemandStatus.optional(),
  organisationId: z.uuid().optional(),
  municipalityNis: NisCode.optional(),
  q: z.string().trim().max(200).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});
export type DemandListQuery = z.input<typeof DemandListQuery>;

export const DemandView = z.object({
  id: z.string(),
  organisationId: z.string(),
  organisationName: z.string(),
  title: z.string(),
  kind: SpaceKind,
  transaction: DemandTransaction,
  areaMinM2: z.number(),
  areaMaxM2: z.number(),
  municipalities: z.array(z.string()),
  maxDistanceKm: z.object({ motorway: z.number().nullable(), rail: z.number().nullable(), water: z.number().nullable() }),
  neededFrom: z.string().nullable(),
  gridCapacityKva: z.number().nullable(),
  activity: z.string(),
  /** Null for municipality users (the company's budget is not theirs to see). */
  budget: z.object({ maxPricePerM2Cents: z.number().nullable(), maxTotalCents: z.number().nullable() }).nullable(),
  wishes: SpaceFeatures,
  wishesText: z.string(),
  status: DemandStatus,
  closeReason: z.string(),
  postedByName: z.string().nullable(),
  suggestionCount: z.number().int(),
  demo: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type DemandView = z.infer<typeof DemandView>;

export const DemandPage = z.object({ items: z.array(DemandView), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
export type DemandPage = z.infer<typeof DemandPage>;

/** What a demand's owner may see of a supply item: the public catalogue fields. */
export const SuggestedItem = z.object({
  kind: z.enum(["parcel", "premises"]),
  id: z.string(),
  code: z.string(),
  label: z.string(),
  parkName: z.string().nullable(),
  municipalityNis: z.string(),
  areaM2: z.number(),
  zoning: z.string().nullable(),
  availability: Availability,
  transaction: SupplyTransaction,
});
export type SuggestedItem = z.infer<typeof SuggestedItem>;

export const IntroductionStage = z.enum(["suggested", "visit", "option", "deal", "dropped"]);
export type IntroductionStage = z.infer<typeof IntroductionStage>;

export const SuggestionView = z.object({
  id: z.string(),
  item: SuggestedItem,
  rank: z.number().int().nullable(),
  score: z.number().int().nullable(),
  points: z.number().nullable(),
  maxPoints: z.number().nullable(),
  criteria: z.array(CriterionResult),
  excluded: z.boolean(),
  exclusions: z.array(Exclusion),
  firstSuggestedAt: z.string().nullable(),
  notifiedAt: z.string().nullable(),
  introductionStage: IntroductionStage.nullable(),
});
export type SuggestionView = z.infer<typeof SuggestionView>;

export const IntroductionView = z.object({
  id: z.string(),
  demandId: z.string(),
  item: SuggestedItem,
  stage: IntroductionStage,
  suggestedOn: z.string(),
  visitOn: z.string().nullable(),
  optionOn: z.string().nullable(),
  dealOn: z.string().nullable(),
  droppedOn: z.string().nullable(),
  /** Internal: staff only (empty for others). */
  notes: z.string(),
  version: z.number().int(),
});
export type IntroductionView = z.infer<typeof IntroductionView>;

export const DemandDetail = z.object({
  demand: DemandView,
  /** Ranked, best first. */
  suggestions: z.array(SuggestionView),
  /** Items a hard constraint excludes, with the reasons (near misses of the demand's kind). */
  excluded: z.array(SuggestionView),
  introductions: z.array(IntroductionView),
  canEdit: z.boolean(),
  canIntroduce: z.boolean(),
});
export type DemandDetail = z.infer<typeof DemandDetail>;

export const IntroductionInput = z
  .strictObject({ parcelId: z.uuid().optional(), premisesId: z.uuid().optional(), notes: z.string().trim().max(2000).default("") })
  .refine((v) => (v.parcelId === undefined) !== (v.premisesId === undefined), { path: ["parcelId"], message: "Name one parcel or one premises" });
export type IntroductionInput = z.input<typeof IntroductionInput>;

export const IntroductionStageInput = z.strictObject({
  version: z.number().int().min(1),
  stage: IntroductionStage.exclude(["suggested"]),
  date: IsoDate,
  notes: z.string().trim().max(2000).optional(),
});
export type IntroductionStageInput = z.input<typeof IntroductionStageInput>;

/* ---------- Retail cores (statement 2.2) ---------- */

export const RetailSector = z.enum(["fashion", "electronics", "horeca", "services", "food", "leisure", "other"]);
export type RetailSector = z.infer<typeof RetailSector>;
export const RetailStatus = z.enum(["occupied", "vacant"]);
export type RetailStatus = z.infer<typeof RetailStatus>;
export const CampaignKind = z.enum(["month_of_the_market", "buy_local", "other"]);
export type CampaignKind = z.infer<typeof CampaignKind>;

export const RetailCoreInput = z.strictObject({
  municipalityNis: NisCode,
  name: z.string().trim().min(2).max(200),
  contour: SurfaceGeometry.nullable().default(null),
  description: z.string().trim().max(2000).default(""),
});
export type RetailCoreInput = z.input<typeof RetailCoreInput>;
export const RetailCoreUpdate = z.strictObject({
  version: z.number().int().min(1),
  name: z.string().trim().min(2).max(200),
  contour: SurfaceGeometry.nullable().default(null),
  description: z.string().trim().max(2000).default(""),
});
export type RetailCoreUpdate = z.input<typeof RetailCoreUpdate>;

export const RetailCoreView = z.object({
  id: z.string(),
  municipalityNis: z.string(),
  name: z.string(),
  contour: SurfaceGeometry.nullable(),
  description: z.string(),
  premisesCount: z.number().int(),
  vacantCount: z.number().int(),
  /** Vacant premises over all premises, 0–1; null without premises. */
  vacancyRate: z.number().nullable(),
  demo: z.boolean(),
  version: z.number().int(),
});
export type RetailCoreView = z.infer<typeof RetailCoreView>;

export const RetailPremisesInput = z.strictObject({
  address: z.string().trim().min(3).max(300),
  status: RetailStatus,
  sector: RetailSector,
  floorAreaM2: AreaM2.nullable().default(null),
  occupantName: z.string().trim().max(200).default(""),
  /** The date the status took effect (the vacancy's start when vacant). */
  since: IsoDate,
});
export type RetailPremisesInput = z.input<typeof RetailPremisesInput>;

export const RetailStatusInput = z.strictObject({
  version: z.number().int().min(1),
  status: RetailStatus,
  sector: RetailSector.optional(),
  occupantName: z.string().trim().max(200).optional(),
  date: IsoDate,
});
export type RetailStatusInput = z.input<typeof RetailStatusInput>;

export const RetailPremisesView = z.object({
  id: z.string(),
  coreId: z.string(),
  address: z.string(),
  status: RetailStatus,
  vacantSince: z.string().nullable(),
  sector: RetailSector,
  floorAreaM2: z.number().nullable(),
  occupantName: z.string(),
  history: z.array(z.object({ status: RetailStatus, sector: RetailSector, date: z.string() })),
  version: z.number().int(),
});
export type RetailPremisesView = z.infer<typeof RetailPremisesView>;

export const VacancyPoint = z.object({ date: z.string(), premises: z.number().int(), vacant: z.number().int(), rate: z.number().nullable() });
export type VacancyPoint = z.infer<typeof VacancyPoint>;

export const CampaignInput = z
  .strictObject({
    name: z.string().trim().min(2).max(200),
    kind: CampaignKind,
    municipalityNis: NisCode.nullable(),
    startsOn: IsoDate,
    endsOn: IsoDate,
    description: z.string().trim().max(2000).default(""),
  })
  .refine((c) => c.startsOn <= c.endsOn, { path: ["endsOn"], message: "The campaign ends before it starts" });
export type CampaignInput = z.input<typeof CampaignInput>;

export const MerchantInput = z.strictObject({
  merchantName: z.string().trim().min(2).max(200),
  premisesId: z.uuid().nullable().default(null),
});
export type MerchantInput = z.input<typeof MerchantInput>;

export const CampaignView = z.object({
  id: z.string(),
  name: z.string(),
  kind: CampaignKind,
  municipalityNis: z.string().nullable(),
  startsOn: z.string(),
  endsOn: z.string(),
  description: z.string(),
  merchants: z.array(z.object({ id: z.string(), merchantName: z.string(), premisesId: z.string().nullable(), address: z.string().nullable() })),
  demo: z.boolean(),
  version: z.number().int(),
});
export type CampaignView = z.infer<typeof CampaignView>;

export const RetailCoreDetail = z.object({
  core: RetailCoreView,
  premises: z.array(RetailPremisesView),
  /** Month ends over the last 24 months (and today), oldest first. */
  trend: z.array(VacancyPoint),
  campaigns: z.array(CampaignView),
  canEdit: z.boolean(),
});
export type RetailCoreDetail = z.infer<typeof RetailCoreDetail>;
