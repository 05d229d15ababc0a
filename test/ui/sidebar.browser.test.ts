/**
 * The built sidebar (dist/Sidebar.html, exactly what `clasp push` sends) in headless Chromium at
 * Sheets' 300 px, with a fake `google.script.run` answering from fixtures. Every test also checks
 * that no request left the page, no dialog opened and no script error happened.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sidebarDe } from "../../src/i18n/de";
import { t, useLocale } from "../../src/i18n/sidebar-messages";
import { CONTACT_FIELDS, TICKET_FIELDS } from "../../src/input/ticket";
import { DEFAULT_STAFFING, type Settings } from "../../src/report/settings";
import type { BuildRequest } from "../../src/server/api";
import { TARGETS } from "../../src/ui/form";
import { monthIn, pickMonth } from "../../src/ui/months";
import { launchBrowser, type TestBrowser } from "../support/browser";
import {
  BUILD_RESULT,
  defaultResponses,
  EVENTS_LOG,
  fakeScriptRun,
  MONTHS,
  type Outcome,
  OWN_SHEETS,
  type RecordedCall,
  type Responses,
  sidebarState,
  TICKETS_LOG,
  XSS,
} from "./fixtures";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const sidebarFile = join(root, "dist/Sidebar.html");
const resultsDir = join(root, "test-results");
const PAGE_URL = "http://sidebar.test/";
const WIDTH = 300;

function newestSource(): number {
  let newest = statSync(join(root, "scripts/build.ts")).mtimeMs;
  for (const dir of ["src/ui", "src/i18n"]) {
    for (const name of readdirSync(join(root, dir)))
      newest = Math.max(newest, statSync(join(root, dir, name)).mtimeMs);
  }
  return newest;
}

/** `npm test` builds first; a lone `vitest run test/ui` rebuilds when dist/ is missing or stale. */
function builtSidebar(): string {
  if (!existsSync(sidebarFile) || statSync(sidebarFile).mtimeMs < newestSource()) {
    execFileSync("npx", ["tsx", "scripts/build.ts"], { cwd: root, stdio: "pipe" });
  }
  return readFileSync(sidebarFile, "utf8");
}

interface Session {
  page: Page;
  requests: string[];
  dialogs: string[];
  errors: string[];
}

let browser: TestBrowser;
let html: string;

beforeAll(async () => {
  html = builtSidebar();
  browser = await launchBrowser({ viewport: { width: WIDTH, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
});

/** Opens the built sidebar with the fake runner answering `responses` (none: not inside Sheets). */
async function openSidebar(
  responses: Responses | null = defaultResponses(),
  on: TestBrowser = browser,
): Promise<Session> {
  const page = await on.newPage();
  const session: Session = { page, requests: [], dialogs: [], errors: [] };
  page.on("request", (request) => session.requests.push(request.url()));
  page.on("dialog", (dialog) => {
    session.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on("pageerror", (error) => session.errors.push(error.message));
  // The page itself is the only answer; anything else it asks for is refused and recorded.
  await page.route("**/*", (route) =>
    route.request().url() === PAGE_URL
      ? route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html })
      : route.abort(),
  );
  if (responses) await page.addInitScript(fakeScriptRun(responses));
  await page.goto(PAGE_URL);
  return session;
}

/** The common end of every test: nothing left the page, nothing popped up, nothing threw. */
async function finish(session: Session): Promise<void> {
  expect(session.requests).toEqual([PAGE_URL]);
  expect(session.dialogs).toEqual([]);
  expect(session.errors).toEqual([]);
  await session.page.close();
}

function calls(page: Page): Promise<RecordedCall[]> {
  return page.evaluate(() => (window as unknown as { __rpc: { calls: RecordedCall[] } }).__rpc.calls);
}

function held(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __rpc: { held(): string[] } }).__rpc.held());
}

function release(page: Page, name: string, outcome: Outcome): Promise<void> {
  return page.evaluate(
    ([n, o]) =>
      (window as unknown as { __rpc: { release(n: string, o: Outcome): void } }).__rpc.release(n, o),
    [name, outcome] as const,
  );
}

async function optionTexts(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(`${selector} option`, (options) => options.map((o) => o.textContent ?? ""));
}

async function isDisabled(page: Page, selector: string): Promise<boolean> {
  return page.$eval(selector, (el) => (el as HTMLButtonElement).matches(":disabled"));
}

