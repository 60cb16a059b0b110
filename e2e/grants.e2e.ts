import { describe, expect, it } from "vitest";
import { expectAccessible, indicatorId, openApplication, readIndicator, signIn, useBrowserJourney, waitForText } from "./support";

/*
 * From application to money, across modules: the demo entrepreneur applies for the innovation premium with a
 * partner company, the partner confirms (with its de minimis declaration), the applicant submits; the grant
 * officer assigns the demo reviewer, who first declares no conflict of interest — and sees nothing of the
 * application before that — then scores it on the call's rubric; the officer reads the eligibility (SME status,
 * consortium, de minimis per single undertaking), approves with two tranches and pays the first one to a checked
 * IBAN; and the compass figure for innovation-premium companies (innovation.premium_companies, derived from
 * grants.innovation_premium_companies) rises by two, with both companies in its drill-down. The awarded aid shows
 * on the public list. Every page of the journey passes axe-core's WCAG 2.1 AA rules.
 */

const CALL = "Innovatiepremie – oproep voor samenwerkingsprojecten";
const LEAD = "Kempense Precisietechniek";
const PARTNER = "Hasseltse Cobotintegratie";
const TITLE = "Cobotcel voor kleine reeksen";
const INDICATOR_CODE = "innovation.premium_companies";
const CRITERIA = ["Vernieuwend karakter", "Kwaliteit van de samenwerking", "Snel resultaat en economische impact", "Redelijk budget"];
const journey = useBrowserJourney();
let applicationId = "";

