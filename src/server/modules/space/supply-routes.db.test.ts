import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count } from "drizzle-orm";
import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { createTestApp, type TestApp } from "../../../../test/harness.js";
import type { Role } from "../../../contracts/identity.js";
import { auditLog } from "../../db/schema/audit.js";
import { spaceParcels, spaceParks } from "../../db/schema/space.js";
import { ensureMunicipalities } from "../../../../seed/factories/compass.js";
import { as, createUser, loginAs, type SignedIn } from "../../../../seed/factories/identity.js";
import { createTestParcel, createTestPark, parcelFeatureCollection, pointIn, squareAt } from "../../../../seed/factories/space.js";
import type { ParcelView, ParkView } from "../../../contracts/space-supply.js";

const GENK = "71016";
const HASSELT = "71072";
const now = () => new Date("2026-11-15T12:00:00Z");
let t: TestApp;
const s = {} as Record<Role | "hasselt", SignedIn>;
let genkPark: ParkView;
let hasseltPark: ParkView;
let secret: ParcelView;
const SECRET = "Vertrouwelijk: eigenaar onderhandelt met een buur";

const counts = async () => ({
  parks: Number((await t.database.db.select({ n: count() }).from(spaceParks))[0].n),
  parcels: Number((await t.database.db.select({ n: count() }).from(spaceParcels))[0].n),
  audit: Number((await t.database.db.select({ n: count() }).from(auditLog))[0].n),
});
const get = (url: string, who?: SignedIn) => t.app.inject({ method: "GET", url, headers: who ? as(who) : {} });
const send = (method: "POST" | "PATCH" | "DELETE", url: string, who: SignedIn | undefined, payload?: unknown) =>
  t.app.inject({ method, url, headers: who ? as(who) : {}, payload: payload as object });

beforeAll(async () => {
  t = await createTestApp({ now });
  await ensureMunicipalities(t.database);
  for (const role of ["administrator", "account_manager", "policy_analyst", "grant_officer", "reviewer", "municipality", "entrepreneur"] as Role[]) {
    const u = await createUser(t.database, { roles: [role], scopes: role === "municipality" ? [{ kind: "municipality", ref: GENK }] : [] });
    s[role] = await loginAs(t.app, u.email, u.password);
  }
  const h = await createUser(t.database, { roles: ["municipality"], scopes: [{ kind: "municipality", ref: HASSELT }] });
  s.hasselt = await loginAs(t.app, h.email, h.password);
  genkPark = await createTestPark(t.database, { municipalityNis: GENK, code: "GNK-1", name: "Genk Zuid Zone A", confNotes: "Park secret" });
  hasseltPark = await createTestPark(t.database, { municipalityNis: HASSELT, code: "HAS-1", name: "Hasselt Kolonel Dusart" });
  secret = await createTestParcel(t.database, { park: genkPark, code: "GNK-1-P1", availability: "available", strategic: true, confNotes: SECRET, confOwnerName: "Familie Janssens", confMinPricePerM2Cents: 7500, now });
  await createTestParcel(t.database, { park: genkPark, code: "GNK-1-P2", availability: "sold", now });
});
afterAll(async () => t.close());

