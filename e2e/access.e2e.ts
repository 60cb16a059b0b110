import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { signIn, useBrowserJourney, waitForText } from "./support";

/*
 * Who sees what in the browser: a municipality user sees only their municipality's values and cannot reach user
 * management; the public, without signing in, is sent from the back office to the sign-in page.
 */

const EMPLOYMENT = "Werkzaamheidsgraad (20–64 jaar)"; // demo values for the province and, at year ends, every municipality
const PROVINCE = "Provincie (geheel Limburg)";
const GENK_NIS = "71016";
const HASSELT_NIS = "71072";

const journey = useBrowserJourney();
const freshPage = () => journey.freshPage();

/** The municipality column of the indicator's table of values, one entry per row. */
async function municipalitiesInValues(page: Page): Promise<string[]> {
  await page.getByRole("link", { name: EMPLOYMENT }).click();
  await page.getByRole("heading", { level: 1, name: EMPLOYMENT }).waitFor();
  const table = page.getByRole("table", { name: "Waarden van deze indicator, nieuwste eerst" });
  await table.waitFor();
  const headers = await table.getByRole("columnheader").allInnerTexts();
  const column = headers.indexOf("Gemeente");
  expect(column, `a "Gemeente" column among ${headers.join(", ")}`).toBeGreaterThanOrEqual(0);
  const rows = table.getByRole("rowgroup").nth(1).getByRole("row");
  const out: string[] = [];
  for (const row of await rows.all()) out.push((await row.getByRole("cell").nth(column).innerText()).trim());
  return out;
}

describe("access in the browser", () => {
  it("a municipality user sees only Genk's values (and the province's), while an analyst sees every municipality's", async () => {
    const analyst = await freshPage();
    await signIn(analyst, journey.server.url, "analist@koers.demo");
    const all = await municipalitiesInValues(analyst);
    const seenByAnalyst = new Set(all.filter((m) => m !== PROVINCE));
    expect(seenByAnalyst.size, `the analyst sees several municipalities: ${[...seenByAnalyst].join(", ")}`).toBeGreaterThan(1);
    expect(seenByAnalyst).toContain("Genk");
    await journey.closeContext();

    const genk = await freshPage();
    await signIn(genk, journey.server.url, "gemeente.genk@koers.demo");
    const own = await municipalitiesInValues(genk);
    expect([...new Set(own.filter((m) => m !== PROVINCE))]).toEqual(["Genk"]);
    expect(own.filter((m) => m === "Genk").length).toBe(all.filter((m) => m === "Genk").length);
    expect(own.filter((m) => m === PROVINCE).length).toBe(all.filter((m) => m === PROVINCE).length);

    // The API behind the page answers the same: no other municipality's row, and asking for one is refused.
    const id = new URL(genk.url()).pathname.split("/").pop();
    const rows = (await (await genk.request.get(`/api/compass/indicators/${id}/measurements?includeSuperseded=true`)).json()) as { municipalityNis: string | null }[];
    expect([...new Set(rows.map((r) => r.municipalityNis))].sort()).toEqual([GENK_NIS, null]);
    expect((await genk.request.get(`/api/compass/indicators/${id}/measurements?municipality=${HASSELT_NIS}`)).status()).toBe(403);
  });

  it("a municipality user cannot reach user management", async () => {
    const page = await freshPage();
    await signIn(page, journey.server.url, "gemeente.genk@koers.demo");
    const nav = page.getByRole("navigation", { name: "Hoofdnavigatie" });
    await nav.getByRole("link", { name: "Kompas" }).waitFor();
    expect(await nav.getByRole("link", { name: "Gebruikers" }).count()).toBe(0);

    await page.goto("/app/gebruikers");
    await page.getByRole("heading", { level: 1, name: "Geen toegang" }).waitFor();
    expect(await page.getByRole("table").count()).toBe(0);
    expect(await page.getByText("admin@koers.demo").count()).toBe(0);

    const api = await page.request.get("/api/admin/users");
    expect(api.status()).toBe(403);
  });

  it("the public is sent from the back office to the sign-in page", async () => {
    const page = await freshPage();
    await page.goto("/app");
    await page.waitForURL((u) => u.pathname === "/aanmelden");
    await page.getByRole("heading", { level: 1, name: "Aanmelden" }).waitFor();

    await page.goto("/app/gebruikers");
    await page.waitForURL((u) => u.pathname === "/aanmelden" && u.searchParams.get("next") === "/app/gebruikers");
    await waitForText(page.getByRole("main"), "Wachtwoord");

    const api = await page.request.get("/api/admin/users");
    expect(api.status()).toBe(401);
  });
});
