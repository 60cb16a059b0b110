import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { csrfToken, DEMO_PASSWORD, expectAccessible, signIn, useBrowserJourney, waitForText } from "./support";

/*
 * Space for business in the browser. A municipality user of Genk (created in the test) imports two parcels into a
 * regional park from a GeoJSON file on the import screen (checked first, then imported) and marks the first one
 * available on its page; the 200 ha figure on the compass moves by its area. The demo entrepreneur (Kempense
 * Precisietechniek, machining, NACE 25.62) posts a demand; the parcel appears among the demand's suggestions with
 * every criterion and its weight, and the second parcel — zoned for logistics only — is listed as excluded with
 * that reason. The public catalogue shows the parcel without its confidential fields. The demand pages and the
 * public parcel page pass axe-core's WCAG 2.1 AA rules.
 */

const GENK = "71016";
const MUNICIPALITY_EMAIL = "gemeente.genk.ruimte@koers.demo";
const PARK_NAME = "Testpark Genk-Zuid fase 3";
const P1 = "GNK-Z3-001";
const P2 = "GNK-Z3-002";
const DEMAND_TITLE = "Nieuwe hal voor de freeslijn";
const INDICATOR_CODE = "space.regional_business_parks_ha";

const journey = useBrowserJourney();

/** A rectangle of about 140 × 145 m in Genk's south-east, shifted east by `east` steps. */
const rectangle = (east: number) => {
  const lon = 5.52 + east * 0.0025;
  const lat = 50.93;
  return { type: "Polygon", coordinates: [[[lon, lat], [lon + 0.002, lat], [lon + 0.002, lat + 0.0013], [lon, lat + 0.0013], [lon, lat]]] };
};

/** The indicator's current figure as its page shows it ("12,5 ha" → 12.5). */
async function readFigure(page: Page, id: string): Promise<number> {
  await page.goto(`/app/indicatoren/${id}`);
  await page.getByRole("heading", { level: 1 }).waitFor();
  const figure = (await page.locator(".compass-keyfigure__value").first().innerText()).trim();
  return Number(figure.replace(/[^\d,]/g, "").replace(",", "."));
}

