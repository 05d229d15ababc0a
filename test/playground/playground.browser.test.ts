/**
 * The playground in headless Chromium (Debian's package, see test/support/browser.ts): the real
 * sidebar builds the report through `google.script.run` bridged to dist/Code.js, the report tab
 * appears in the grid with its charts drawn, formulas typed into cells run the bundle's custom
 * functions, and a CSV export loads into the ticket log. Every test also checks that no dialog
 * opened (an injected `<img onerror=alert(1)>` would open one) and no script error happened.
 *
 * Expected values are counted here from the offline spreadsheet's raw cells, with Intl for the
 * time zone, not taken from the report.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Frame, FrameLocator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Playground, startPlayground } from "../../playground/app";
import { type Locale, t } from "../../src/i18n/messages";
import { monthName } from "../../src/i18n/month-name";
import { t as sidebarT, useLocale } from "../../src/i18n/sidebar-messages";
import type { SidebarState } from "../../src/server/api";
import { launchBrowser, type TestBrowser } from "../support/browser";
import { ensureBuilt, ROOT } from "./built";

const RESULTS = join(ROOT, "test-results");
const XSS = "<img src=x onerror=alert(1)>";
/** Waits for the server's work (a build on a loaded 2-core machine) are generous; none is an assertion. */
const WAIT = { timeout: 120_000 };
const TEST_TIMEOUT = 300_000;

let browser: TestBrowser;
const playgrounds: Playground[] = [];

beforeAll(async () => {
  ensureBuilt();
  mkdirSync(RESULTS, { recursive: true });
  browser = await launchBrowser({ viewport: { width: 1440, height: 900 } });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all(playgrounds.map((p) => p.close()));
});

async function start(options: { sample: boolean; timeZone: string; locale?: string }): Promise<Playground> {
  const playground = await startPlayground({ port: 0, ...options });
  playgrounds.push(playground);
  return playground;
}

interface Session {
  page: Page;
  sidebar: FrameLocator;
  dialogs: string[];
  errors: string[];
}

/** Opens the playground page and waits for the add-on's sidebar to finish loading. */
async function open(playground: Playground): Promise<Session> {
  const page = await browser.newPage();
  const session: Session = { page, sidebar: page.frameLocator("#sidebar"), dialogs: [], errors: [] };
  page.on("dialog", (dialog) => {
    session.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on("pageerror", (error) => session.errors.push(error.message));
  page.on("console", (message) => {
    // A refused CSV (422) or a failing server call (500) is logged as a failed load; expected here.
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource"))
      session.errors.push(message.text());
  });
  await page.goto(playground.url);
  await page.locator("#grid td").first().waitFor(WAIT);
  await session.sidebar.locator("#log-tab").waitFor(WAIT);
  return session;
}

function sidebarFrame(page: Page): Frame {
  const frame = page.frames().find((f) => new URL(f.url()).pathname === "/sidebar");
  if (!frame) throw new Error("the sidebar iframe is not loaded");
  return frame;
}

/** The drawn grid's text, by 1-based row and column ("" where nothing is drawn). */
async function gridText(page: Page): Promise<string[][]> {
  return page.evaluate(() => {
    const rows: string[][] = [];
    for (const td of document.querySelectorAll<HTMLTableCellElement>("#grid td")) {
      const r = Number(td.dataset.row);
      const c = Number(td.dataset.col);
      rows[r] ??= [];
      rows[r][c] = td.textContent ?? "";
    }
    return Array.from(rows, (row) => Array.from(row ?? [], (v) => v ?? ""));
  });
}

/** The cell in `column` of the row whose column A reads `label`. */
function kpiValue(grid: string[][], label: string, column: number): string {
  // The details table's row, below its header (the summary's tiles name KPIs too).
  const header = grid.findIndex((line) => line?.[1] === t("report.col.kpi"));
  const row = grid.find((line, r) => r > header && line?.[1] === label);
  if (!row) throw new Error(`no row labelled "${label}" on the report`);
  return row[column];
}

/** The column whose header (anywhere on the tab) reads `header`. */
function columnOf(grid: string[][], header: string): number {
  for (const row of grid) {
    const c = row?.indexOf(header) ?? -1;
    if (c > 0) return c;
  }
  throw new Error(`no column headed "${header}" on the report`);
}

function count(text: string): number {
  return Number(text.replace(/,/g, ""));
}

/** "YYYY-MM" of an instant in a zone, by Intl (independent of the add-on's zoned-time code). */
function monthIn(date: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
  }).formatToParts(date);
  return `${parts.find((p) => p.type === "year")?.value}-${parts.find((p) => p.type === "month")?.value}`;
}

