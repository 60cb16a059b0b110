import type { ErrorDetail } from "../../../contracts/errors.js";
import type { GeometryProblem } from "../../../contracts/space.js";
import { validation } from "../../platform/errors.js";
import { checkSurface, isInsideRegion } from "./geometry.js";

/*
 * Geometry as the supply verbs store it: a checked contour with its computed area and bounding box, or a point
 * (premises). Problems come back as validation details on the given path with the geometry check's codes
 * (invalid_geometry, self_intersecting, outside_limburg, area_mismatch) so the UI translates them.
 */

export interface Bbox {
  minLon: number;
  minLat: number;
  maxLon: number;
  maxLat: number;
}

export interface CheckedSurface {
  geometry: unknown;
  areaM2: number;
  bbox: Bbox;
}

export function problemDetails(problems: GeometryProblem[], path: string): ErrorDetail[] {
  return problems.map((p) => ({ path, code: p.code, message: p.message }));
}

function collectPositions(coordinates: unknown, out: number[][]): void {
  if (!Array.isArray(coordinates)) return;
  if (coordinates.length >= 2 && typeof coordinates[0] === "number") {
    out.push(coordinates as number[]);
    return;
  }
  for (const c of coordinates) collectPositions(c, out);
}

export function bboxOf(geometry: unknown): Bbox | null {
  const positions: number[][] = [];
  collectPositions((geometry as { coordinates?: unknown } | null)?.coordinates, positions);
  if (positions.length === 0) return null;
  let minLon = Infinity, minLat = Infinity, maxLon = -Infinity, maxLat = -Infinity;
  for (const [lon, lat] of positions) {
    minLon = Math.min(minLon, lon);
    maxLon = Math.max(maxLon, lon);
    minLat = Math.min(minLat, lat);
    maxLat = Math.max(maxLat, lat);
  }
  return { minLon, minLat, maxLon, maxLat };
}

/** The geometry's problems and area (null area when it cannot be measured). */
export function inspectSurface(geometry: unknown, statedAreaM2: number | null | undefined) {
  return checkSurface(geometry, { statedAreaM2: statedAreaM2 ?? null });
}

/** A valid contour inside Limburg (and agreeing with the stated area), or a validation error. */
export function requireSurface(geometry: unknown, statedAreaM2: number | null | undefined, path = "geometry"): CheckedSurface {
  const check = inspectSurface(geometry, statedAreaM2);
  if (!check.ok || check.areaM2 === null) throw validation(problemDetails(check.problems, path), "The geometry is not valid.");
  const { type, coordinates } = geometry as { type: string; coordinates: unknown };
  return { geometry: { type, coordinates }, areaM2: check.areaM2, bbox: bboxOf(geometry)! };
}

/** A premises' location: a Point inside Limburg, or a valid contour (whose bbox centre becomes the point). */
export function requireLocation(geometry: unknown, path = "geometry"): { geometry: unknown; lon: number; lat: number } {
  const g = geometry as { type?: unknown; coordinates?: unknown };
  if (g?.type === "Point") {
    const c = g.coordinates;
    const ok = Array.isArray(c) && c.length === 2 && c.every((x) => typeof x === "number" && Number.isFinite(x)) && Math.abs(c[0]) <= 180 && Math.abs(c[1]) <= 90;
    if (!ok) throw validation([{ path, code: "invalid_geometry", message: "A point is [longitude, latitude] in numbers." }], "The geometry is not valid.");
    const [lon, lat] = c as number[];
    const d = 1e-6;
    const tiny = { type: "Polygon" as const, coordinates: [[[lon - d, lat - d], [lon + d, lat - d], [lon + d, lat + d], [lon - d, lat + d], [lon - d, lat - d]]] };
    if (!isInsideRegion(tiny)) throw validation([{ path, code: "outside_limburg", message: "The point does not lie inside the province of Limburg." }], "The geometry is not valid.");
    return { geometry: { type: "Point", coordinates: [lon, lat] }, lon, lat };
  }
  const s = requireSurface(geometry, null, path);
  return { geometry: s.geometry, lon: (s.bbox.minLon + s.bbox.maxLon) / 2, lat: (s.bbox.minLat + s.bbox.maxLat) / 2 };
}
