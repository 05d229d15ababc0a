import { describe, expect, it } from "vitest";
import { FUNCTIONS } from "../../src/functions/registry";
import { t } from "../../src/i18n/messages";
import { monthEnd, monthKeyOf } from "../../src/metrics/zoned-time";
import { createOfflineServices, type OfflineServices } from "../../src/offline/services";
import { OWNER_KEY } from "../../src/report/apply";
import { buildSampleData, SAMPLE_TARGETS } from "../../src/report/sample-data";
import { buildReport, getSidebarState, insertSampleData, openSheet } from "../../src/server/endpoints";
import { readSharedCsvs } from "../support/csv-sheet";

const ZONE = "America/Los_Angeles";
/** 5 November 2026: the last full month is October. */
const NOW = Date.UTC(2026, 10, 5, 18);

function sourceSnapshots(offline: OfflineServices, names: string[]): string[] {
  return names.map((name) => {
    const sheet = offline.spreadsheet.sheet(name);
    if (!sheet) throw new Error(`no tab ${name}`);
    return sheet.snapshot();
  });
}

/** The tracker row whose first cell is `label`, as the offline spreadsheet shows it. */
function trackerRow(offline: OfflineServices, sheetName: string, label: string): unknown[] {
  const values = offline.spreadsheet.sheet(sheetName)?.peekValues() ?? [];
  // The details table's row, below its header (the summary's tiles name KPIs too).
  const header = values.findIndex((r) => r[0] === "KPI");
  const row = values.find((r, i) => i > header && r[0] === label);
  if (!row) throw new Error(`no row ${label}`);
  return row;
}