/** Tickets whose `header` column falls in `month`, counted from the tab's raw values. */
function ticketsIn(playground: Playground, tab: string, header: string, month: string): number {
  const values = playground.workbook.addon.offline.spreadsheet.sheet(tab)!.peekValues();
  const column = values[0].indexOf(header);
  expect(column, `column ${header} on ${tab}`).toBeGreaterThanOrEqual(0);
  const zone = playground.workbook.addon.offline.spreadsheet.timeZone;
  return values.slice(1).filter((row) => row[column] instanceof Date && monthIn(row[column], zone) === month)
    .length;
}

function sidebarState(playground: Playground): SidebarState {
  const answer = playground.workbook.addon.run("getSidebarState", "[]");
  if (!answer.ok) throw new Error(answer.error);
  return JSON.parse(answer.json) as SidebarState;
}

/** Picks the month in the sidebar, clicks Build and waits for "Report ready" and the new tab. */
async function buildThroughSidebar(session: Session, month: string, locale: Locale = "en"): Promise<string> {
  const { page, sidebar } = session;
  await sidebar.locator("#month").selectOption(month);
  await sidebar.locator("#build").click();
  useLocale(locale);
  const ready = sidebarT("sidebar.result.title");
  useLocale("en");
  await sidebar.getByText(ready).waitFor(WAIT);
  const sheetName = t("report.sheetName", { month }, locale);
  await page.waitForFunction((name) => document.body.dataset.sheet === name, sheetName, WAIT);
  const title = t("report.title", { month: monthName(month, locale) }, locale);
  await page.locator('#grid td[data-row="1"][data-col="1"]').filter({ hasText: title }).waitFor(WAIT);
  return sheetName;
}

/**
 * Screenshots for judging the report as its reader would, at 1440×900 and 1280×720: its first
 * screen, its charts, the weekday × hour grid, and the KPI tracker tab with its charts
 * (test-results/report-<language>-<width>-….png). Leaves the report tab showing.
 */
async function reportScreenshots(page: Page, language: Locale): Promise<void> {
  const report = await page.evaluate(() => document.body.dataset.sheet ?? "");
  const tracker = t("tracker.sheetName", {}, language);
  const show = async (sheet: string) => {
    await page.locator(`#tabs [data-sheet="${sheet}"]`).click();
    await page.waitForFunction((name) => document.body.dataset.sheet === name, sheet, WAIT);
  };
  for (const [width, height] of [
    [1440, 900],
    [1280, 720],
  ]) {
    await page.setViewportSize({ width, height });
    await page.locator('#grid td[data-row="2"][data-col="1"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(RESULTS, `report-${language}-${width}-first-screen.png`) });
    await page.locator("figure.chart").first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(RESULTS, `report-${language}-${width}-charts.png`) });
    // The weekday × hour grid, scrolled to by its last hour's header ("23", column AZ).
    await page
      .locator('#grid td[data-col="52"]')
      .filter({ hasText: /^23$/ })
      .first()
      .scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(RESULTS, `report-${language}-${width}-arrivals.png`) });
    await page.locator("#grid-scroll").evaluate((e) => e.scrollTo({ left: 0 }));
    await show(tracker);
    await page.locator('#grid td[data-row="1"][data-col="1"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(RESULTS, `report-${language}-${width}-tracker.png`) });
    await page.locator("figure.chart").last().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(RESULTS, `report-${language}-${width}-tracker-charts.png`) });
    await show(report);
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

