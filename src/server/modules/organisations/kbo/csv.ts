import type { Readable } from "node:stream";
import { StringDecoder } from "node:string_decoder";
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
 * batch whatever the file size. A parser of its own (RFC 4180: "" escapes, quoted line breaks, CRLF,
 * a byte-order mark), several times faster than a general-purpose one, which matters at 46 M rows.
 */
export async function* parseKboCsv(source: Readable, opts: ParseOptions): AsyncGenerator<RowBatch> {
  const batchSize = opts.batchSize ?? 5000;
  const decoder = new StringDecoder("utf8");
  const reader = new RecordReader(opts.file);
  let headerSeen = false;
  let batch: KboRow[] = [];
  const take = function* (final: boolean): Generator<RowBatch> {
    for (;;) {
      const record = reader.next(final);
      if (!record) return;
      if (!headerSeen) {
        checkHeader(opts.file, record.map((v) => v ?? ""), opts.header);
        headerSeen = true;
        continue;
      }
      validate(record, reader.line, opts);
      batch.push(record);
      if (batch.length >= batchSize) {
        yield { rows: batch, lastLine: reader.line };
        batch = [];
      }
    }
  };
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      opts.onBytes?.(chunk.length);
      reader.push(decoder.write(chunk));
      yield* take(false);
    }
    reader.push(decoder.end());
    yield* take(true);
  } catch (err) {
    source.destroy();
    if (err instanceof KboFileError) throw err;
    throw zipStreamError(opts.file, err);
  }
  if (!headerSeen) throw new KboFileError(opts.file, 1, "the file is empty (no header row)");
  if (batch.length) yield { rows: batch, lastLine: reader.line };
}

function validate(record: KboRow, line: number, opts: ParseOptions): void {
  if (record.length !== opts.header.length) {
    throw new KboFileError(opts.file, line, `expected ${opts.header.length} columns, found ${record.length}`);
  }
  for (const c of opts.dateColumns) {
    const v = record[c];
    if (v === "") record[c] = null;
    else if (v !== null && !isKboDate(v)) throw new KboFileError(opts.file, line, `${opts.header[c]} "${v}" is not a date in the form dd-mm-yyyy`);
  }
  if (record[0] === null || record[0] === "") throw new KboFileError(opts.file, line, `${opts.header[0]} is empty`);
}

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/** Splits CSV text into records and keeps the physical line number of the last record returned. */
class RecordReader {
  private buf = "";
  private pos = 0;
  private bomChecked = false;
  /** Physical line (1-based) on which the last returned record ended. */
  line = 0;

  constructor(private readonly file: string) {}

  push(text: string): void {
    this.buf = this.pos > 0 ? this.buf.slice(this.pos) + text : this.buf + text;
    this.pos = 0;
    if (!this.bomChecked && this.buf.length) {
      if (this.buf.charCodeAt(0) === 0xfeff) this.buf = this.buf.slice(1);
      this.bomChecked = true;
    }
  }

  /** The next complete record; null when more text is needed (or, when final, at the end). */
  next(final: boolean): KboRow | null {
    const s = this.buf;
    const n = s.length;
    let p = this.pos;
    let skipped = 0;
    while (p < n && (s.charCodeAt(p) === LF || (s.charCodeAt(p) === CR && s.charCodeAt(p + 1) === LF))) {
      p += s.charCodeAt(p) === CR ? 2 : 1;
      skipped++;
    }
    if (p >= n || (!final && p === n - 1 && s.charCodeAt(p) === CR)) {
      this.pos = p;
      this.line += skipped;
      return null;
    }
    const startLine = this.line + skipped;
    const fields: KboRow = [];
    let lines = 1;
    for (;;) {
      if (s.charCodeAt(p) === QUOTE) {
        let q = p + 1;
        let value = "";
        for (;;) {
          const close = s.indexOf('"', q);
          if (close === -1 || (close === n - 1 && !final)) {
            if (!final) return null;
            throw new KboFileError(this.file, startLine + lines, "a quoted value is not closed (the file may be truncated)");
          }
          if (s.charCodeAt(close + 1) === QUOTE) {
            value += s.slice(q, close + 1);
            q = close + 2;
            continue;
          }
          value += s.slice(q, close);
          p = close + 1;
          break;
        }
        for (let i = value.indexOf("\n"); i !== -1; i = value.indexOf("\n", i + 1)) lines++;
        fields.push(value);
      } else {
        let end = p;
        let c = s.charCodeAt(end);
        while (end < n && c !== COMMA && c !== LF && c !== CR) {
          if (c === QUOTE) throw new KboFileError(this.file, startLine + lines, "a quote inside an unquoted value");
          c = s.charCodeAt(++end);
        }
        if (end >= n && !final) return null;
        fields.push(end === p ? null : s.slice(p, end));
        p = end;
      }
      if (p >= n) {
        if (!final) return null;
        break;
      }
      const c = s.charCodeAt(p);
      if (c === COMMA) {
        p++;
        continue;
      }
      if (c === LF) {
        p++;
        break;
      }
      if (c === CR && p + 1 >= n && !final) return null;
      if (c === CR && s.charCodeAt(p + 1) === LF) {
        p += 2;
        break;
      }
      throw new KboFileError(this.file, startLine + lines, "a quoted value is followed by other characters");
    }
    this.pos = p;
    this.line = startLine + lines;
    return fields;
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
