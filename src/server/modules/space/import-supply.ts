import { randomUUID } from "node:crypto";
import { inArray } from "drizzle-orm";
import type { z } from "zod";
import { ImportReport, ImportRowProblem, ParcelInput, ParkInput, type ImportRowReport, type ImportTarget } from "../../../contracts/space-supply.js";
import { municipalities } from "../../db/schema/geography.js";
import { spaceParcels, spaceParks } from "../../db/schema/space.js";
import { writeAudit } from "../../platform/audit.js";
import { withTransaction, type Ctx } from "../../platform/context.js";
import { validation } from "../../platform/errors.js";
import type { SpaceDeps } from "./deps.js";
import { inspectSurface } from "./geometry-input.js";
import { parseImportFile, type RawRow } from "./import-parse.js";
import { parcelAsInput } from "./parcel-values.js";
import { parkAsInput } from "./park-values.js";
import { canKeep, canRead, requireKeeper } from "./policies.js";
import { createParcel, updateParcel } from "./save-parcel.js";
import { createPark, updatePark } from "./save-park.js";
import { rowToInput } from "./import-rows.js";

type Problem = z.infer<typeof ImportRowProblem>;

export interface ImportInput {
  target: ImportTarget;
  format: "geojson" | "csv";
  text: string;
  dryRun: boolean;
  /** Parcels: the park they belong to when a row names none. */
  parkId?: string;
}

interface Planned {
  report: ImportRowReport;
  given: Record<string, unknown>;
  existing: { id: string; version: number } | null;
}

/**
 * Imports parks or parcels from GeoJSON or CSV. Every row is checked (fields, geometry: self-intersection,
 * outside Limburg, stated area against the contour; park and municipality; the keeper's municipality; codes
 * repeated in the file) and reported with its problems; a row whose code exists updates that record with the
 * columns the row gives, otherwise it creates one. A dry run changes nothing. Applying is all-or-nothing: with
 * any invalid row (or a bad file) nothing is written and the answer is a validation error naming each row's
 * problems; otherwise every row is written through the create/update verbs in one transaction (each audited,
 * each emitting its supply change), plus one audit row for the import.
 */
export async function importSupply({ ctx, input, deps }: { ctx: Ctx; input: ImportInput; deps?: Partial<SpaceDeps> }): Promise<ImportReport> {
  requireKeeper(ctx.actor);
  const file = parseImportFile(input.text, input.format);
  const empty = { total: 0, create: 0, update: 0, invalid: 0 };
  if (file.fileProblems.length > 0) {
    if (!input.dryRun) throw validation(file.fileProblems.map((p) => ({ path: p.path, code: p.code, message: p.message })), "The file cannot be read.");
    return { target: input.target, format: input.format, dryRun: true, applied: false, rows: [], counts: empty, fileProblems: file.fileProblems };
  }
  return withTransaction(ctx, async (tx) => {
    const planned = await plan(tx, input, file.rows);
    const rows = planned.map((p) => p.report);
    const counts = {
      total: rows.length,
      create: rows.filter((r) => r.action === "create").length,
      update: rows.filter((r) => r.action === "update").length,
      invalid: rows.filter((r) => r.action === "invalid").length,
    };
    const report = { target: input.target, format: input.format, dryRun: input.dryRun, applied: false, rows, counts, fileProblems: [] };
    if (input.dryRun) return report;
    if (counts.invalid > 0) {
      throw validation(
        rows.flatMap((r) => r.problems.map((p) => ({ path: `${input.format === "csv" ? "line" : "feature"} ${r.row}: ${p.path}`, code: p.code, message: p.message }))),
        `${counts.invalid} of ${counts.total} rows are not valid; nothing was imported.`,
      );
    }
    for (const p of planned) {
      if (input.target === "parks") {
        if (p.existing) await updatePark({ ctx: tx, input: { ...(p.given as object), id: p.existing.id, version: p.existing.version } });
        else await createPark({ ctx: tx, input: p.given as ParkInput });
      } else if (p.existing) {
        await updateParcel({ ctx: tx, input: { ...(p.given as object), id: p.existing.id, version: p.existing.version }, deps });
      } else {
        await createParcel({ ctx: tx, input: p.given as ParcelInput, deps });
      }
    }
    await writeAudit(tx, { action: "space.import", entity: "space_import", entityId: randomUUID(), after: { target: input.target, format: input.format, counts } });
    return { ...report, applied: true };
  });
}

