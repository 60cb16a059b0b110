import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { csrfToken, DEMO_PASSWORD, expectAccessible, signIn, useBrowserJourney, waitForText } from "./support";

/*
 * The supply screens of space for business. A municipality user of Genk imports parcels into a demo park of Genk
 * through the import screen: a file with a self-intersecting contour is refused row by row and nothing is written;
 * a good file is checked, then imported; the user opens the new parcel and marks it available. The map and the
 * public catalogue show it, the catalogue without the confidential note. Pages pass axe-core's WCAG 2.1 AA rules.
 */

const GENK = "71016";
const EMAIL = "gemeente.genk.aanbod@koers.demo";
const PARK = "Genk Zuid – zone Noord (demo)";
const CODE = "GNK-UI-001";
const SECRET = "Vertrouwelijke nota voor de gemeente";
const journey = useBrowserJourney();
const dir = mkdtempSync(join(tmpdir(), "koers-space-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const square = (lon: number, lat: number) => ({ type: "Polygon", coordinates: [[[lon, lat], [lon + 0.0015, lat], [lon + 0.0015, lat + 0.001], [lon, lat + 0.001], [lon, lat]]] });
const bowtie = (lon: number, lat: number) => ({ type: "Polygon", coordinates: [[[lon, lat], [lon + 0.001, lat + 0.001], [lon + 0.001, lat], [lon, lat + 0.001], [lon, lat]]] });
const file = (name: string, features: object[]) => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify({ type: "FeatureCollection", features }));
  return path;
};

describe("keeping the supply of business space", () => {
  it("a municipality user imports a parcel into a park through the import screen and marks it available", async () => {
    const admin = await journey.freshPage();
    await signIn(admin, journey.server.url, "admin@koers.demo");
    const created = await admin.request.post("/api/admin/users", {
      headers: { "x-csrf-token": await csrfToken(admin) },
      data: { email: EMAIL, displayName: "Gemeente Genk – Bedrijventerreinen", locale: "nl-BE", roles: ["municipality"], scopes: [{ kind: "municipality", ref: GENK }], password: DEMO_PASSWORD },
    });
    expect(created.status(), await created.text()).toBe(201);
    await journey.closeContext();

    const page = await journey.freshPage();
    await signIn(page, journey.server.url, EMAIL);
    await page.getByRole("navigation", { name: "Hoofdnavigatie" }).getByRole("link", { name: "Ruimte: import" }).click();
    await page.getByRole("heading", { level: 1, name: "Percelen en bedrijventerreinen importeren" }).waitFor();
    await page.getByLabel("Soort").selectOption({ label: "Percelen" });
    await page.getByLabel("Bedrijventerrein").selectOption({ label: `${PARK} (Genk)` });

    const bad = file("slecht.geojson", [
      { type: "Feature", properties: { code: "GNK-UI-BAD" }, geometry: bowtie(5.534, 50.935) },
      { type: "Feature", properties: { code: "GNK-UI-BXL" }, geometry: square(4.35, 50.85) },
    ]);
    await page.getByLabel("Bestand (GeoJSON of CSV)").setInputFiles(bad);
    await page.getByRole("button", { name: "Controleren" }).click();
    const report = page.getByRole("table");
    await waitForText(report, "De omtrek snijdt zichzelf.");
    await waitForText(report, "De omtrek ligt (deels) buiten de provincie Limburg.");
    await waitForText(page.getByRole("status").filter({ hasText: "rijen" }), "2 rijen: 0 nieuw, 0 bijgewerkt, 2 ongeldig");
    expect(await page.getByRole("button", { name: "Importeren" }).count()).toBe(0);
    await expectAccessible(page, "the import report");

    const good = file("percelen.geojson", [
      { type: "Feature", properties: { code: CODE, zoning: "Regionaal bedrijventerrein", sale_price_eur_m2: 95 }, geometry: square(5.534, 50.935) },
    ]);
    await page.getByLabel("Bestand (GeoJSON of CSV)").setInputFiles(good);
    await page.getByRole("button", { name: "Controleren" }).click();
    await waitForText(page.getByRole("status").filter({ hasText: "rijen" }), "1 rijen: 1 nieuw, 0 bijgewerkt, 0 ongeldig");
    await page.getByRole("button", { name: "Importeren" }).click();
    await waitForText(page.getByRole("status").filter({ hasText: "opgeslagen" }), "De import is opgeslagen: 1 nieuw, 0 bijgewerkt.");

    await page.getByRole("link", { name: "Naar de percelen" }).click();
    await page.getByRole("link", { name: CODE, exact: true }).click();
    await page.getByRole("heading", { level: 1, name: `Perceel ${CODE}` }).waitFor();
    await page.getByLabel("Interne nota (vertrouwelijk)").fill(SECRET);
    await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
    await waitForText(page.locator(".supply-confidential"), SECRET);
    await page.getByLabel("Beschikbaarheid", { exact: true }).selectOption({ label: "Beschikbaar" });
    await page.getByRole("button", { name: "Beschikbaarheid opslaan" }).click();
    await waitForText(page.locator(".supply-dl").first(), "Beschikbaar");
    await expectAccessible(page, "the parcel page");

    await page.goto("/app/ruimte/kaart");
    await page.getByRole("heading", { level: 1, name: "Kaart van de bedrijfsruimte" }).waitFor();
    await page.locator(".maplibregl-canvas").waitFor();
    await waitForText(page.locator("main"), CODE);
    await expectAccessible(page, "the map page");
  });

  it("the public catalogue shows the parcel on the map and in the list without its confidential note", async () => {
    const page = await journey.freshPage();
    await page.goto("/ruimte");
    await page.getByRole("heading", { level: 1, name: "Beschikbare bedrijfsruimte in Limburg" }).waitFor();
    await page.locator(".maplibregl-canvas").waitFor();
    await page.getByLabel("Zoeken").fill(CODE);
    await page.getByLabel("Zoeken").press("Enter");
    await page.getByRole("link", { name: CODE, exact: true }).click();
    await page.getByRole("heading", { level: 1, name: `Perceel ${CODE}` }).waitFor();
    expect(await page.locator("main").innerText()).not.toContain(SECRET);
    await expectAccessible(page, "the public parcel page");
  });
});