describe("who keeps what", () => {
  it("lets agency staff read every park and a municipality user only its own", async () => {
    for (const role of ["administrator", "account_manager", "policy_analyst", "grant_officer"] as const) {
      const res = await get("/api/space/parks?limit=10", s[role]);
      expect(res.statusCode, role).toBe(200);
      expect(res.json().items.map((p: ParkView) => p.code).sort()).toEqual(["GNK-1", "HAS-1"]);
    }
    const own = await get("/api/space/parks", s.municipality);
    expect(own.json().items.map((p: ParkView) => p.code)).toEqual(["GNK-1"]);
    expect((await get(`/api/space/parks/${hasseltPark.id}`, s.municipality)).statusCode).toBe(404);
    expect((await get(`/api/space/parcels/${secret.id}`, s.hasselt)).statusCode).toBe(404);
    for (const role of ["reviewer", "entrepreneur"] as const) expect((await get("/api/space/parcels", s[role])).statusCode, role).toBe(403);
    expect((await get("/api/space/parcels")).statusCode).toBe(401);
    expect((await get("/api/space/map")).statusCode).toBe(401);
  });

  it("lets keepers write and refuses the others, changing nothing", async () => {
    const p = pointIn(GENK, 300, 300);
    const body = (code: string) => ({ parkId: genkPark.id, code, geometry: squareAt(p.lon, p.lat, 40) });
    expect((await send("POST", "/api/space/parcels", s.municipality, body("W1"))).statusCode).toBe(201);
    expect((await send("POST", "/api/space/parcels", s.account_manager, body("W2"))).statusCode).toBe(201);
    const before = await counts();
    expect((await send("POST", "/api/space/parcels", s.policy_analyst, body("W3"))).statusCode).toBe(403);
    expect((await send("POST", "/api/space/parcels", s.entrepreneur, body("W4"))).statusCode).toBe(403);
    expect((await send("POST", "/api/space/parcels", undefined, body("W5"))).statusCode).toBe(401);
    expect((await send("POST", "/api/space/parcels", s.hasselt, body("W6"))).json().error.details[0].code).toBe("unknown_park");
    const bad = await send("POST", "/api/space/parcels", s.municipality, { ...body("W7"), geometry: squareAt(6.5, 50.9, 40) });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details).toEqual([expect.objectContaining({ path: "geometry", code: "outside_limburg" })]);
    expect((await send("POST", "/api/space/parcels", s.municipality, { ...body("W8"), availability: "free" })).statusCode).toBe(400);
    expect(await counts()).toEqual(before);
  });

  it("changes only the fields a PATCH gives", async () => {
    const parcel = await createTestParcel(t.database, { park: genkPark, code: "PATCH-1", availability: "available", zoning: "KMO", now });
    const res = await send("PATCH", `/api/space/parcels/${parcel.id}`, s.municipality, { version: parcel.version, confNotes: "Alleen de nota" });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ parkId: genkPark.id, availability: "available", zoning: "KMO", confidential: { notes: "Alleen de nota" } });
    const park = await send("PATCH", `/api/space/parks/${genkPark.id}`, s.municipality, { version: (await get(`/api/space/parks/${genkPark.id}`, s.municipality)).json().version, features: { sharedSolar: true } });
    expect(park.statusCode, park.body).toBe(200);
    expect(park.json()).toMatchObject({ name: "Genk Zuid Zone A", kind: "regional", features: { sharedSolar: true }, confidential: { notes: "Park secret" } });
    expect((await send("PATCH", `/api/space/parcels/${parcel.id}`, s.municipality, { version: 99, bogus: 1 })).statusCode).toBe(400);
  });

  it("marks a parcel available through the availability endpoint, with an audit row", async () => {
    const parcel = await createTestParcel(t.database, { park: genkPark, code: "AV-1" });
    const res = await send("POST", `/api/space/parcels/${parcel.id}/availability`, s.municipality, { version: parcel.version, availability: "available" });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ availability: "available", availabilitySince: "2026-11-15", activatedOn: "2026-11-15" });
    expect((await send("POST", `/api/space/parcels/${parcel.id}/availability`, s.municipality, { version: parcel.version, availability: "sold" })).statusCode).toBe(409);
    expect((await send("POST", `/api/space/parcels/${parcel.id}/availability`, s.hasselt, { version: parcel.version + 1, availability: "sold" })).statusCode).toBe(404);
  });
});

