import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { AppError, limitExceeded, validation } from "../../platform/errors.js";

/** A cell as read from the file: text (CSV, text cells), a number or a date (XLSX cells), or empty. */
export type Cell = string | number | Date | null;
export interface FileRow {
  /** Row number as the user sees it: the line in the CSV, the row in the spreadsheet (header = 1). */
  row: number;
  cells: Cell[];
}
export interface ReadFile {
  headers: string[];
  rows: FileRow[];
}

export const MAX_ROWS = 100_000;

const fileError = (code: string, message: string) => validation([{ path: "file", code, message }], message);

/** Reads a .csv or .xlsx (first sheet) into a header and rows. Unreadable input → 400 in the error format. */
export async function readMeasurementsFile(fileName: string, data: Buffer): Promise<ReadFile> {
  const ext = fileName.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  if (ext !== "csv" && ext !== "xlsx") throw fileError("unsupported_file", "Upload a .csv or .xlsx file.");
  if (data.length === 0) throw fileError("empty_file", "The file is empty.");
  const table = ext === "csv" ? readCsv(data) : await readXlsx(data);
  const nonEmpty = table.filter((r) => r.cells.some((c) => c !== null && !(typeof c === "string" && c.trim() === "")));
  if (nonEmpty.length === 0) throw fileError("empty_file", "The file is empty.");
  const [header, ...rows] = nonEmpty;
  if (rows.length > MAX_ROWS) throw limitExceeded(`The file has more than ${MAX_ROWS} rows; split it.`);
  return { headers: header.cells.map((c) => (c === null ? "" : String(c).trim())), rows };
}

/** UTF-8 (with or without BOM); a file that is not valid UTF-8 is read as Windows-1252 (Excel's "CSV" on Windows). */
function decode(data: Buffer): string {
  if (data.includes(0)) throw fileError("unreadable_file", "The file is not a text (CSV) file.");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(data).replace(/^\uFEFF/, "");
  } catch {
    return new TextDecoder("windows-1252").decode(data);
  }
}

/** The delimiter of the header line: semicolon (Excel in Belgium), tab or comma. */
function delimiterOf(text: string): string {
  const first = text.split(/\r?\n/, 1)[0] ?? "";
  const count = (ch: string) => first.split(ch).length - 1;
  const candidates: [string, number][] = [[";", count(";")], ["\t", count("\t")], [",", count(",")]];
  candidates.sort((a, b) => b[1] - a[1]);
  return candidates[0][1] > 0 ? candidates[0][0] : ",";
}

function readCsv(data: Buffer): FileRow[] {
  const text = decode(data);
  try {
    const records = parse(text, {
      delimiter: delimiterOf(text),
      relax_column_count: true,
      skip_empty_lines: false,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    return records.map((r) => ({ row: r.info.lines, cells: r.record.map((c) => (c.trim() === "" ? null : c)) }));
  } catch (err) {
    if (err instanceof AppError) throw err;
    const message = err instanceof Error ? err.message : String(err);
    throw fileError("unreadable_file", `The file could not be read as CSV: ${message}`);
  }
}

async function readXlsx(data: Buffer): Promise<FileRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw fileError("unreadable_file", "The file could not be read as an Excel workbook (.xlsx).");
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw fileError("empty_file", "The workbook has no sheet.");
  if (sheet.actualRowCount > MAX_ROWS + 1) throw limitExceeded(`The sheet has more than ${MAX_ROWS} rows; split it.`);
  const rows: FileRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cellValue(cell.value);
    });
    for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
    rows.push({ row: rowNumber, cells });
  });
  return rows;
}

function cellValue(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string") return v;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v instanceof Date) return v;
  if (typeof v === "object") {
    if ("richText" in v) return v.richText.map((t) => t.text).join("");
    if ("formula" in v || "sharedFormula" in v) return cellValue((v as { result?: ExcelJS.CellValue }).result ?? null);
    if ("text" in v) return cellValue((v as { text: ExcelJS.CellValue }).text);
    if ("error" in v) return `#${String((v as { error: unknown }).error)}`;
  }
  return String(v);
}