async function text(page: Page, selector: string): Promise<string> {
  return (await page.locator(selector).textContent()) ?? "";
}

describe("sidebar in Chromium", () => {
  it("shows the detected tab, its columns and layout, and the months newest first", async () => {
    const s = await openSidebar();
    const { page } = s;
    await page.waitForSelector("#build");

    const state = sidebarState();
    const sources = state.sheets.filter((name) => !OWN_SHEETS.includes(name));
    expect(await optionTexts(page, "#log-tab")).toEqual([t("sidebar.log.choose"), ...sources]);
    expect(await page.inputValue("#log-tab")).toBe("Tickets");

    // The detected columns are one folded line; Edit opens the whole mapping.
    expect(await text(page, "#group-columns > summary")).toBe(
      `${t("sidebar.columns.summary", { fields: "Created, First response, Resolved, …" })} ${t("sidebar.columns.edit")}`,
    );
    expect(await page.isVisible("#column-created")).toBe(false);
    await page.click("#group-columns > summary");
    expect(await page.isVisible("#column-created")).toBe(true);
    const headers = TICKETS_LOG.headers.filter((h) => h !== "");
    for (const field of state.fields) {
      // A call log's own fields (answered, speed of answer, …) are not offered for a ticket log.
      if (CONTACT_FIELDS.includes(field) && !TICKETS_LOG.columns[field]) {
        expect(await page.$(`#column-${field}`), field).toBeNull();
        continue;
      }
      expect(await optionTexts(page, `#column-${field}`)).toEqual([
        t("sidebar.column.notMapped"),
        ...headers,
      ]);
      expect(await page.inputValue(`#column-${field}`)).toBe(TICKETS_LOG.columns[field] ?? "");
    }
    expect(await text(page, "#log-meta")).toContain(t("sidebar.log.layout.tickets"));
    expect(await text(page, "#log-meta")).toContain("5,123");

    const months = await page.$$eval("#month option", (options) =>
      options.map((o) => (o as HTMLOptionElement).value),
    );
    expect(months).toEqual([...MONTHS].reverse());
    expect(await page.inputValue("#month")).toBe("2026-09");
    // Named as the spreadsheet's language names months.
    expect((await optionTexts(page, "#month")).slice(0, 2)).toEqual(["October 2026", "September 2026"]);

    // Saved settings fill the rest: CSAT 0.85 is shown as 85 (%), the median FRT target as 4 (h).
    expect(await page.inputValue("#target-csat")).toBe("85");
    expect(await page.inputValue("#target-frt")).toBe("4");
    expect(await page.inputValue("#target-sla")).toBe("");
    expect(await page.inputValue("#sla-hours")).toBe("24");
    expect(await page.inputValue("#average")).toBe("median");
    expect(await page.inputValue("#survey-tab")).toBe("Survey");
    expect(await page.inputValue("#customers-tab")).toBe("");
    await finish(s);
  });

  it("speaks the spreadsheet's language once its state arrives: German labels, 5.123 rows", async () => {
    const s = await openSidebar({
      ...defaultResponses(),
      getSidebarState: { kind: "ok", value: sidebarState({ locale: "de" }) },
    });
    const { page } = s;
    await page.waitForSelector("#build");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("de-DE");
    expect(await text(page, "#build")).toBe(sidebarDe["sidebar.build"]);
    expect(await text(page, "#log-meta")).toContain(sidebarDe["sidebar.log.layout.tickets"]);
    expect(await text(page, "#log-meta")).toContain("5.123");
    expect(await optionTexts(page, "#column-created")).toContain(sidebarDe["sidebar.column.notMapped"]);
    expect((await optionTexts(page, "#month"))[0]).toBe("Oktober 2026");
    expect(sidebarDe["sidebar.build"]).not.toBe(t("sidebar.build"));
    await finish(s);
  });

  it("re-detects the columns when another tab is picked", async () => {
    const s = await openSidebar();
    const { page } = s;
    await page.waitForSelector("#build");
    await page.selectOption("#log-tab", "Events");
    await page.waitForSelector("#log-meta >> text=" + t("sidebar.log.layout.events"));

    expect((await calls(page)).map((c) => [c.name, ...c.args])).toEqual([
      ["getSidebarState"],
      ["detectLog", "Events"],
    ]);
    expect(await optionTexts(page, "#column-agent")).toEqual([
      t("sidebar.column.notMapped"),
      ...EVENTS_LOG.headers,
    ]);
    expect(await page.inputValue("#column-created")).toBe("Timestamp");
    expect(await page.inputValue("#column-agent")).toBe("Assigned To");
    expect(await page.inputValue("#column-firstResponse")).toBe("");
    expect(await text(page, ".notice-warning")).toContain(EVENTS_LOG.warnings[0]);
    // None of the Events months is the saved default, so the newest one is offered.
    expect(await page.inputValue("#month")).toBe("2020-04");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("log-tab");
    // An event log lists its activities, most frequent first, each with its count and meaning.
    expect(await text(page, "label[for=meaning-3]")).toBe(
      t("sidebar.activity.label", { activity: "UAT", events: 218 }),
    );
    expect(await page.inputValue("#meaning-0")).toBe("assigned");
    expect(await page.inputValue("#meaning-3")).toBe("other");
    expect(await text(page, "#group-activities > summary")).toContain(
      `${t("sidebar.section.activities")} (5)`,
    );
    await page.click("#group-activities > summary");
    await page.screenshot({ path: join(resultsDir, "sidebar-events.png"), fullPage: true });
    await finish(s);
  });

  it("saves the settings, then builds, with each step shown, and links to the report", async () => {
    const responses = defaultResponses();
    responses.buildReport = { kind: "hold" };
    const s = await openSidebar(responses);
    const { page } = s;
    await page.waitForSelector("#build");

    const typed = {
      "#target-sla": "95",
      "#target-csat": "90,5 %",
      "#target-backlog": "150",
      "#target-nps": "-10",
      "#schedule": "  Mon-Fri 09:00-17:00 ",
    };
    for (const [box, value] of Object.entries(typed)) await page.fill(box, value);
    await page.selectOption("#average", "mean");
    // Folded, the staffing group says its aims; they follow what is typed.
    expect(await text(page, "#staffing-summary")).toBe(
      t("sidebar.staffing.summary", { handle: 6, level: 80, within: 60 }),
    );
    await page.click("#group-staffing > summary");
    for (const [box, value] of Object.entries({ handleMinutes: "7,5", shrinkage: "25 %" })) {
      await page.fill(`#staffing-${box}`, value);
    }
    await page.press("#staffing-shrinkage", "Tab");
    expect(await text(page, "#staffing-summary")).toBe(
      t("sidebar.staffing.summary", { handle: 7.5, level: 80, within: 60 }),
    );
    await page.click("#group-columns > summary");
    await page.selectOption("#column-priority", "");
    // The picked mapping is used as picked: the months are asked for again, and Build waits for them.
    await page.selectOption("#customers-tab", "Customers");
    await page.click("#build");

    await expect.poll(() => held(page)).toEqual(["buildReport"]);
    expect(await isDisabled(page, "#build")).toBe(true);
    expect(await isDisabled(page, "#target-csat")).toBe(true);
    const stepsWhileBuilding = await page.$$eval(".steps li", (items) => items.map((i) => i.className));
    expect(stepsWhileBuilding).toEqual(["step step-done", "step step-running"]);
    expect(await text(page, ".steps")).toContain(t("sidebar.step.build", { month: "September 2026" }));

    const state = sidebarState();
    const { priority: _dropped, ...columns } = TICKETS_LOG.columns;
    const expected: Settings = {
      ...state.settings,
      ticketSheet: "Tickets",
      columns,
      surveySheet: "Survey",
      customersSheet: "Customers",
      // CAC is not in the sidebar and stays; the FRT target follows the average to frtMean.
      targets: { cac: 120, csat: 0.905, sla: 0.95, frtMean: 4, backlog: 150, nps: -10 },
      schedule: "Mon-Fri 09:00-17:00",
      slaHours: 24,
      average: "mean",
      staffing: { ...DEFAULT_STAFFING, handleMinutes: 7.5, shrinkage: 0.25 },
    };
    const request: BuildRequest = { month: "2026-09", settings: expected };
    const recorded = await calls(page);
    expect(recorded.map((c) => c.name)).toEqual([
      "getSidebarState",
      "detectLog",
      "saveSettings",
      "buildReport",
    ]);
    expect(recorded[1].args).toEqual(["Tickets", columns]);
    expect(recorded[2].args).toEqual([expected]);
    expect(recorded[3].args).toEqual([request]);

    await release(page, "buildReport", { kind: "ok", value: BUILD_RESULT });
    await page.waitForSelector("#result");
    expect(await page.$$eval(".steps li", (items) => items.map((i) => i.className))).toEqual([
      "step step-done",
      "step step-done",
    ]);
    expect(await text(page, "#result")).toContain(t("sidebar.result.tab", { sheet: BUILD_RESULT.sheetName }));
    expect(await text(page, "#result")).toContain(
      t("sidebar.result.counts", { read: "5,123", inMonth: "412", month: "September 2026" }),
    );
    expect(await page.$$eval(".notes li", (items) => items.map((i) => i.textContent))).toEqual(
      BUILD_RESULT.notes,
    );
    expect(await isDisabled(page, "#build")).toBe(false);

    await page.click("#open-report");
    await expect
      .poll(async () => (await calls(page)).at(-1))
      .toEqual({
        name: "openSheet",
        args: [BUILD_RESULT.sheetName],
      });
    await page.waitForFunction(() => !(document.getElementById("open-report") as HTMLButtonElement).disabled);
    mkdirSync(resultsDir, { recursive: true });
    await page.screenshot({ path: join(resultsDir, "sidebar.png"), fullPage: true });
    await finish(s);
  });

  it("shows a failing build's message and gives the form back", async () => {
    const message = "Another report build is running in this spreadsheet; try again in a minute.";
    const responses = defaultResponses();
    responses.buildReport = { kind: "fail", message };
    const s = await openSidebar(responses);
    const { page } = s;
    await page.waitForSelector("#build");
    await page.click("#build");
    await page.waitForSelector(".status .notice-error");

    expect(await text(page, ".status .notice-error")).toContain(message);
    expect(await page.$$eval(".steps li", (items) => items.map((i) => i.className))).toEqual([
      "step step-done",
      "step step-failed",
    ]);
    expect(await isDisabled(page, "#build")).toBe(false);
    expect(await isDisabled(page, "#target-csat")).toBe(false);
    expect(await page.$("#result")).toBeNull();
    await finish(s);
  });

  it("does not build when saving the settings fails", async () => {
    const responses = defaultResponses();
    responses.saveSettings = { kind: "fail", message: "Exception: Document properties are full." };
    const s = await openSidebar(responses);
    const { page } = s;
    await page.waitForSelector("#build");
    await page.click("#build");
    await page.waitForSelector(".status .notice-error");

    // Apps Script's "Exception: " prefix is dropped; the message itself is kept.
    expect(await text(page, ".status .notice-error p:last-child")).toBe("Document properties are full.");
    expect((await calls(page)).map((c) => c.name)).toEqual(["getSidebarState", "saveSettings"]);
    expect(await isDisabled(page, "#build")).toBe(false);
    await finish(s);
  });

  it("lists invalid inputs, marks them, and calls nothing", async () => {
    const s = await openSidebar();
    const { page } = s;
    await page.waitForSelector("#build");
    await page.fill("#target-csat", "ninety");
    await page.fill("#target-fcr", "120");
    await page.fill("#sla-hours", "0");
    // A service level of 100 % is never met; typed in the staffing group, which is then folded.
    await page.click("#group-staffing > summary");
    await page.fill("#staffing-serviceLevel", "100");
    await page.click("#group-staffing > summary");
    expect(await page.isVisible("#staffing-serviceLevel")).toBe(false);
    await page.click("#build");
    await page.waitForSelector(".status .notice-error");

    const items = await page.$$eval(".status .notice-list li", (lis) => lis.map((li) => li.textContent));
    expect(items).toEqual([
      t("sidebar.invalid.number", { field: t("sidebar.target.csat"), value: "ninety" }),
      t("sidebar.invalid.range", { field: t("sidebar.target.fcr"), min: 0, max: 100 }),
      t("sidebar.invalid.positive", { field: t("sidebar.slaHours") }),
      t("sidebar.invalid.between", { field: t("sidebar.staffing.level"), min: 0, max: 100 }),
    ]);
    const invalid = await page.$$eval("[aria-invalid=true]", (els) => els.map((e) => e.id));
    expect(invalid).toEqual(["target-csat", "target-fcr", "staffing-serviceLevel", "sla-hours"]);
    // The folded group opened to show its box and message.
    expect(await page.isVisible("#staffing-serviceLevel-error")).toBe(true);
    // Each message also sits under its own box, where the eye is.
    expect(await text(page, "#target-fcr-error")).toBe(items[1]);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("target-csat");
    expect((await calls(page)).map((c) => c.name)).toEqual(["getSidebarState"]);
    await finish(s);
  });

  it("with no ticket log, says how to lay one out and offers only the tab choice", async () => {
    const responses = defaultResponses();
    responses.getSidebarState = {
      kind: "ok",
      value: sidebarState({ log: null, defaultMonth: null, settings: sidebarState().settings }),
    };
    responses["detectLog:Tickets"] = { kind: "hold" };
    // The saved tab is "Tickets", but with no log detected the sidebar must not pretend it found one.
    const s = await openSidebar(responses);
    const { page } = s;
    await page.waitForSelector(".notice-info");
    expect(await text(page, ".notice-info")).toContain(t("sidebar.noLog.title"));
    expect(await text(page, ".notice-info")).toContain(t("sidebar.noLog.help"));
    expect(await page.inputValue("#log-tab")).toBe("");
    expect(await page.$("#build")).toBeNull();
    expect(await page.$("#column-created")).toBeNull();
    mkdirSync(resultsDir, { recursive: true });
    await page.screenshot({ path: join(resultsDir, "sidebar-no-log.png"), fullPage: true });

    await page.selectOption("#log-tab", "Events");
    await page.waitForSelector("#build");
    expect(await page.inputValue("#column-created")).toBe("Timestamp");
    expect((await calls(page)).map((c) => [c.name, ...c.args])).toEqual([
      ["getSidebarState"],
      ["detectLog", "Events"],
    ]);
    await finish(s);
  });

  it("shows headers, tab names and notes from the data as text, never as markup", async () => {
    const s = await openSidebar();
    const { page } = s;
    await page.waitForSelector("#build");
    expect(await optionTexts(page, "#column-category")).toContain(XSS);
    expect(await optionTexts(page, "#survey-tab")).toContain(`${XSS} & "tab"`);
    await page.click("#group-columns > summary");
    await page.selectOption("#column-category", XSS);
    await page.click("#build");
    await page.waitForSelector("#result");
    expect(await page.$$eval(".notes li", (items) => items.map((i) => i.textContent))).toContain(
      `Category ${XSS} is shown as text.`,
    );
    expect(await page.$$eval("img, script[src]", (els) => els.length)).toBe(0);
    const saved = (await calls(page)).find((c) => c.name === "saveSettings");
    expect(saved?.args[0]).toMatchObject({ columns: { category: XSS } });
    await finish(s);
  });

  it("reports a failed start and loads again on Try again", async () => {
    const responses = defaultResponses();
    responses.getSidebarState = {
      kind: "fail",
      message: "You do not have permission to read this spreadsheet.",
    };
    const s = await openSidebar(responses);
    const { page } = s;
    await page.waitForSelector("#retry");
    expect(await text(page, ".notice-error")).toContain(
      "You do not have permission to read this spreadsheet.",
    );
    await page.evaluate(
      (state) =>
        (window as unknown as { __rpc: { respond(key: string, o: Outcome): void } }).__rpc.respond(
          "getSidebarState",
          { kind: "ok", value: state },
        ),
      sidebarState(),
    );
    await page.click("#retry");
    await page.waitForSelector("#build");
    expect(await page.$(".notice-error")).toBeNull();
    expect((await calls(page)).map((c) => c.name)).toEqual(["getSidebarState", "getSidebarState"]);
    await finish(s);
  });

  it("opened outside Sheets, says where to open it instead of waiting", async () => {
    const s = await openSidebar(null);
    const { page } = s;
    await page.waitForSelector("#retry");
    expect(await text(page, ".notice-error")).toContain(t("sidebar.error.noHost"));
    await finish(s);
  });

  it("fits the 300 px sidebar without horizontal scrolling", async () => {
    const s = await openSidebar();
    const { page } = s;
    await page.waitForSelector("#build");
    for (const summary of await page.$$("details.group > summary")) await summary.click();
    expect(await page.$$eval("details.group:not([open])", (els) => els.length)).toBe(0);
    const sizes = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
      widest: Math.max(
        ...[...document.querySelectorAll("body *")].map((e) => e.getBoundingClientRect().right),
      ),
    }));
    expect(sizes.client).toBe(WIDTH);
    expect(sizes.scroll).toBe(WIDTH);
    expect(sizes.widest).toBeLessThanOrEqual(WIDTH);
    await finish(s);
  });
});

