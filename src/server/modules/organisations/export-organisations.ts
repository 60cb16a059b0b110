import { sql } from "drizzle-orm";
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import { withTransaction, type Ctx } from "../../platform/context.js";
import { limitExceeded } from "../../platform/errors.js";
import { presentListItem, type OrganisationRecord } from "./presenters.js";
import { LIST_COLUMNS, orderBy, parseSearch, planSearch } from "./search-organisations.js";

export const EXPORT_LIMIT = 100_000;

const HEADER = ["Ondernemingsnummer", "Naam", "Soort", "Rechtsvorm", "Postcode", "Gemeente", "NIS", "KMO-klasse", "Bron", "Actief in KBO"];

export interface ExportFile {
  fileName: string;
  contentType: string;
  body: Buffer;
}

/** The same query as the search, every match (up to 100,000 rows), as CSV or XLSX. */
export async function exportOrganisations({ ctx, input }: { ctx: Ctx; input: { format: "csv" | "xlsx"; query: unknown } }): Promise<ExportFile> {
  const q = parseSearch({ ...(input.query as object), limit: 1, offset: 0 });
  const rows = await withTransaction(ctx, async (tx) => {
    const { where, relevance } = await planSearch(tx, q);
    const r = (await tx.db.execute(
      sql`select ${LIST_COLUMNS} from organisations o where ${where} order by ${orderBy(q, relevance)} limit ${EXPORT_LIMIT + 1}`,
    )) as unknown as { rows: OrganisationRecord[] };
    return r.rows;
  });
  if (rows.length > EXPORT_LIMIT) throw limitExceeded(`The export is limited to ${EXPORT_LIMIT.toLocaleString("en-GB")} organisations; narrow the search.`);
  const table = rows.map(presentListItem).map((o) => [
    o.enterpriseNumber ?? "", o.name, o.kind, o.legalForm ?? "", o.postcode ?? "", o.place ?? "", o.municipalityNis ?? "", o.smeClass, o.source, o.kboActive ? "ja" : "nee",
  ]);
  const stamp = new Date().toISOString().slice(0, 10);
  if (input.format === "csv") {
    return { fileName: `organisaties-${stamp}.csv`, contentType: "text/csv; charset=utf-8", body: Buffer.from(`\uFEFF${stringify([HEADER, ...table])}`, "utf8") };
  }
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Organisaties");
  sheet.addRow(HEADER).font = { bold: true };
  for (const row of table) sheet.addRow(row);
  sheet.columns.forEach((c) => {
    c.width = 18;
  });
  sheet.getColumn(2).width = 40;
  return {
    fileName: `organisaties-${stamp}.xlsx`,
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    body: Buffer.from(await book.xlsx.writeBuffer()),
  };
}