describe("the public catalogue", () => {
  it("lists parks and the parcels on offer without any confidential field", async () => {
    const parcels = await get("/api/public/space/parcels?limit=100");
    expect(parcels.statusCode).toBe(200);
    const codes = parcels.json().items.map((p: { code: string }) => p.code);
    expect(codes).toContain("GNK-1-P1");
    expect(codes).not.toContain("GNK-1-P2"); // sold
    const everything = [parcels.body, (await get("/api/public/space/parks")).body, (await get(`/api/public/space/parcels/${secret.id}`)).body,
      (await get("/api/public/space/map")).body, (await get("/api/public/space/export/parcels.jsonld")).body,
      (await get("/api/public/space/export/parcels.csv")).body, (await get("/api/public/space/export/parks.geojson")).body,
      (await get(`/api/public/space/parks/${genkPark.id}`)).body].join("\n");
    for (const word of [SECRET, "Familie Janssens", "Park secret", "confidential", "strategic", "7500", "conf_"]) expect(everything).not.toContain(word);
    const staff = (await get(`/api/space/parcels/${secret.id}`, s.policy_analyst)).json();
    expect(staff.confidential).toMatchObject({ strategic: true, notes: SECRET, ownerName: "Familie Janssens", minPricePerM2Cents: 7500 });
  });

  it("answers not found for a parcel that is not on offer, and serves the map configuration", async () => {
    const sold = (await get("/api/space/parcels?availability=sold", s.administrator)).json().items[0];
    expect((await get(`/api/public/space/parcels/${sold.id}`)).statusCode).toBe(404);
    expect((await get("/api/public/space/map-config")).json()).toEqual({ tileUrl: null, attribution: null });
    const map = (await get("/api/public/space/map")).json();
    expect(map.type).toBe("FeatureCollection");
    expect(map.features.some((f: { properties: { layer: string } }) => f.properties.layer === "park")).toBe(true);
  });
});

