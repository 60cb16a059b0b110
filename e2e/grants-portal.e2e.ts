import { describe, expect, it } from "vitest";
import { expectAccessible, openApplication, signIn, useBrowserJourney, waitForText } from "./support";

/*
 * The applicant portal in the browser: the demo entrepreneur starts an application for the innovation premium
 * from the open calls, fills in the form rendered from the call's definition (saved as they type), adds the
 * project plan, invites the demo partner company by its enterprise number and declares its own de minimis aid;
 * the list of what is missing names the partner. The partner's entrepreneur sees the partnership part only,
 * confirms with its de minimis declaration; then the applicant submits. Every page passes axe-core (WCAG 2.1 AA).
 */

const CALL = "Innovatiepremie – oproep voor samenwerkingsprojecten";
const PARTNER = "Hasseltse Cobotintegratie";
const TITLE = "Cobotcel voor kleine reeksen";
const journey = useBrowserJourney();

describe("applying for the innovation premium with a partner", () => {
  it("the entrepreneur starts, fills in (autosaved), invites the partner and sees what is missing", async () => {
    const page = await journey.freshPage();
    await page.goto(`${journey.server.url}/oproepen`);
    await page.getByRole("link", { name: CALL }).waitFor();
    await expectAccessible(page, "the public calls");
    await page.getByRole("link", { name: CALL }).click();
    await page.getByRole("heading", { level: 1, name: CALL }).waitFor();
    await page.getByText("Samenwerking van minstens 2 bedrijven").waitFor();
    await expectAccessible(page, "a public call");

    await signIn(page, journey.server.url, "ondernemer@koers.demo");
    await page.goto(`${journey.server.url}/app/subsidies/oproepen`);
    await waitForText(page.locator("main"), CALL);
    await page.getByRole("button", { name: new RegExp(`^Aanvraag starten\\s*: ${CALL}$`) }).click();
    await page.getByRole("heading", { level: 1, name: "(nog zonder titel)" }).waitFor();
    await page.getByText("Kempense Precisietechniek").first().waitFor();

    await page.getByLabel("Titel van het project").fill(TITLE);
    await page.getByLabel("Gevraagd bedrag", { exact: true }).fill("25.000");
    await page.getByLabel("Samenvatting").fill("Twee bedrijven bouwen samen een cobotcel voor kleine reeksen.");
    await page.getByLabel("Beoogd resultaat").fill("Een werkende cel op de werkvloer binnen zes maanden.");
    await page.getByLabel("Startdatum").fill("2027-02-01");
    await page.getByLabel("Looptijd (maanden)").fill("6");
    await page.getByLabel("Wat brengt elke partner in?").fill("Wij de productie, de partner de integratie van de cobot.");
    await page.getByRole("radio", { name: "Digitalisering" }).check();
    await page.getByLabel("Totale projectkost").fill("50.000");
    await page.getByRole("radio", { name: "Nee" }).check();
    await waitForText(page.getByRole("status"), /Opgeslagen om/);
    await page.getByLabel("Projectplan (PDF)").setInputFiles({ name: "projectplan.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n% projectplan\n") });
    await page.getByRole("link", { name: "projectplan.pdf" }).waitFor();

    await page.getByLabel("Ondernemingsnummer van de partner").fill("0999.000.129");
    await page.getByLabel("Wat brengt deze partner in?").fill("Integratie van de cobot");
    await page.getByRole("button", { name: "Partner uitnodigen" }).click();
    await waitForText(page.locator(".grants-partners"), PARTNER);
    await page.getByRole("button", { name: "Verklaring opslaan" }).click();
    await waitForText(page.locator(".grants-partners"), "De-minimissteun opgegeven");
    await waitForText(page.locator(".grants-missing"), `${PARTNER} heeft de uitnodiging nog niet beantwoord.`);
    expect(await page.getByRole("button", { name: "Aanvraag indienen" }).isDisabled()).toBe(true);
    await expectAccessible(page, "the application form");
  });

  it("the partner sees the partnership part only and confirms with its de minimis aid", async () => {
    const page = await journey.freshPage();
    await signIn(page, journey.server.url, "partner@koers.demo");
    await page.goto(`${journey.server.url}/app/subsidies/aanvragen`);
    await waitForText(page.getByRole("table"), "als partner");
    await expectAccessible(page, "my applications");
    await openApplication(page, journey.server.url, TITLE);
    await page.getByText("U bekijkt deze aanvraag als partner").waitFor();
    expect(await page.getByLabel("Samenvatting").count()).toBe(0);
    await page.getByRole("button", { name: "Steun toevoegen" }).click();
    await page.getByLabel("Verlenende overheid").fill("VLAIO");
    await page.getByLabel("Datum van toekenning").fill("2025-03-14");
    await page.getByLabel("Bedrag", { exact: true }).fill("15.000");
    await expectAccessible(page, "the partner's confirmation");
    await page.getByRole("button", { name: "Deelname bevestigen" }).click();
    await waitForText(page.locator(".grants-partners"), "VLAIO 2025-03-14");
  });

  it("the applicant submits once everything is complete", async () => {
    const page = await journey.freshPage();
    await signIn(page, journey.server.url, "ondernemer@koers.demo");
    await openApplication(page, journey.server.url, TITLE);
    await waitForText(page.getByRole("status"), "Alles is ingevuld. U kunt indienen.");
    await page.getByRole("button", { name: "Aanvraag indienen" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Aanvraag indienen" }).click();
    await waitForText(page.locator(".page-header"), "Ingediend");
    await page.getByText("Deze aanvraag kan niet meer gewijzigd worden.").waitFor();
  });
});

describe("grant officers", () => {
  it("ask the applicant for more information, which the applicant answers", async () => {
    const officer = await journey.freshPage();
    await signIn(officer, journey.server.url, "subsidie@koers.demo");
    await openApplication(officer, journey.server.url, TITLE);
    await officer.getByLabel("Vraag aan de aanvrager").fill("Welke cobot kiest u, en waarom dat model?");
    await officer.getByRole("button", { name: "Vraag stellen" }).click();
    await waitForText(officer.locator(".page-header"), "Bijkomende informatie gevraagd");
    await expectAccessible(officer, "the officer's view of an application");
    await journey.closeContext();

    const applicant = await journey.freshPage();
    await signIn(applicant, journey.server.url, "ondernemer@koers.demo");
    await openApplication(applicant, journey.server.url, TITLE);
    await applicant.getByLabel("Uw antwoord").fill("Een lichte cobot van 10 kg, omdat de stukken klein zijn.");
    await applicant.getByRole("button", { name: "Antwoord versturen" }).click();
    await waitForText(applicant.locator(".page-header"), "Ingediend");
  });

  it("set an envelope, create a call in Brussels time and publish it", async () => {
    const page = await journey.freshPage();
    await signIn(page, journey.server.url, "subsidie@koers.demo");
    await page.goto(`${journey.server.url}/app/subsidies/beheer`);
    await page.getByRole("heading", { level: 1, name: "Fondsen en oproepen" }).waitFor();
    await expectAccessible(page, "funds and calls");
    const fund = page.locator(".grants-funds > li").filter({ hasText: "Healthinnovatiefonds Limburg" });
    await fund.getByLabel("Jaar").fill("2027");
    await fund.getByLabel("Bedrag").fill("400.000");
    await fund.getByRole("button", { name: /Envelop instellen/ }).click();
    await waitForText(fund.getByRole("table"), "2027");
    await fund.getByText("Fonds bewerken").click();
    await fund.getByLabel("Financiering").fill("Provincie Limburg en partners");
    await fund.getByRole("button", { name: "Opslaan", exact: true }).click();
    await waitForText(fund, "Financiering: Provincie Limburg en partners");

    await page.getByRole("link", { name: "Nieuwe oproep" }).click();
    await page.getByRole("heading", { level: 1, name: "Nieuwe oproep" }).waitFor();
    await page.getByLabel("Fonds", { exact: true }).selectOption({ label: "Healthinnovatiefonds Limburg" });
    await page.getByLabel("Jaar").fill("2027");
    await page.getByLabel("Code van de oproep (bv. IP-2027-1)").fill("HI-2027-1");
    await page.getByLabel("Naam (Nederlands)").fill("Healthinnovatiefonds 2027");
    await page.getByLabel("Naam (Engels)").fill("Health innovation fund 2027");
    await page.getByLabel("Opent op (Brusselse tijd)").fill("2027-03-01T09:00");
    await page.getByLabel("Sluit op (Brusselse tijd)").fill("2027-05-31T17:00");
    await expectAccessible(page, "the call editor");
    await page.getByRole("button", { name: "Oproep opslaan" }).click();
    await page.getByRole("heading", { level: 1, name: "Oproep bewerken: HI-2027-1" }).waitFor();
    await page.getByRole("button", { name: "Publiceren" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Publiceren" }).click();
    await waitForText(page.locator(".page-header"), "Gepubliceerd");
    const res = await page.request.get("/api/grants/calls?state=upcoming");
    const upcoming = (await res.json()) as { code: string; opensAt: string }[];
    expect(upcoming.find((c) => c.code === "HI-2027-1")?.opensAt).toBe("2027-03-01T08:00:00.000Z");
  });
});
