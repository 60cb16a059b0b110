import { chromium, type Browser, type BrowserContext, type Locator, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, inject } from "vitest";
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
