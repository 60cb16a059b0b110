/** Geography reference data of the province of Limburg (BE) on 1 January 2025, with its sources in the files. */
export { ARRONDISSEMENTS, MUNICIPALITIES } from "./municipalities.js";
export { POSTCODES } from "./postcodes.js";
export type { ArrondissementRecord, MunicipalityRecord, PostcodeRecord } from "./types.js";
