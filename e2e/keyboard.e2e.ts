import { readFileSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newContext, startServer, waitUntil, type RunningServer } from "./support";

/*
 * The public dashboard and an indicator page by keyboard alone: the skip link comes first and moves focus to the
 * content; every element Tab reaches shows where focus is; Enter on an indicator opens it; the open-data downloads
 * are reachable; the language switch works from the keyboard.
 */

const JOBS_NL = "Bijkomende hooggeschoolde jobs aangetrokken";
const JOBS_EN = "Additional high-skilled jobs attracted";

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

interface Stop {
  isBody: boolean;
  key: string; // tag#id.text — to recognise the stop again
  text: string;
  tag: string;
  href: string | null;
  indicator: string | null; // why the focus is not visible, or null when it is
}

/**
 * Remembers how every element looks without focus (outline and box-shadow), so that each focus stop can be compared
 * with its own unfocused look.
 */
async function rememberUnfocusedLook(p: Page): Promise<void> {
  await p.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    const looks = new WeakMap<Element, string>();
    for (const el of document.querySelectorAll("*")) {
      const cs = getComputedStyle(el);
      looks.set(el, `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor} | ${cs.boxShadow}`);
    }
    (window as unknown as { __unfocused: WeakMap<Element, string> }).__unfocused = looks;
  });
}

/** The focused element, and whether a focus indicator is drawn on it (an outline or a shadow that it lacks unfocused). */
async function focusStop(p: Page): Promise<Stop> {
  return p.evaluate(() => {
    const el = document.activeElement ?? document.body;
    const text = ((el.getAttribute("aria-label") ?? (el as HTMLElement).innerText ?? "") || el.getAttribute("title") || "").trim().replace(/\s+/g, " ").slice(0, 80);
    const key = `${el.tagName.toLowerCase()}#${el.id}.${text}`;
    if (el === document.body || el === document.documentElement) return { isBody: true, key, text, tag: "body", href: null, indicator: null };
    const cs = getComputedStyle(el);
    const look = `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor} | ${cs.boxShadow}`;
    const unfocused = (window as unknown as { __unfocused?: WeakMap<Element, string> }).__unfocused?.get(el);
    const transparent = (c: string) => c === "transparent" || /rgba\([^)]*,\s*0\)$/.test(c);
    const outline = cs.outlineStyle !== "none" && parseFloat(cs.outlineWidth) >= 1 && !transparent(cs.outlineColor);
    const shadow = cs.boxShadow !== "none" && !/^rgba\([^)]*,\s*0\)/.test(cs.boxShadow);
    const r = el.getBoundingClientRect();
    const problems: string[] = [];
    if (!outline && !shadow) problems.push(`no outline or shadow (${look})`);
    if (unfocused !== undefined && unfocused === look) problems.push(`looks the same as without focus (${look})`);
    if (r.width < 2 || r.height < 2) problems.push(`not visible (${r.width}×${r.height})`);
    else if (r.bottom <= 0 || r.top >= innerHeight || r.right <= 0 || r.left >= innerWidth) problems.push("outside the window");
    return { isBody: false, key, text, tag: el.tagName.toLowerCase(), href: el.getAttribute("href"), indicator: problems.length ? problems.join("; ") : null };
  });
}

/**
 * Every focus stop of the page in Tab order, from the top: first Tab until focus leaves the page at its end (from
 * wherever it is), then record each stop from the top until focus leaves the page again.
 */
async function tabThrough(p: Page, max = 400): Promise<Stop[]> {
  await p.mouse.move(0, 0);
  for (let i = 0; ; i++) {
    if (i >= max) throw new Error(`focus never left the page after ${max} Tabs: a keyboard trap?`);
    await p.keyboard.press("Tab");
    if ((await focusStop(p)).isBody) break;
  }
  const stops: Stop[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < max; i++) {
    await p.keyboard.press("Tab");
    const stop = await focusStop(p);
    if (stop.isBody) return stops;
    if (seen.has(stop.key)) throw new Error(`focus came back to ${stop.key} before leaving the page: a keyboard trap?`);
    seen.add(stop.key);
    stops.push(stop);
  }
  throw new Error(`more than ${max} focus stops: a keyboard trap? last: ${stops.at(-1)?.key}`);
}

function withoutFocusIndicator(stops: Stop[]): string {
  return stops
    .filter((s) => s.indicator)
    .map((s) => `${s.key}: ${s.indicator}`)
    .join("\n");
}

/** Presses Tab until the focused element satisfies `match`, at most `max` times. */
async function tabTo(p: Page, description: string, match: (s: Stop) => boolean, max = 300): Promise<Stop> {
  for (let i = 0; i < max; i++) {
    await p.keyboard.press("Tab");
    const stop = await focusStop(p);
    if (match(stop)) return stop;
  }
  throw new Error(`Tab never reached ${description}`);
}

