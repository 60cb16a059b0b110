import { sql } from "drizzle-orm";
import {
  bigint, boolean, date, index, integer, jsonb, numeric, pgTable, text, timestamp, uniqueIndex, uuid,
} from "drizzle-orm/pg-core";
import { municipalities } from "./geography.js";

/**
 * Koers's own registry of organisations. Fields that come from the KBO (name, legal form, start
 * date, seat address) are refreshed by the KBO import unless their name is listed in `overridden`
 * (set when a person edits them); hand-made fields (kind, size figures, relations, demo) are never
 * written by the import.
 */
export const organisations = pgTable(
  "organisations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kind: text("kind").notNull(), // company | knowledge_institution | municipality | public_body | maatwerk_company | foreign_partner
    /** 10 digits, e.g. 0403227515; null for foreign partners. */
    enterpriseNumber: text("enterprise_number").unique(),
    /** The same number as the KBO files write it (0403.227.515): the join key into the kbo_* tables. */
    kboKey: text("kbo_key").generatedAlwaysAs(
      sql`case when enterprise_number is null then null else substr(enterprise_number, 1, 4) || '.' || substr(enterprise_number, 5, 3) || '.' || substr(enterprise_number, 8, 3) end`,
    ),
    /** ISO 3166-1 alpha-2; BE for Belgian organisations. */
    country: text("country").notNull().default("BE"),
    /** Foreign partners: national registration number or VAT number in their own country. */
    foreignId: text("foreign_id"),
    name: text("name").notNull(),
    /** Other names (abbreviations, commercial names) that search also looks at. */
    altNames: text("alt_names").notNull().default(""),
    searchKey: text("search_key").generatedAlwaysAs(sql`koers_search_key(name || ' ' || alt_names)`),
    legalForm: text("legal_form"), // KBO JuridicalForm code, e.g. 014
    legalFormLabel: text("legal_form_label"),
    startDate: date("start_date"),
    street: text("street"),
    houseNumber: text("house_number"),
    box: text("box"),
    postcode: text("postcode"),
    place: text("place"),
    municipalityNis: text("municipality_nis").references(() => municipalities.nis),
    /** NIS codes of the Limburg municipalities where it has an establishment (from the KBO). */
    establishmentNis: text("establishment_nis").array().notNull().default(sql`'{}'::text[]`),
    /**
     * Every prefix of every NACE code (2008 and 2025) of the organisation, its establishments and its
     * hand-made activities ("62010" gives 6, 62, 620, 6201, 62010), so that the NACE filter (a code or a
     * prefix) is one GIN lookup: nace_codes @> array['6201']. Derived: the KBO import, the registry's
     * verbs and merges keep it (koers_nace_prefixes, see the organisations_nace_array migrations).
     */
    naceCodes: text("nace_codes").array().notNull().default(sql`'{}'::text[]`),
    headcount: numeric("headcount", { mode: "number" }),
    turnoverEur: numeric("turnover_eur", { mode: "number" }),
    balanceSheetEur: numeric("balance_sheet_eur", { mode: "number" }),
    figuresYear: integer("figures_year"),
    /** SME class from its own figures and its partner/linked enterprises; recomputed when those change. */
    smeClass: text("sme_class").notNull().default("unknown"),
    source: text("source").notNull().default("manual"), // manual | kbo
    /** Present in the latest KBO data imported for its scope. */
    kboActive: boolean("kbo_active").notNull().default(false),
    kboSyncedAt: timestamp("kbo_synced_at", { withTimezone: true }),
    overridden: text("overridden").array().notNull().default(sql`'{}'::text[]`),
    /** Kept by hand (the KBO does not supply them). */
    website: text("website"),
    description: text("description"),
    demo: boolean("demo").notNull().default(false),
    /** Set when this record was merged into another one (never deleted, so old links and the audit history still resolve). */
    mergedInto: uuid("merged_into"),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // GIN trigram index on the search key (measured at 2 M rows: GIN 15–35 ms per fuzzy query, GiST with
    // nearest-first ordering 1.1–1.4 s; see bench/README.md).
    index("organisations_search_trgm").using("gin", sql`${t.searchKey} gin_trgm_ops`),
    // The words of the search key (koers_search_words: split on everything that is not a letter or digit, as
    // pg_trgm splits): a misspelt name is matched word by word against search_words, then its organisations are
    // found here through the matched words, an exact lookup (see search-organisations.ts, ADR 0010).
    index("organisations_search_words_idx").using("gin", sql`koers_search_words(${t.searchKey})`),
    // Queries of one or two letters match the start of the name (too short for trigrams): a range walk in the
    // order the search shows them (search key, name, id), so a page stops after its rows instead of sorting every match.
    index("organisations_search_key_prefix_idx").on(t.searchKey.op("text_pattern_ops"), t.name, t.id),
    index("organisations_name_idx").on(t.name),
    index("organisations_municipality_idx").on(t.municipalityNis),
    index("organisations_establishment_nis_idx").using("gin", t.establishmentNis),
    index("organisations_nace_codes_idx").using("gin", t.naceCodes),
    index("organisations_kind_idx").on(t.kind),
    index("organisations_kbo_key_idx").on(t.kboKey),
    uniqueIndex("organisations_foreign_uq").on(t.country, t.foreignId),
  ],
);

