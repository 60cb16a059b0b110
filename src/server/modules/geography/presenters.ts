import type { ArrondissementView, MunicipalityView } from "../../../contracts/geography.js";
import type { arrondissements, municipalities, postcodes } from "../../db/schema/geography.js";

type ArrondissementRow = typeof arrondissements.$inferSelect;
type MunicipalityRow = typeof municipalities.$inferSelect;
type PostcodeRow = typeof postcodes.$inferSelect;

export function presentMunicipality(row: MunicipalityRow, arrondissementName: string, codes: PostcodeRow[]): MunicipalityView {
  return {
    nis: row.nis,
    nameNl: row.nameNl,
    nameFr: row.nameFr,
    arrondissementNis: row.arrondissementNis,
    arrondissementNameNl: arrondissementName,
    population: row.population,
    populationYear: row.populationYear,
    lat: row.lat,
    lon: row.lon,
    mergedFrom: row.mergedFrom.map((m) => ({ nis: m.nis, name: m.name })),
    postcodes: codes
      .slice()
      .sort((a, b) => a.postcode.localeCompare(b.postcode))
      .map((c) => ({ postcode: c.postcode, placeName: c.placeName })),
  };
}

export function presentArrondissement(row: ArrondissementRow, members: MunicipalityRow[]): ArrondissementView {
  return {
    nis: row.nis,
    nameNl: row.nameNl,
    nameFr: row.nameFr,
    municipalityCount: members.length,
    population: members.reduce((sum, m) => sum + (m.population ?? 0), 0),
  };
}