/** Per drawn chart: its label and how many of its canvas pixels are painted (not blank or white). */
async function paintedCharts(page: Page): Promise<{ title: string; painted: number }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("figure.chart")].map((figure) => {
      const canvas = figure.querySelector("canvas");
      let painted = 0;
      if (canvas) {
        const data = canvas.getContext("2d")?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
        for (let i = 0; i < data.length; i += 4) {
          if (data[i + 3] > 0 && (data[i] < 200 || data[i + 1] < 200 || data[i + 2] < 200)) painted++;
        }
      }
      return { title: figure.getAttribute("aria-label") ?? "", painted };
    }),
  );
}

/**
 * Rows whose cell in `column` draws a sparkline: an svg polyline of two points or more, laid out
 * across most of the cell.
 */
async function sparklineRows(page: Page, column: number): Promise<number[]> {
  return page.evaluate((c) => {
    const rows: number[] = [];
    for (const td of document.querySelectorAll<HTMLTableCellElement>(`#grid td[data-col="${c}"]`)) {
      const line = td.querySelector<SVGPolylineElement>("svg polyline");
      const box = line?.ownerSVGElement?.getBoundingClientRect();
      const cell = td.getBoundingClientRect();
      if (line && box && line.points.numberOfItems >= 2 && box.width > cell.width / 2 && box.height > 8)
        rows.push(Number(td.dataset.row));
    }
    return rows;
  }, column);
}

