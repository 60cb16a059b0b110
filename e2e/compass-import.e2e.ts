import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { csrfToken, launchBrowser, newContext, signIn, startServer, waitForText, type RunningServer } from "./support";

/*
 * An analyst imports a CSV of measurements. The first file has one bad row: the dry run names it (row number and
 * reason) and nothing changes. The fixed file is imported: both rows are committed, and the milestone the first row
 * reports as reached turns from "on track" to "achieved", with the sentence that explains it.
 */

const ROADMAP = "horizon2050.roadmap"; // a milestone due 31-12-2027; demo data: not reached yet, so on track
const GDP_GAP = "welfare.gdp_per_capita_gap"; // demo data: one value per year end, no status

interface IndicatorApi {
  id: string;
  code: string;
  nameNl: string;
  status: { status: string; current: number | null; currentDate: string | null; sentence: string };
}
interface MeasurementApi {
  id: string;
  periodDate: string;
  municipalityNis: string | null;
  value: number;
  note: string;
  origin: string;
  supersededAt: string | null;
}

const nlNumber = (v: number) => new Intl.NumberFormat("nl-BE", { maximumFractionDigits: 2 }).format(v);
const nlDate = (iso: string) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "koers-e2e-csv-"));
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  context = await newContext(browser, server.url);
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function indicatorByCode(code: string): Promise<IndicatorApi> {
  const res = await page.request.get("/api/compass/indicators");
  expect(res.status()).toBe(200);
  const list = (await res.json()) as IndicatorApi[];
  const found = list.find((i) => i.code === code);
  if (!found) throw new Error(`no indicator ${code}`);
  const detail = await page.request.get(`/api/compass/indicators/${found.id}`);
  expect(detail.status()).toBe(200);
  return (await detail.json()) as IndicatorApi;
}

async function measurementsOf(id: string): Promise<MeasurementApi[]> {
  const res = await page.request.get(`/api/compass/indicators/${id}/measurements?includeSuperseded=true`);
  expect(res.status()).toBe(200);
  return (await res.json()) as MeasurementApi[];
}

function writeCsv(name: string, rows: string[][]): string {
  const path = join(dir, name);
  const lines = [["indicator", "periode", "waarde", "gemeente", "bron", "opmerking"], ...rows].map((r) => r.join(";"));
  writeFileSync(path, `\ufeff${lines.join("\r\n")}\r\n`, "utf8");
  return path;
}

/** What the indicator page shows: the status block, the current figure and the whole table of values. */
async function indicatorPageView(id: string, name: string) {
  await page.goto(`/app/indicatoren/${id}`);
  await page.getByRole("heading", { level: 1, name }).waitFor();
  const values = page.getByRole("table", { name: "Waarden van deze indicator, nieuwste eerst" });
  await values.waitFor();
  return {
    main: page.getByRole("main"),
    values,
    valuesText: await values.innerText(),
    valueRows: await values.getByRole("row").count(),
  };
}

/** A key figure of the indicator's header as it is read out: its label, the figure, and the lines below it. */
async function keyFigure(main: Locator, label: string): Promise<string> {
  const figure = main.getByText(label, { exact: true }).first().locator("xpath=..");
  return figure.evaluate((el) => {
    const spoken = (n: Node): string =>
      n.nodeType === Node.TEXT_NODE ? (n.textContent ?? "") : n instanceof Element && n.getAttribute("aria-hidden") === "true" ? "" : [...n.childNodes].map(spoken).join("");
    return [...el.children].map((c) => spoken(c).replace(/\s+/g, " ").trim()).filter(Boolean).join("\n");
  });
}

async function uploadAndCheck(path: string, fileName: string) {
  await page.getByRole("navigation", { name: "Hoofdnavigatie" }).getByRole("link", { name: "Import" }).click();
  await page.getByRole("heading", { level: 1, name: "Waarden importeren" }).waitFor();
  await page.getByLabel("Bestand (CSV of XLSX)").setInputFiles(path);
  await page.getByRole("button", { name: "Controleren (proefimport)" }).click();
  await page.getByRole("heading", { name: `Resultaat van de controle: ${fileName}` }).waitFor();
}