describe("space demands matched with reasons", () => {
  const state = { parkId: "", p1: "", p2: "", areaM2: 0, indicatorId: "", before: 0 };

  it("a municipality user imports parcels into a park and marks one available; the 200 ha figure moves", async () => {
    const page = await journey.freshPage();
    await signIn(page, journey.server.url, "admin@koers.demo");
    const admin = await csrfToken(page);
    const created = await page.request.post("/api/admin/users", {
      headers: { "x-csrf-token": admin },
      data: { email: MUNICIPALITY_EMAIL, displayName: "Gemeente Genk – Economie", locale: "nl-BE", roles: ["municipality"], scopes: [{ kind: "municipality", ref: GENK }], password: DEMO_PASSWORD },
    });
    expect(created.status(), await created.text()).toBe(201);
    const indicators = (await (await page.request.get("/api/compass/indicators")).json()) as { id: string; code: string }[];
    state.indicatorId = indicators.find((i) => i.code === INDICATOR_CODE)!.id;
    state.before = await readFigure(page, state.indicatorId);
    await journey.closeContext();

    const mun = await journey.freshPage();
    await signIn(mun, journey.server.url, MUNICIPALITY_EMAIL);
    // The park exists before the import (recorded through the API; the journey is about its parcels).
    const park = await mun.request.post("/api/space/parks", {
      headers: { "x-csrf-token": await csrfToken(mun) },
      data: { code: "GNK-Z3", name: PARK_NAME, kind: "regional", developmentStatus: "realisation", municipalityNis: GENK, geometry: { type: "Polygon", coordinates: [[[5.515, 50.925], [5.545, 50.925], [5.545, 50.94], [5.515, 50.94], [5.515, 50.925]]] }, access: { motorwayKm: 2.5 } },
    });
    expect(park.status(), await park.text()).toBe(201);
    state.parkId = (await park.json()).id;

    // Import two parcels from a GeoJSON file: check first, then import.
    const file = {
      type: "FeatureCollection",
      features: [
        { type: "Feature", geometry: rectangle(0), properties: { code: P1, zoning: "Regionaal bedrijventerrein – industrie", allowed_nace: "C", availability: "not_available", transaction: "sale", sale_price_eur_m2: 95 } },
        { type: "Feature", geometry: rectangle(1), properties: { code: P2, zoning: "Logistiek park", allowed_nace: "H", availability: "available", transaction: "sale", sale_price_eur_m2: 85 } },
      ],
    };
    await mun.getByRole("navigation", { name: "Hoofdnavigatie" }).getByRole("link", { name: "Ruimte: import" }).click();
    await mun.getByRole("heading", { level: 1, name: "Percelen en bedrijventerreinen importeren" }).waitFor();
    await mun.getByLabel("Soort").selectOption("parcels");
    await mun.getByLabel("Bedrijventerrein", { exact: true }).selectOption({ label: `${PARK_NAME} (Genk)` });
    await mun.getByLabel("Bestand (GeoJSON of CSV)").setInputFiles({ name: "genk-zuid-fase-3.geojson", mimeType: "application/geo+json", buffer: Buffer.from(JSON.stringify(file)) });
    await mun.getByRole("button", { name: "Controleren" }).click();
    await waitForText(mun.getByRole("status"), "2 rijen: 2 nieuw, 0 bijgewerkt, 0 ongeldig");
    await mun.getByRole("button", { name: "Importeren" }).click();
    await waitForText(mun.getByRole("status"), "De import is opgeslagen: 2 nieuw, 0 bijgewerkt.");
    // The second parcel came in available: its area counts already; the first is not offered yet.
    const afterImport = await readFigure(mun, state.indicatorId);
    expect(afterImport).toBeGreaterThan(state.before);
    await mun.goto(`/app/ruimte/percelen?park=${state.parkId}`);

    // Open the first parcel and mark it available.
    await mun.getByRole("link", { name: P1, exact: true }).click();
    await mun.getByRole("heading", { level: 1, name: new RegExp(P1) }).waitFor();
    state.p1 = new URL(mun.url()).pathname.split("/").pop()!;
    await mun.getByLabel("Beschikbaarheid", { exact: true }).selectOption("available");
    await mun.getByRole("button", { name: "Beschikbaarheid opslaan" }).click();
    await waitForText(mun.getByRole("status"), "De beschikbaarheid is opgeslagen.");
    await waitForText(mun.getByRole("heading", { name: "Vertrouwelijk (niet publiek)" }), "Vertrouwelijk");
    const parcels = (await (await mun.request.get(`/api/space/parcels?park=${state.parkId}`)).json()) as { items: { id: string; code: string; areaM2: number; availability: string }[] };
    const p1 = parcels.items.find((p) => p.code === P1)!;
    expect(p1.availability).toBe("available");
    state.areaM2 = p1.areaM2;
    state.p2 = parcels.items.find((p) => p.code === P2)!.id;
    // Marking the first parcel available moves the 200 ha figure by its area (shown in whole hectares).
    const afterMarking = await readFigure(mun, state.indicatorId);
    expect(afterMarking - afterImport).toBeCloseTo(state.areaM2 / 10_000, 0);
    await journey.closeContext();

    const analyst = await journey.freshPage(); // the policy analyst reads the same figure
    await signIn(analyst, journey.server.url, "analist@koers.demo");
    expect(await readFigure(analyst, state.indicatorId)).toBe(afterMarking);
  });

  it("an entrepreneur posts a demand and sees the parcel with its reasons, and the other parcel excluded by its zoning", async () => {
    const page = await journey.freshPage();
    await signIn(page, journey.server.url, "ondernemer@koers.demo");
    await page.getByRole("navigation", { name: "Hoofdnavigatie" }).getByRole("link", { name: "Ruimtevragen" }).click();
    await page.getByRole("heading", { level: 1, name: "Ruimtevragen" }).waitFor();
    await expectAccessible(page, "the demand list");
    await page.getByRole("link", { name: "Nieuwe ruimtevraag" }).click();
    await page.getByRole("heading", { level: 1, name: "Nieuwe ruimtevraag" }).waitFor();
    await page.getByLabel("Korte omschrijving").fill(DEMAND_TITLE);
    await page.getByLabel("Activiteit (NACE-code)").fill("25.62");
    await page.getByLabel("Minimale oppervlakte (m²)").fill(String(Math.floor(state.areaM2 * 0.97)));
    await page.getByLabel("Maximale oppervlakte (m²)").fill(String(Math.ceil(state.areaM2 * 1.03)));
    await page.getByLabel("Max. afstand tot autosnelweg (km)").fill("5");
    await page.getByRole("checkbox", { name: "Genk", exact: true }).check();
    await expectAccessible(page, "the demand form");
    await page.getByRole("button", { name: "Ruimtevraag posten" }).click();
    await page.waitForURL(/\/app\/ruimte\/vragen\/[0-9a-f-]{36}$/);
    await page.getByRole("heading", { level: 1, name: DEMAND_TITLE }).waitFor();

    const suggestion = page.getByTestId("suggestions").getByRole("listitem").filter({ hasText: P1 });
    await suggestion.waitFor();
    await waitForText(suggestion, PARK_NAME);
    const rows = suggestion.getByRole("row");
    await waitForText(rows.filter({ hasText: "Oppervlakte" }), /Voldaan\s*20/);
    await waitForText(rows.filter({ hasText: "Ligging" }), /Voldaan\s*15/);
    await waitForText(rows.filter({ hasText: "Bereikbaarheid" }), /Voldaan\s*10/);
    await waitForText(rows.filter({ hasText: "Beschikbaarheid" }), /Voldaan\s*5/);

    const excluded = page.getByTestId("excluded").getByRole("listitem").filter({ hasText: P2 });
    await waitForText(excluded, "De bestemming laat activiteit 25.62 niet toe (toegelaten: H).");
    expect(await page.getByTestId("suggestions").innerText()).not.toContain(P2);
    await expectAccessible(page, "the demand page");
  });

  it("the public catalogue shows the parcel without its confidential fields", async () => {
    const page = await journey.freshPage();
    await page.goto(`/ruimte/percelen/${state.p1}`);
    await page.getByRole("heading", { level: 1, name: `Perceel ${P1}` }).waitFor();
    await waitForText(page.locator("main"), PARK_NAME);
    const text = await page.locator("main").innerText();
    expect(text).not.toContain("Vertrouwelijk");
    expect(await page.getByRole("heading", { name: "Vertrouwelijk (niet publiek)" }).count()).toBe(0);
    const res = await page.request.get(`/api/public/space/parcels/${state.p1}`);
    expect(res.status()).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body.code).toBe(P1);
    for (const key of ["confidential", "strategic", "ownerOrganisationId", "confNotes", "version"]) expect(body, key).not.toHaveProperty(key);
    await expectAccessible(page, "the public parcel page");
  });
});