async function dashboardLoaded(p: Page): Promise<void> {
  await p.getByRole("heading", { level: 1, name: /^Koers/ }).waitFor();
  await p.getByRole("link", { name: JOBS_NL }).waitFor();
  await p.getByRole("img", { name: /^Trend/ }).first().waitFor();
}

async function indicatorLoaded(p: Page, name: string): Promise<void> {
  await p.getByRole("heading", { level: 1, name }).waitFor();
  await p.getByRole("img", { name: new RegExp(`^(Lijngrafiek|Line chart)`) }).waitFor();
  await p.getByRole("table", { name: /^(Laatste waarde per gemeente|Latest value per municipality)/ }).waitFor();
}

describe("the public pages by keyboard alone", () => {
  it("dashboard: the skip link first, visible focus on every stop, Enter on an indicator opens it", async () => {
    context = await newContext(browser, server.url);
    page = await context.newPage();
    await page.goto("/");
    await dashboardLoaded(page);

    // The skip link is the first stop, and it moves focus to the main content.
    await page.keyboard.press("Tab");
    const first = await focusStop(page);
    expect(first.text).toBe("Naar de inhoud");
    expect(first.indicator).toBeNull();
    await page.keyboard.press("Enter");
    await waitUntil(page, "focus is on <main>", () => page.evaluate(() => document.activeElement?.id === "main"));
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.getElementById("main")!.contains(document.activeElement))).toBe(true);

    // Every stop shows where focus is.
    await rememberUnfocusedLook(page);
    const stops = await tabThrough(page);
    expect(stops[0].text).toBe("Naar de inhoud");
    expect(stops.map((s) => s.text)).toEqual(expect.arrayContaining(["Nederlands", "English", "Aanmelden", JOBS_NL]));
    expect(withoutFocusIndicator(stops), "focus stops without a visible focus indicator").toBe("");

    // Tab to an indicator and open it with Enter.
    const link = await tabTo(page, `the link "${JOBS_NL}"`, (s) => s.tag === "a" && s.text === JOBS_NL);
    expect(link.href).toMatch(/^\/publiek\/indicatoren\//);
    await page.keyboard.press("Enter");
    await page.waitForURL((u) => u.pathname === link.href);
    await indicatorLoaded(page, JOBS_NL);
    // Focus starts at the new page's heading, so the next Tab continues in its content.
    await waitUntil(page, "focus is on the indicator's heading", async () => (await focusStop(page)).key === `h1#.${JOBS_NL}`);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.getElementById("main")!.contains(document.activeElement))).toBe(true);
    await context.close();
  });

  it("indicator page: visible focus on every stop, the downloads, and the language switch", async () => {
    context = await newContext(browser, server.url);
    page = await context.newPage();
    await page.goto("/");
    await dashboardLoaded(page);
    const href = await page.getByRole("link", { name: JOBS_NL }).getAttribute("href");
    await page.goto(href!);
    await indicatorLoaded(page, JOBS_NL);

    await page.keyboard.press("Tab");
    expect((await focusStop(page)).text).toBe("Naar de inhoud");
    await page.keyboard.press("Enter");
    await waitUntil(page, "focus is on <main>", () => page.evaluate(() => document.activeElement?.id === "main"));

    await rememberUnfocusedLook(page);
    const stops = await tabThrough(page);
    expect(withoutFocusIndicator(stops), "focus stops without a visible focus indicator").toBe("");

    // The open data: both downloads are reachable and download with Enter.
    for (const [label, check] of [
      [`${JOBS_NL} als CSV`, (body: string) => expect(body.split(/\r?\n/)[0]).toMatch(/period|periode/i)],
      [`${JOBS_NL} als JSON`, (body: string) => expect(JSON.parse(body)).toMatchObject({ code: "jobs.high_skilled_additional" })],
    ] as const) {
      const stop = await tabTo(page, `the download "${label}"`, (s) => s.tag === "a" && s.text.endsWith(label));
      expect(stop.indicator).toBeNull();
      const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
      check(readFileSync((await download.path())!, "utf8").replace(/^\ufeff/, ""));
    }

    // The language switch: Tab to "English", press Enter; the page speaks English and says so in its lang attribute.
    await tabTo(page, 'the button "English"', (s) => s.tag === "button" && s.text === "English");
    await page.keyboard.press("Enter");
    await waitUntil(page, "the page is in English", () => page.evaluate(() => document.documentElement.lang === "en"));
    await indicatorLoaded(page, JOBS_EN);
    await page.getByRole("link", { name: "Skip to content" }).waitFor({ state: "attached" });
    expect(await page.getByRole("button", { name: "English" }).getAttribute("aria-pressed")).toBe("true");
    await page.getByRole("link", { name: `${JOBS_EN} as CSV` }).waitFor();

    // And back with the space bar.
    await page.keyboard.press("Shift+Tab");
    expect((await focusStop(page)).text).toBe("Nederlands");
    await page.keyboard.press("Space");
    await waitUntil(page, "the page is in Dutch again", () => page.evaluate(() => document.documentElement.lang === "nl-BE"));
    await indicatorLoaded(page, JOBS_NL);
  });
});
