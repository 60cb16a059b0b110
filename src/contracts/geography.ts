import { z } from "zod";

/** NIS (REFNIS) code: 5 digits; 7xxxx is Limburg, 7x000 an arrondissement. */
export const NisCode = z.string().regex(/^\d{5}$/, "A NIS code has 5 digits");
/** Belgian postcode: 4 digits (1000–9999). */
export const Postcode = z.string().regex(/^[1-9]\d{3}$/, "A Belgian postcode has 4 digits");

export const ArrondissementView = z.object({
  nis: z.string(),
  nameNl: z.string(),
  nameFr: z.string(),
  municipalityCount: z.number().int(),
  /** Sum of the municipalities' latest known population (their reference years may differ). */
  population: z.number().int(),
});
export type ArrondissementView = z.infer<typeof ArrondissementView>;

export const PostcodeEntry = z.object({
  postcode: z.string(),
  placeName: z.string().nullable(),
});
export type PostcodeEntry = z.infer<typeof PostcodeEntry>;

export const MunicipalityView = z.object({
  nis: z.string(),
  nameNl: z.string(),
  nameFr: z.string(),
  arrondissementNis: z.string(),
  arrondissementNameNl: z.string(),
  population: z.number().int().nullable(),
  /** Reference year of the population figure (1 January). */
  populationYear: z.number().int().nullable(),
  lat: z.number(),
  lon: z.number(),
  /** Former municipalities merged into this one on 1 January 2025. */
  mergedFrom: z.array(z.object({ nis: z.string(), name: z.string() })),
  postcodes: z.array(PostcodeEntry),
});
export type MunicipalityView = z.infer<typeof MunicipalityView>;

/** A postcode lookup answers with the municipality, plus the postcode and the place(s) it serves. */
export const PostcodeMatch = MunicipalityView.extend({
  postcode: z.string(),
  placeName: z.string().nullable(),
});
export type PostcodeMatch = z.infer<typeof PostcodeMatch>;

export const MunicipalityListQuery = z.strictObject({
  arrondissement: NisCode.optional(),
});
export type MunicipalityListQuery = z.infer<typeof MunicipalityListQuery>;

export const NisParams = z.strictObject({ nis: NisCode });
export const PostcodeParams = z.strictObject({ postcode: Postcode });

/** What one run of the geography loader did. */
export const GeographyLoadResult = z.object({
  arrondissements: z.object({ inserted: z.number().int(), updated: z.number().int() }),
  municipalities: z.object({ inserted: z.number().int(), updated: z.number().int() }),
  postcodes: z.object({ inserted: z.number().int(), updated: z.number().int(), removed: z.number().int() }),
  changed: z.boolean(),
});
export type GeographyLoadResult = z.infer<typeof GeographyLoadResult>;
