import type { FastifyInstance } from "fastify";
import type { AppDeps } from "../../platform/http.js";
import { geographyRoutes } from "./routes.js";

export { listArrondissements } from "./list-arrondissements.js";
export { listMunicipalities } from "./list-municipalities.js";
export { getMunicipality } from "./get-municipality.js";
export { findMunicipality } from "./find-municipality.js";
export { municipalityForPostcode } from "./municipality-for-postcode.js";
export { municipalityExists } from "./municipality-exists.js";
export { loadGeography } from "./load-geography.js";
export { normaliseName } from "./names.js";

/** The module's only door: routes are registered here; verbs and read functions are exported above. */
export async function registerGeography(app: FastifyInstance, deps: AppDeps): Promise<void> {
  await geographyRoutes(app, deps);
}