async function plan(ctx: Ctx, input: ImportInput, raw: RawRow[]): Promise<Planned[]> {
  const parks = input.target === "parcels" ? await ctx.db.select().from(spaceParks) : [];
  const parkByCode = new Map(parks.filter((p) => canRead(ctx.actor, p.municipalityNis)).map((p) => [p.code, p]));
  const defaultPark = input.parkId ? parks.find((p) => p.id === input.parkId && canRead(ctx.actor, p.municipalityNis)) : undefined;
  const known = new Set((await ctx.db.select({ nis: municipalities.nis }).from(municipalities)).map((m) => m.nis));
  const out: Planned[] = [];
  const seen = new Set<string>();
  const converted = raw.map((r) => ({ r, c: rowToInput(input.target, r.props) }));
  const codes = converted.map((x) => x.c.given.code).filter((c): c is string => typeof c === "string");
  const existingRows = codes.length === 0 ? [] : input.target === "parks"
    ? await ctx.db.select().from(spaceParks).where(inArray(spaceParks.code, codes))
    : await ctx.db.select().from(spaceParcels).where(inArray(spaceParcels.code, codes));
  const existingByCode = new Map(existingRows.map((e) => [e.code, e]));

  for (const { r, c } of converted) {
    const problems: Problem[] = [...r.problems, ...c.problems];
    const given: Record<string, unknown> = { ...c.given, geometry: r.geometry };
    const code = typeof given.code === "string" ? given.code : null;
    if (code && seen.has(code)) problems.push({ path: "code", code: "duplicate_in_file", message: `Code ${code} appears more than once in the file.` });
    if (code) seen.add(code);
    if (input.target === "parcels") {
      const parkCode = c.parkCode;
      if (parkCode) {
        const park = parkByCode.get(parkCode);
        if (!park) problems.push({ path: "park_code", code: "unknown_park", message: `There is no business park ${parkCode}.` });
        else given.parkId = park.id;
      } else if (defaultPark) given.parkId = defaultPark.id;
      else if (input.parkId) problems.push({ path: "park", code: "unknown_park", message: "The chosen business park does not exist." });
    }
    const stored = code ? existingByCode.get(code) : undefined;
    let existing: Planned["existing"] = null;
    let merged: Record<string, unknown> = given;
    if (stored) {
      if (!canKeep(ctx.actor, stored.municipalityNis)) {
        problems.push({ path: "code", code: "code_taken", message: `Code ${code} belongs to a record you do not keep.` });
      } else {
        existing = { id: stored.id, version: stored.version };
        const base = input.target === "parks" ? parkAsInput(stored as typeof spaceParks.$inferSelect) : parcelAsInput(stored as typeof spaceParcels.$inferSelect);
        merged = { ...base, ...given, features: { ...(base.features ?? {}), ...((given.features as object) ?? {}) }, access: { ...(base.access ?? {}), ...((given.access as object) ?? {}) } };
      }
    }
    const schema = input.target === "parks" ? ParkInput : ParcelInput;
    const parsed = schema.safeParse(merged);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        if (issue.path[0] === "geometry") continue; // reported by the geometry check below
        problems.push({ path: issue.path.map(String).join("."), code: (issue as { params?: { code?: string } }).params?.code ?? issue.code, message: issue.message });
      }
    }
    const stated = typeof merged.statedAreaM2 === "number" ? merged.statedAreaM2 : null;
    const check = inspectSurface(merged.geometry, stated);
    for (const p of check.problems) problems.push({ path: "geometry", code: p.code, message: p.message, params: p.params });
    let nis = typeof merged.municipalityNis === "string" ? merged.municipalityNis : null;
    if (!nis && input.target === "parcels" && merged.parkId) nis = parks.find((p) => p.id === merged.parkId)?.municipalityNis ?? null;
    if (nis && !known.has(nis)) problems.push({ path: "municipality_nis", code: "unknown_municipality", message: `There is no municipality with NIS code ${nis}.` });
    else if (nis && !canKeep(ctx.actor, nis)) problems.push({ path: "municipality_nis", code: "forbidden_municipality", message: "You keep only the space of your own municipality." });
    else if (!nis && input.target === "parcels" && !merged.parkId) problems.push({ path: "municipality_nis", code: "required", message: "A parcel without a park needs its municipality." });
    out.push({
      report: { row: r.row, label: code ?? `#${r.row}`, code, action: problems.length > 0 ? "invalid" : existing ? "update" : "create", areaM2: check.areaM2, problems },
      given,
      existing,
    });
  }
  return out;
}

