/*
 * Checks of a parcel or park contour, for imports (a dry run reports every row's problems) and for forms.
 *
 * - Structure: a GeoJSON Polygon or MultiPolygon in WGS84 [lon, lat]; every ring closed with at least four
 *   positions, finite coordinates within range, every hole inside its outer ring.
 * - No self-intersection: no two edges of the contour cross or touch, within a ring or between rings
 *   (@turf/kinks).
 * - Inside Limburg: the whole contour lies within the approximate outline in limburg-bounds.ts
 *   (@turf/boolean-within).
 * - Area: geodesic, on the WGS84 authalic sphere (@turf/area), in m² and ha; a stated area must agree with
 *   it within a tolerance (5 % unless told otherwise).
 *
 * A geometry that is malformed gets one invalid_geometry problem and nothing else is checked; a
 * self-intersecting one is still checked against Limburg, but its area is not trusted.
 */
import { area as turfArea } from "@turf/area";
import { booleanWithin } from "@turf/boolean-within";
import { kinks } from "@turf/kinks";
import type { MultiPolygon, Polygon, Position } from "geojson";
import type { GeometryCheck, GeometryProblem, GeometryProblemCode } from "../../../contracts/space.js";
import { LIMBURG_OUTLINE } from "./limburg-bounds.js";

export const DEFAULT_AREA_TOLERANCE = 0.05;
/** Contours with more vertices than this are refused: the self-intersection check is quadratic. */
export const MAX_VERTICES = 20_000;

export interface GeometryCheckOptions {
  /** The area the source states, in m²; null or absent: nothing to compare. */
  statedAreaM2?: number | null;
  /** Allowed relative difference between stated and computed area (0.05 = 5 %). */
  areaTolerance?: number;
  /** The region the contour must lie in; Limburg's outline unless told otherwise. */
  region?: Polygon | MultiPolygon;
}

type Params = GeometryProblem["params"];
const problem = (code: GeometryProblemCode, message: string, params: Params = {}): GeometryProblem => ({ code, message, params });
const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

type Surface = Polygon | MultiPolygon;

/** Structural check; returns the first problem found, or the well-formed surface. */
export function parseSurface(input: unknown): { surface: Surface } | { problem: GeometryProblem } {
  const invalid = (reason: string, message: string, params: Params = {}) => ({ problem: problem("invalid_geometry", message, { reason, ...params }) });
  if (typeof input !== "object" || input === null) return invalid("not_an_object", "The geometry is missing or not an object.");
  const g = input as { type?: unknown; coordinates?: unknown };
  if (g.type !== "Polygon" && g.type !== "MultiPolygon") {
    return invalid("unsupported_type", `The geometry must be a Polygon or MultiPolygon, not ${String(g.type)}.`, { type: String(g.type) });
  }
  if (!Array.isArray(g.coordinates) || g.coordinates.length === 0) return invalid("empty", "The geometry has no coordinates.");
  const polygons = (g.type === "Polygon" ? [g.coordinates] : g.coordinates) as unknown[];
  let vertices = 0;
  for (let p = 0; p < polygons.length; p++) {
    const rings = polygons[p];
    if (!Array.isArray(rings) || rings.length === 0) return invalid("empty", `Polygon ${p + 1} has no rings.`, { polygon: p + 1 });
    for (let r = 0; r < rings.length; r++) {
      const ring = rings[r];
      const where = { polygon: p + 1, ring: r + 1 };
      const label = `Ring ${r + 1} of polygon ${p + 1}`;
      if (!Array.isArray(ring)) return invalid("bad_ring", `${label} is not a list of positions.`, where);
      for (let i = 0; i < ring.length; i++) {
        const pos = ring[i];
        if (!Array.isArray(pos) || pos.length < 2 || pos.length > 3 || !pos.every((c) => typeof c === "number" && Number.isFinite(c))) {
          return invalid("bad_position", `${label}, position ${i + 1}: a position is [longitude, latitude] in numbers.`, { ...where, position: i + 1 });
        }
        if (Math.abs(pos[0]) > 180 || Math.abs(pos[1]) > 90) {
          return invalid("out_of_range", `${label}, position ${i + 1}: longitude must lie within ±180 and latitude within ±90.`, { ...where, position: i + 1 });
        }
      }
      if (ring.length < 4) return invalid("ring_too_short", `${label} has ${ring.length} positions; a ring needs at least 4.`, { ...where, positions: ring.length });
      const first = ring[0] as number[];
      const last = ring[ring.length - 1] as number[];
      if (first[0] !== last[0] || first[1] !== last[1]) return invalid("ring_not_closed", `${label} is not closed: its last position must equal its first.`, where);
      vertices += ring.length;
    }
  }
  if (vertices > MAX_VERTICES) return invalid("too_many_vertices", `The geometry has ${vertices} positions; at most ${MAX_VERTICES} are accepted.`, { vertices, max: MAX_VERTICES });
  return { surface: { type: g.type, coordinates: g.coordinates } as Surface };
}

