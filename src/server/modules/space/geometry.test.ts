import { describe, expect, it } from "vitest";
import type { Polygon } from "geojson";
import { MUNICIPALITIES } from "../../../../seed/geography/index.js";
import { checkStatedArea, checkSurface, isInsideRegion, parseSurface } from "./geometry.js";

const R = 6_371_008.8; // mean earth radius, as @turf/area uses it
const rad = (d: number) => (d * Math.PI) / 180;

/** A rectangle between two meridians and two parallels, counter-clockwise. */
function rect(lon0: number, lat0: number, lon1: number, lat1: number): Polygon {
  return { type: "Polygon", coordinates: [[[lon0, lat0], [lon1, lat0], [lon1, lat1], [lon0, lat1], [lon0, lat0]]] };
}

/** A square of `side` metres with its south-west corner at (lon, lat). */
function squareMetres(lon: number, lat: number, side: number): Polygon {
  const dLat = side / (R * rad(1));
  const dLon = side / (R * rad(1) * Math.cos(rad(lat + dLat / 2)));
  return rect(lon, lat, lon + dLon, lat + dLat);
}

const point = (lon: number, lat: number) => squareMetres(lon, lat, 20);

describe("checkSurface: a valid parcel", () => {
  it("accepts a square in Genk and measures it geodesically", () => {
    // Exact area of a lat/lon rectangle on the sphere: R² · Δλ · (sin φ1 − sin φ0).
    const g = rect(5.5, 50.96, 5.51, 50.97);
    const expected = R * R * rad(0.01) * (Math.sin(rad(50.97)) - Math.sin(rad(50.96)));
    const result = checkSurface(g, { statedAreaM2: expected });
    expect(result.ok).toBe(true);
    expect(result.problems).toEqual([]);
    expect(result.areaM2).toBeCloseTo(expected, 0);
    // About 77.9 ha: 0.01° is ~700 m of longitude and ~1,112 m of latitude here.
    expect(expected).toBeGreaterThan(778_000);
    expect(expected).toBeLessThan(779_500);
    expect(result.areaHa).toBeCloseTo(expected / 10_000, 3);
  });

  it("measures a 100 m square as one hectare", () => {
    const result = checkSurface(squareMetres(5.5021, 50.9661, 100));
    expect(result.ok).toBe(true);
    expect(result.areaM2).toBeGreaterThan(9_990);
    expect(result.areaM2).toBeLessThan(10_010);
    expect(result.areaHa).toBeCloseTo(1, 2);
  });

  it("subtracts holes and accepts a MultiPolygon", () => {
    const outer = rect(5.5, 50.96, 5.51, 50.97).coordinates[0];
    const hole = [[5.502, 50.962], [5.502, 50.964], [5.504, 50.964], [5.504, 50.962], [5.502, 50.962]];
    const withHole = checkSurface({ type: "Polygon", coordinates: [outer, hole] });
    const full = checkSurface({ type: "Polygon", coordinates: [outer] });
    expect(withHole.ok).toBe(true);
    expect(withHole.areaM2!).toBeLessThan(full.areaM2!);
    const two = checkSurface({ type: "MultiPolygon", coordinates: [squareMetres(5.34, 50.92, 100).coordinates, squareMetres(5.36, 50.92, 100).coordinates] });
    expect(two.ok).toBe(true);
    expect(two.areaM2).toBeCloseTo(20_000, -2);
  });
});

