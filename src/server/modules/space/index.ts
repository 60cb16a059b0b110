import type { FastifyInstance } from "fastify";
import type { AppDeps } from "../../platform/http.js";
import { spaceSupplyRoutes } from "./routes.js";
import { spacePublicRoutes } from "./routes-public.js";
import { spaceIoRoutes } from "./routes-io.js";

/* The space module's only door (supply side: parks, parcels, premises, brownfields, documents). */

/* Supply events: the demand side reacts to supply changes inside the same transaction. */
export { emitSupplyChange, onSupplyChange, type SupplyChange, type SupplyChangeListener } from "./supply-events.js";

/* Verbs (each checks the actor first, runs in a transaction and audits). */
export { createPark, updatePark } from "./save-park.js";
export { deletePark } from "./delete-park.js";
export { createParcel, updateParcel, setParcelAvailability } from "./save-parcel.js";
export { deleteParcel } from "./delete-parcel.js";
export { createPremises, updatePremises, deletePremises } from "./save-premises.js";
export { createBrownfield, updateBrownfield, deleteBrownfield } from "./save-brownfield.js";
export { addDocument, removeDocument } from "./documents.js";

export { importSupply, type ImportInput } from "./import-supply.js";

/* Reads. */
export { getPark, getParcel, getPremises, getBrownfield } from "./get-supply.js";
export { listParks, listParcels, listPremises, listBrownfields } from "./list-supply.js";
export { publicParks, publicParcels, publicPremises, getPublicPark, getPublicParcel } from "./public-catalogue.js";
export { supplyMap, type MapCollection, type MapFeature } from "./supply-map.js";
export { exportSupply, type ExportFormat } from "./export-supply.js";

/* The figures this instrument gives the compass. */
export { spaceMetrics, regionalBusinessParksHa, brownfieldRedevelopedHa, densificationHa, parcelHref, parkHref } from "./metrics.js";
export { effectiveAccess, effectiveFeatures } from "./presenters.js";

/* Geometry checks. */
export { checkSurface, surfaceAreaM2, m2ToHa } from "./geometry.js";
export { LIMBURG_OUTLINE } from "./limburg-bounds.js";
export { POLICY_PERIOD_START } from "./deps.js";
export type { SpaceDeps } from "./deps.js";

/* ---------- Demand side: space demands, suggestions with reasons, introductions; retail cores ---------- */
import "./demand-listener.js"; // registers the demand side's supply-change listener
export { postDemand } from "./post-demand.js";
export { updateDemand, closeDemand } from "./update-demand.js";
export { getDemand } from "./get-demand.js";
export { listDemands } from "./list-demands.js";
export { introduce, moveIntroduction } from "./introductions.js";
export { refreshSuggestions, refreshOpenDemands } from "./refresh-suggestions.js";
export { createRetailCore, updateRetailCore, deleteRetailCore, getRetailCore, listRetailCores } from "./retail-cores.js";
export { addRetailPremises, changeRetailStatus } from "./retail-premises.js";
export { createCampaign, addMerchant, removeMerchant, listCampaigns } from "./retail-campaigns.js";
export { retailMetrics, retailCoreHref } from "./retail-metrics.js";
export { registerSpaceDemand } from "./demand-module.js";
/* When the registry merges a duplicate organisation into the one that survives. */
export { repointOrganisation, type RepointSpaceInput, type RepointSpaceResult } from "./repoint-organisation.js";

/** Registers the supply routes (back office, public catalogue, import/export). */
export async function registerSpaceSupply(app: FastifyInstance, deps: AppDeps): Promise<void> {
  await spaceSupplyRoutes(app, deps);
  await spacePublicRoutes(app, deps);
  await spaceIoRoutes(app, deps);
}