/**
 * Every word that occurs in an organisation's search key (names and other denominations), with a trigram
 * index: a query word is matched against these words (typos, a word typed in part), not against whole names.
 * Kept by triggers on organisations (per statement on insert; per row on update of name or alt_names when the
 * search key changed); words of names that changed or went stay, and match nothing.
 */
export const searchWords = pgTable(
  "search_words",
  { word: text("word").primaryKey() },
  (t) => [index("search_words_trgm").using("gin", sql`${t.word} gin_trgm_ops`)],
);

/** One merge of a duplicate record into the surviving one, with a snapshot of the merged record as it was. */
export const organisationMerges = pgTable(
  "organisation_merges",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Unique: a record is merged at most once (a second concurrent merge of it fails). */
    mergedId: uuid("merged_id").notNull().references(() => organisations.id),
    survivorId: uuid("survivor_id").notNull().references(() => organisations.id),
    reason: text("reason").notNull(),
    mergedBy: text("merged_by").notNull(),
    mergedByUserId: uuid("merged_by_user_id"),
    snapshot: jsonb("snapshot").$type<Record<string, unknown>>().notNull(),
    /** What moved: counts of establishments, activities, relations, trajectories, and the fields filled. */
    moved: jsonb("moved").$type<Record<string, unknown>>().notNull(),
    mergedAt: timestamp("merged_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("organisation_merges_merged_uq").on(t.mergedId), index("organisation_merges_survivor_idx").on(t.survivorId)],
);

/** Establishments entered by hand; KBO establishments are read from kbo_establishment. */
export const organisationEstablishments = pgTable(
  "organisation_establishments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id").notNull().references(() => organisations.id, { onDelete: "cascade" }),
    establishmentNumber: text("establishment_number"),
    name: text("name"),
    street: text("street"),
    houseNumber: text("house_number"),
    postcode: text("postcode"),
    place: text("place"),
    municipalityNis: text("municipality_nis").references(() => municipalities.nis),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("organisation_establishments_org_idx").on(t.organisationId)],
);

/** NACE activities entered by hand; KBO activities are read from kbo_activity. */
export const organisationActivities = pgTable(
  "organisation_activities",
  {
    organisationId: uuid("organisation_id").notNull().references(() => organisations.id, { onDelete: "cascade" }),
    naceVersion: text("nace_version").notNull(), // 2008 | 2025
    naceCode: text("nace_code").notNull(),
    classification: text("classification").notNull(), // MAIN | SECO | ANCI
  },
  (t) => [
    uniqueIndex("organisation_activities_uq").on(t.organisationId, t.naceVersion, t.naceCode, t.classification),
    index("organisation_activities_code_idx").on(t.naceCode.op("text_pattern_ops")),
  ],
);

