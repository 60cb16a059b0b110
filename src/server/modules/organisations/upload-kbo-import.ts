import { createWriteStream, mkdirSync } from "node:fs";
import { rm } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { KboImportRun } from "../../../contracts/organisations.js";
import { requireRole } from "../../platform/authz.js";
import type { Ctx } from "../../platform/context.js";
import { limitExceeded, validation } from "../../platform/errors.js";
import { parseZipName } from "./kbo/format.js";
import { startKboImport } from "./start-kbo-import.js";

/** Up to 4 GiB: a full Belgian dump is about 200–300 MB zipped. */
export const KBO_UPLOAD_LIMIT = 4 * 1024 ** 3;

/**
 * Saves an uploaded KBO zip under <dataDir>/uploads/kbo (keeping its published file name, which
 * tells full from update) and starts its import. Administrators only; checked before a byte is stored.
 */
export async function uploadKboImport({ ctx, input }: {
  ctx: Ctx;
  input: { dataDir: string; fileName: string; stream: Readable & { truncated?: boolean }; scope?: unknown };
}): Promise<KboImportRun> {
  requireRole(ctx.actor, "administrator");
  const name = basename(input.fileName);
  if (!parseZipName(name)) {
    input.stream.resume();
    throw validation([{ path: "file", code: "kbo_file_name", message: "The file name is not a KBO open-data zip (KboOpenData_<nr>_<yyyy>_<mm>[_<dd>]_Full.zip or _Update.zip)." }]);
  }
  const dir = resolve(join(input.dataDir, "uploads", "kbo"));
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  await pipeline(input.stream, createWriteStream(path));
  if (input.stream.truncated) {
    await rm(path, { force: true });
    throw limitExceeded("The file is too large.");
  }
  return startKboImport({ ctx, input: { path, ...(input.scope === undefined ? {} : { scope: input.scope }) } });
}
