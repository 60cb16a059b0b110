import { describe, expect, it } from "vitest";
import { expectAccessible, indicatorId, readIndicator, signIn, useBrowserJourney, waitForText } from "./support";

/*
 * An account manager finds a company by a misspelt name, opens a trajectory for it in the AI Space, moves its card
 * on the board to "AI in gebruik", and the compass indicator "SMEs helped to integrate AI" (ai.smes_supported,
 * derived from support.smes_with_ai_in_use) rises by one, with the company in its drill-down. The entrepreneur
 * sees their own organisation, without the agency's confidential notes, and another company's address answers
 * "not found". Every page of the journey passes axe-core's WCAG 2.1 AA rules.
 *
 * Demo data (seed/support): Lasertechniek Kempen is a small company (an SME by the EU definition) supported by
 * the Big Science hub, never by the AI Space; the demo entrepreneur acts for Kempense Precisietechniek, whose AI
 * Space trajectory carries a confidential call.
 */

const COMPANY = "Lasertechniek Kempen";
const MISSPELT = "Lazertechniek Kempen";
const AI_SPACE = "AI Space op Corda Campus (met LARA)";
const AI_IN_USE = "AI in gebruik";
const INDICATOR_CODE = "ai.smes_supported";
const OWN_COMPANY = "Kempense Precisietechniek";
const CONFIDENTIAL_NOTE = "bank stelt kredietlijn uit";

const journey = useBrowserJourney();
const freshPage = () => journey.freshPage();

describe("organisations and support trajectories in the browser", () => {
  let companyId = "";

  it("an account manager finds a company by a misspelt name, takes it through the AI Space, and the compass counts it", async () => {
    const page = await freshPage();
    await signIn(page, journey.server.url, "accountmanager@koers.demo");

    const indicator = await indicatorId(page, INDICATOR_CODE);
    const before = await readIndicator(page, indicator);
    expect(before.drilldown).not.toContain(COMPANY);

    // Find the company by a misspelt name.
    await page.getByRole("navigation", { name: "Hoofdnavigatie" }).getByRole("link", { name: "Organisaties" }).click();
    await page.getByRole("heading", { level: 1, name: "Organisaties" }).waitFor();
    const search = page.getByRole("searchbox", { name: "Zoek op naam of ondernemingsnummer" });
    await search.fill(MISSPELT);
    await search.press("Enter");
    const result = page.getByRole("table").getByRole("link", { name: COMPANY });
    await result.waitFor();
    await waitForText(page.getByRole("status").filter({ hasText: /organisatie/ }), /^1 organisatie$/);
    await expectAccessible(page, "the search results");
    await result.click();

    // Its page: identity, SME class with its reasons; open a trajectory in the AI Space.
    await page.getByRole("heading", { level: 1, name: COMPANY }).waitFor();
    companyId = new URL(page.url()).pathname.split("/").pop()!;
    await waitForText(page.locator("#grootte"), "Kleine onderneming");
    await waitForText(page.locator("#grootte"), /plafond van 50/);
    await expectAccessible(page, "the organisation page");
    await page.getByRole("button", { name: "Traject openen…" }).click();
    await page.getByLabel("Programma").selectOption({ label: AI_SPACE });
    await page.getByLabel("Onderwerp").fill("AI voor de uitlijning van lasers");
    await page.getByRole("button", { name: "Traject openen", exact: true }).click();
    await page.waitForURL(/\/app\/ondersteuning\/trajecten\/[0-9a-f-]{36}$/);
    await page.getByRole("heading", { level: 1, name: `${COMPANY} — ${AI_SPACE}` }).waitFor();
    await waitForText(page.locator("#overzicht"), "Intake (huidige fase)");
    await expectAccessible(page, "the trajectory page");

    // On the programme's board, move the card to "AI in gebruik" with the card's own control.
    await page.getByRole("link", { name: `Terug naar het bord van ${AI_SPACE}` }).click();
    await page.getByRole("heading", { level: 1, name: AI_SPACE }).waitFor();
    const intake = page.getByRole("region", { name: /^Intake / });
    const card = intake.getByRole("article", { name: COMPANY });
    await card.waitFor();
    await expectAccessible(page, "the board");
    await card.getByLabel(/Verplaats naar/).selectOption({ label: AI_IN_USE });
    await card.getByRole("button", { name: /Verplaatsen/ }).click();
    await waitForText(page.getByRole("status"), `${COMPANY} staat nu in de fase ${AI_IN_USE}.`);
    const moved = page.getByRole("region", { name: new RegExp(`^${AI_IN_USE} `) }).getByRole("article", { name: COMPANY });
    await moved.waitFor();
    await waitForText(moved, "0 dagen in deze fase");
    expect(await intake.getByRole("article", { name: COMPANY }).count()).toBe(0);
    // Focus follows the card to its new column.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? "")).toBe(COMPANY);

    // The compass figure rises by one, and the company is among the records behind it.
    const after = await readIndicator(page, indicator);
    expect(after.value).toBe(before.value + 1);
    expect(after.drilldown).toContain(COMPANY);
    const link = page.locator("#drilldown").getByRole("link", { name: COMPANY });
    expect(await link.getAttribute("href")).toBe(`/app/organisaties/${companyId}`);
  });

  it("an entrepreneur sees their own organisation without confidential notes, and another company is not found", async () => {
    expect(companyId, "the first journey found the company").not.toBe("");
    const page = await freshPage();
    await signIn(page, journey.server.url, "ondernemer@koers.demo");

    await page.getByRole("navigation", { name: "Hoofdnavigatie" }).getByRole("link", { name: "Mijn organisatie" }).click();
    await page.getByRole("heading", { level: 1, name: `Mijn organisatie: ${OWN_COMPANY}` }).waitFor();
    await page.getByRole("table", { name: `Trajecten van ${OWN_COMPANY}` }).getByRole("link", { name: AI_SPACE }).waitFor();
    await expectAccessible(page, "the entrepreneur's organisation page");
    expect(await page.locator("main").innerText()).not.toContain(CONFIDENTIAL_NOTE);

    await page.getByRole("table", { name: `Trajecten van ${OWN_COMPANY}` }).getByRole("link", { name: AI_SPACE }).click();
    await page.getByRole("heading", { level: 1, name: `${OWN_COMPANY} — ${AI_SPACE}` }).waitFor();
    await waitForText(page.locator("#interacties"), "Workshop beeldherkenning");
    const text = await page.locator("main").innerText();
    expect(text).not.toContain(CONFIDENTIAL_NOTE);
    expect(text).not.toContain("Intern:");
    expect(await page.getByRole("button", { name: /Fase wijzigen|Interactie opslaan/ }).count()).toBe(0);

    await page.goto(`/app/organisaties/${companyId}`);
    await page.getByRole("heading", { level: 1, name: "Pagina niet gevonden" }).waitFor();
    expect(await page.locator("main").innerText()).not.toContain(COMPANY);
    const api = await page.request.get(`/api/organisations/${companyId}`);
    expect(api.status()).toBe(404);
  });
});
