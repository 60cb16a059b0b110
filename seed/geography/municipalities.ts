import type { ArrondissementRecord, MunicipalityRecord } from "./types.js";

/*
 * Province of Limburg (BE) after the mergers of 1 January 2025: 3 arrondissements, 38 municipalities
 * (16 in arr. Hasselt, 12 in arr. Maaseik, 10 in arr. Tongeren).
 *
 * Sources (as compiled in the project's domain facts, §7):
 * - Mergers and new NIS codes: Flemish Parliament decree of April 2024
 *   (https://www.rtl.be/actu/belgique/politique/le-parlement-flamand-approuve-treize-fusions-de-communes-au-nord-du-pays/2024-04-18/article/659782),
 *   code mapping from Statbel REFNIS-NUTS 2025; 73110/73111 confirmed by the de.wikipedia arrondissement tables.
 * - Population, arr. Maaseik and arr. Tongeren: 1 January 2022, Statbel, via de.wikipedia
 *   "Arrondissement Maaseik" (https://de.wikipedia.org/wiki/Arrondissement_Maaseik) and "Bezirk Tongeren"
 *   (https://gpedia.com/de/Bezirk%20Tongeren), already on the 2025 boundaries. Sums: Maaseik 254,645, Tongeren 198,521.
 * - Population, arr. Hasselt: 1 January 2020 (vandenbroucke/belgian_municipalities:data/2020/belgian_municipalities.csv);
 *   merged municipalities are the sum of their parts. No per-municipality figure for 2022 or later was found.
 * - Coordinates: geocoded point of the main town (not a centroid), from
 *   erwindeclerck/tejo2:web/themes/custom/b5tejothema/data/pcbelgie.js, rounded to 4 decimals.
 * - French names: OpenStreetMap name:fr tags and Wikidata labels (ODbL / CC0); where no French exonym is in use the
 *   Dutch name is the French name too.
 * - Arrondissement names: the sources still call the third arrondissement "Tongeren" (73000); a renaming to
 *   "Tongeren-Borgloon" is unconfirmed, the name belongs to the merged municipality.
 */

export const ARRONDISSEMENTS: ArrondissementRecord[] = [
  { nis: "71000", nameNl: "Hasselt", nameFr: "Hasselt" },
  { nis: "72000", nameNl: "Maaseik", nameFr: "Maaseik" },
  { nis: "73000", nameNl: "Tongeren", nameFr: "Tongres" },
];

const HASSELT = "71000";
const MAASEIK = "72000";
const TONGEREN = "73000";

