import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newContext, type RunningServer, signIn, startServer, violations } from "./support";

/*
 * WCAG 2.1 AA, as axe-core checks it: the public dashboard, a public indicator page and the back-office indicator
 * page have no violations. Each page is checked once everything it shows has loaded (chart, map, tables).
 */

const JOBS_NAME = "Bijkomende hooggeschoolde jobs aangetrokken"; // chart, map and table per municipality

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

/** The indicator page is complete when its chart has drawn and the per-municipality table is there. */
async function indicatorPageLoaded(page: Page): Promise<void> {
  await page.getByRole("heading", { level: 1, name: JOBS_NAME }).waitFor();
  await page.getByRole("img", { name: new RegExp(`^Lijngrafiek: ${JOBS_NAME}`) }).waitFor();
  await page.getByRole("table", { name: /^Laatste waarde per gemeente/ }).waitFor();
  await page.getByRole("region", { name: "Kaart van Limburg met de waarde per gemeente" }).waitFor();
}

describe("accessibility (axe-core, WCAG 2.1 AA)", () => {
  it("the public dashboard and a public indicator page have no violations", async () => {
    context = await newContext(browser, server.url);
    const page = await context.newPage();
    await page.goto("/");
    await page.getByRole("heading", { level: 1, name: /^Koers/ }).waitFor();
    await page.getByRole("link", { name: JOBS_NAME }).waitFor();
    await page.getByRole("img", { name: /^Trend/ }).first().waitFor();
    expect(await violations(page), "public dashboard").toBe("");

    await page.getByRole("link", { name: JOBS_NAME }).click();
    await page.waitForURL(/\/publiek\/indicatoren\//);
    await indicatorPageLoaded(page);
    expect(await violations(page), "public indicator page").toBe("");
    await context.close();
  });

  it("the back-office indicator page has no violations", async () => {
    context = await newContext(browser, server.url);
    const page = await context.newPage();
    await signIn(page, server.url, "analist@koers.demo");
    await page.getByRole("link", { name: JOBS_NAME }).click();
    await page.waitForURL(/\/app\/indicatoren\//);
    await indicatorPageLoaded(page);
    await page.getByRole("table", { name: "Waarden van deze indicator, nieuwste eerst" }).waitFor();
    expect(await violations(page), "back-office indicator page").toBe("");
  });
});
