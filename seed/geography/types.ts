/** Shapes of the geography reference data as it is kept in this folder. */

export interface ArrondissementRecord {
  nis: string;
  nameNl: string;
  nameFr: string;
}

export interface MunicipalityRecord {
  nis: string;
  nameNl: string;
  nameFr: string;
  arrondissementNis: string;
  population: number;
  /** Reference year of the population figure (1 January of that year). */
  populationYear: number;
  /** Geocoded point of the main town, not a polygon centroid. */
  lat: number;
  lon: number;
  /** Former municipalities merged into this one on 1 January 2025 (old NIS code and name). */
  mergedFrom: { nis: string; name: string }[];
}

export interface PostcodeRecord {
  postcode: string;
  municipalityNis: string;
  /** The place or places (deelgemeenten) the postcode serves, in Dutch. */
  placeName: string | null;
}
