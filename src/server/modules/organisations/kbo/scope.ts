import type { ImportConn } from "./conn.js";
import { parseKboCsv, type KboRow } from "./csv.js";
import { KBO_FILES, KboFileError, isEnterpriseKey, type KboTable } from "./format.js";
import type { Progress } from "./progress.js";
import type { KboZip } from "./zip.js";

export type Scope = "limburg" | "belgium";

/**
 * Limburg's postcodes as the geography reference data has them (postcode → municipality NIS of one
 * of the 38 municipalities). Not every 3xxx code is Limburg: only the listed ones count.
 */
export async function limburgPostcodes(conn: ImportConn): Promise<Set<string>> {
  const rows = await conn.query<{ postcode: string }>(
    "select p.postcode from postcodes p join municipalities m on m.nis = p.municipality_nis where m.nis like '7%'",
  );
  if (rows.length === 0) {
    throw new KboFileError("postcodes", null, "the postcode reference data is empty, so the Limburg scope cannot be decided (load the geography first)");
  }
  return new Set(rows.map((r) => r.postcode));
}

/** An address row that places its entity in Limburg: a Belgian seat or establishment address at a Limburg postcode. */
export function isLimburgAddress(row: KboRow, postcodes: Set<string>): boolean {
  const [, type, countryNl, , zipcode] = row;
  return type !== "ABBR" && (countryNl === null || countryNl === "") && zipcode !== null && postcodes.has(zipcode.trim());
}

/**
 * A copy of a field that does not keep the chunk of text it was cut from alive: the CSV reader's fields are
 * slices of the chunk, and V8 keeps the whole chunk for a slice of 13 characters or more (an establishment
 * number), so a set of kept numbers would otherwise hold every chunk of the files it was read from.
 */
const detached = (s: string): string => (" " + s).slice(1);

/**
 * The Limburg filter of a full import: the enterprises with their seat or an establishment at a
 * Limburg postcode, then every row of those enterprises, their establishments and branches.
 * Two streaming passes (address.csv, establishment.csv) decide the enterprises first; memory holds
 * only the numbers of the entities in scope.
 */
export class LimburgFilter {
  readonly enterprises = new Set<string>();
  /** Enterprises, establishments and branches in scope: the entity numbers other files are keyed by. */
  readonly entities = new Set<string>();

  static async scan(zip: KboZip, postcodes: Set<string>, progress: Progress): Promise<LimburgFilter> {
    const f = new LimburgFilter();
    const placed = new Set<string>();
    progress.phase = "scan";
    for await (const batch of parseKboCsv(await zip.stream("address.csv"), { file: "address.csv", header: KBO_FILES.address.header, dateColumns: [] })) {
      for (const row of batch.rows) if (isLimburgAddress(row, postcodes)) placed.add(detached(row[0]!));
    }
    for await (const batch of parseKboCsv(await zip.stream("establishment.csv"), { file: "establishment.csv", header: KBO_FILES.establishment.header, dateColumns: [] })) {
      for (const row of batch.rows) if (placed.has(row[0]!)) f.enterprises.add(detached(row[2]!));
    }
    for (const e of placed) if (isEnterpriseKey(e)) f.enterprises.add(e);
    for (const e of f.enterprises) f.entities.add(e);
    return f;
  }

  /** Adds establishments and branches already staged by an earlier attempt (their files are not read again). */
  async restore(conn: ImportConn, table: "establishment" | "branch", stage: string): Promise<void> {
    const col = table === "establishment" ? "establishment_number" : "id";
    for (const r of await conn.query<{ k: string }>(`select ${col} as k from ${stage}`)) this.entities.add(r.k);
  }

  /** The row filter for one table of a full dump. */
  filterFor(table: KboTable): ((row: KboRow) => boolean) | undefined {
    switch (table) {
      case "enterprise":
        return (row) => this.enterprises.has(row[0]!);
      case "establishment":
      case "branch":
        return (row) => {
          if (!this.enterprises.has(row[2]!)) return false;
          this.entities.add(detached(row[0]!));
          return true;
        };
      case "denomination":
      case "address":
      case "contact":
      case "activity":
        return (row) => this.entities.has(row[0]!);
      default:
        return undefined;
    }
  }
}