/** Geodesic area of a well-formed surface (holes subtracted), in m². */
export function surfaceAreaM2(surface: Surface): number {
  return turfArea(surface);
}

export const m2ToHa = (m2: number) => m2 / 10_000;

/** An area_mismatch problem when the stated area differs from the computed one by more than the tolerance. */
export function checkStatedArea(computedM2: number, statedM2: number, tolerance = DEFAULT_AREA_TOLERANCE): GeometryProblem | null {
  const difference = Math.abs(computedM2 - statedM2) / statedM2;
  if (difference <= tolerance) return null;
  return problem(
    "area_mismatch",
    `The stated area (${round(statedM2, 0)} m²) differs from the area of the geometry (${round(computedM2, 0)} m²) by ${round(difference * 100, 1)} %; at most ${round(tolerance * 100, 1)} % is accepted.`,
    { statedM2: round(statedM2, 2), computedM2: round(computedM2, 2), differencePercent: round(difference * 100, 2), tolerancePercent: round(tolerance * 100, 2) },
  );
}

function polygonsOf(surface: Surface): Position[][][] {
  return surface.type === "Polygon" ? [surface.coordinates] : surface.coordinates;
}

function holeOutsideShell(surface: Surface): GeometryProblem | null {
  const polygons = polygonsOf(surface);
  for (let p = 0; p < polygons.length; p++) {
    const [shell, ...holes] = polygons[p];
    for (let h = 0; h < holes.length; h++) {
      if (!booleanWithin({ type: "Polygon", coordinates: [holes[h]] }, { type: "Polygon", coordinates: [shell] })) {
        return problem("invalid_geometry", `Ring ${h + 2} of polygon ${p + 1} is a hole that does not lie inside the polygon's outer ring.`, {
          reason: "hole_outside_shell",
          polygon: p + 1,
          ring: h + 2,
        });
      }
    }
  }
  return null;
}

/** True when the whole surface lies inside the region (Limburg's outline by default). */
export function isInsideRegion(surface: Surface, region: Polygon | MultiPolygon = LIMBURG_OUTLINE): boolean {
  return polygonsOf(surface).every((rings) => booleanWithin({ type: "Polygon", coordinates: [rings[0]] }, region));
}

/**
 * Every problem of a parcel or park contour, with its geodesic area. `ok` is true when there are none.
 */
export function checkSurface(input: unknown, options: GeometryCheckOptions = {}): GeometryCheck {
  const parsed = parseSurface(input);
  if ("problem" in parsed) return { ok: false, problems: [parsed.problem], areaM2: null, areaHa: null };
  const surface = parsed.surface;
  const problems: GeometryProblem[] = [];

  const crossings = kinks(surface).features;
  if (crossings.length > 0) {
    const [lon, lat] = crossings[0].geometry.coordinates;
    problems.push(
      problem("self_intersecting", `The contour crosses itself (${crossings.length} crossing${crossings.length === 1 ? "" : "s"}, the first near ${round(lat, 6)}, ${round(lon, 6)}).`, {
        crossings: crossings.length,
        lon: round(lon, 7),
        lat: round(lat, 7),
      }),
    );
  } else {
    const hole = holeOutsideShell(surface);
    if (hole) problems.push(hole);
  }

  if (!isInsideRegion(surface, options.region)) {
    problems.push(problem("outside_limburg", "The contour does not lie (wholly) inside the province of Limburg.", {}));
  }

  const areaM2 = surfaceAreaM2(surface);
  const trusted = problems.every((p) => p.code !== "self_intersecting" && p.code !== "invalid_geometry");
  if (trusted && areaM2 < 0.01) {
    problems.push(problem("invalid_geometry", "The contour encloses no area.", { reason: "zero_area" }));
  } else if (trusted && options.statedAreaM2 != null) {
    const mismatch = checkStatedArea(areaM2, options.statedAreaM2, options.areaTolerance ?? DEFAULT_AREA_TOLERANCE);
    if (mismatch) problems.push(mismatch);
  }

  return { ok: problems.length === 0, problems, areaM2: trusted ? round(areaM2, 2) : null, areaHa: trusted ? round(m2ToHa(areaM2), 4) : null };
}
