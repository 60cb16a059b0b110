import { basename } from "node:path";
import type { Readable } from "node:stream";
import yauzl from "yauzl";
import { KboFileError } from "./format.js";

export interface ZipMember {
  name: string;
  uncompressedSize: number;
  compressedSize: number;
}

/**
 * A KBO zip opened for random access (yauzl reads the central directory and streams one member at a
 * time; nothing is held in memory but the directory).
 */
export class KboZip {
  private constructor(
    readonly path: string,
    readonly fileName: string,
    private readonly zip: yauzl.ZipFile,
    private readonly entries: Map<string, yauzl.Entry>,
  ) {}

  static async open(path: string): Promise<KboZip> {
    const fileName = basename(path);
    const zip = await new Promise<yauzl.ZipFile>((resolve, reject) => {
      yauzl.open(path, { lazyEntries: true, autoClose: false, validateEntrySizes: true }, (err, z) => {
        if (err) reject(new KboFileError(fileName, null, `not a readable zip archive (${err.message}); the file may be truncated or damaged`));
        else resolve(z);
      });
    });
    const entries = new Map<string, yauzl.Entry>();
    await new Promise<void>((resolve, reject) => {
      zip.on("entry", (entry: yauzl.Entry) => {
        // Members may sit in a folder inside the zip; the KBO names them by their base name.
        if (!entry.fileName.endsWith("/")) entries.set(basename(entry.fileName).toLowerCase(), entry);
        zip.readEntry();
      });
      zip.on("end", () => resolve());
      zip.on("error", (err: Error) => reject(new KboFileError(fileName, null, `the zip directory is damaged (${err.message})`)));
      zip.readEntry();
    });
    return new KboZip(path, fileName, zip, entries);
  }

  has(member: string): boolean {
    return this.entries.has(member.toLowerCase());
  }

  member(member: string): ZipMember {
    const e = this.entries.get(member.toLowerCase());
    if (!e) throw new KboFileError(this.fileName, null, `the archive has no ${member}`);
    return { name: member, uncompressedSize: e.uncompressedSize, compressedSize: e.compressedSize };
  }

  /** A stream of the member's bytes; corrupt data surfaces as a KboFileError naming the member. */
  async stream(member: string): Promise<Readable> {
    const entry = this.entries.get(member.toLowerCase());
    if (!entry) throw new KboFileError(this.fileName, null, `the archive has no ${member}`);
    return new Promise<Readable>((resolve, reject) => {
      this.zip.openReadStream(entry, (err, stream) => {
        if (err) reject(new KboFileError(member, null, `cannot be read from the archive (${err.message})`));
        else resolve(stream);
      });
    });
  }

  close(): void {
    this.zip.close();
  }
}

/** Wraps errors a member stream emits (inflate errors, size mismatches) as KboFileErrors. */
export function zipStreamError(member: string, err: unknown): KboFileError {
  if (err instanceof KboFileError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new KboFileError(member, null, `the compressed data is damaged or truncated (${message})`);
}
