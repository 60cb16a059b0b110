import { parse } from "csv-parse/sync";
import type { z } from "zod";
import type { ImportRowProblem } from "../../../contracts/space-supply.js";

/*
 * Reading an import file into rows of flat properties and a geometry, before any check of their meaning.
 * GeoJSON: a FeatureCollection (or one Feature); row = feature index (0-based). CSV: comma or semicolon separated
 * with a header line; row = line number (the header is line 1); the contour in the column "geometry" as GeoJSON
 * text or WKT.
 */

type Problem = z.infer<typeof ImportRowProblem>;
export interface RawRow { row: number; props: Record<string, unknown>; geometry: unknown; problems: Problem[] }
export interface ParsedFile { rows: RawRow[]; fileProblems: Problem[] }

export const MAX_ROWS = 5000;
const fileProblem = (code: string, message: string): ParsedFile => ({ rows: [], fileProblems: [{ path: "file", code, message }] });

export function parseImportFile(text: string, format: "geojson" | "csv"): ParsedFile {
  if (text.trim() === "") return fileProblem("empty_file", "The file is empty.");
  return format === "geojson" ? parseGeoJson(text) : parseCsv(text);
}

function parseGeoJson(text: string): ParsedFile {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return fileProblem("invalid_json", "The file is not valid JSON.");
  }
  const d = doc as { type?: unknown; features?: unknown };
  const features = d?.type === "FeatureCollection" && Array.isArray(d.features) ? d.features : d?.type === "Feature" ? [d] : null;
  if (!features) return fileProblem("not_a_feature_collection", "A GeoJSON FeatureCollection (or Feature) is expected.");
  if (features.length === 0) return fileProblem("no_rows", "The file holds no features.");
  if (features.length > MAX_ROWS) return fileProblem("too_many_rows", `At most ${MAX_ROWS} features per import.`);
  return {
    fileProblems: [],
    rows: features.map((f, i) => {
      const feature = f as { type?: unknown; properties?: unknown; geometry?: unknown };
      const problems: Problem[] = [];
      if (feature?.type !== "Feature") problems.push({ path: "feature", code: "not_a_feature", message: "This element is not a GeoJSON Feature." });
      const props = feature?.properties && typeof feature.properties === "object" ? (feature.properties as Record<string, unknown>) : {};
      return { row: i, props, geometry: feature?.geometry ?? null, problems };
    }),
  };
}

function parseCsv(text: string): ParsedFile {
  const body = text.replace(/^\uFEFF/, "");
  const firstLine = body.split(/\r?\n/, 1)[0];
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  let records: string[][];
  try {
    records = parse(body, { delimiter, relax_column_count: true, skip_empty_lines: true, trim: true }) as string[][];
  } catch (err) {
    return fileProblem("invalid_csv", `The file is not valid CSV: ${(err as Error).message}`);
  }
  if (records.length < 2) return fileProblem("no_rows", "The file has a header line but no rows.");
  if (records.length - 1 > MAX_ROWS) return fileProblem("too_many_rows", `At most ${MAX_ROWS} rows per import.`);
  const header = records[0].map((h) => h.trim().toLowerCase());
  if (!header.includes("code")) return fileProblem("missing_column", "The header must have a column code.");
  if (!header.includes("geometry")) return fileProblem("missing_column", "The header must have a column geometry.");
  return {
    fileProblems: [],
    rows: records.slice(1).map((rec, i) => {
      const props: Record<string, unknown> = {};
      header.forEach((h, j) => {
        if (h !== "geometry" && rec[j] !== undefined && rec[j] !== "") props[h] = rec[j];
      });
      const problems: Problem[] = [];
      const g = rec[header.indexOf("geometry")] ?? "";
      let geometry: unknown = null;
      if (g.trim().startsWith("{")) {
        try {
          geometry = JSON.parse(g);
        } catch {
          problems.push({ path: "geometry", code: "invalid_geometry", message: "The geometry is not valid GeoJSON text." });
        }
      } else if (g.trim() !== "") {
        geometry = parseWkt(g);
        if (!geometry) problems.push({ path: "geometry", code: "invalid_geometry", message: "The geometry is neither GeoJSON nor WKT POLYGON/MULTIPOLYGON." });
      }
      return { row: i + 2, props, geometry, problems };
    }),
  };
}

/** WKT POLYGON / MULTIPOLYGON (lon lat order) to GeoJSON; null when it cannot be read. */
export function parseWkt(text: string): unknown {
  const t = text.trim();
  const m = /^(MULTIPOLYGON|POLYGON)\s*(\(.*\))$/is.exec(t);
  if (!m) return null;
  try {
    const json = m[2]
      .replace(/(-?\d+(?:\.\d+)?(?:e-?\d+)?)\s+(-?\d+(?:\.\d+)?(?:e-?\d+)?)(?:\s+-?\d+(?:\.\d+)?)?/gi, "[$1,$2]")
      .replace(/\(/g, "[")
      .replace(/\)/g, "]");
    const coordinates = JSON.parse(json);
    return { type: m[1].toUpperCase() === "POLYGON" ? "Polygon" : "MultiPolygon", coordinates };
  } catch {
    return null;
  }
}
