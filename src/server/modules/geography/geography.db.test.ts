import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count, eq } from "drizzle-orm";
import { createTestApp, type TestApp } from "../../../../test/harness.js";
import { auditLog } from "../../db/schema/audit.js";
import { municipalities, postcodes } from "../../db/schema/geography.js";
import { PUBLIC, makeCtx, systemActor, type Actor } from "../../platform/context.js";
import {
  findMunicipality, getMunicipality, listArrondissements, listMunicipalities, loadGeography, municipalityExists, municipalityForPostcode,
} from "./index.js";

const analyst: Actor = { kind: "user", userId: "00000000-0000-4000-8000-000000000001", label: "analyst", roles: ["policy_analyst"], scopes: [] };

describe("geography", () => {
  let t: TestApp;
  const ctx = (actor: Actor = systemActor("test")) => makeCtx({ actor, db: t.database.db });
  const auditRows = async () =>
    (await t.database.db.select().from(auditLog).where(eq(auditLog.action, "geography.load"))).length;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  describe("loadGeography", () => {
    it("refuses the public and non-administrators", async () => {
      await expect(loadGeography(ctx(PUBLIC))).rejects.toMatchObject({ code: "unauthenticated" });
      await expect(loadGeography(ctx(analyst))).rejects.toMatchObject({ code: "forbidden" });
      expect(await listMunicipalities(ctx())).toHaveLength(0);
    });

    it("loads 3 arrondissements, 38 municipalities and 72 postcodes, audited once", async () => {
      const result = await loadGeography(ctx());
      expect(result).toEqual({
        arrondissements: { inserted: 3, updated: 0 },
        municipalities: { inserted: 38, updated: 0 },
        postcodes: { inserted: 72, updated: 0, removed: 0 },
        changed: true,
      });
      expect(await auditRows()).toBe(1);
    });

    it("is idempotent: a second run changes nothing and writes no audit row", async () => {
      const again = await loadGeography(ctx());
      expect(again.changed).toBe(false);
      expect(again.municipalities).toEqual({ inserted: 0, updated: 0 });
      expect(await auditRows()).toBe(1);
      expect(await listMunicipalities(ctx())).toHaveLength(38);
    });

    it("repairs drifted rows and removes postcodes that are not Limburg's", async () => {
      await t.database.db.update(municipalities).set({ nameFr: "Gink" }).where(eq(municipalities.nis, "71016"));
      await t.database.db.insert(postcodes).values({ postcode: "1000", municipalityNis: "71016", placeName: "Brussel" });
      const result = await loadGeography(ctx());
      expect(result.municipalities.updated).toBe(1);
      expect(result.postcodes.removed).toBe(1);
      expect((await getMunicipality(ctx(), "71016")).nameFr).toBe("Genk");
      expect(await municipalityForPostcode(ctx(), "1000")).toBeNull();
      expect(await auditRows()).toBe(2);
    });
  });

  describe("reads", () => {
    it("has 16, 12 and 10 municipalities in the arrondissements Hasselt, Maaseik and Tongeren", async () => {
      const arrs = await listArrondissements(ctx(PUBLIC));
      expect(arrs.map((a) => [a.nis, a.nameNl, a.municipalityCount])).toEqual([
        ["71000", "Hasselt", 16],
        ["72000", "Maaseik", 12],
        ["73000", "Tongeren", 10],
      ]);
      expect(arrs.map((a) => a.population)).toEqual([428749, 254645, 198521]);
      expect(await listMunicipalities(ctx(PUBLIC), { arrondissement: "72000" })).toHaveLength(12);
    });

    it("knows the four municipalities merged on 1 January 2025 by their new NIS codes", async () => {
      const merged = (await listMunicipalities(ctx())).filter((m) => m.mergedFrom.length > 0);
      expect(merged.map((m) => [m.nis, m.nameNl, m.mergedFrom.map((f) => f.nis)]).sort()).toEqual([
        ["71071", "Tessenderlo-Ham", ["71057", "71069"]],
        ["71072", "Hasselt", ["71022", "73040"]],
        ["73110", "Bilzen-Hoeselt", ["73006", "73032"]],
        ["73111", "Tongeren-Borgloon", ["73083", "73009"]],
      ]);
      const hasselt = await getMunicipality(ctx(), "71072");
      expect(hasselt.arrondissementNis).toBe("71000"); // Kortessem moved from arr. Tongeren to arr. Hasselt
      expect(hasselt).toMatchObject({ population: 87151, populationYear: 2020 });
      expect(await getMunicipality(ctx(), "73028")).toMatchObject({ nameNl: "Herstappe", population: 79, populationYear: 2022 });
    });

    it("maps postcodes to their municipality, also those of the former municipalities", async () => {
      expect(await municipalityForPostcode(ctx(), "3600")).toMatchObject({ nis: "71016", nameNl: "Genk" });
      expect(await municipalityForPostcode(ctx(), "3720")).toMatchObject({ nis: "71072", nameNl: "Hasselt", placeName: "Kortessem" });
      expect(await municipalityForPostcode(ctx(), "3840")).toMatchObject({ nis: "73111", nameNl: "Tongeren-Borgloon" });
      expect(await municipalityForPostcode(ctx(), "3945")).toMatchObject({ nis: "71071", nameNl: "Tessenderlo-Ham" });
      expect(await municipalityForPostcode(ctx(), "1000")).toBeNull();
      expect(await municipalityForPostcode(ctx(), "36a0")).toBeNull();
    });

    it("tells whether a NIS code is a current municipality", async () => {
      expect(await municipalityExists(ctx(), "71072")).toBe(true);
      expect(await municipalityExists(ctx(), "71022")).toBe(false);
      expect(await municipalityExists(ctx(), "abc")).toBe(false);
    });

    it("finds a municipality by NIS code or by name, ignoring case and accents, also by former names", async () => {
      expect((await findMunicipality(ctx(), "71016"))?.nameNl).toBe("Genk");
      expect((await findMunicipality(ctx(), "kortessem"))?.nis).toBe("71072");
      expect((await findMunicipality(ctx(), "73040"))?.nis).toBe("71072");
      expect((await findMunicipality(ctx(), "BORGLOON"))?.nis).toBe("73111");
      expect((await findMunicipality(ctx(), "bourg leopold"))?.nis).toBe("71034");
      expect((await findMunicipality(ctx(), "Fourons"))?.nis).toBe("73109");
      expect((await findMunicipality(ctx(), "herk de stad"))?.nis).toBe("71024");
      expect((await findMunicipality(ctx(), "Ham"))?.nis).toBe("71071");
      expect(await findMunicipality(ctx(), "Antwerpen")).toBeNull();
      expect(await findMunicipality(ctx(), "  ")).toBeNull();
    });

    it("every municipality has a point inside the province and at least one postcode", async () => {
      for (const m of await listMunicipalities(ctx())) {
        expect(m.lat).toBeGreaterThan(50.6);
        expect(m.lat).toBeLessThan(51.3);
        expect(m.lon).toBeGreaterThan(5.0);
        expect(m.lon).toBeLessThan(5.95);
        expect(m.postcodes.length).toBeGreaterThan(0);
      }
      const [{ n }] = await t.database.db.select({ n: count() }).from(postcodes);
      expect(n).toBe(72);
    });
  });

  describe("routes", () => {
    it("GET /api/geography/arrondissements", async () => {
      const res = await t.app.inject({ method: "GET", url: "/api/geography/arrondissements" });
      expect(res.statusCode).toBe(200);
      expect(res.json().items).toHaveLength(3);
    });

    it("GET /api/geography/municipalities, with and without an arrondissement", async () => {
      const all = await t.app.inject({ method: "GET", url: "/api/geography/municipalities" });
      expect(all.statusCode).toBe(200);
      expect(all.json().items).toHaveLength(38);
      const tongeren = await t.app.inject({ method: "GET", url: "/api/geography/municipalities?arrondissement=73000" });
      expect(tongeren.json().items).toHaveLength(10);
      const bad = await t.app.inject({ method: "GET", url: "/api/geography/municipalities?arrondissement=Hasselt" });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.code).toBe("validation");
      const unknown = await t.app.inject({ method: "GET", url: "/api/geography/municipalities?foo=1" });
      expect(unknown.statusCode).toBe(400);
    });

    it("GET /api/geography/municipalities/:nis", async () => {
      const res = await t.app.inject({ method: "GET", url: "/api/geography/municipalities/73110" });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ nis: "73110", nameNl: "Bilzen-Hoeselt", arrondissementNameNl: "Tongeren" });
      expect(res.json().postcodes.map((p: { postcode: string }) => p.postcode)).toEqual(["3730", "3732", "3740", "3742", "3746"]);
      const old = await t.app.inject({ method: "GET", url: "/api/geography/municipalities/73040" });
      expect(old.statusCode).toBe(404);
      expect(old.json().error.message).toContain("71072");
      const none = await t.app.inject({ method: "GET", url: "/api/geography/municipalities/11002" });
      expect(none.statusCode).toBe(404);
      expect(none.json().error.code).toBe("not_found");
      const bad = await t.app.inject({ method: "GET", url: "/api/geography/municipalities/7101" });
      expect(bad.statusCode).toBe(400);
    });

    it("GET /api/geography/postcodes/:postcode", async () => {
      const genk = await t.app.inject({ method: "GET", url: "/api/geography/postcodes/3600" });
      expect(genk.statusCode).toBe(200);
      expect(genk.json()).toMatchObject({ nis: "71016", nameNl: "Genk", postcode: "3600" });
      const brussels = await t.app.inject({ method: "GET", url: "/api/geography/postcodes/1000" });
      expect(brussels.statusCode).toBe(404);
      expect(brussels.json().error).toMatchObject({ code: "not_found", message: expect.stringContaining("province of Limburg") });
      for (const bad of ["36000", "abcd", "0999"]) {
        const res = await t.app.inject({ method: "GET", url: `/api/geography/postcodes/${bad}` });
        expect(res.statusCode).toBe(400);
        expect(res.json().error.code).toBe("validation");
      }
    });

    it("documents the routes in the OpenAPI document", async () => {
      const doc = (await t.app.inject({ method: "GET", url: "/api/openapi.json" })).json();
      expect(Object.keys(doc.paths)).toEqual(
        expect.arrayContaining([
          "/api/geography/arrondissements",
          "/api/geography/municipalities",
          "/api/geography/municipalities/{nis}",
          "/api/geography/postcodes/{postcode}",
        ]),
      );
    });
  });
});