describe("sample data → sidebar → report", () => {
  const offline = createOfflineServices({ timeZone: ZONE });
  const tabs = insertSampleData(offline, NOW);
  const state = getSidebarState(offline, NOW);

  it("inserts the sample tabs and the sidebar finds them, with last month as default", () => {
    expect(tabs).toEqual(["Tickets", "Survey", "Customers"]);
    expect(state.settings.ticketSheet).toBe("Tickets");
    expect(state.settings.surveySheet).toBe("Survey");
    expect(state.settings.customersSheet).toBe("Customers");
    expect(state.log?.layout).toBe("tickets");
    expect(state.defaultMonth).toBe("2026-10");
    expect(state.settings.columns.created).toBe("Created");
  });

  it("builds the report tab without touching the source tabs", () => {
    const before = sourceSnapshots(offline, tabs);
    const result = buildReport(offline, { month: "2026-10", settings: state.settings }, NOW);
    expect(result.sheetName).toBe("Support report 2026-10");
    expect(sourceSnapshots(offline, tabs)).toEqual(before);

    const sheet = offline.spreadsheet.sheet(result.sheetName);
    expect(sheet?.getSheetId()).toBe(result.sheetId);
    expect(sheet?.metadata()).toEqual([
      { key: OWNER_KEY, value: "report:Support report 2026-10", visibility: "PROJECT" },
    ]);
    expect(offline.spreadsheet.formulaErrors()).toEqual([]);
    expect(offline.spreadsheet.nonLocaleProofFormulas()).toEqual([]);
    expect(offline.spreadsheet.activeSheet().getName()).toBe(result.sheetName);
    // A viewer without the add-on must see everything: no formula may call an add-on function.
    const own = new Set(FUNCTIONS.map((f) => f.name));
    for (const name of [result.sheetName, "KPI definitions"]) {
      const called = (offline.spreadsheet.sheet(name)?.peekFormulas() ?? [])
        .flat()
        .flatMap((f) => [...f.replace(/"[^"]*"/g, '""').matchAll(/([A-Z][A-Z0-9_.]*)\(/g)].map((m) => m[1]));
      expect(called.length, name).toBeGreaterThan(0);
      expect(
        called.filter((fn) => own.has(fn)),
        name,
      ).toEqual([]);
    }

    // Tickets created in October (Pacific time), counted from the tab's cells.
    const start = Date.parse("2026-10-01T07:00:00Z");
    const end = monthEnd("2026-10", ZONE);
    const rows = offline.spreadsheet.sheet("Tickets")?.peekValues().slice(1) ?? [];
    const created = rows.filter((r) => {
      const ms = (r[1] as Date).getTime();
      return ms >= start && ms < end;
    }).length;
    expect(result.ticketsInMonth).toBe(created);
    expect(result.ticketsRead).toBe(rows.length);
    expect(trackerRow(offline, result.sheetName, "Tickets created")[1]).toBe(created);
    // The definitions link points at the definitions tab.
    const definitions = offline.spreadsheet.sheet("KPI definitions");
    const formulas = sheet?.peekFormulas("E2");
    expect(formulas?.[0][0]).toBe(
      `=HYPERLINK("#gid=${definitions?.getSheetId()}";"KPI definitions and calculator")`,
    );
  });

  it("replaces its own tab on a rebuild, in its place: no second tab, no stale chart", () => {
    const first = offline.spreadsheet.sheet("Support report 2026-10");
    const charts = first?.chartSpecs().length ?? 0;
    // The details' met/missed colours, and the colour scales of the staffing and arrivals grids.
    expect(first?.conditionalFormats()).toHaveLength(4);
    const names = offline.spreadsheet.allSheets().map((s) => s.name);
    const definitions = offline.spreadsheet.sheet("KPI definitions")?.sheetId;
    const again = buildReport(offline, { month: "2026-10", settings: state.settings }, NOW + 60_000);
    expect(offline.spreadsheet.allSheets().map((s) => s.name)).toEqual(names);
    expect(first?.deleted).toBe(true);
    // The definitions tab did not change, so it stays, and the report's link to it with it.
    expect(offline.spreadsheet.sheet("KPI definitions")?.sheetId).toBe(definitions);
    expect(offline.spreadsheet.sheet(again.sheetName)?.chartSpecs()).toHaveLength(charts);
    expect(offline.spreadsheet.sheet(again.sheetName)?.conditionalFormats()).toHaveLength(4);
  });

  it("builds beside a user's own tab of the same name, never over it", () => {
    const own = offline.spreadsheet.addSheet("Support report 2026-09");
    own.loadValues([["my notes"]]);
    const before = own.snapshot();
    const result = buildReport(offline, { month: "2026-09", settings: state.settings }, NOW);
    expect(result.sheetName).toBe("Support report 2026-09 (2)");
    expect(own.snapshot()).toBe(before);
  });

  it("says a build is running while another holds the lock", () => {
    const release = offline.lock.holdElsewhere();
    try {
      expect(() => buildReport(offline, { month: "2026-10", settings: state.settings }, NOW)).toThrow(
        "Another report is being built in this spreadsheet. Wait until it is done, then build again.",
      );
    } finally {
      release();
    }
    expect(buildReport(offline, { month: "2026-10", settings: state.settings }, NOW).sheetName).toBe(
      "Support report 2026-10",
    );
  });

  it("starts from the sample's targets, so the first report shows statuses both ways", () => {
    expect(state.settings.targets).toEqual(SAMPLE_TARGETS);
    const result = buildReport(offline, { month: "2026-10", settings: state.settings }, NOW);
    const values = offline.spreadsheetApp
      .getActiveSpreadsheet()
      .getSheetByName(result.sheetName)!
      .getDataRange()
      .getValues();
    const header = values.findIndex((row) => row[0] === t("report.col.kpi"));
    const status = values[header].indexOf(t("report.col.status"));
    const shown = values.slice(header + 1).map((row) => row[status]);
    expect(shown).toContain(t("report.status.met"));
    expect(shown).toContain(t("report.status.missed"));
  });

  it("refuses a bad month with a clear message", () => {
    for (const month of ["2026-13", "October", ""]) {
      expect(() => buildReport(offline, { month, settings: state.settings }, NOW)).toThrow(
        `\u201c${month}\u201d is not a month. Pick a month such as 2026-10.`,
      );
    }
  });
});

describe("the sidebar's staffing settings", () => {
  it("reach the report's Next month block, and are kept for the next sidebar", () => {
    const offline = createOfflineServices({ timeZone: ZONE });
    insertSampleData(offline, NOW);
    const state = getSidebarState(offline, NOW);
    const staffing = {
      handleMinutes: 9,
      serviceLevel: 0.9,
      answerWithinSeconds: 30,
      maxOccupancy: 0.8,
      shrinkage: 0.3,
    };
    const result = buildReport(offline, { month: "2026-10", settings: { ...state.settings, staffing } }, NOW);
    const cells = (offline.spreadsheet.sheet(result.sheetName)?.peekValues() ?? []).map((r) => r[0]);
    const note = cells.find((c) =>
      String(c).startsWith(
        t("report.staffing.note", { weeks: 8, handle: 9, level: 90, within: 30, occupancy: 80 }).slice(0, 30),
      ),
    );
    expect(note).toBe(
      t("report.staffing.note", { weeks: 8, handle: 9, level: 90, within: 30, occupancy: 80 }),
    );
    expect(cells).toContain(t("report.staffing.shrinkage", { shrinkage: 30 }));
    expect(getSidebarState(offline, NOW).settings.staffing).toEqual(staffing);
  });
});

describe("without a ticket log", () => {
  it("the sidebar finds none and a build says what is missing", () => {
    const offline = createOfflineServices({ timeZone: "UTC" });
    const state = getSidebarState(offline, NOW);
    expect(state.log).toBeNull();
    expect(state.defaultMonth).toBeNull();
    expect(() => buildReport(offline, { month: "2026-10", settings: state.settings }, NOW)).toThrow(
      "Choose the tab with your tickets.",
    );
    expect(() =>
      buildReport(offline, { month: "2026-10", settings: { ...state.settings, ticketSheet: "Sheet1" } }, NOW),
    ).toThrow(/Choose the column that holds when each ticket was created/);
    expect(() =>
      buildReport(offline, { month: "2026-10", settings: { ...state.settings, ticketSheet: "Gone" } }, NOW),
    ).toThrow("There is no tab named \u201cGone\u201d. Pick the tab with your tickets again.");
  });
});

describe("a tab that went away", () => {
  const offline = createOfflineServices({ timeZone: ZONE });
  insertSampleData(offline, NOW);
  const state = getSidebarState(offline, NOW);

  it("says which kind of tab to pick again: a survey tab is not the ticket log", () => {
    const settings = { ...state.settings, surveySheet: "Old survey" };
    expect(() => buildReport(offline, { month: "2026-10", settings }, NOW)).toThrow(
      "There is no tab named \u201cOld survey\u201d. Pick the survey and customers tabs again under Other tabs.",
    );
  });

  it("says to build again when the report tab to open is gone", () => {
    expect(() => openSheet(offline, "Support report 2026-10")).toThrow(
      "There is no tab named \u201cSupport report 2026-10\u201d any more. Build the report again to make it.",
    );
  });
});

describe("service calls do not grow with the tickets", () => {
  function callsFor(tickets: number): Record<string, number> {
    const sample = buildSampleData({ now: NOW, timeZone: ZONE, tickets });
    const offline = createOfflineServices({
      timeZone: ZONE,
      sheets: {
        Tickets: sample.tickets.values,
        Survey: sample.survey.values,
        Customers: sample.customers.values,
      },
    });
    const state = getSidebarState(offline, NOW);
    offline.calls.reset();
    const result = buildReport(offline, { month: "2026-10", settings: state.settings }, NOW);
    expect(result.ticketsRead).toBe(sample.tickets.values.length - 1);
    return offline.calls.byMethod();
  }

  it("makes the same calls for 1,000 and 100,000 tickets", () => {
    const small = callsFor(1_000);
    const large = callsFor(100_000);
    expect(large).toEqual(small);
    expect(small["Range.getValues"]).toBe(3); // one read per source tab
    expect(small["SpreadsheetApp.flush"]).toBe(1); // the definitions and the report tab, flushed once
  });
});

describe("the report from the PrepBench event log", () => {
  const files = [1, 2, 3].map((n) => `prepbench059_ticket_events_part${n}.csv`);
  const values = readSharedCsvs(files);
  const offline = createOfflineServices({ timeZone: "UTC", sheets: { Events: values } });
  const before = offline.spreadsheet.sheet("Events")?.snapshot();
  const state = getSidebarState(offline, NOW);

  it("recognises the event log and builds its last month", () => {
    expect(state.log?.layout).toBe("events");
    expect(state.settings.ticketSheet).toBe("Events");
    // Each ticket is created at its first event; the default month is the last one a ticket was created in.
    const firstEvent = new Map<string, number>();
    let lastEvent = 0;
    for (const row of values.slice(1)) {
      const id = String(row[1]).split(" / ")[0];
      const ms = (row[0] as Date).getTime();
      firstEvent.set(id, Math.min(firstEvent.get(id) ?? ms, ms));
      lastEvent = Math.max(lastEvent, ms);
    }
    expect(firstEvent.size).toBe(665);
    expect(state.defaultMonth).toBe(monthKeyOf(Math.max(...firstEvent.values()), "UTC"));

    // The month of the last event: by its end every closed ticket is closed.
    const result = buildReport(
      offline,
      { month: monthKeyOf(lastEvent, "UTC"), settings: state.settings },
      NOW,
    );
    expect(result.ticketsRead).toBe(665);
    expect(offline.spreadsheet.sheet("Events")?.snapshot()).toBe(before);
    expect(offline.spreadsheet.formulaErrors()).toEqual([]);
    expect(offline.spreadsheet.nonLocaleProofFormulas()).toEqual([]);
    // Published answer: 103 of the 665 tickets are closed, so 562 are open after the last event.
    expect(trackerRow(offline, result.sheetName, "Backlog at month end")[1]).toBe(665 - 103);
    // No survey or customers tab: those rows say so instead of showing 0.
    const nps = trackerRow(offline, result.sheetName, "NPS");
    expect(nps[1]).toBe("no data");
    expect(nps[10]).toMatch(/No survey tab is chosen/);
  });
});
