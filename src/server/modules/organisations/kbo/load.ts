import { Readable, Transform, type TransformCallback } from "node:stream";
import type { ImportConn } from "./conn.js";
import { parseKboCsv, toCsvLine, type KboRow } from "./csv.js";
import { KboFileError, checkHeader } from "./format.js";
import { SimulatedCrash, type Progress } from "./progress.js";
import { zipStreamError, type KboZip } from "./zip.js";

export interface MemberLoad {
  member: string;
  stage: string;
  columns: string[];
  header: string[];
  dateColumns: number[];
  /** Keeps a row (and may note what it implies for later files); absent = keep all. */
  filter?: (row: KboRow) => boolean;
}

export interface LoadState {
  /** Rows of this member already committed to its staging table by an earlier attempt (PGlite resumes mid-file). */
  committedRows: number;
  /** Persists the member's row count (and whether it is complete) in the same transaction as the rows. */
  commit: (tx: ImportConn, rows: number, done: boolean) => Promise<void>;
}

const PGLITE_CHUNK_ROWS = 20_000;

/** Loads one CSV member of the zip into its staging table; returns the rows it holds afterwards. */
export async function loadMember(conn: ImportConn, zip: KboZip, m: MemberLoad, progress: Progress, state: LoadState): Promise<number> {
  progress.file = m.member;
  if (conn.kind === "postgres") return loadPostgres(conn, zip, m, progress, state);
  return loadPglite(conn, zip, m, progress, state);
}

const cols = (m: MemberLoad) => m.columns.map((c) => `"${c}"`).join(", ");

/** PostgreSQL: one transaction per member (TRUNCATE + COPY + bookkeeping): all of it or none of it. */
async function loadPostgres(conn: ImportConn, zip: KboZip, m: MemberLoad, progress: Progress, state: LoadState): Promise<number> {
  return conn.transaction(async (tx) => {
    await tx.exec(`truncate ${m.stage}`);
    const source = await zip.stream(m.member);
    let rows: number;
    try {
      if (!m.filter) {
        // Whole file: the bytes go to COPY as they come out of the zip; only the header is read here.
        const check = new HeaderAndCount(m, progress, conn);
        rows = await tx.copyStream!(`copy ${m.stage} (${cols(m)}) from stdin with (format csv, header true)`, source.pipe(check));
      } else {
        rows = await tx.copyStream!(`copy ${m.stage} (${cols(m)}) from stdin with (format csv)`, Readable.from(filtered(source, m, progress, conn)));
      }
    } catch (err) {
      source.destroy();
      throw asFileError(m.member, err, !m.filter);
    }
    await state.commit(tx, rows, true);
    return rows;
  });
}

async function* filtered(source: Readable, m: MemberLoad, progress: Progress, conn: ImportConn): AsyncGenerator<string> {
  for await (const batch of parseKboCsv(source, { file: m.member, header: m.header, dateColumns: m.dateColumns, onBytes: (n) => progress.bytes(n) })) {
    let out = "";
    for (const row of batch.rows) if (m.filter!(row)) out += toCsvLine(row);
    progress.rows(batch.rows.length);
    void progress.flush(conn).catch(() => {});
    if (out) yield out;
  }
}

