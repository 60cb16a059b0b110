import { AxeBuilder } from "@axe-core/playwright";
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, expect, inject } from "vitest";
import { startServer as startPlatform, type RunningServer, type ServerOptions } from "./server";

export type { RunningServer, ServerOptions } from "./server";

export const DEMO_PASSWORD = "Koers-demo-2026!";

/**
 * Starts the platform as a user would (`serve`) on a fresh embedded database with the demo data: a copy of the
 * database the global setup seeded once for the run, so each journey file starts from the same state.
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  return startPlatform({ template: inject("demoDataDir"), ...options });
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/** A fresh browser context (no cookies, no saved language) with a Belgian user's locale and a desktop window. */
export async function newContext(browser: Browser, baseURL: string): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL, locale: "nl-BE", timezoneId: "Europe/Brussels", viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(20_000);
  return context;
}

export async function signIn(page: Page, baseUrl: string, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${baseUrl}/aanmelden`);
  await page.getByLabel(/e-?mail/i).fill(email);
  await page.getByLabel(/wachtwoord|password/i).fill(password);
  await page.getByRole("button", { name: /aanmelden|sign in/i }).click();
  await page.waitForURL(/\/app/);
}

/** Waits until the locator's (first) element contains the text; fails with what it shows instead. */
export async function waitForText(locator: Locator, text: string | RegExp, timeout = 20_000): Promise<void> {
  try {
    await locator.filter({ hasText: text }).first().waitFor({ state: "visible", timeout });
  } catch {
    const shown = await locator
      .first()
      .innerText({ timeout: 1_000 })
      .catch(() => "(nothing)");
    throw new Error(`expected ${String(text)} in ${locator.toString()}, but it shows:\n${shown.slice(0, 2_000)}`);
  }
}

/** Polls a condition in the page's own rendering loop (no fixed sleeps). */
export async function waitUntil(page: Page, description: string, check: () => Promise<boolean>, timeout = 20_000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${description}`);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
  }
}

/** The signed-in user's CSRF token, for API calls made with the page's own session cookie. */
export async function csrfToken(page: Page): Promise<string> {
  const res = await page.request.get("/api/auth/me");
  if (!res.ok()) throw new Error(`GET /api/auth/me answered ${res.status()}`);
  return ((await res.json()) as { csrfToken: string }).csrfToken;
}

/** The axe-core rule sets every page must pass: WCAG 2.1 level AA. */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** Fails with the page's WCAG 2.1 AA violations (rule, help and up to three elements each), named after `what`. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const found = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join("; ")})`);
  expect(found, `axe-core on ${what}`).toEqual([]);
}

/** The page's WCAG 2.1 AA violations as a report (empty when there are none), after checking that axe-core ran at all. */
export async function violations(page: Page): Promise<string> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(result.passes.length, "axe checked the page").toBeGreaterThan(10);
  return result.violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(" ")} — ${n.failureSummary?.split("\n").join(" ")}`).join("\n")}`)
    .join("\n");
}

/** The id of the compass indicator with this code, as the signed-in user sees the list. */
export async function indicatorId(page: Page, code: string): Promise<string> {
  const res = await page.request.get("/api/compass/indicators");
  expect(res.status()).toBe(200);
  const found = ((await res.json()) as { id: string; code: string }[]).find((i) => i.code === code);
  if (!found) throw new Error(`no indicator ${code}`);
  return found.id;
}

/** The indicator page as a person reads it: the current figure ("13 bedrijven") and the first cell of each drill-down row. */
export async function readIndicator(page: Page, id: string): Promise<{ value: number; drilldown: string[] }> {
  await page.goto(`/app/indicatoren/${id}`);
  await page.getByRole("heading", { level: 1 }).waitFor();
  const figure = (await page.locator(".compass-keyfigure__value").first().innerText()).trim();
  const value = Number(figure.replace(/[^\d]/g, ""));
  expect(Number.isInteger(value), `a whole number in "${figure}"`).toBe(true);
  const table = page.locator("#drilldown").getByRole("table");
  await table.waitFor();
  const drilldown: string[] = [];
  for (const row of await table.locator("tbody tr").all()) drilldown.push((await row.getByRole("cell").first().innerText()).trim());
  return { value, drilldown };
}

/** Opens one of the signed-in user's grant applications, found by its title in the list of applications. */
export async function openApplication(page: Page, baseUrl: string, title: string): Promise<void> {
  await page.goto(`${baseUrl}/app/subsidies/aanvragen`);
  await page.getByRole("heading", { level: 1 }).waitFor();
  // The demo data holds other applications too: open this one.
  await page.getByRole("table").getByRole("row").filter({ hasText: title }).getByRole("link").first().click();
  await page.getByRole("heading", { level: 1, name: title }).waitFor();
}

export interface BrowserJourney {
  /** The running platform (set in beforeAll). */
  readonly server: RunningServer;
  /** A page in a new browser context (nl-BE), closed after each test. */
  freshPage(): Promise<Page>;
  /** Closes the current context early, e.g. to continue as another user. */
  closeContext(): Promise<void>;
}

/** Registers the hooks every journey file needs: one server and one browser per file, a fresh context per page. */
export function useBrowserJourney(): BrowserJourney {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  const closeContext = async () => {
    await context?.close();
    context = undefined;
  };
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterEach(closeContext);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  return {
    get server() {
      if (!server) throw new Error("the server starts in beforeAll");
      return server;
    },
    async freshPage() {
      context = await newContext(browser!, server!.url);
      return context.newPage();
    },
    closeContext,
  };
}
