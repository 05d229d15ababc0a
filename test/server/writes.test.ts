/**
 * One rule for every write, tried the way a hostile tester would: tabs named like the add-on's in
 * another case, copies that lost their metadata, another script's metadata, a write that fails
 * halfway, a second writer holding the lock, text longer than a cell holds, a month Sheets cannot
 * show. Each test fails on the add-on before this rule (see the commit that added it).
 */
import { describe, expect, it } from "vitest";
import { t } from "../../src/i18n/messages";
import { createOfflineServices, type OfflineServices } from "../../src/offline/services";
import { MAX_CELL_TEXT, OWNER_KEY } from "../../src/report/apply";
import { buildReport, getSidebarState, insertSampleData, showDefinitions } from "../../src/server/endpoints";

const ZONE = "Europe/Stockholm";
const NOW = Date.UTC(2026, 10, 5, 12);
const MONTH = "2026-10";
const REPORT = "Support report 2026-10";
const DEFINITIONS = "KPI definitions";

/** A spreadsheet with the sample data in it, and the settings the sidebar would send. */
function withSample(sheets?: Record<string, unknown[][]>) {
  const offline = createOfflineServices({ timeZone: ZONE, sheets });
  insertSampleData(offline, NOW);
  const settings = getSidebarState(offline, NOW).settings;
  return { offline, settings };
}

/** Every tab, in order, as canonical JSON: equal means nothing about any tab changed. */
function everything(offline: OfflineServices): string[] {
  return offline.spreadsheet.allSheets().map((s) => s.snapshot());
}

function names(offline: OfflineServices): string[] {
  return offline.spreadsheet.allSheets().map((s) => s.name);
}

describe("tab names compare as Sheets compares them", () => {
  it("builds beside a user's tab 'KPI Definitions' (title case), never over it, from the sidebar and the menu", () => {
    const { offline, settings } = withSample({ "KPI Definitions": [["my own notes"]] });
    const mine = offline.spreadsheet.allSheets()[0];
    const before = mine.snapshot();
    const result = buildReport(offline, { month: MONTH, settings }, NOW);
    expect(result.sheetName).toBe(REPORT);
    expect(showDefinitions(offline)).toBe(`${DEFINITIONS} (2)`);
    expect(mine.snapshot()).toBe(before);
    expect(names(offline).filter((n) => n.toLowerCase().startsWith("kpi definitions"))).toEqual([
      "KPI Definitions",
      `${DEFINITIONS} (2)`,
    ]);
  });

  it("builds beside a user's tab named like the report in another case", () => {
    const { offline, settings } = withSample({ "support report 2026-10": [["mine"]] });
    const before = offline.spreadsheet.sheet("support report 2026-10")?.snapshot();
    const result = buildReport(offline, { month: MONTH, settings }, NOW);
    expect(result.sheetName).toBe(`${REPORT} (2)`);
    expect(offline.spreadsheet.allSheets()[0].snapshot()).toBe(before);
  });

  it("replaces its own report tab after the user renamed it in case, keeping the user's name", () => {
    const { offline, settings } = withSample();
    buildReport(offline, { month: MONTH, settings }, NOW);
    offline.spreadsheet.sheet(REPORT)?.setName("SUPPORT REPORT 2026-10");
    const tabs = names(offline);
    const again = buildReport(offline, { month: MONTH, settings }, NOW + 60_000);
    expect(again.sheetName).toBe("SUPPORT REPORT 2026-10");
    expect(names(offline)).toEqual(tabs);
  });

  it("inserts the sample beside a user's tab 'TICKETS', never over it", () => {
    const offline = createOfflineServices({ timeZone: ZONE, sheets: { TICKETS: [["mine"]] } });
    const before = offline.spreadsheet.sheet("TICKETS")?.snapshot();
    const tabs = insertSampleData(offline, NOW);
    expect(tabs[0]).toBe("Tickets (2)");
    expect(offline.spreadsheet.allSheets()[0].snapshot()).toBe(before);
  });

  it("finds its tab by metadata, not name: a look-alike without metadata gets one free name, once", () => {
    // A copy of the report that lost its developer metadata (as some copies do) is a user's tab.
    const { offline, settings } = withSample({ [REPORT]: [["a copy without metadata"]] });
    for (let i = 0; i < 3; i++) buildReport(offline, { month: MONTH, settings }, NOW + i * 60_000);
    expect(names(offline).filter((n) => n.startsWith(REPORT))).toEqual([REPORT, `${REPORT} (2)`]);
  });

  it("treats another script's PROJECT metadata under its key as not its own", () => {
    const { offline, settings } = withSample({ [REPORT]: [["another add-on's tab"]] });
    offline.spreadsheet
      .sheet(REPORT)
      ?.addMetadataFrom("another-project", OWNER_KEY, `report:${REPORT}`, "PROJECT");
    const before = offline.spreadsheet.sheet(REPORT)?.snapshot();
    const result = buildReport(offline, { month: MONTH, settings }, NOW);
    expect(result.sheetName).toBe(`${REPORT} (2)`);
    expect(offline.spreadsheet.allSheets()[0].snapshot()).toBe(before);
    expect(getSidebarState(offline, NOW).ownSheets).toEqual([DEFINITIONS, `${REPORT} (2)`, "KPI tracker"]);
  });

  it("marks its tabs with PROJECT-visible metadata and finds them with one search", () => {
    const { offline, settings } = withSample();
    buildReport(offline, { month: MONTH, settings }, NOW);
    expect(offline.spreadsheet.sheet(REPORT)?.metadata()).toEqual([
      { key: OWNER_KEY, value: `report:${REPORT}`, visibility: "PROJECT" },
    ]);
    offline.calls.reset();
    getSidebarState(offline, NOW);
    expect(offline.calls.of("Spreadsheet.createDeveloperMetadataFinder")).toBe(1);
    offline.calls.reset();
    buildReport(offline, { month: MONTH, settings }, NOW);
    // One search to check the tabs it reads are the user's, one to find the tabs it replaces.
    expect(offline.calls.of("Spreadsheet.createDeveloperMetadataFinder")).toBe(2);
    expect(offline.calls.of("Sheet.getDeveloperMetadata")).toBe(0);
  });
});

