/**
 * The KBO open-data format (KBO Cookbook R018.00, DOMAIN-FACTS §2): file names, exact header rows,
 * the table each file loads into, and which column ties a row to an enterprise.
 */

export type KboTable = "enterprise" | "establishment" | "branch" | "denomination" | "address" | "contact" | "activity" | "code" | "meta";

export interface KboFileSpec {
  table: KboTable;
  /** Header row as published, e.g. ["EnterpriseNumber", "Status", …]. */
  header: string[];
  /** Our column names, same order (the kbo_* table's columns). */
  columns: string[];
  /** Columns holding dd-mm-yyyy dates (indexes into header). */
  dateColumns: number[];
  /** The key a delete file lists (update zips), as a header name and our column. */
  key?: { header: string; column: string };
  /** How a row is tied to the scope: the column holding an entity (enterprise/establishment/branch) number. */
  scopeColumn?: number;
}

const spec = (table: KboTable, header: string[], columns: string[], extra: Partial<KboFileSpec> = {}): KboFileSpec => ({
  table,
  header,
  columns,
  dateColumns: [],
  ...extra,
});

export const KBO_FILES: Record<KboTable, KboFileSpec> = {
  enterprise: spec(
    "enterprise",
    ["EnterpriseNumber", "Status", "JuridicalSituation", "TypeOfEnterprise", "JuridicalForm", "JuridicalFormCAC", "StartDate"],
    ["enterprise_number", "status", "juridical_situation", "type_of_enterprise", "juridical_form", "juridical_form_cac", "start_date"],
    { dateColumns: [6], key: { header: "EnterpriseNumber", column: "enterprise_number" }, scopeColumn: 0 },
  ),
  establishment: spec(
    "establishment",
    ["EstablishmentNumber", "StartDate", "EnterpriseNumber"],
    ["establishment_number", "start_date", "enterprise_number"],
    { dateColumns: [1], key: { header: "EstablishmentNumber", column: "establishment_number" }, scopeColumn: 2 },
  ),
  branch: spec("branch", ["Id", "StartDate", "EnterpriseNumber"], ["id", "start_date", "enterprise_number"], {
    dateColumns: [1],
    key: { header: "Id", column: "id" },
    scopeColumn: 2,
  }),
  denomination: spec(
    "denomination",
    ["EntityNumber", "Language", "TypeOfDenomination", "Denomination"],
    ["entity_number", "language", "type_of_denomination", "denomination"],
    { key: { header: "EntityNumber", column: "entity_number" }, scopeColumn: 0 },
  ),
  address: spec(
    "address",
    ["EntityNumber", "TypeOfAddress", "CountryNL", "CountryFR", "Zipcode", "MunicipalityNL", "MunicipalityFR", "StreetNL", "StreetFR", "HouseNumber", "Box", "ExtraAddressInfo", "DateStrikingOff"],
    ["entity_number", "type_of_address", "country_nl", "country_fr", "zipcode", "municipality_nl", "municipality_fr", "street_nl", "street_fr", "house_number", "box", "extra_address_info", "date_striking_off"],
    { dateColumns: [12], key: { header: "EntityNumber", column: "entity_number" }, scopeColumn: 0 },
  ),
  contact: spec(
    "contact",
    ["EntityNumber", "EntityContact", "ContactType", "Value"],
    ["entity_number", "entity_contact", "contact_type", "value"],
    { key: { header: "EntityNumber", column: "entity_number" }, scopeColumn: 0 },
  ),
  activity: spec(
    "activity",
    ["EntityNumber", "ActivityGroup", "NaceVersion", "NaceCode", "Classification"],
    ["entity_number", "activity_group", "nace_version", "nace_code", "classification"],
    { key: { header: "EntityNumber", column: "entity_number" }, scopeColumn: 0 },
  ),
  code: spec("code", ["Category", "Code", "Language", "Description"], ["category", "code", "language", "description"]),
  meta: spec("meta", ["Variable", "Value"], ["variable", "value"]),
};

/**
 * Load order: enterprises and establishments first (they decide the scope), branches next (their
 * ids are entity numbers too), then the files keyed by entity number, then the code tables.
 */
export const LOAD_ORDER: KboTable[] = ["enterprise", "establishment", "branch", "denomination", "address", "contact", "activity", "code", "meta"];
/** Tables that come as <table>_delete.csv + <table>_insert.csv in an update zip; code and meta come whole. */
export const DELTA_TABLES: KboTable[] = ["enterprise", "establishment", "branch", "denomination", "address", "contact", "activity"];

export type ZipKind = "full" | "update";

/** KboOpenData_<nr>_<yyyy>_<mm>[_<dd>]_Full.zip / _Update.zip */
export function parseZipName(fileName: string): { extractNumber: string; date: string; kind: ZipKind } | null {
  const m = fileName.match(/KboOpenData_(\d+)_(\d{4})_(\d{2})(?:_(\d{2}))?_(Full|Update)\.zip$/i);
  if (!m) return null;
  return { extractNumber: m[1], date: `${m[2]}-${m[3]}${m[4] ? `-${m[4]}` : ""}`, kind: m[5].toLowerCase() === "full" ? "full" : "update" };
}

/** The member name in a zip for a table: "enterprise.csv", or "enterprise_delete.csv" / "enterprise_insert.csv". */
export function memberName(table: KboTable, part?: "delete" | "insert"): string {
  return part ? `${table}_${part}.csv` : `${table}.csv`;
}

/** A problem in the data, with the file (zip member or zip) and line it was found on. */
export class KboFileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly reason: string,
  ) {
    super(`${file}${line !== null ? ` line ${line}` : ""}: ${reason}`);
    this.name = "KboFileError";
  }
}

const quote = (cols: string[]) => cols.map((c) => `"${c}"`).join(",");

/** Compares a header row with the expected one; throws a KboFileError naming file and line 1. */
export function checkHeader(file: string, got: string[], expected: string[]): void {
  const clean = got.map((c, i) => (i === 0 ? c.replace(/^\uFEFF/, "") : c).trim());
  if (clean.length === expected.length && clean.every((c, i) => c === expected[i])) return;
  throw new KboFileError(file, 1, `unexpected header ${quote(clean)}; expected ${quote(expected)}`);
}

/** A dd-mm-yyyy date as the files write it, and a real calendar day. */
export function isKboDate(v: string): boolean {
  const m = v.match(/^(\d{2})-(\d{2})-(\d{4})$/);
  if (!m) return false;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= days;
}

/** 0403.227.515 is an enterprise; 2.000.000.339 (or 9.xxx branch ids) are establishments/branches. */
export const isEnterpriseKey = (entity: string) => /^\d{4}\.\d{3}\.\d{3}$/.test(entity);

/** The header a delete file of an update zip has: the table's key column alone. */
export function deleteHeader(table: KboTable): string[] {
  const key = KBO_FILES[table].key;
  if (!key) throw new Error(`${table} has no delete file`);
  return [key.header];
}
