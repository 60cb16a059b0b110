import { describe, expect, it } from "vitest";
import { parseImportFile, parseWkt } from "./import-parse.js";
import { rowToInput } from "./import-rows.js";
import { parcelNode, toWkt } from "./jsonld.js";

describe("reading import files", () => {
  it("reads GeoJSON features with their index, and a lone Feature", () => {
    const file = parseImportFile(JSON.stringify({ type: "FeatureCollection", features: [{ type: "Feature", properties: { code: "A" }, geometry: null }, { type: "Nope" }] }), "geojson");
    expect(file.rows.map((r) => [r.row, r.props.code ?? null, r.problems.map((p) => p.code)])).toEqual([[0, "A", []], [1, null, ["not_a_feature"]]]);
    expect(parseImportFile(JSON.stringify({ type: "Feature", properties: {}, geometry: null }), "geojson").rows).toHaveLength(1);
  });

  it("reports a bad file as a whole", () => {
    expect(parseImportFile("", "geojson").fileProblems[0].code).toBe("empty_file");
    expect(parseImportFile("{", "geojson").fileProblems[0].code).toBe("invalid_json");
    expect(parseImportFile('{"type":"Point"}', "geojson").fileProblems[0].code).toBe("not_a_feature_collection");
    expect(parseImportFile("code;zoning\nA;x\n", "csv").fileProblems[0].code).toBe("missing_column");
    expect(parseImportFile("code,geometry\n", "csv").fileProblems[0].code).toBe("no_rows");
  });

  it("reads CSV with comma or semicolon, line numbers from the header, the contour as WKT or GeoJSON text", () => {
    const csv = 'code;geometry;availability\nA;"POLYGON ((5.5 50.9, 5.51 50.9, 5.51 50.91, 5.5 50.9))";available\nB;"{""type"":""Polygon"",""coordinates"":[]}";\nC;nonsense;\n';
    const file = parseImportFile(csv, "csv");
    expect(file.rows.map((r) => r.row)).toEqual([2, 3, 4]);
    expect(file.rows[0].geometry).toEqual({ type: "Polygon", coordinates: [[[5.5, 50.9], [5.51, 50.9], [5.51, 50.91], [5.5, 50.9]]] });
    expect(file.rows[0].props).toEqual({ code: "A", availability: "available" });
    expect(file.rows[1].geometry).toEqual({ type: "Polygon", coordinates: [] });
    expect(file.rows[2].problems[0].code).toBe("invalid_geometry");
  });

  it("round-trips WKT for polygons and multipolygons", () => {
    const poly = { type: "Polygon", coordinates: [[[5.5, 50.9], [5.51, 50.9], [5.51, 50.91], [5.5, 50.9]]] };
    const multi = { type: "MultiPolygon", coordinates: [poly.coordinates, poly.coordinates] };
    expect(parseWkt(toWkt(poly)!)).toEqual(poly);
    expect(parseWkt(toWkt(multi)!)).toEqual(multi);
    expect(parseWkt("LINESTRING (1 2, 3 4)")).toBeNull();
  });
});

describe("import rows", () => {
  it("converts Dutch and English text values and only the columns given", () => {
    const r = rowToInput("parcels", { code: "A", salePriceEurM2: "1.250,50", preemption_right: "ja", heat_network: "nee", motorway_km: "2,5", allowed_nace: "C; 46", park_code: "P1" });
    expect(r.problems).toEqual([]);
    expect(r.parkCode).toBe("P1");
    expect(r.given).toEqual({ code: "A", salePricePerM2Cents: 125050, preemptionRight: true, features: { heatNetwork: false }, access: { motorwayKm: 2.5 }, allowedNace: ["C", "46"] });
    expect(rowToInput("parcels", { code: "B", rail_km: "ver", bike_route: "misschien" }).problems.map((p) => p.path)).toEqual(["rail_km", "bike_route"]);
  });

  it("writes an OSLO Bedrijventerreinperceel node without confidential fields", () => {
    const node = parcelNode({ id: "00000000-0000-4000-8000-000000000001", code: "A", parkId: null, areaM2: 100, geometry: { type: "Polygon", coordinates: [[[5.5, 50.9], [5.51, 50.9], [5.5, 50.9]]] }, availability: "in_use", zoning: null, restrictions: "Geen" } as never);
    expect(node).toMatchObject({ "@type": "bt:Bedrijventerreinperceel", "adms:identifier": "A", "bt:inGebruik": true, "bt:beperking": "Geen" });
  });
});