describe("the playground with sample data", () => {
  let playground: Playground;
  let session: Session;

  beforeAll(async () => {
    playground = await start({ sample: true, timeZone: "America/New_York" });
    session = await open(playground);
  }, 300_000);

  it(
    "builds the report through the sidebar: the new tab shows the KPIs and draws its charts",
    async () => {
      const { page } = session;
      const state = sidebarState(playground);
      // Not the preselected month: the user picks one.
      const month = state.log!.months[state.log!.months.indexOf(state.defaultMonth!) - 1];
      const previous = state.log!.months[state.log!.months.indexOf(month) - 1];
      const sheetName = await buildThroughSidebar(session, month);

      const grid = await gridText(page);
      expect(grid[1][1]).toBe(t("report.title", { month: monthName(month, "en") }));
      const thisMonth = columnOf(grid, t("report.col.thisMonth", { month }));
      const lastMonth = columnOf(grid, t("report.col.previousMonth", { month: previous }));
      const columns = state.settings.columns;
      const created = ticketsIn(playground, state.log!.sheet, columns.created!, month);
      expect(created).toBeGreaterThan(100);
      expect(count(kpiValue(grid, t("kpi.created"), thisMonth))).toBe(created);
      expect(count(kpiValue(grid, t("kpi.created"), lastMonth))).toBe(
        ticketsIn(playground, state.log!.sheet, columns.created!, previous),
      );
      expect(count(kpiValue(grid, t("kpi.resolved"), thisMonth))).toBe(
        ticketsIn(playground, state.log!.sheet, columns.resolved!, month),
      );

      // Every chart the add-on inserted is drawn, titled as recorded, with lines on its canvas.
      const specs = playground.workbook.addon.offline.spreadsheet.sheet(sheetName)!.chartSpecs();
      expect(specs.length).toBeGreaterThanOrEqual(4);
      const charts = await paintedCharts(page);
      expect(charts.map((c) => c.title)).toEqual(specs.map((s) => s.options.title));
      for (const chart of charts) expect(chart.painted, chart.title).toBeGreaterThan(500);

      // Every KPI's trend cell draws a line through its 12 months' data when it has two numbers or more.
      const report = playground.workbook.addon.offline.spreadsheet.sheet(sheetName)!;
      const trend = columnOf(grid, t("report.col.trend"));
      const expected = report.peekFormulas().flatMap((row, r) => {
        const data = /^=SPARKLINE\((\$?[A-Z]+\$?\d+:\$?[A-Z]+\$?\d+)[;,)]/i.exec(row[trend - 1] ?? "")?.[1];
        if (!data) return [];
        const numbers = report
          .peekValues(data)
          .flat()
          .filter((v) => typeof v === "number").length;
        return numbers >= 2 ? [r + 1] : [];
      });
      expect(expected.length).toBeGreaterThanOrEqual(5);
      expect(await sparklineRows(page, trend)).toEqual(expected);

      await reportScreenshots(page, "en");
      expect(session.dialogs).toEqual([]);
      expect(session.errors).toEqual([]);
    },
    TEST_TIMEOUT,
  );

  it(
    "evaluates the add-on's custom functions typed into cells: tables spill, a cell in error has a red corner and shows its message when selected",
    async () => {
      const { page } = session;
      // The sample replaced the new spreadsheet's empty tab: a blank tab to type in, as a user adds one.
      playground.workbook.addon.offline.spreadsheet.addSheet("Scratch");
      await page.reload();
      await page.locator('#tabs [data-sheet="Scratch"]').click();
      await page.waitForFunction(() => document.body.dataset.sheet === "Scratch", null, WAIT);
      const cell = (a1: string) => {
        const [, letters, row] = /^([A-Z])(\d+)$/.exec(a1)!;
        return page.locator(`#grid td[data-row="${row}"][data-col="${letters.charCodeAt(0) - 64}"]`);
      };
      /** Types into a cell and waits until the grid shows what the server made of it. */
      const enter = async (a1: string, text: string, shows?: (shown: string) => boolean) => {
        await cell(a1).click();
        await page.keyboard.type(text);
        await page.keyboard.press("Enter");
        const expected = shows ?? ((shown: string) => shown === text);
        await expect.poll(async () => expected((await cell(a1).textContent()) ?? ""), WAIT).toBe(true);
      };
      // Two promoters (10, 9), one passive (7), one detractor (3): NPS = (2 − 1) ÷ 4 × 100 = 25.
      for (const [a1, score] of [
        ["A1", "10"],
        ["A2", "9"],
        ["A3", "7"],
        ["A4", "3"],
      ])
        await enter(a1, score);
      await enter("B1", "=NPS(A1:A4)", (shown) => shown === "25");

      // The survey's NPS column, evaluated by the bundle, against a count made here.
      const survey = playground.workbook.addon.offline.spreadsheet.sheet("Survey")!.peekValues();
      const column = survey[0].indexOf("NPS");
      const scores = survey
        .slice(1)
        .map((row) => row[column])
        .filter((v): v is number => typeof v === "number");
      const nps =
        ((scores.filter((s) => s >= 9).length - scores.filter((s) => s <= 6).length) / scores.length) * 100;
      const letter = String.fromCharCode(65 + column);
      await enter("B2", `=NPS(Survey!${letter}2:${letter})`, (shown) => shown !== "");
      expect(Number(await cell("B2").textContent())).toBeCloseTo(nps, 6);

      await enter("B3", '=NPS("abc")', (shown) => shown !== "");
      expect(await cell("B3").textContent()).toBe("#ERROR!");
      const why = await cell("B3").getAttribute("title");
      expect(why).toContain("NPS");
      expect(why).toContain('"abc"');

      // Marked as Sheets marks it (a red corner), and selecting it shows the message beside it.
      expect(await cell("B3").evaluate((td) => getComputedStyle(td).backgroundImage)).toMatch(
        /linear-gradient\(225deg, rgb\(217, 48, 37\) 6px/,
      );
      await cell("B3").click();
      const box = page.locator("#cell-error");
      await box.waitFor({ state: "visible", ...WAIT });
      expect(await box.textContent()).toContain(why ?? "?");
      const [boxAt, cellAt] = [await box.boundingBox(), await cell("B3").boundingBox()];
      expect(Math.abs((boxAt?.x ?? 0) - (cellAt?.x ?? -99))).toBeLessThan(2);
      expect(Math.abs((boxAt?.y ?? 0) - ((cellAt?.y ?? 0) + (cellAt?.height ?? 0)))).toBeLessThan(6);
      await page.screenshot({ path: join(RESULTS, "playground-cell-error.png") });
      await cell("A1").click();
      await box.waitFor({ state: "hidden", ...WAIT });

      // A table result spills into the cells below and to the right, as in Sheets.
      await enter("D1", "=NPS_STATS(A1:A4)", (shown) => shown === "Responses");
      await expect.poll(async () => cell("E1").textContent(), WAIT).toBe("4");
      expect(await cell("D2").textContent()).toMatch(/^Promoters/);
      expect(await cell("E2").textContent()).toBe("2");
      await page.screenshot({ path: join(RESULTS, "playground-spill.png") });

      // The formula bar shows a selected cell's formula.
      await cell("B1").click();
      await expect.poll(() => page.locator("#formula").inputValue()).toBe("=NPS(A1:A4)");
      expect(session.dialogs).toEqual([]);
      expect(session.errors).toEqual([]);
    },
    TEST_TIMEOUT,
  );
});

describe("a Chinese spreadsheet", () => {
  it(
    "draws its tab names and sidebar in Chinese glyphs, not boxes (the CJK font .ci/run installs)",
    async () => {
      const playground = await start({ sample: true, timeZone: "Asia/Shanghai", locale: "zh_CN" });
      const session = await open(playground);
      const { page } = session;
      const tickets = t("sample.tickets", undefined, "zh");
      await page.locator(`#tabs [data-sheet="${tickets}"]`).waitFor(WAIT);
      // Without a font for them, different characters draw as the same empty box: compare two.
      const distinct = await page.evaluate(() => {
        const draw = (text: string) => {
          const canvas = document.createElement("canvas");
          canvas.width = 40;
          canvas.height = 40;
          const context = canvas.getContext("2d");
          if (!context) return "";
          context.font = "28px sans-serif";
          context.fillText(text, 4, 32);
          return canvas.toDataURL();
        };
        return draw("工") !== draw("单") && draw("单") !== draw("报");
      });
      expect(distinct).toBe(true);
      await page.screenshot({ path: join(RESULTS, "playground-zh.png") });
      expect(session.dialogs).toEqual([]);
      expect(session.errors).toEqual([]);
    },
    TEST_TIMEOUT,
  );
});

describe("the report in another language", () => {
  it(
    "builds the Swedish report through the sidebar and saves its screenshots",
    async () => {
      const playground = await start({ sample: true, timeZone: "Europe/Stockholm", locale: "sv_SE" });
      const session = await open(playground);
      const state = sidebarState(playground);
      const month = state.defaultMonth!;
      await buildThroughSidebar(session, month, "sv");
      const grid = await gridText(session.page);
      expect(grid[1][1]).toBe(t("report.title", { month: monthName(month, "sv") }, "sv"));
      await reportScreenshots(session.page, "sv");
      expect(session.dialogs).toEqual([]);
      expect(session.errors).toEqual([]);
    },
    TEST_TIMEOUT,
  );
});

describe("framing", () => {
  it(
    "another page cannot frame the playground (frame-ancestors 'none'), while its own sidebar frame loads",
    async () => {
      const playground = await start({ sample: true, timeZone: "UTC" });
      const session = await open(playground);
      // The page's own sidebar iframe loaded (open() waited for it), from the playground's origin.
      expect(new URL(sidebarFrame(session.page).url()).origin).toBe(new URL(playground.url).origin);

      const framer = await browser.newPage();
      const blocked: string[] = [];
      framer.on("console", (message) => blocked.push(message.text()));
      await framer.setContent(
        `<iframe id="victim" src="${playground.url}" width="600" height="400"></iframe>`,
      );
      await expect.poll(() => blocked.some((text) => /frame-ancestors 'none'/.test(text)), WAIT).toBe(true);
      const inner = framer.frames().find((f) => f !== framer.mainFrame());
      expect(
        await inner
          ?.locator("#grid")
          .count()
          .catch(() => 0),
      ).toBe(0);
      await framer.close();
    },
    TEST_TIMEOUT,
  );
});

describe("the playground with no ticket log", () => {
  it(
    "the sidebar says no ticket log was found, and a build call fails with the server's message",
    async () => {
      const playground = await start({ sample: false, timeZone: "UTC" });
      const session = await open(playground);
      await session.sidebar.getByText(sidebarT("sidebar.noLog.title")).waitFor(WAIT);
      await session.sidebar.getByText(sidebarT("sidebar.noLog.help")).waitFor(WAIT);
      expect(await session.sidebar.locator("#build").count()).toBe(0);

      // The bridge: a server error reaches the failure handler as an Error carrying the message.
      const failure = await sidebarFrame(session.page).evaluate(
        () =>
          new Promise<string>((resolve) => {
            const run = (window as unknown as { google: { script: { run: Record<string, unknown> } } }).google
              .script.run as {
              withSuccessHandler(f: () => void): {
                withFailureHandler(f: (e: Error) => void): { buildReport(r: unknown): void };
              };
            };
            run
              .withSuccessHandler(() => resolve("succeeded"))
              .withFailureHandler((error) => resolve(`${error instanceof Error}: ${error.message}`))
              .buildReport({ month: "2026-01", settings: { ticketSheet: "Tickets" } });
          }),
      );
      expect(failure).toBe(`true: ${t("server.error.noSheet", { sheet: "Tickets" })}`);
      expect(session.dialogs).toEqual([]);
      expect(session.errors).toEqual([]);
    },
    TEST_TIMEOUT,
  );
});

describe("loading a CSV export", () => {
  it(
    "loads the export into the ticket log, builds from it, and shows a category named like HTML as text",
    async () => {
      const playground = await start({ sample: true, timeZone: "America/New_York" });
      const session = await open(playground);
      const { page, sidebar } = session;

      // March 2026 in New York, M/D/YYYY h:mm AM/PM as US exports write it, with a BOM, a quoted
      // subject with a line break, a category and a column header that look like HTML.
      const categories = ["Returns", XSS, "Shipping"];
      const lines = [`Ticket ID,Created,First reply,Solved,Status,Category,Subject,${XSS}`];
      for (let i = 0; i < 30; i++) {
        const day = 1 + (i % 28);
        const hour = 1 + (i % 11);
        lines.push(
          `T-${i + 1},3/${day}/2026 ${hour}:05 AM,3/${day}/2026 ${hour}:45 AM,3/${day}/2026 ${hour}:30 PM,Closed,${categories[i % 3]},"Line one\nline two",x`,
        );
      }
      lines.push(",,,,,,,", "");
      const file = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.join("\r\n"))]);
      const tab = sidebarState(playground).settings.ticketSheet;
      await page
        .locator("#csv-file")
        .setInputFiles({ name: "export.csv", mimeType: "text/csv", buffer: file });
      await page
        .locator("#message")
        .filter({ hasText: "Loaded export.csv: 30 rows × 8 columns" })
        .waitFor(WAIT);
      await expect.poll(() => page.locator("#csv-help").textContent()).toContain(`("${tab}")`);

      // The sidebar opened afresh on the new tab: its column lists hold the HTML-like header as text.
      await sidebar
        .locator("#column-category option")
        .filter({ hasText: XSS })
        .waitFor({ state: "attached", ...WAIT });
      // The month as English names it; its value stays the "YYYY-MM" the server takes.
      expect(await sidebar.locator("#month option").allTextContents()).toEqual([monthName("2026-03", "en")]);
      expect(await sidebar.locator("#month").inputValue()).toBe("2026-03");
      expect(await sidebar.locator("img").count()).toBe(0);

      const sheetName = await buildThroughSidebar(session, "2026-03");
      const grid = await gridText(page);
      const thisMonth = columnOf(grid, t("report.col.thisMonth", { month: "2026-03" }));
      expect(count(kpiValue(grid, t("kpi.created"), thisMonth))).toBe(30);
      expect(grid.some((row) => row?.includes(XSS))).toBe(true);
      expect(await page.locator("#grid img").count()).toBe(0);
      expect(await sidebar.locator("img").count()).toBe(0);
      // Stored as text on the report tab, as Sheets will show it.
      const values = playground.workbook.addon.offline.spreadsheet.sheet(sheetName)!.peekValues();
      expect(values.flat()).toContain(XSS);

      // A file it cannot read: the reason is shown and the ticket log stays as loaded.
      const before = playground.workbook.addon.offline.spreadsheet.sheet(tab)!.snapshot();
      await page.locator("#csv-file").setInputFiles({
        name: "report.xlsx",
        mimeType: "application/octet-stream",
        buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]),
      });
      await page.locator("#message.error").filter({ hasText: "Cannot load report.xlsx" }).waitFor(WAIT);
      expect(await page.locator("#message").textContent()).toContain("Excel .xlsx workbook");
      expect(playground.workbook.addon.offline.spreadsheet.sheet(tab)!.snapshot()).toBe(before);

      expect(session.dialogs).toEqual([]);
      expect(session.errors).toEqual([]);
    },
    TEST_TIMEOUT,
  );
});
