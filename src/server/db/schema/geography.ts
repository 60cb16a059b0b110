import { doublePrecision, index, integer, jsonb, pgTable, text } from "drizzle-orm/pg-core";

export const arrondissements = pgTable("arrondissements", {
  nis: text("nis").primaryKey(),
  nameNl: text("name_nl").notNull(),
  nameFr: text("name_fr").notNull(),
});

export const municipalities = pgTable("municipalities", {
  nis: text("nis").primaryKey(),
  nameNl: text("name_nl").notNull(),
  nameFr: text("name_fr").notNull(),
  arrondissementNis: text("arrondissement_nis").notNull().references(() => arrondissements.nis),
  population: integer("population"),
  populationYear: integer("population_year"),
  lat: doublePrecision("lat").notNull(),
  lon: doublePrecision("lon").notNull(),
  /** Former municipalities (NIS and name) merged into this one on 1 January 2025. */
  mergedFrom: jsonb("merged_from").$type<{ nis: string; name: string }[]>().notNull().default([]),
});

export const postcodes = pgTable(
  "postcodes",
  {
    postcode: text("postcode").primaryKey(),
    municipalityNis: text("municipality_nis").notNull().references(() => municipalities.nis),
    placeName: text("place_name"),
  },
  (t) => [index("postcodes_municipality_idx").on(t.municipalityNis)],
);
