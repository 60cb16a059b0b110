import { describe, expect, it } from "vitest";
import { csrfToken, DEMO_PASSWORD, expectAccessible, signIn, useBrowserJourney, waitForText } from "./support";

/*
 * Premises and brownfields recorded from the screens. A municipality user of Genk records a premises and a
 * brownfield in its municipality: what the server refuses (a vacancy date in the future, a brownfield without
 * area or contour) comes back on the field in Dutch; the user then edits the premises and finds both in the
 * lists, then deletes the brownfield after a confirmation. An entrepreneur does not get the buttons to record them. Pages pass axe-core's WCAG 2.1 AA rules.
 */

const GENK = "71016";
const EMAIL = "gemeente.genk.panden@koers.demo";
const PREMISES = "Hal Kolenspoor UI-test";
const BROWNFIELD = "Oude cokesfabriek UI-test";
const journey = useBrowserJourney();

describe("recording premises and brownfields", () => {
  it("a municipality user records a premises and a brownfield in its municipality, edits the premises, finds both in the lists and deletes the brownfield", async () => {
    const admin = await journey.freshPage();
    await signIn(admin, journey.server.url, "admin@koers.demo");
    const created = await admin.request.post("/api/admin/users", {
      headers: { "x-csrf-token": await csrfToken(admin) },
      data: { email: EMAIL, displayName: "Gemeente Genk – Panden", locale: "nl-BE", roles: ["municipality"], scopes: [{ kind: "municipality", ref: GENK }], password: DEMO_PASSWORD },
    });
    expect(created.status(), await created.text()).toBe(201);
    await journey.closeContext();

    const page = await journey.freshPage();
    await signIn(page, journey.server.url, EMAIL);

    /* premises */
    await page.goto("/app/ruimte/panden");
    await page.getByRole("heading", { level: 1, name: "Panden" }).waitFor();
    await page.getByRole("link", { name: "Nieuw pand" }).click();
    await page.getByRole("heading", { level: 1, name: "Nieuw pand registreren" }).waitFor();
    expect(await page.getByLabel("Gemeente", { exact: true }).inputValue()).toBe(GENK);
    await page.getByLabel("Code", { exact: true }).fill("GNK-PND-UI-1");
    await page.getByLabel("Naam", { exact: true }).fill(PREMISES);
    await page.getByLabel("Soort", { exact: true }).selectOption({ label: "Opslagplaats" });
    await page.getByLabel("Vloeroppervlakte (m²)").fill("1200");
    await page.getByLabel("Straat").fill("Kolenspoorstraat");
    await page.getByLabel("Huisnummer").fill("12");
    await page.getByLabel("Postcode").fill("3600");
    await page.getByLabel("Huurprijs per m² per jaar (euro)").fill("55");
    await page.getByLabel("Leeg sinds").fill("2099-01-01");
    await page.getByRole("button", { name: "Registreren" }).click();
    await waitForText(page.locator(".field--invalid"), "Deze datum ligt in de toekomst.");
    expect(await page.getByLabel("Leeg sinds").getAttribute("aria-invalid")).toBe("true");
    await expectAccessible(page, "the premises form with a refused field");

    await page.getByLabel("Leeg sinds").fill("2025-06-01");
    await page.getByRole("button", { name: "Registreren" }).click();
    await page.getByRole("heading", { level: 1, name: PREMISES }).waitFor();
    const facts = page.locator(".supply-dl").first();
    await waitForText(facts, "Opslagplaats");
    await waitForText(facts, /1\.200\s?m²/);
    await waitForText(facts, "Kolenspoorstraat 12, 3600 Genk");

    await page.getByLabel("Vloeroppervlakte (m²)").fill("1500");
    await page.getByLabel("Beschikbaarheid", { exact: true }).selectOption({ label: "In optie" });
    await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
    await waitForText(page.getByRole("status").filter({ hasText: "opgeslagen" }), "De wijzigingen zijn opgeslagen.");
    await waitForText(facts, /1\.500\s?m²/);
    await waitForText(page.locator("main .supply-badge").first(), "In optie");
    await expectAccessible(page, "the premises page with its edit form");

    /* brownfield */
    await page.goto("/app/ruimte/brownfields");
    await page.getByRole("heading", { level: 1, name: "Brownfields en verouderde zones" }).waitFor();
    await page.getByRole("link", { name: "Nieuwe brownfield" }).click();
    await page.getByRole("heading", { level: 1, name: "Nieuwe brownfield of verouderde zone registreren" }).waitFor();
    await page.getByLabel("Code", { exact: true }).fill("GNK-BF-UI-1");
    await page.getByLabel("Naam", { exact: true }).fill(BROWNFIELD);
    await page.getByLabel("Soort", { exact: true }).selectOption({ label: "Brownfield" });
    await page.getByLabel("Vroeger gebruik").fill("Cokesfabriek");
    await page.getByLabel("Renovatiestatus").selectOption({ label: "Gepland" });
    await page.getByRole("button", { name: "Registreren" }).click();
    await waitForText(page.locator(".field--invalid"), "Vul dit in.");
    expect(await page.getByLabel("Oppervlakte (m²)").getAttribute("aria-invalid")).toBe("true");

    await page.getByLabel("Oppervlakte (m²)").fill("25000");
    await page.getByRole("button", { name: "Registreren" }).click();
    await page.getByRole("heading", { level: 1, name: BROWNFIELD }).waitFor();
    const bf = page.locator(".supply-dl").first();
    await waitForText(bf, "Gepland");
    await waitForText(bf, "2,5 ha");
    await page.getByLabel("Renovatiestatus").selectOption({ label: "In uitvoering" });
    await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
    await waitForText(bf, "In uitvoering");
    await expectAccessible(page, "the brownfield page with its edit form");

    /* the lists */
    await page.goto("/app/ruimte/panden?municipality=" + GENK);
    await page.getByRole("link", { name: PREMISES, exact: true }).waitFor();
    await page.goto("/app/ruimte/brownfields?municipality=" + GENK);
    await page.getByRole("link", { name: BROWNFIELD, exact: true }).waitFor();
    await waitForText(page.getByRole("table").getByRole("row").filter({ hasText: BROWNFIELD }), "In uitvoering");

    /* deleting asks first */
    await page.getByRole("link", { name: BROWNFIELD, exact: true }).click();
    await page.getByRole("heading", { level: 1, name: BROWNFIELD }).waitFor();
    await page.getByRole("button", { name: "Brownfield verwijderen" }).click();
    const dialog = page.getByRole("dialog", { name: "Brownfield verwijderen?" });
    await waitForText(dialog, "Oude cokesfabriek UI-test (GNK-BF-UI-1) wordt verwijderd.");
    await dialog.getByRole("button", { name: "Brownfield verwijderen" }).click();
    await page.getByRole("heading", { level: 1, name: "Brownfields en verouderde zones" }).waitFor();
    await waitForText(page.getByRole("status").filter({ hasText: "verwijderd" }), "De brownfield is verwijderd.");
    expect(await page.getByRole("link", { name: BROWNFIELD, exact: true }).count()).toBe(0);
  });

  it("an entrepreneur gets no button to record premises or brownfields", async () => {
    const page = await journey.freshPage();
    await signIn(page, journey.server.url, "ondernemer@koers.demo");
    await page.goto("/app/ruimte/panden");
    await page.getByRole("heading", { level: 1, name: "Panden" }).waitFor();
    expect(await page.getByRole("link", { name: "Nieuw pand" }).count()).toBe(0);
    await page.goto("/app/ruimte/brownfields");
    await page.getByRole("heading", { level: 1, name: "Brownfields en verouderde zones" }).waitFor();
    expect(await page.getByRole("link", { name: "Nieuwe brownfield" }).count()).toBe(0);
  });
});