describe("the innovation premium from application to payment", () => {
  it("the entrepreneur applies with a partner company", async () => {
    const page = await journey.freshPage();
    await signIn(page, journey.server.url, "ondernemer@koers.demo");
    await page.goto(`${journey.server.url}/app/subsidies/oproepen`);
    await waitForText(page.locator("main"), CALL);
    await page.getByRole("button", { name: new RegExp(`^Aanvraag starten\\s*: ${CALL}$`) }).click();
    await page.getByRole("heading", { level: 1, name: "(nog zonder titel)" }).waitFor();
    applicationId = page.url().split("/").pop()!;
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
    expect(applicationId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("the partner confirms, and the applicant submits", async () => {
    const partner = await journey.freshPage();
    await signIn(partner, journey.server.url, "partner@koers.demo");
    await openApplication(partner, journey.server.url, TITLE);
    await partner.getByRole("button", { name: "Deelname bevestigen" }).click();
    await waitForText(partner.locator(".grants-partners"), "De-minimissteun opgegeven");
    await journey.closeContext();

    const applicant = await journey.freshPage();
    await signIn(applicant, journey.server.url, "ondernemer@koers.demo");
    await openApplication(applicant, journey.server.url, TITLE);
    await waitForText(applicant.getByRole("status"), "Alles is ingevuld. U kunt indienen.");
    await applicant.getByRole("button", { name: "Aanvraag indienen" }).click();
    await applicant.getByRole("dialog").getByRole("button", { name: "Aanvraag indienen" }).click();
    await waitForText(applicant.locator(".page-header"), "Ingediend");
  });

  it("the officer assigns a reviewer, who sees nothing before declaring no conflict, then scores", async () => {
    const officer = await journey.freshPage();
    await signIn(officer, journey.server.url, "subsidie@koers.demo");
    await officer.goto(`/app/subsidies/aanvragen/${applicationId}/beslissing`);
    await officer.getByRole("heading", { level: 2, name: "Beoordelaars" }).waitFor();
    await officer.getByLabel("Beoordelaar", { exact: true }).selectOption({ label: "Demo Jurylid" });
    await officer.getByRole("button", { name: "Toewijzen" }).click();
    await waitForText(officer.locator("main"), "Demo Jurylid: Verklaring nodig");
    await journey.closeContext();

    const reviewer = await journey.freshPage();
    await signIn(reviewer, journey.server.url, "jury@koers.demo");
    await reviewer.getByRole("navigation", { name: "Hoofdnavigatie" }).getByRole("link", { name: "Beoordelingen" }).click();
    await reviewer.getByRole("heading", { level: 1, name: "Mijn beoordelingen" }).waitFor();
    await waitForText(reviewer.getByRole("table"), PARTNER);
    await expectAccessible(reviewer, "the reviewer's inbox");
    // The demo data holds the reviewer's earlier reviews: open the one of this consortium.
    await reviewer.getByRole("table").getByRole("row").filter({ hasText: PARTNER }).getByRole("link").first().click();
    await reviewer.getByRole("heading", { level: 2, name: "Verklaring over belangenconflicten" }).waitFor();
    // Before the declaration: the participants, nothing of the application.
    await waitForText(reviewer.locator("main"), LEAD);
    expect(await reviewer.locator("main").innerText()).not.toContain(TITLE);
    const assignmentId = reviewer.url().split("/").pop()!;
    expect((await reviewer.request.get(`/api/grants/reviews/${assignmentId}`)).status()).toBe(412);
    await expectAccessible(reviewer, "the declaration of conflicts of interest");
    await reviewer.getByRole("radio", { name: "Ik heb geen belangenconflict" }).check();
    await reviewer.getByRole("button", { name: "Verklaring bevestigen" }).click();
    await waitForText(reviewer.locator("main"), TITLE);
    for (const [i, criterion] of CRITERIA.entries()) {
      await reviewer.getByLabel(`Score voor ${criterion}`).fill(String(8 - (i % 2)));
      await reviewer.getByLabel(`Toelichting bij ${criterion}`).fill(`Overtuigend op ${criterion.toLowerCase()}.`);
    }
    await expectAccessible(reviewer, "the scoring form");
    await reviewer.getByRole("button", { name: "Score bewaren" }).click();
    await waitForText(reviewer.getByRole("status"), /Gewogen score: 7,[0-9]+/);
  });

  it("the officer decides, pays the first tranche, and the compass counts both companies", async () => {
    const page = await journey.freshPage();
    await signIn(page, journey.server.url, "subsidie@koers.demo");
    const indicator = await indicatorId(page, INDICATOR_CODE);
    const before = await readIndicator(page, indicator);
    expect(before.drilldown).not.toContain(LEAD);

    // The ranking of the call sums up the review for the decision maker.
    const { callId } = (await (await page.request.get(`/api/grants/applications/${applicationId}`)).json()) as { callId: string };
    await page.goto(`/app/subsidies/oproepen/${callId}/rangschikking`);
    await page.getByRole("heading", { level: 1, name: /^Rangschikking / }).waitFor();
    await waitForText(page.getByRole("table").first(), LEAD);
    await waitForText(page.locator("main"), "Overtuigend op vernieuwend karakter.");
    await expectAccessible(page, "the ranking of the call");
    await page.getByRole("table").first().getByRole("row").filter({ hasText: LEAD }).getByRole("link", { name: "Beslissen" }).click();
    await page.getByRole("heading", { level: 2, name: "Ontvankelijkheid" }).waitFor();
    await waitForText(page.locator("main"), "Minstens twee onafhankelijke bedrijven: voldaan");
    await waitForText(page.locator("main"), /Venster .* tegenover het plafond van/);
    await expectAccessible(page, "the eligibility panel and the decision form");
    await page.getByLabel("Doel van de steun (publiek)").fill("Cobotcel voor kleine reeksen");
    await page.getByLabel("Motivering", { exact: true }).fill("Sterke samenwerking tussen twee Limburgse kmo's met snel resultaat.");
    await page.getByLabel(/^Schijven/).fill("Voorschot; 15.000; bij ondertekening\nSaldo; 10.000; na het eindrapport");
    const override = page.getByLabel("Motivering van de afwijking");
    if (await override.count()) await override.fill("De deputatie keurt de aanvraag goed ondanks de afwijking.");
    await page.getByRole("button", { name: "Beslissing nemen" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Beslissen" }).click();
    await page.getByRole("heading", { level: 2, name: /^Goedgekeurd: / }).waitFor();
    const letter = await page.request.get(`/api/grants/applications/${applicationId}/decision/letter.pdf`);
    expect(letter.headers()["content-type"]).toBe("application/pdf");

    await page.getByRole("link", { name: "Betalingen en terugvorderingen" }).click();
    await page.getByRole("heading", { level: 2, name: "Schijven" }).waitFor();
    await page.getByLabel("IBAN van de begunstigde").fill("BE54 3101 0027 0000");
    await page.getByRole("button", { name: "Schijf betalen" }).click();
    await waitForText(page.locator("main"), "De Belgische controlecijfers van het rekeningnummer kloppen niet.");
    await page.getByLabel("IBAN van de begunstigde").fill("BE68 5390 0754 7034");
    await expectAccessible(page, "the payments page");
    await page.getByRole("button", { name: "Schijf betalen" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Schijf betalen" }).click();
    await waitForText(page.locator("main"), /betaald €\s?15\.000\b/);
    await waitForText(page.locator("main"), "BE68539007547034");

    const after = await readIndicator(page, indicator);
    expect(after.value).toBe(before.value + 2);
    expect(after.drilldown).toEqual(expect.arrayContaining([LEAD, PARTNER]));
  });

  it("the awarded aid is on the public list", async () => {
    const page = await journey.freshPage();
    await page.goto(`${journey.server.url}/steun`);
    await page.getByRole("heading", { level: 1, name: "Toegekende steun" }).waitFor();
    await waitForText(page.getByRole("table"), PARTNER);
    await waitForText(page.getByRole("table"), LEAD);
    await expectAccessible(page, "the public list of awarded aid");
  });
});
