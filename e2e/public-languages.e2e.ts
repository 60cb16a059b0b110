import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBrowserJourney, violations, waitForText } from "./support";

/*
 * The public site in French and German: the language switch in the public header turns the dashboard, the
 * status sentences (built by the server), numbers and dates into the chosen language, sets <html lang>, and the
 * choice survives a reload. The French public pages pass axe-core (WCAG 2.1 AA) without violations.
 */

const JOBS_NAME = "Bijkomende hooggeschoolde jobs aangetrokken"; // indicator names are kept in Dutch
const NNBSP = "\u202f"; // French groups thousands with a narrow no-break space: 2 500

const journey = useBrowserJourney();

const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);

/** Presses a language in the header's switch (the group is named in the current language: Taal, Langue, Sprache). */
async function choose(page: Page, groupName: string, language: string): Promise<void> {
  await page.getByRole("group", { name: groupName }).waitFor();
  const button = page.locator(".site-header .lang-switch").getByRole("button", { name: language });
  await button.click();
  await expect.poll(() => button.getAttribute("aria-pressed")).toBe("true");
}

describe("the public site in French and German", () => {
  it("switches the public dashboard to French: texts, server sentences, numbers, dates and html lang", async () => {
    const page = await journey.freshPage();
    await page.goto("/");
    await page.getByRole("heading", { level: 1, name: /^Koers: het Limburgse/ }).waitFor();
    expect(await htmlLang(page)).toBe("nl-BE");

    await choose(page, "Taal", "Français");
    await page.getByRole("heading", { level: 1, name: "Koers : la politique économique du Limbourg 2026–2030" }).waitFor();
    expect(await htmlLang(page)).toBe("fr-BE");
    await page.getByRole("heading", { level: 2, name: "État des lieux" }).waitFor();
    await page.getByRole("link", { name: "Appels à subsides" }).waitFor();
    await page.getByRole("link", { name: "Se connecter" }).waitFor();
    await waitForText(page.getByRole("status"), /^\d+ indicateurs$/);
    // The status sentence comes from the server in French, with French numbers and dates.
    const card = page.locator("article, li").filter({ has: page.getByRole("link", { name: JOBS_NAME }) }).first();
    await waitForText(card, new RegExp(`À ce rythme, [\\d${NNBSP}]+ sur 2${NNBSP}500 d'ici le 31/12/2030\\.`));
    await waitForText(card, new RegExp(`2${NNBSP}500 emplois`));
    expect(await page.locator("main").innerText()).not.toMatch(/In dit tempo|Uit koers/);
    expect(await card.innerText()).not.toMatch(/\b2\.500\b|31-12-2030/);
    await page.getByRole("img", { name: /^Tendance/ }).first().waitFor();
    expect(await violations(page), "French public dashboard").toBe("");

    // The choice is remembered.
    await page.reload();
    await page.getByRole("heading", { level: 1, name: /^Koers : la politique/ }).waitFor();
    expect(await htmlLang(page)).toBe("fr-BE");
  });

  it("the French public indicator page, grant calls, awarded aid, business-space catalogue and sign-in have no axe violations", async () => {
    const page = await journey.freshPage();
    await page.goto("/");
    await choose(page, "Taal", "Français");
    await page.getByRole("link", { name: JOBS_NAME }).click();
    await page.waitForURL(/\/publiek\/indicatoren\//);
    await page.getByRole("heading", { level: 1, name: JOBS_NAME }).waitFor();
    await page.getByRole("img", { name: new RegExp(`^Graphique linéaire : ${JOBS_NAME}`) }).waitFor();
    await page.getByRole("table", { name: /^Dernière valeur par commune/ }).waitFor();
    await page.getByRole("region", { name: "Carte du Limbourg avec la valeur par commune" }).waitFor();
    await page.getByRole("navigation", { name: "Fil d'Ariane" }).getByRole("link", { name: "Tableau de bord public" }).waitFor();
    expect(await htmlLang(page)).toBe("fr-BE");
    expect(await violations(page), "French public indicator page").toBe("");

    await page.getByRole("link", { name: "Appels à subsides" }).click();
    await page.waitForURL(/\/oproepen$/);
    await page.getByRole("heading", { level: 1, name: "Appels à subsides" }).waitFor();
    await page.locator("main").getByRole("link").nth(1).waitFor();
    expect(await violations(page), "French grant calls").toBe("");

    await page.goto("/steun");
    await page.getByRole("heading", { level: 1, name: "Aides octroyées" }).waitFor();
    await page.getByRole("table").waitFor();
    expect(await violations(page), "French awarded aid").toBe("");

    await page.getByRole("link", { name: "Espaces d'entreprise" }).click();
    await page.getByRole("heading", { level: 1, name: "Espaces d'entreprise disponibles dans le Limbourg" }).waitFor();
    await page.getByRole("heading", { name: "Parcelles à vendre ou à louer" }).waitFor();
    await page.getByRole("table").first().waitFor();
    expect(await htmlLang(page)).toBe("fr-BE");
    expect(await violations(page), "French business-space catalogue").toBe("");

    await page.getByRole("link", { name: "Se connecter" }).click();
    await page.getByRole("heading", { level: 1, name: "Se connecter" }).waitFor();
    await page.getByLabel("Adresse e-mail").waitFor();
    expect(await violations(page), "French sign-in page").toBe("");
  });

  it("switches the public dashboard to German, with German numbers and dates", async () => {
    const page = await journey.freshPage();
    await page.goto("/");
    await page.getByRole("heading", { level: 1, name: /^Koers: het Limburgse/ }).waitFor();
    await choose(page, "Taal", "Deutsch");
    await page.getByRole("heading", { level: 1, name: "Koers: die Limburger Wirtschaftspolitik 2026–2030" }).waitFor();
    expect(await htmlLang(page)).toBe("de-BE");
    await page.getByRole("heading", { level: 2, name: "Stand der Dinge" }).waitFor();
    await page.getByRole("link", { name: "Förderaufrufe" }).waitFor();
    await waitForText(page.getByRole("status"), /^\d+ Indikatoren$/);
    const card = page.locator("article, li").filter({ has: page.getByRole("link", { name: JOBS_NAME }) }).first();
    await waitForText(card, /Bei diesem Tempo [\d.]+ von 2\.500 bis 31\.12\.2030\./);
    await waitForText(card, /2\.500 Arbeitsplätze/);
    expect(await page.locator("main").innerText()).not.toMatch(/In dit tempo|À ce rythme/);

    // Back to Dutch: the switch offers every language on every public page.
    await choose(page, "Sprache", "Nederlands");
    await page.getByRole("heading", { level: 1, name: /^Koers: het Limburgse/ }).waitFor();
    expect(await htmlLang(page)).toBe("nl-BE");
    await waitForText(card, /In dit tempo [\d.]+ van 2\.500 tegen 31-12-2030\./);
  });
});
