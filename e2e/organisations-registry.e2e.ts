import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { csrfToken, expectAccessible, signIn, useBrowserJourney, waitForText } from "./support";

/*
 * The registry's editing screens. An account manager adds a person with the GDPR legal basis to a hand-made
 * record, edits them and downloads their data; finds the record among the likely duplicates of the demo
 * company Drukkerij Ambiorix and merges it into that company; the old address then leads to the survivor
 * with a notice, and the person moved along. An administrator erases the person after a confirmation that
 * says what stays in the audit. The demo entrepreneur edits their own profile and contact persons, and has
 * no way to another company's people. Every new page passes axe-core's WCAG 2.1 AA rules.
 */

const SURVIVOR = "Drukkerij Ambiorix";
const DUPLICATE = "Drukkerij Ambiorix BV";
const PERSON = "Griet Vandermeulen";
const OWN_COMPANY = "Kempense Precisietechniek";

const journey = useBrowserJourney();
const freshPage = () => journey.freshPage();

describe("contacts, duplicates and merges in the browser", () => {
  let duplicateId = "";
  let survivorId = "";

  it("an account manager records a person with their legal basis, downloads their data, and merges a duplicate record", async () => {
    const page = await freshPage();
    await signIn(page, journey.server.url, "accountmanager@koers.demo");
    const made = await page.request.post("/api/organisations", {
      data: { name: DUPLICATE, kind: "company", postcode: "3700", place: "Tongeren" },
      headers: { "x-csrf-token": await csrfToken(page) },
    });
    expect(made.status(), await made.text()).toBe(201);
    duplicateId = ((await made.json()) as { id: string }).id;

    // A person with role, channels and the legal basis with its date.
    await page.goto(`/app/organisaties/${duplicateId}`);
    await page.getByRole("heading", { level: 1, name: DUPLICATE }).waitFor();
    const section = page.locator("#contactpersonen");
    await waitForText(section, "Nog geen contactpersonen.");
    await section.getByRole("button", { name: "Persoon toevoegen" }).click();
    const form = page.getByRole("form", { name: "Persoon toevoegen" });
    await form.getByRole("button", { name: "Opslaan" }).click();
    await waitForText(form, "Vul dit veld in.");
    await form.getByLabel("Naam").fill(PERSON);
    await form.getByLabel("Functie").fill("Zaakvoerder");
    await form.getByLabel("E-mailadres").fill("griet@ambiorix.example");
    await form.getByLabel("Rechtsgrond (AVG art. 6)").selectOption({ label: "Toestemming" });
    await form.getByLabel("Datum van de rechtsgrond").fill("2026-01-10");
    await expectAccessible(page, "the contact form");
    await form.getByRole("button", { name: "Opslaan" }).click();
    await waitForText(page.getByRole("status"), `${PERSON} is toegevoegd.`);
    const row = section.getByRole("row", { name: new RegExp(PERSON) });
    await waitForText(row, "Toestemming");
    await waitForText(row, "sinds 10-01-2026");

    await row.getByRole("button", { name: /Bewerken/ }).click();
    const edit = page.getByRole("form", { name: `${PERSON} bewerken` });
    await edit.getByLabel("Functie").fill("Bestuurder");
    await edit.getByRole("button", { name: "Opslaan" }).click();
    await waitForText(section.getByRole("row", { name: new RegExp(PERSON) }), "Bestuurder");

    const [download] = await Promise.all([page.waitForEvent("download"), section.getByRole("button", { name: /Gegevens downloaden/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/^persoonsgegevens-griet-vandermeulen-\d{4}-\d{2}-\d{2}\.json$/);
    const data = JSON.parse(await readFile((await download.path())!, "utf8")) as { contact: { name: string; role: string }; audit: { action: string }[] };
    expect(data.contact).toMatchObject({ name: PERSON, role: "Bestuurder" });
    expect(data.audit.map((a) => a.action)).toEqual(["contact.create", "contact.update"]);
    await expectAccessible(page, "the organisation page with its contacts");

    // The likely duplicates: the hand-made record and the demo company in the same municipality.
    await page.goto("/app/organisaties");
    await page.getByRole("link", { name: "Mogelijke dubbels" }).click();
    await page.getByRole("heading", { level: 1, name: "Mogelijke dubbels" }).waitFor();
    const pair = page.getByRole("row", { name: new RegExp(DUPLICATE) });
    await waitForText(pair, "Beide in dezelfde gemeente.");
    await expectAccessible(page, "the duplicates page");
    await pair.getByRole("link", { name: /Samenvoegen/ }).click();

    // The merge screen: the older record is suggested to stay; a reason is required; a confirmation says what happens.
    await page.getByRole("heading", { level: 1, name: "Records samenvoegen" }).waitFor();
    await expect.poll(() => page.getByRole("radio", { name: new RegExp(`^${SURVIVOR} behouden`) }).isChecked()).toBe(true);
    await expectAccessible(page, "the merge page");
    await page.getByRole("button", { name: "Samenvoegen…" }).click();
    await waitForText(page.locator("main"), "Vul dit veld in.");
    await page.getByLabel("Reden").fill("Hetzelfde bedrijf, met de hand aangemaakt na een beurs");
    await page.getByRole("button", { name: "Samenvoegen…" }).click();
    const dialog = page.getByRole("dialog", { name: `${DUPLICATE} samenvoegen in ${SURVIVOR}?` });
    await waitForText(dialog, "Dit kan niet ongedaan gemaakt worden.");
    await dialog.getByRole("button", { name: "Samenvoegen", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Samengevoegd" }).waitFor();
    await waitForText(page.locator("main"), `${DUPLICATE} is samengevoegd in ${SURVIVOR}.`);
    await expectAccessible(page, "the merge result");
    await page.getByRole("link", { name: `Naar ${SURVIVOR}` }).click();
    await page.getByRole("heading", { level: 1, name: SURVIVOR }).waitFor();
    survivorId = new URL(page.url()).pathname.split("/").pop()!;

    // The merged record's old address leads to the survivor, with a notice; the person moved along.
    await page.goto(`/app/organisaties/${duplicateId}`);
    await page.getByRole("heading", { level: 1, name: SURVIVOR }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/app/organisaties/${survivorId}`);
    await waitForText(page.getByRole("status"), `‘${DUPLICATE}’ is samengevoegd met deze organisatie.`);
    await page.locator("#contactpersonen").getByRole("row", { name: new RegExp(PERSON) }).waitFor();
  });

  it("an administrator erases a person after a confirmation that says what stays in the audit", async () => {
    expect(survivorId, "the first journey merged the records").not.toBe("");
    const page = await freshPage();
    await signIn(page, journey.server.url, "admin@koers.demo");
    await page.goto(`/app/organisaties/${survivorId}`);
    const section = page.locator("#contactpersonen");
    await section.getByRole("row", { name: new RegExp(PERSON) }).getByRole("button", { name: /Wissen/ }).click();
    const dialog = page.getByRole("dialog", { name: `Gegevens van ${PERSON} wissen?` });
    await waitForText(dialog, "Blijft: dat er een contactpersoon was");
    await expectAccessible(page, "the erase dialog");
    await dialog.getByRole("button", { name: "Definitief wissen" }).click();
    await waitForText(dialog, "Vul dit veld in.");
    await dialog.getByLabel("Reden van het wissen").fill("Verzoek van de betrokkene van 12 januari");
    await dialog.getByRole("button", { name: "Definitief wissen" }).click();
    await waitForText(page.getByRole("status"), "De persoonsgegevens zijn gewist.");
    await waitForText(section, /Gewist op/);
    expect(await section.innerText()).not.toContain(PERSON);
  });

  it("the entrepreneur edits their own profile and contact persons, and nobody else's", async () => {
    const page = await freshPage();
    await signIn(page, journey.server.url, "ondernemer@koers.demo");
    await page.getByRole("navigation", { name: "Hoofdnavigatie" }).getByRole("link", { name: "Mijn organisatie" }).click();
    await page.getByRole("heading", { level: 1, name: `Mijn organisatie: ${OWN_COMPANY}` }).waitFor();

    await page.getByRole("button", { name: "Profiel bewerken" }).click();
    const form = page.getByRole("form", { name: "Profiel bewerken" });
    expect(await form.getByLabel("Naam").count()).toBe(0);
    await form.getByLabel("Beschrijving").fill("Precisieonderdelen voor de machinebouw, met beeldherkenning in de kwaliteitscontrole.");
    await form.getByLabel("Personeel (vte)").fill("31");
    await expectAccessible(page, "the entrepreneur's profile form");
    await form.getByRole("button", { name: "Opslaan" }).click();
    await waitForText(page.getByRole("status"), "Het profiel is opgeslagen.");
    await waitForText(page.locator("main"), "beeldherkenning in de kwaliteitscontrole");

    const contacts = page.getByRole("region", { name: "Contactpersonen" }).or(page.locator("section", { has: page.getByRole("heading", { name: "Contactpersonen" }) }));
    await waitForText(contacts.first(), "Els Vanderhoven");
    expect(await page.getByRole("button", { name: /Wissen|Gegevens downloaden/ }).count()).toBe(0);
    await page.getByRole("button", { name: "Persoon toevoegen" }).click();
    const add = page.getByRole("form", { name: "Persoon toevoegen" });
    await add.getByLabel("Naam").fill("Ruben Aerts");
    await add.getByLabel("Rechtsgrond (AVG art. 6)").selectOption({ label: "Gerechtvaardigd belang" });
    await add.getByRole("button", { name: "Opslaan" }).click();
    await waitForText(page.getByRole("status"), "Ruben Aerts is toegevoegd.");
    await expectAccessible(page, "the entrepreneur's organisation page with contacts");

    expect((await page.request.get(`/api/organisations/${survivorId}/contacts`)).status()).toBe(404);
    const token = await csrfToken(page);
    const foreign = await page.request.patch(`/api/organisations/${survivorId}`, { data: { version: 1, description: "x" }, headers: { "x-csrf-token": token } });
    expect(foreign.status()).toBe(404);
  });
});