describe("the sidebar never dead-ends", () => {
  const { created: _created, ...withoutCreated } = TICKETS_LOG.columns;
  /** The mapping the sidebar sends: mapped fields only, in the order it offers them. */
  const mappingWith = (changes: Record<string, string>): Record<string, string> => {
    const all: Record<string, string> = { ...TICKETS_LOG.columns, ...changes };
    return Object.fromEntries(TICKET_FIELDS.filter((f) => all[f]).map((f) => [f, all[f]]));
  };

  it("asks the server for the months as soon as Created is picked, and lists them", async () => {
    const responses = defaultResponses();
    const noCreated = { ...TICKETS_LOG, columns: withoutCreated, months: [] };
    responses.getSidebarState = { kind: "ok", value: sidebarState({ log: noCreated, defaultMonth: null }) };
    const picked = mappingWith({});
    responses[`detectLog:Tickets:${JSON.stringify(picked)}`] = { kind: "hold" };
    const s = await openSidebar(responses);
    const { page } = s;
    await page.waitForSelector("#build");
    // Nothing to pick a month from yet: the list says why, and the columns are open to fix it.
    expect(await isDisabled(page, "#month")).toBe(true);
    expect(await text(page, "#month-help")).toBe(t("sidebar.invalid.created"));
    expect(await page.isVisible("#column-created")).toBe(true);

    await page.selectOption("#column-created", "Created at");
    await expect.poll(() => held(page)).toEqual(["detectLog"]);
    expect(await text(page, ".loading")).toBe(t("sidebar.month.finding"));
    await release(page, "detectLog", { kind: "ok", value: TICKETS_LOG });
    await page.waitForSelector("#month:not([disabled])");

    const months = await page.$$eval("#month option", (options) =>
      options.map((o) => (o as HTMLOptionElement).value),
    );
    expect(months).toEqual([...MONTHS].reverse());
    expect(await page.inputValue("#month")).toBe(
      pickMonth(MONTHS, null, monthIn(new Date(), "Europe/Stockholm")),
    );
    expect(await page.inputValue("#column-created")).toBe("Created at");
    expect((await calls(page)).map((c) => [c.name, ...c.args])).toEqual([
      ["getSidebarState"],
      ["detectLog", "Tickets", picked],
    ]);
    await finish(s);
  });

  it("keeps each tab's mapping when the user switches tabs and back", async () => {
    const s = await openSidebar();
    const { page } = s;
    await page.waitForSelector("#build");
    await page.click("#group-columns > summary");
    await page.selectOption("#column-priority", "");
    await page.waitForSelector(".loading", { state: "detached" });
    await page.selectOption("#column-category", "Channel");
    await page.waitForSelector(".loading", { state: "detached" });

    await page.selectOption("#log-tab", "Events");
    await page.waitForSelector(`#log-meta >> text=${t("sidebar.log.layout.events")}`);
    expect(await page.inputValue("#column-category")).toBe("");
    await page.selectOption("#log-tab", "Tickets");
    await page.waitForSelector(`#log-meta >> text=${t("sidebar.log.layout.tickets")}`);

    expect(await page.inputValue("#column-priority")).toBe("");
    expect(await page.inputValue("#column-category")).toBe("Channel");
    const changed = mappingWith({ priority: "", category: "Channel" });
    expect((await calls(page)).at(-1)).toEqual({ name: "detectLog", args: ["Tickets", changed] });
    // The build saves the mapping as the user left it.
    await page.click("#build");
    await page.waitForSelector("#result");
    const saved = (await calls(page)).find((c) => c.name === "saveSettings");
    expect(saved?.args[0]).toMatchObject({ columns: changed });
    await finish(s);
  });

  it("says how to turn dates typed as text into dates, with the columns open", async () => {
    const responses = defaultResponses();
    const example = "05/03/2026 14:30";
    const typed = {
      ...TICKETS_LOG,
      months: [],
      dateText: [{ field: "created" as const, header: "Created at", example }],
    };
    responses.getSidebarState = {
      kind: "ok",
      value: sidebarState({ log: typed, defaultMonth: null, locale: "sv" }),
    };
    const s = await openSidebar(responses);
    const { page } = s;
    await page.waitForSelector("#build");
    useLocale("sv");
    try {
      expect(await text(page, ".date-text")).toBe(
        t("sidebar.columns.dateText", { header: "Created at", field: t("sidebar.field.created"), example }),
      );
      expect(await text(page, ".date-text")).toContain("Format > Tal > Datum och tid");
      expect(await text(page, "#month-help")).toBe(t("sidebar.invalid.noMonth"));
    } finally {
      useLocale("en");
    }
    expect(await page.isVisible("#column-created")).toBe(true);
    await page.screenshot({ path: join(resultsDir, "sidebar-sv-date-text.png"), fullPage: true });
    await finish(s);
  });
});