export const MUNICIPALITIES: MunicipalityRecord[] = [
  // Arrondissement Hasselt (16); population 1 January 2020
  { nis: "71002", nameNl: "As", nameFr: "As", arrondissementNis: HASSELT, population: 8236, populationYear: 2020, lat: 50.9998, lon: 5.5715, mergedFrom: [] },
  { nis: "71004", nameNl: "Beringen", nameFr: "Beringen", arrondissementNis: HASSELT, population: 46598, populationYear: 2020, lat: 51.0473, lon: 5.2215, mergedFrom: [] },
  { nis: "71011", nameNl: "Diepenbeek", nameFr: "Diepenbeek", arrondissementNis: HASSELT, population: 19090, populationYear: 2020, lat: 50.9108, lon: 5.4134, mergedFrom: [] },
  { nis: "71016", nameNl: "Genk", nameFr: "Genk", arrondissementNis: HASSELT, population: 66447, populationYear: 2020, lat: 50.9661, lon: 5.5021, mergedFrom: [] },
  { nis: "71017", nameNl: "Gingelom", nameFr: "Gingelom", arrondissementNis: HASSELT, population: 8389, populationYear: 2020, lat: 50.7471, lon: 5.1387, mergedFrom: [] },
  { nis: "71020", nameNl: "Halen", nameFr: "Halen", arrondissementNis: HASSELT, population: 9485, populationYear: 2020, lat: 50.9485, lon: 5.1112, mergedFrom: [] },
  // Hasselt 71022 (78,714) + Kortessem 73040 (8,437, formerly arr. Tongeren) = 87,151 in 2020
  {
    nis: "71072", nameNl: "Hasselt", nameFr: "Hasselt", arrondissementNis: HASSELT, population: 87151, populationYear: 2020, lat: 50.9215, lon: 5.3447,
    mergedFrom: [{ nis: "71022", name: "Hasselt" }, { nis: "73040", name: "Kortessem" }],
  },
  { nis: "71024", nameNl: "Herk-de-Stad", nameFr: "Herck-la-Ville", arrondissementNis: HASSELT, population: 12650, populationYear: 2020, lat: 50.9392, lon: 5.1687, mergedFrom: [] },
  { nis: "71070", nameNl: "Heusden-Zolder", nameFr: "Heusden-Zolder", arrondissementNis: HASSELT, population: 33892, populationYear: 2020, lat: 51.0343, lon: 5.2842, mergedFrom: [] },
  { nis: "71034", nameNl: "Leopoldsburg", nameFr: "Bourg-Léopold", arrondissementNis: HASSELT, population: 15850, populationYear: 2020, lat: 51.1189, lon: 5.2605, mergedFrom: [] },
  { nis: "71037", nameNl: "Lummen", nameFr: "Lummen", arrondissementNis: HASSELT, population: 14978, populationYear: 2020, lat: 50.9861, lon: 5.1908, mergedFrom: [] },
  { nis: "71045", nameNl: "Nieuwerkerken", nameFr: "Nieuwerkerken", arrondissementNis: HASSELT, population: 6998, populationYear: 2020, lat: 50.8648, lon: 5.1887, mergedFrom: [] },
  { nis: "71053", nameNl: "Sint-Truiden", nameFr: "Saint-Trond", arrondissementNis: HASSELT, population: 40672, populationYear: 2020, lat: 50.8019, lon: 5.2203, mergedFrom: [] },
  // Tessenderlo 71057 (18,727) + Ham 71069 (10,977) = 29,704 in 2020; 30,047 "definitive" in 2022 per
  // https://www.hbvl.be/cnt/dmf20220616_93077927 — the 2020 figure is kept, like the rest of the arrondissement.
  {
    nis: "71071", nameNl: "Tessenderlo-Ham", nameFr: "Tessenderlo-Ham", arrondissementNis: HASSELT, population: 29704, populationYear: 2020, lat: 51.0643, lon: 5.0882,
    mergedFrom: [{ nis: "71057", name: "Tessenderlo" }, { nis: "71069", name: "Ham" }],
  },
  { nis: "71066", nameNl: "Zonhoven", nameFr: "Zonhoven", arrondissementNis: HASSELT, population: 21327, populationYear: 2020, lat: 50.9893, lon: 5.3725, mergedFrom: [] },
  { nis: "71067", nameNl: "Zutendaal", nameFr: "Zutendaal", arrondissementNis: HASSELT, population: 7282, populationYear: 2020, lat: 50.9327, lon: 5.5775, mergedFrom: [] },

  // Arrondissement Maaseik (12); population 1 January 2022
  { nis: "72003", nameNl: "Bocholt", nameFr: "Bocholt", arrondissementNis: MAASEIK, population: 13508, populationYear: 2022, lat: 51.1729, lon: 5.579, mergedFrom: [] },
  { nis: "72004", nameNl: "Bree", nameFr: "Brée", arrondissementNis: MAASEIK, population: 16324, populationYear: 2022, lat: 51.141, lon: 5.598, mergedFrom: [] },
  { nis: "72041", nameNl: "Dilsen-Stokkem", nameFr: "Dilsen-Stokkem", arrondissementNis: MAASEIK, population: 20995, populationYear: 2022, lat: 51.0314, lon: 5.7178, mergedFrom: [] },
  { nis: "72037", nameNl: "Hamont-Achel", nameFr: "Hamont-Achel", arrondissementNis: MAASEIK, population: 14375, populationYear: 2022, lat: 51.2481, lon: 5.5031, mergedFrom: [] },
  { nis: "72038", nameNl: "Hechtel-Eksel", nameFr: "Hechtel-Eksel", arrondissementNis: MAASEIK, population: 12760, populationYear: 2022, lat: 51.1105, lon: 5.3296, mergedFrom: [] },
  { nis: "72039", nameNl: "Houthalen-Helchteren", nameFr: "Houthalen-Helchteren", arrondissementNis: MAASEIK, population: 30844, populationYear: 2022, lat: 51.0295, lon: 5.3718, mergedFrom: [] },
  { nis: "72018", nameNl: "Kinrooi", nameFr: "Kinrooi", arrondissementNis: MAASEIK, population: 12258, populationYear: 2022, lat: 51.1455, lon: 5.7411, mergedFrom: [] },
  { nis: "72020", nameNl: "Lommel", nameFr: "Lommel", arrondissementNis: MAASEIK, population: 34396, populationYear: 2022, lat: 51.2304, lon: 5.311, mergedFrom: [] },
  { nis: "72021", nameNl: "Maaseik", nameFr: "Maaseik", arrondissementNis: MAASEIK, population: 25524, populationYear: 2022, lat: 51.0984, lon: 5.7838, mergedFrom: [] },
  // point of Meeuwen-Gruitrode
  { nis: "72042", nameNl: "Oudsbergen", nameFr: "Oudsbergen", arrondissementNis: MAASEIK, population: 23611, populationYear: 2022, lat: 51.095, lon: 5.5478, mergedFrom: [] },
  { nis: "72030", nameNl: "Peer", nameFr: "Peer", arrondissementNis: MAASEIK, population: 16449, populationYear: 2022, lat: 51.129, lon: 5.4605, mergedFrom: [] },
  // point of Overpelt
  { nis: "72043", nameNl: "Pelt", nameFr: "Pelt", arrondissementNis: MAASEIK, population: 33601, populationYear: 2022, lat: 51.2103, lon: 5.4225, mergedFrom: [] },

  // Arrondissement Tongeren (10); population 1 January 2022
  { nis: "73001", nameNl: "Alken", nameFr: "Alken", arrondissementNis: TONGEREN, population: 11757, populationYear: 2022, lat: 50.8761, lon: 5.3077, mergedFrom: [] },
  // point of Bilzen
  {
    nis: "73110", nameNl: "Bilzen-Hoeselt", nameFr: "Bilzen-Hoeselt", arrondissementNis: TONGEREN, population: 42288, populationYear: 2022, lat: 50.8719, lon: 5.5166,
    mergedFrom: [{ nis: "73006", name: "Bilzen" }, { nis: "73032", name: "Hoeselt" }],
  },
  { nis: "73022", nameNl: "Heers", nameFr: "Heers", arrondissementNis: TONGEREN, population: 7457, populationYear: 2022, lat: 50.7537, lon: 5.3021, mergedFrom: [] },
  { nis: "73028", nameNl: "Herstappe", nameFr: "Herstappe", arrondissementNis: TONGEREN, population: 79, populationYear: 2022, lat: 50.7265, lon: 5.426, mergedFrom: [] },
  { nis: "73042", nameNl: "Lanaken", nameFr: "Lanaken", arrondissementNis: TONGEREN, population: 26172, populationYear: 2022, lat: 50.892, lon: 5.6399, mergedFrom: [] },
  { nis: "73107", nameNl: "Maasmechelen", nameFr: "Maasmechelen", arrondissementNis: TONGEREN, population: 39409, populationYear: 2022, lat: 50.9693, lon: 5.6619, mergedFrom: [] },
  { nis: "73066", nameNl: "Riemst", nameFr: "Riemst", arrondissementNis: TONGEREN, population: 16779, populationYear: 2022, lat: 50.809, lon: 5.6012, mergedFrom: [] },
  // point of Tongeren
  {
    nis: "73111", nameNl: "Tongeren-Borgloon", nameFr: "Tongres-Looz", arrondissementNis: TONGEREN, population: 42834, populationYear: 2022, lat: 50.7805, lon: 5.4594,
    mergedFrom: [{ nis: "73083", name: "Tongeren" }, { nis: "73009", name: "Borgloon" }],
  },
  { nis: "73109", nameNl: "Voeren", nameFr: "Fourons", arrondissementNis: TONGEREN, population: 4287, populationYear: 2022, lat: 50.7464, lon: 5.8409, mergedFrom: [] },
  { nis: "73098", nameNl: "Wellen", nameFr: "Wellen", arrondissementNis: TONGEREN, population: 7459, populationYear: 2022, lat: 50.8436, lon: 5.3362, mergedFrom: [] },
];