/** PGlite: chunks of rows, each in its own short transaction with its bookkeeping, so readers get turns and a rerun resumes mid-file. */
async function loadPglite(conn: ImportConn, zip: KboZip, m: MemberLoad, progress: Progress, state: LoadState): Promise<number> {
  const copySql = `copy ${m.stage} (${cols(m)}) from '/dev/blob' with (format csv)`;
  if (state.committedRows === 0) await conn.exec(`truncate ${m.stage}`);
  const source = await zip.stream(m.member);
  let total = state.committedRows;
  let skip = state.committedRows;
  let chunk = "";
  let chunkRows = 0;
  const flushChunk = async (done: boolean) => {
    const text = chunk;
    const n = chunkRows;
    chunk = "";
    chunkRows = 0;
    await conn.transaction(async (tx) => {
      if (n) await tx.copyText!(copySql, text);
      await state.commit(tx, total + n, done);
    });
    total += n;
    await progress.flush(conn);
  };
  try {
    for await (const batch of parseKboCsv(source, { file: m.member, header: m.header, dateColumns: m.dateColumns, onBytes: (n) => progress.bytes(n) })) {
      for (const row of batch.rows) {
        if (m.filter && !m.filter(row)) continue;
        if (skip > 0) {
          skip--;
          continue;
        }
        chunk += toCsvLine(row);
        chunkRows++;
      }
      progress.rows(batch.rows.length);
      if (chunkRows >= (progress.hooks.chunkRows ?? PGLITE_CHUNK_ROWS)) await flushChunk(false);
    }
  } catch (err) {
    source.destroy();
    throw asFileError(m.member, err, false);
  }
  await flushChunk(true);
  return total;
}

/** Checks the header row, strips a byte-order mark, and counts lines and bytes of a passed-through member. */
class HeaderAndCount extends Transform {
  private head: Buffer | null = Buffer.alloc(0);

  constructor(
    private readonly m: MemberLoad,
    private readonly progress: Progress,
    private readonly conn: ImportConn,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    try {
      this.progress.bytes(chunk.length);
      if (this.head !== null) {
        this.head = Buffer.concat([this.head, chunk]);
        const nl = this.head.indexOf(10);
        if (nl === -1 && this.head.length < 64 * 1024) return cb();
        let data = this.head;
        this.head = null;
        if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) data = data.subarray(3);
        const first = data.subarray(0, nl === -1 ? data.length : nl).toString("utf8").replace(/\r$/, "");
        checkHeader(this.m.member, splitHeader(first), this.m.header);
        this.count(data, -1);
        this.push(data);
        return cb();
      }
      this.count(chunk, 0);
      this.push(chunk);
      cb();
    } catch (err) {
      cb(err as Error);
    }
  }

  override _flush(cb: TransformCallback): void {
    if (this.head !== null) {
      // A member shorter than one line: check what there is.
      try {
        checkHeader(this.m.member, splitHeader(this.head.toString("utf8").replace(/^\uFEFF/, "").trim()), this.m.header);
        this.push(this.head);
      } catch (err) {
        return cb(err as Error);
      }
    }
    cb();
  }

  private count(buf: Buffer, offset: number): void {
    let n = offset;
    for (let i = buf.indexOf(10); i !== -1; i = buf.indexOf(10, i + 1)) n++;
    this.progress.rows(Math.max(0, n));
    void this.progress.flush(this.conn).catch(() => {});
  }
}

function splitHeader(line: string): string[] {
  return line.split(",").map((c) => c.trim().replace(/^"(.*)"$/, "$1"));
}

/** Maps COPY errors (which name the line in their "where") and stream errors to a KboFileError for the member. */
export function asFileError(member: string, err: unknown, linesAreFileLines: boolean): unknown {
  if (err instanceof KboFileError || err instanceof SimulatedCrash) return err;
  const e = err as { code?: string; message?: string; where?: string };
  if (e && typeof e.code === "string" && /^[0-9A-Z]{5}$/.test(e.code)) {
    const line = e.where?.match(/line (\d+)/)?.[1];
    // 22xxx data exceptions and 23xxx constraint violations come from the file's contents.
    if (e.code.startsWith("22") || e.code.startsWith("23")) {
      return new KboFileError(member, line && linesAreFileLines ? Number(line) : null, e.message ?? "invalid data");
    }
    return err;
  }
  if (e?.message && /inflat|zlib|bytes|crc|too many|unexpected end|invalid (block|distance|stored)/i.test(e.message)) {
    return zipStreamError(member, err);
  }
  return err;
}