describe("the sidebar's first screen", () => {
  /**
   * What of the sidebar shows without scrolling in Sheets: the browser's own bars (about 85 px),
   * Sheets' title, menus, toolbar and formula bar (about 150 px) and the sidebar's title bar (about
   * 50 px) leave some 435 px at 1280×720 and 615 px at 1440×900. The sticky Build bar takes its
   * share of that.
   */
  const SCREENS = { "1280x720": 435, "1440x900": 615 };

  for (const locale of ["en", "sv"] as const) {
    it(`shows the month and the targets before anything else (${locale})`, async () => {
      const s = await openSidebar({
        ...defaultResponses(),
        getSidebarState: { kind: "ok", value: sidebarState({ locale }) },
      });
      const { page } = s;
      await page.waitForSelector("#build");
      const box = async (selector: string) => {
        const found = await page.locator(selector).boundingBox();
        if (!found) throw new Error(`${selector} is not shown`);
        return found;
      };
      const bottom = async (selector: string) => {
        const { y, height } = await box(selector);
        return y + height;
      };
      /** The targets fully in view above the sticky Build bar. */
      const targetsInView = async () => {
        const bar = (await box(".actions-bar")).y;
        const shown: string[] = [];
        for (const spec of TARGETS) if ((await bottom(`#target-${spec.id}`)) <= bar) shown.push(spec.id);
        return shown;
      };
      // The data's plumbing comes after what a head of support sets each month.
      expect(await bottom("#target-backlog")).toBeLessThan(await bottom("#log-tab"));

      await page.setViewportSize({ width: WIDTH, height: SCREENS["1280x720"] });
      expect(await bottom("#month")).toBeLessThanOrEqual((await box(".actions-bar")).y);
      // At 1280×720 the month and the first rows of targets (times, SLA and CSAT) are in view.
      expect((await targetsInView()).slice(0, 4)).toEqual(["frt", "resolution", "sla", "csat"]);
      await page.screenshot({ path: join(resultsDir, `sidebar-${locale}-1280x720.png`) });

      await page.setViewportSize({ width: WIDTH, height: SCREENS["1440x900"] });
      expect(await targetsInView()).toEqual(TARGETS.map((spec) => spec.id));
      await page.screenshot({ path: join(resultsDir, `sidebar-${locale}-1440x900.png`) });
      await finish(s);
    });
  }
});

describe("sidebar timeout", () => {
  it("stops waiting for a build that never answers and gives the form back", async () => {
    // A browser of its own: the fake clock would otherwise stay installed for the other tests' pages.
    const own = await launchBrowser({ viewport: { width: WIDTH, height: 900 } });
    try {
      const responses = defaultResponses();
      responses.buildReport = { kind: "hold" };
      await own.context.clock.install();
      const s = await openSidebar(responses, own);
      const { page } = s;
      await page.waitForSelector("#build");
      await page.click("#build");
      await expect.poll(() => held(page)).toEqual(["buildReport"]);
      expect(await isDisabled(page, "#build")).toBe(true);

      await page.clock.fastForward("06:20");
      expect(await isDisabled(page, "#build")).toBe(true);
      await page.clock.fastForward("00:20");
      await page.waitForSelector(".status .notice-error");
      expect(await text(page, ".status .notice-error")).toContain(
        t("sidebar.error.timeoutBuild", { minutes: 6.5 }),
      );
      expect(await isDisabled(page, "#build")).toBe(false);
      await finish(s);
    } finally {
      await own.close();
    }
  });
});