/**
 * Shareholdings between organisations for the EU SME test: `relatedId` holds `sharePct` of
 * `organisationId` when upstream, or `organisationId` holds it of `relatedId` otherwise.
 */
export const organisationRelations = pgTable(
  "organisation_relations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id").notNull().references(() => organisations.id, { onDelete: "cascade" }),
    relatedId: uuid("related_id").notNull().references(() => organisations.id, { onDelete: "cascade" }),
    relation: text("relation").notNull(), // partner | linked
    sharePct: numeric("share_pct", { mode: "number" }).notNull(),
    upstream: boolean("upstream").notNull().default(true),
    exemptInvestor: boolean("exempt_investor").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("organisation_relations_uq").on(t.organisationId, t.relatedId),
    index("organisation_relations_related_idx").on(t.relatedId),
  ],
);

// ---------------------------------------------------------------------------------------------
// Raw KBO open data, column for column as in the published CSV files (DOMAIN-FACTS §2). The import
// loads staging copies (kbo_stage_*) and swaps or merges them in; see docs/adr/0004-kbo-import.md.
// Entity numbers keep the files' dotted form (0403.227.515, 2.000.000.339).
// ---------------------------------------------------------------------------------------------

export const kboEnterprise = pgTable(
  "kbo_enterprise",
  {
    enterpriseNumber: text("enterprise_number").notNull(),
    status: text("status"),
    juridicalSituation: text("juridical_situation"),
    typeOfEnterprise: text("type_of_enterprise"),
    juridicalForm: text("juridical_form"),
    juridicalFormCac: text("juridical_form_cac"),
    startDate: date("start_date"),
  },
  (t) => [uniqueIndex("kbo_enterprise_number_uq").on(t.enterpriseNumber)],
);

export const kboEstablishment = pgTable(
  "kbo_establishment",
  {
    establishmentNumber: text("establishment_number").notNull(),
    startDate: date("start_date"),
    enterpriseNumber: text("enterprise_number").notNull(),
  },
  (t) => [
    uniqueIndex("kbo_establishment_number_uq").on(t.establishmentNumber),
    index("kbo_establishment_enterprise_idx").on(t.enterpriseNumber),
  ],
);

export const kboDenomination = pgTable(
  "kbo_denomination",
  {
    entityNumber: text("entity_number").notNull(),
    language: text("language"),
    typeOfDenomination: text("type_of_denomination"),
    denomination: text("denomination"),
  },
  (t) => [index("kbo_denomination_entity_idx").on(t.entityNumber)],
);

export const kboAddress = pgTable(
  "kbo_address",
  {
    entityNumber: text("entity_number").notNull(),
    typeOfAddress: text("type_of_address"),
    countryNl: text("country_nl"),
    countryFr: text("country_fr"),
    zipcode: text("zipcode"),
    municipalityNl: text("municipality_nl"),
    municipalityFr: text("municipality_fr"),
    streetNl: text("street_nl"),
    streetFr: text("street_fr"),
    houseNumber: text("house_number"),
    box: text("box"),
    extraAddressInfo: text("extra_address_info"),
    dateStrikingOff: date("date_striking_off"),
  },
  (t) => [index("kbo_address_entity_idx").on(t.entityNumber)],
);

export const kboContact = pgTable(
  "kbo_contact",
  {
    entityNumber: text("entity_number").notNull(),
    entityContact: text("entity_contact"),
    contactType: text("contact_type"),
    value: text("value"),
  },
  (t) => [index("kbo_contact_entity_idx").on(t.entityNumber)],
);

