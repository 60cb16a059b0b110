import type { FastifyInstance } from "fastify";
import type { AppDeps } from "../../platform/http.js";
import { duplicateRoutes } from "./duplicate-routes.js";
import { organisationRoutes } from "./routes.js";
import { contactRoutes } from "./contacts/contact-routes.js";

export {
  enterpriseNumberQuery, formatEnterpriseNumber, formatEstablishmentNumber, isValidEnterpriseNumber, isValidEstablishmentNumber,
  normaliseEnterpriseNumber, parseEnterpriseNumber, parseEstablishmentNumber, vatNumber, withCheckDigits,
} from "./enterprise-number.js";
export { smeClass, ownSmeClass, CEILINGS, type SmeInput, type SmeResult, type RelatedEnterprise, type SizeFigures } from "./sme.js";
export { searchOrganisations } from "./search-organisations.js";
export { exportOrganisations } from "./export-organisations.js";
export { getOrganisation, findVisibleOrganisation, recomputeSmeClass } from "./get-organisation.js";
export { visibleOrganisations } from "./access.js";
export { startKboImport, waitForKboImport, activeKboImport } from "./start-kbo-import.js";
export { uploadKboImport } from "./upload-kbo-import.js";
export { listKboImports, getKboImport } from "./list-kbo-imports.js";
export { runImportKboCommand } from "./cli-import-kbo.js";
export { createOrganisation } from "./create-organisation.js";
export { updateOrganisation } from "./update-organisation.js";
export { listContacts } from "./contacts/list-contacts.js";
export { createContact } from "./contacts/create-contact.js";
export { updateContact } from "./contacts/update-contact.js";
export { eraseContact } from "./contacts/erase-contact.js";
export { exportContactData } from "./contacts/export-contact-data.js";
export { detectDuplicates } from "./detect-duplicates.js";
export { mergeOrganisations } from "./merge-organisations.js";
export { getMergeStatus } from "./get-merge-status.js";

/** The module's only door: routes are registered here; verbs and read functions are exported above. */
export async function registerOrganisations(app: FastifyInstance, deps: AppDeps): Promise<void> {
  await duplicateRoutes(app, deps);
  await organisationRoutes(app, deps);
  await contactRoutes(app, deps);
}
