/** Small helpers for tests: rewrite members of a (small) KBO zip, or cut a file short. */
import { createWriteStream, readFileSync, writeFileSync } from "node:fs";
import yauzl from "yauzl";
import yazl from "yazl";

export async function readMembers(path: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const zip = await new Promise<yauzl.ZipFile>((res, rej) => yauzl.open(path, { lazyEntries: true }, (e, z) => (e ? rej(e) : res(z))));
  await new Promise<void>((res, rej) => {
    zip.on("entry", (entry: yauzl.Entry) => {
      zip.openReadStream(entry, (err, stream) => {
        if (err) return rej(err);
        const chunks: Buffer[] = [];
        stream.on("data", (c: Buffer) => chunks.push(c));
        stream.on("end", () => {
          out.set(entry.fileName, Buffer.concat(chunks).toString("utf8"));
          zip.readEntry();
        });
      });
    });
    zip.on("end", () => res());
    zip.on("error", rej);
    zip.readEntry();
  });
  return out;
}

/** Writes a copy of the zip with some members changed (text in, text out) or left out (null). */
export async function rewriteZip(src: string, dest: string, change: (name: string, text: string) => string | null): Promise<void> {
  const members = await readMembers(src);
  const zip = new yazl.ZipFile();
  for (const [name, text] of members) {
    const next = change(name, text);
    if (next !== null) zip.addBuffer(Buffer.from(next, "utf8"), name);
  }
  zip.end();
  await new Promise<void>((res, rej) => {
    const out = createWriteStream(dest);
    out.on("close", () => res());
    out.on("error", rej);
    zip.outputStream.pipe(out);
  });
}

/** Keeps only the first share of the file's bytes, as an interrupted download would. */
export function truncateFile(src: string, dest: string, share: number): void {
  const b = readFileSync(src);
  writeFileSync(dest, b.subarray(0, Math.floor(b.length * share)));
}

/** Replaces line n (1-based) of a CSV text. */
export function replaceLine(text: string, n: number, line: string): string {
  const lines = text.split("\n");
  lines[n - 1] = line;
  return lines.join("\n");
}
