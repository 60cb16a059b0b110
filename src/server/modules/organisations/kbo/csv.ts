import type { Readable } from "node:stream";
import { parse, CsvError } from "csv-parse";
import { KboFileError, checkHeader, isKboDate } from "./format.js";
import { zipStreamError } from "./zip.js";

/** A row as the file holds it: an unquoted empty field is NULL, a quoted empty one ("") is an empty string. */
export type KboRow = (string | null)[];

export interface RowBatch {
  rows: KboRow[];
  /** Line number (1-based, header = line 1) of the last row in the batch. */
  lastLine: number;
}

export interface ParseOptions {
  file: string;
  header: string[];
  dateColumns: number[];
  batchSize?: number;
  /** Called with the number of compressed-stream bytes read, for progress. */
  onBytes?: (bytes: number) => void;
}

/**
 * Streams a KBO CSV member as batches of validated rows: checks the header row, the number of
 * columns and the dates (dd-mm-yyyy), and names file and line in every error. Memory stays at one
 * batch whatever the file size.
 */
export async function* parseKboCsv(source: Readable, opts: ParseOptions): AsyncGenerator<RowBatch> {
  const batchSize = opts.batchSize ?? 5000;
  if (opts.onBytes) source.on("data", (chunk: Buffer) => opts.onBytes!(chunk.length));
  let sourceError: unknown = null;
  const parser = parse({
    bom: true,
    info: true,
    skip_empty_lines: true,
    cast: (value, context) => (context.quoting ? value : value === "" ? null : value),
  });
  source.on("error", (err) => {
    sourceError = err;
    parser.destroy(zipStreamError(opts.file, err));
  });
  source.pipe(parser);

  let batch: KboRow[] = [];
  let lastLine = 0;
  let headerSeen = false;
  try {
    for await (const item of parser as AsyncIterable<{ record: KboRow; info: { lines: number } }>) {
      const { record, info } = item;
      if (!headerSeen) {
        checkHeader(opts.file, record.map((v) => v ?? ""), opts.header);
        headerSeen = true;
        continue;
      }
      if (record.length !== opts.header.length) {
        throw new KboFileError(opts.file, info.lines, `expected ${opts.header.length} columns, found ${record.length}`);
      }
      for (const c of opts.dateColumns) {
        const v = record[c];
        if (v !== null && v !== "" && !isKboDate(v)) {
          throw new KboFileError(opts.file, info.lines, `${opts.header[c]} "${v}" is not a date in the form dd-mm-yyyy`);
        }
        if (v === "") record[c] = null;
      }
      if (record[0] === null || record[0] === "") throw new KboFileError(opts.file, info.lines, `${opts.header[0]} is empty`);
      batch.push(record);
      lastLine = info.lines;
      if (batch.length >= batchSize) {
        yield { rows: batch, lastLine };
        batch = [];
      }
    }
  } catch (err) {
    source.destroy();
    if (err instanceof KboFileError) throw err;
    if (sourceError) throw zipStreamError(opts.file, sourceError);
    if (err instanceof CsvError) {
      const line = (err as CsvError & { lines?: number }).lines ?? null;
      throw new KboFileError(opts.file, line, csvReason(err));
    }
    throw err;
  }
  if (!headerSeen) throw new KboFileError(opts.file, 1, "the file is empty (no header row)");
  if (batch.length) yield { rows: batch, lastLine };
}

function csvReason(err: CsvError): string {
  switch (err.code) {
    case "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH":
    case "CSV_RECORD_INCONSISTENT_COLUMNS":
      return "the number of columns differs from the header";
    case "CSV_QUOTE_NOT_CLOSED":
      return "a quoted value is not closed (the file may be truncated)";
    case "CSV_INVALID_CLOSING_QUOTE":
    case "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE":
      return "a quoted value is followed by other characters";
    default:
      return err.message.replace(/ at line \d+/, "").replace(/ on line \d+/, "");
  }
}

/** One row as a line of COPY … (FORMAT csv): NULL stays an unquoted empty field, text is always quoted. */
export function toCsvLine(row: KboRow): string {
  let out = "";
  for (let i = 0; i < row.length; i++) {
    const v = row[i];
    if (i) out += ",";
    if (v !== null) out += `"${v.includes('"') ? v.replace(/"/g, '""') : v}"`;
  }
  return `${out}\n`;
}