describe("every write is all or nothing, under the document lock", () => {
  for (const method of ["Range.setValues", "Sheet.insertChart", "Sheet.setConditionalFormatRules"]) {
    it(`leaves every tab as it was when ${method} fails halfway through a rebuild`, () => {
      const { offline, settings } = withSample();
      buildReport(offline, { month: MONTH, settings }, NOW);
      const before = everything(offline);
      const active = offline.spreadsheet.activeSheet().name;
      // A change of business hours makes the definitions tab change too: both tabs are rewritten.
      const changed = { ...settings, schedule: "Mon-Fri 08:00-16:00" };
      offline.calls.failAt(method, method === "Range.setValues" ? 2 : 1);
      expect(() => buildReport(offline, { month: MONTH, settings: changed }, NOW)).toThrow(method);
      expect(everything(offline)).toEqual(before);
      expect(offline.spreadsheet.activeSheet().name).toBe(active);
      // And the next build goes through.
      expect(buildReport(offline, { month: MONTH, settings: changed }, NOW).sheetName).toBe(REPORT);
    });
  }

  it("adds no tab when the first build fails", () => {
    const { offline, settings } = withSample();
    const before = everything(offline);
    offline.calls.failAt("Sheet.insertChart", 3);
    expect(() => buildReport(offline, { month: MONTH, settings }, NOW)).toThrow();
    expect(everything(offline)).toEqual(before);
  });

  it("adds no sample tab when inserting the sample fails halfway", () => {
    const offline = createOfflineServices({ timeZone: ZONE });
    const before = everything(offline);
    offline.calls.failAt("Range.setValues", 3);
    expect(() => insertSampleData(offline, NOW)).toThrow();
    expect(everything(offline)).toEqual(before);
  });

  it("keeps sample data, definitions and the report from writing while another execution holds the lock", () => {
    const { offline, settings } = withSample();
    const before = everything(offline);
    const busy = t("server.error.busy");
    const release = offline.lock.holdElsewhere();
    try {
      expect(() => insertSampleData(offline, NOW)).toThrow(busy);
      expect(() => showDefinitions(offline)).toThrow(busy);
      expect(() => buildReport(offline, { month: MONTH, settings }, NOW)).toThrow(busy);
    } finally {
      release();
    }
    expect(everything(offline)).toEqual(before);
    expect(offline.lock.isHeld).toBe(false);
  });

  it("keeps an unchanged definitions tab, with what the user typed in it", () => {
    const { offline, settings } = withSample();
    buildReport(offline, { month: MONTH, settings }, NOW);
    const definitions = offline.spreadsheet.sheet(DEFINITIONS);
    definitions?.loadValues([["typed by the user"]], { row: 200, column: 1 });
    const before = definitions?.snapshot();
    buildReport(offline, { month: "2026-09", settings }, NOW);
    expect(showDefinitions(offline)).toBe(DEFINITIONS);
    expect(offline.spreadsheet.sheet(DEFINITIONS)?.snapshot()).toBe(before);
  });
});

describe("everything is checked before the first write", () => {
  it("refuses month 0000-01 (and any before 1900) with the month message, writing nothing", () => {
    const { offline, settings } = withSample();
    const before = everything(offline);
    offline.calls.reset();
    for (const month of ["0000-01", "1899-12"]) {
      expect(() => buildReport(offline, { month, settings }, NOW)).toThrow(
        t("server.error.month", { month }),
      );
    }
    expect(offline.calls.of("Spreadsheet.insertSheet")).toBe(0);
    expect(everything(offline)).toEqual(before);
  });

  it("cuts a 50,000-character category to fit a cell, with a visible ellipsis and a note", () => {
    const { offline, settings } = withSample();
    const log = offline.spreadsheet.sheet("Tickets")!;
    const values = log.peekValues();
    const column = values[0].indexOf("Category");
    const long = "Billing-".repeat(6250);
    expect(long).toHaveLength(50_000);
    log.loadValues(
      values.slice(1).map(() => [long]),
      { row: 2, column: column + 1 },
    );
    const result = buildReport(offline, { month: MONTH, settings }, NOW);
    const cells = offline.spreadsheet.sheet(result.sheetName)!.peekValues().flat();
    const cut = cells.filter((v): v is string => typeof v === "string" && v.startsWith("Billing-Billing"));
    expect(cut.length).toBeGreaterThan(0);
    for (const text of cut) {
      expect(text.endsWith("\u2026")).toBe(true);
      expect(text.length + 1).toBeLessThanOrEqual(MAX_CELL_TEXT);
    }
    expect(result.notes.filter((n) => n.includes("50,000") && n.includes(`${REPORT}!`))).toEqual([
      expect.stringContaining("\u2026"),
    ]);
  });
});