describe("importing measurements", () => {
  it("shows a bad row in the dry run and changes nothing; the fixed file is committed and the status changes", async () => {
    await signIn(page, server.url, "analist@koers.demo");

    const roadmap = await indicatorByCode(ROADMAP);
    const gap = await indicatorByCode(GDP_GAP);
    expect(roadmap.status.status, "the demo data have the Horizon 2050 roadmap on track, not reached yet").toBe("on_track");
    expect(roadmap.status.current).toBe(0);
    expect(gap.status.current).not.toBeNull();
    // The roadmap was delivered last month: a value for the last day of the previous month (never in the future).
    const now = new Date();
    const period = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 0)).toISOString().slice(0, 10);
    const note = "Roadmap goedgekeurd door de deputatie";
    const gapPeriod = gap.status.currentDate!;
    const gapValue = Math.round((gap.status.current! + 0.4) * 10) / 10;
    const roadmapRow = [ROADMAP, period, "1", "", "POM Limburg", note];

    const roadmapBefore = await measurementsOf(roadmap.id);
    const gapBefore = await measurementsOf(gap.id);
    const before = await indicatorPageView(roadmap.id, roadmap.nameNl);
    expect(await keyFigure(before.main, "Huidig cijfer")).toBe(`Huidig cijfer\nNog niet bereikt\nop ${nlDate(roadmap.status.currentDate!)}`);
    expect(await keyFigure(before.main, "Status")).toBe(`Status\nOp koers\n${roadmap.status.sentence}`);

    // 1. The file with a bad row: the dry run shows row 3's error, with its reason.
    const badPath = writeCsv("waarden-met-fout.csv", [roadmapRow, [GDP_GAP, gapPeriod, "twintig", "", "NBB", ""]]);
    await uploadAndCheck(badPath, "waarden-met-fout.csv");
    const errors = page.getByRole("table").filter({ has: page.getByRole("columnheader", { name: "Probleem" }) });
    const badRow = errors.getByRole("row").filter({ has: page.getByRole("cell", { name: "3", exact: true }) });
    await expect(badRow.count()).resolves.toBe(1);
    const cells = await badRow.getByRole("cell").allInnerTexts();
    expect(cells[1]).toBe("waarde");
    expect(cells[2]).toMatch(/geen geldig getal/);
    await expect(errors.getByRole("row").count()).resolves.toBe(2); // the header and the one bad row
    await waitForText(page.getByRole("main"), "Importeren kan niet: 1 rij heeft een fout.");
    expect(await page.getByRole("button", { name: "Importeren", exact: true }).isDisabled()).toBe(true);

    // Committing that file anyway (as a script would) is refused as a whole.
    const refused = await page.request.post("/api/compass/imports", {
      headers: { "x-csrf-token": await csrfToken(page) },
      multipart: {
        dryRun: "false",
        file: { name: "waarden-met-fout.csv", mimeType: "text/csv", buffer: Buffer.from(`indicator;periode;waarde;gemeente;bron;opmerking\r\n${roadmapRow.join(";")}\r\n${GDP_GAP};${gapPeriod};twintig;;NBB;\r\n`) },
      },
    });
    expect(refused.status()).toBe(400);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("validation");

    // Nothing changed: not in the API …
    expect(await measurementsOf(roadmap.id)).toEqual(roadmapBefore);
    expect(await measurementsOf(gap.id)).toEqual(gapBefore);
    expect((await indicatorByCode(ROADMAP)).status).toEqual(roadmap.status);
    // … and not on the indicator page: same figure, same status, same values.
    const unchanged = await indicatorPageView(roadmap.id, roadmap.nameNl);
    expect(await keyFigure(unchanged.main, "Huidig cijfer")).toBe(await keyFigure(before.main, "Huidig cijfer"));
    expect(await keyFigure(unchanged.main, "Status")).toBe(`Status\nOp koers\n${roadmap.status.sentence}`);
    expect(unchanged.valueRows).toBe(before.valueRows);
    expect(unchanged.valuesText).toBe(before.valuesText);

    // 2. The fixed file: every row is good, the dry run says what will change, and the import commits it.
    const goodPath = writeCsv("waarden.csv", [roadmapRow, [GDP_GAP, gapPeriod, nlNumber(gapValue), "", "NBB", ""]]);
    await uploadAndCheck(goodPath, "waarden.csv");
    await waitForText(page.getByRole("main"), "Alle rijen zijn in orde. Je kunt importeren.");
    await page.getByRole("button", { name: "Importeren", exact: true }).click();
    await page.getByRole("heading", { name: "Geïmporteerd: waarden.csv" }).waitFor();
    await waitForText(page.getByRole("main"), "De waarden zijn opgeslagen en de statussen bijgewerkt.");
    await page.getByRole("listitem").filter({ hasText: roadmap.nameNl }).filter({ hasText: "Bereikt" }).waitFor();

    // The API has both rows: the milestone with its note, and the correction with the earlier value kept.
    const roadmapAfter = await measurementsOf(roadmap.id);
    expect(roadmapAfter).toHaveLength(roadmapBefore.length + 1);
    expect(roadmapAfter).toContainEqual(expect.objectContaining({ periodDate: period, municipalityNis: null, value: 1, note, origin: "import", supersededAt: null }));
    const gapAfter = await measurementsOf(gap.id);
    expect(gapAfter.filter((m) => m.periodDate === gapPeriod && !m.supersededAt).map((m) => m.value)).toEqual([gapValue]);
    expect(gapAfter.filter((m) => m.periodDate === gapPeriod && m.supersededAt).map((m) => m.value)).toEqual([gap.status.current]);
    const roadmapNow = await indicatorByCode(ROADMAP);
    expect(roadmapNow.status.status).toBe("achieved");
    expect(roadmapNow.status.sentence).toBe(`Mijlpaal bereikt op ${nlDate(period)}.`);

    // 3. The indicator page: the milestone reached, "achieved" with its explanation, and the value in the list.
    const after = await indicatorPageView(roadmap.id, roadmap.nameNl);
    await waitForText(after.main, roadmapNow.status.sentence);
    expect(await keyFigure(after.main, "Huidig cijfer")).toBe(`Huidig cijfer\nBereikt\nop ${nlDate(period)}`);
    expect(await keyFigure(after.main, "Status")).toBe(`Status\nBereikt\n${roadmapNow.status.sentence}`);
    const row = after.values.getByRole("row").filter({ hasText: note });
    await expect(row.count()).resolves.toBe(1);
    const rowCells = await row.getByRole("cell").allInnerTexts();
    expect(rowCells.slice(0, 2)).toEqual([nlDate(period), "1"]);
    expect(after.valueRows).toBe(before.valueRows + 1);
  });
});