describe("checkSurface: problems", () => {
  it("refuses a bow-tie as self-intersecting", () => {
    const bowTie = { type: "Polygon", coordinates: [[[5.5, 50.96], [5.51, 50.97], [5.51, 50.96], [5.5, 50.97], [5.5, 50.96]]] };
    const result = checkSurface(bowTie, { statedAreaM2: 1000 });
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.code)).toEqual(["self_intersecting"]);
    expect(result.problems[0].params).toMatchObject({ crossings: 1 });
    expect(result.problems[0].params.lon).toBeCloseTo(5.505, 6);
    expect(result.areaM2).toBeNull(); // not trusted, and no area_mismatch reported on top
  });

  it("refuses a parcel in Brussels and one in Maastricht as outside Limburg", () => {
    for (const [lon, lat] of [[4.3517, 50.8503], [5.6886, 50.8487]]) {
      const result = checkSurface(squareMetres(lon, lat, 100));
      expect(result.problems.map((p) => p.code)).toEqual(["outside_limburg"]);
      expect(result.areaM2).toBeGreaterThan(9_900); // still measured
    }
  });

  it("refuses a parcel that straddles the border", () => {
    // From Lanaken (inside) to Maastricht (outside).
    const result = checkSurface(rect(5.64, 50.85, 5.69, 50.86));
    expect(result.problems.map((p) => p.code)).toEqual(["outside_limburg"]);
  });

  it("reports an area mismatch beyond the tolerance, with its figures", () => {
    const g = squareMetres(5.3447, 50.9215, 100); // Hasselt, ~10,000 m²
    expect(checkSurface(g, { statedAreaM2: 10_400 }).ok).toBe(true); // 4 %
    const result = checkSurface(g, { statedAreaM2: 11_000 });
    expect(result.problems.map((p) => p.code)).toEqual(["area_mismatch"]);
    expect(result.problems[0].params).toMatchObject({ statedM2: 11_000, tolerancePercent: 5 });
    expect(result.problems[0].params.differencePercent).toBeCloseTo(9.1, 0);
    expect(checkSurface(g, { statedAreaM2: 11_000, areaTolerance: 0.1 }).ok).toBe(true);
  });

  it("checkStatedArea compares relative to the stated area", () => {
    expect(checkStatedArea(10_000, 10_500)).toBeNull();
    expect(checkStatedArea(10_000, 9_000)?.code).toBe("area_mismatch");
    expect(checkStatedArea(10_000, 9_000, 0.2)).toBeNull();
  });

  it("reports several problems of one contour together", () => {
    const result = checkSurface(squareMetres(4.3517, 50.8503, 100), { statedAreaM2: 50_000 });
    expect(result.problems.map((p) => p.code)).toEqual(["outside_limburg", "area_mismatch"]);
  });

  it.each([
    ["null", null, "not_an_object"],
    ["a point", { type: "Point", coordinates: [5.5, 50.9] }, "unsupported_type"],
    ["no rings", { type: "Polygon", coordinates: [] }, "empty"],
    ["an open ring", { type: "Polygon", coordinates: [[[5.5, 50.96], [5.51, 50.96], [5.51, 50.97], [5.5, 50.97]]] }, "ring_not_closed"],
    ["a short ring", { type: "Polygon", coordinates: [[[5.5, 50.96], [5.51, 50.96], [5.5, 50.96]]] }, "ring_too_short"],
    ["a text coordinate", { type: "Polygon", coordinates: [[[5.5, "50.96"], [5.51, 50.96], [5.51, 50.97], [5.5, 50.96]]] }, "bad_position"],
    ["swapped out of range", { type: "Polygon", coordinates: [[[50.96, 95.5], [50.97, 95.5], [50.97, 95.51], [50.96, 95.5]]] }, "out_of_range"],
    ["a zero-area ring", { type: "Polygon", coordinates: [[[5.5, 50.96], [5.5, 50.96], [5.5, 50.96], [5.5, 50.96]]] }, "zero_area"],
  ])("refuses %s as invalid geometry", (_label, input, reason) => {
    const result = checkSurface(input);
    expect(result.ok).toBe(false);
    expect(result.problems[0].code).toBe("invalid_geometry");
    expect(result.problems[0].params.reason).toBe(reason);
    expect(result.problems[0].message.length).toBeGreaterThan(10);
  });

  it("refuses a hole outside its outer ring", () => {
    const outer = rect(5.5, 50.96, 5.501, 50.961).coordinates[0];
    const hole = [[5.502, 50.962], [5.502, 50.963], [5.503, 50.963], [5.503, 50.962], [5.502, 50.962]];
    const result = checkSurface({ type: "Polygon", coordinates: [outer, hole] });
    expect(result.problems.map((p) => p.params.reason)).toEqual(["hole_outside_shell"]);
  });

  it("parseSurface keeps a valid geometry as it is", () => {
    const g = squareMetres(5.5, 50.9, 50);
    expect(parseSurface(g)).toEqual({ surface: g });
  });
});

describe("the Limburg outline", () => {
  it("contains Genk, Hasselt, Lommel and Tongeren", () => {
    for (const [lon, lat] of [[5.5021, 50.9661], [5.3447, 50.9215], [5.311, 51.2304], [5.4594, 50.7805]]) {
      expect(isInsideRegion(point(lon, lat))).toBe(true);
    }
  });

  it("contains the reference point of each of the 38 municipalities", () => {
    expect(MUNICIPALITIES).toHaveLength(38);
    const outside = MUNICIPALITIES.filter((m) => !isInsideRegion(point(m.lon, m.lat))).map((m) => m.nameNl);
    expect(outside).toEqual([]);
  });

  it.each([
    ["Brussels", 4.3517, 50.8503],
    ["Antwerp", 4.4025, 51.2194],
    ["Liège", 5.5797, 50.6326],
    ["Mol", 5.1163, 51.1914],
    ["Maastricht", 5.6886, 50.8487],
    ["Eijsden", 5.7106, 50.7775],
    ["Eindhoven", 5.4697, 51.4416],
    ["Weert", 5.7083, 51.2517],
    ["Budel", 5.5747, 51.2736],
    ["Sittard", 5.8694, 50.9986],
    ["Stein", 5.7667, 50.9694],
  ])("leaves out %s", (_name, lon, lat) => {
    expect(isInsideRegion(point(lon, lat))).toBe(false);
  });
});