describe("import and export", () => {
  const p = pointIn(GENK, 100, -100);
  const collection = (features: { properties: Record<string, unknown>; lon?: number; lat?: number; sideM?: number }[]) =>
    JSON.stringify(parcelFeatureCollection(features.map((f) => ({ lon: f.lon ?? p.lon, lat: f.lat ?? p.lat, sideM: f.sideM, properties: f.properties }))));

  it("reports each feature's problems in a dry run and changes nothing", async () => {
    const content = JSON.stringify({
      type: "FeatureCollection",
      features: [
        JSON.parse(collection([{ properties: { code: "IMP-OK", zoning: "KMO-zone", stated_area_m2: 10_000 } }])).features[0],
        { type: "Feature", properties: { code: "IMP-BOW" }, geometry: { type: "Polygon", coordinates: [[[p.lon, p.lat], [p.lon + 0.001, p.lat + 0.001], [p.lon + 0.001, p.lat], [p.lon, p.lat + 0.001], [p.lon, p.lat]]] } },
        JSON.parse(collection([{ properties: { code: "IMP-BXL" }, lon: 4.35, lat: 50.85 }])).features[0],
        JSON.parse(collection([{ properties: { code: "IMP-AREA", stated_area_m2: 30_000 } }])).features[0],
        JSON.parse(collection([{ properties: { code: "IMP-BAD", availability: "gratis", motorway_km: "dichtbij" } }])).features[0],
      ],
    });
    const before = await counts();
    const res = await send("POST", `/api/space/imports?target=parcels&park=${genkPark.id}`, s.municipality, { format: "geojson", content });
    expect(res.statusCode).toBe(200);
    const report = res.json();
    expect(report.counts).toEqual({ total: 5, create: 1, update: 0, invalid: 4 });
    const codesOf = (row: number) => report.rows.find((r: { row: number }) => r.row === row).problems.map((x: { code: string }) => x.code);
    expect(codesOf(0)).toEqual([]);
    expect(codesOf(1)).toContain("self_intersecting");
    expect(codesOf(2)).toContain("outside_limburg");
    expect(codesOf(3)).toEqual(["area_mismatch"]);
    expect(codesOf(4)).toContain("invalid_value");
    expect(await counts()).toEqual(before);
    const apply = await send("POST", `/api/space/imports?target=parcels&park=${genkPark.id}&dryRun=false`, s.municipality, { format: "geojson", content });
    expect(apply.statusCode).toBe(400);
    expect(apply.json().error.details.map((d: { path: string }) => d.path)).toContain("feature 1: geometry");
    expect(await counts()).toEqual(before);
  });

  it("applies a valid GeoJSON file uploaded as a file into the chosen park, all rows audited", async () => {
    const content = collection([{ properties: { code: "IMP-A", zoning: "Regionaal bedrijventerrein", allowed_nace: "C;46" } }, { properties: { code: "IMP-B", availability: "available" }, lon: p.lon + 0.003 }]);
    const boundary = "----koers";
    const payload = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="percelen.geojson"\r\nContent-Type: application/geo+json\r\n\r\n${content}\r\n--${boundary}--\r\n`;
    const res = await t.app.inject({
      method: "POST", url: `/api/space/imports?target=parcels&park=${genkPark.id}&dryRun=false`, payload,
      headers: { ...as(s.municipality), "content-type": `multipart/form-data; boundary=${boundary}` },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ applied: true, counts: { total: 2, create: 2, invalid: 0 } });
    const list = (await get(`/api/space/parcels?park=${genkPark.id}&q=IMP-&limit=50`, s.municipality)).json();
    expect(list.items.map((x: ParcelView) => x.code).sort()).toEqual(["IMP-A", "IMP-B"]);
    expect(list.items.find((x: ParcelView) => x.code === "IMP-A").allowedNace).toEqual(["C", "46"]);
    expect(list.items.find((x: ParcelView) => x.code === "IMP-B").activatedOn).toBe("2026-11-15");
  });

  it("refuses a file of another municipality's parcels, a bad file, and roles that keep nothing", async () => {
    const before = await counts();
    const h = pointIn(HASSELT, 0, 0);
    const hasseltRows = JSON.stringify(parcelFeatureCollection([{ lon: h.lon, lat: h.lat, properties: { code: "HX-1", municipality_nis: HASSELT } }]));
    const dry = (await send("POST", "/api/space/imports?target=parcels", s.municipality, { format: "geojson", content: hasseltRows })).json();
    expect(dry.rows[0].problems.map((x: { code: string }) => x.code)).toContain("forbidden_municipality");
    const garbage = await send("POST", "/api/space/imports?target=parcels&dryRun=false", s.municipality, { format: "geojson", content: "{not json" });
    expect(garbage.statusCode).toBe(400);
    expect(garbage.json().error.details[0].code).toBe("invalid_json");
    expect((await send("POST", "/api/space/imports?target=parcels", s.policy_analyst, { format: "geojson", content: hasseltRows })).statusCode).toBe(403);
    expect((await send("POST", "/api/space/imports?target=parcels", undefined, { format: "geojson", content: hasseltRows })).statusCode).toBe(401);
    expect(await counts()).toEqual(before);
  });

  it("exports CSV that imports again (updating by code), and XLSX, GeoJSON and OSLO JSON-LD", async () => {
    const csv = await get(`/api/space/export/parcels.csv?park=${genkPark.id}`, s.municipality);
    expect(csv.statusCode).toBe(200);
    const rows = parse(csv.body.replace(/^\uFEFF/, ""), { columns: true }) as Record<string, string>[];
    const row = rows.find((r) => r.code === "GNK-1-P1")!;
    expect(row.geometry).toMatch(/^POLYGON/);
    const edited = csv.body.replace(/^\uFEFF/, "");
    const res = await send("POST", "/api/space/imports?target=parcels", s.municipality, { format: "csv", content: edited });
    expect(res.json().counts.invalid, JSON.stringify(res.json().rows.filter((r: { problems: unknown[] }) => r.problems.length))).toBe(0);
    expect(res.json().counts.update).toBe(rows.length);
    const xlsx = await get("/api/space/export/parks.xlsx", s.administrator);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets[0].getRow(1).getCell(1).value).toBe("code");
    expect(book.worksheets[0].rowCount).toBe(3);
    const jsonld = (await get("/api/space/export/parks.jsonld", s.administrator)).json();
    expect(jsonld["@context"].bt).toBe("https://data.vlaanderen.be/ns/bedrijventerrein#");
    expect(jsonld["@graph"][0]["@type"]).toBe("bt:Bedrijventerrein");
    expect((await get("/api/space/export/parks.geojson", s.entrepreneur)).statusCode).toBe(403);
  });
});