export const kboActivity = pgTable(
  "kbo_activity",
  {
    entityNumber: text("entity_number").notNull(),
    activityGroup: text("activity_group"),
    naceVersion: text("nace_version"),
    naceCode: text("nace_code"),
    classification: text("classification"),
  },
  (t) => [
    index("kbo_activity_entity_idx").on(t.entityNumber),
    index("kbo_activity_code_idx").on(t.naceCode.op("text_pattern_ops")),
  ],
);

export const kboBranch = pgTable(
  "kbo_branch",
  {
    id: text("id").notNull(),
    startDate: date("start_date"),
    enterpriseNumber: text("enterprise_number").notNull(),
  },
  (t) => [uniqueIndex("kbo_branch_id_uq").on(t.id), index("kbo_branch_enterprise_idx").on(t.enterpriseNumber)],
);

export const kboCode = pgTable(
  "kbo_code",
  {
    category: text("category").notNull(),
    code: text("code").notNull(),
    language: text("language").notNull(),
    description: text("description"),
  },
  (t) => [uniqueIndex("kbo_code_uq").on(t.category, t.code, t.language)],
);

export const kboMeta = pgTable("kbo_meta", {
  variable: text("variable").notNull(),
  value: text("value"),
});

/** One KBO import: its progress (for the UI and the CLI), and what a resumed run may skip. */
export const kboImportRuns = pgTable(
  "kbo_import_runs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kind: text("kind").notNull(), // full | update
    scope: text("scope").notNull(), // limburg | belgium
    status: text("status").notNull(), // running | succeeded | failed | abandoned
    phase: text("phase").notNull(), // open | scan | load | index | apply | derive | done
    path: text("path").notNull(),
    fileName: text("file_name").notNull(),
    /** Size and modification time of the zip: a resumed run must read the very same file. */
    fingerprint: text("fingerprint").notNull(),
    extractNumber: text("extract_number"),
    snapshotDate: text("snapshot_date"),
    currentFile: text("current_file"),
    /** Per CSV member: rows loaded into staging and whether that member is complete. */
    files: jsonb("files").$type<{ name: string; rows: number; done: boolean }[]>().notNull().default([]),
    rowsDone: bigint("rows_done", { mode: "number" }).notNull().default(0),
    rowsTotalEstimate: bigint("rows_total_estimate", { mode: "number" }),
    bytesDone: bigint("bytes_done", { mode: "number" }).notNull().default(0),
    bytesTotal: bigint("bytes_total", { mode: "number" }),
    attempts: integer("attempts").notNull().default(1),
    summary: jsonb("summary").$type<Record<string, unknown>>(),
    error: text("error"),
    errorFile: text("error_file"),
    errorLine: integer("error_line"),
    startedBy: text("started_by").notNull(),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [index("kbo_import_runs_started_idx").on(t.startedAt)],
);

/**
 * People at an organisation, with the GDPR art. 6 basis for processing their data. Erasure blanks
 * the personal fields (name, channels, notes) and sets erased_at; the row and its id stay so that
 * links and the audit keep their meaning. The audit of contacts records field names, never values.
 */
export const contacts = pgTable(
  "contacts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id").notNull().references(() => organisations.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    /** Role or function at the organisation, e.g. CEO, innovation manager. */
    role: text("role"),
    email: text("email"),
    phone: text("phone"),
    language: text("language").notNull().default("nl"), // nl | fr | en | de
    legalBasis: text("legal_basis").notNull(), // consent | contract | legal_obligation | legitimate_interest | public_task
    legalBasisDate: date("legal_basis_date").notNull(),
    legalBasisNote: text("legal_basis_note"),
    /** Where the data came from, e.g. "event registration", "business card". */
    source: text("source"),
    notes: text("notes"),
    erasedAt: timestamp("erased_at", { withTimezone: true }),
    createdBy: text("created_by").notNull(),
    updatedBy: text("updated_by").notNull(),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("contacts_organisation_idx").on(t.organisationId)],
);
