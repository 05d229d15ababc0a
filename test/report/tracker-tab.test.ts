/**
 * The KPI tracker tab: one column per month, one row per KPI, each build filling or replacing its
 * months and keeping the others, with the same figures as the report tab.
 */
import { describe, expect, it } from "vitest";
import { t } from "../../src/i18n/messages";
import type { Ticket } from "../../src/input/ticket";
import { HOUR_MS } from "../../src/metrics/calendar";
import { createOfflineServices } from "../../src/offline/services";
import { applyPlan, ownTabs } from "../../src/report/apply";
import { planReport, type ReportInput } from "../../src/report/report-plan";
import { DEFAULT_SETTINGS } from "../../src/report/settings";
import { logOf, ticket } from "../support/tickets";

const ZONE = "Europe/Berlin";

function tickets(months: string[], perMonth: number): Ticket[] {
  return months.flatMap((key, m) => {
    const [y, mo] = key.split("-").map(Number);
    return Array.from({ length: perMonth + m }, (_, i) => {
      const created = Date.UTC(y, mo - 1, 2 + i, 9);
      return ticket({
        created,
        firstResponse: created + (m + 1) * HOUR_MS,
        resolved: created + 50 * HOUR_MS,
      });
    });
  });
}

function input(month: string, log: Ticket[], tracker: unknown[][] | null): ReportInput {
  return {
    month,
    timeZone: ZONE,
    now: Date.UTC(2026, 11, 1),
    locale: "en",
    settings: { ...DEFAULT_SETTINGS, ticketSheet: "Tickets" },
    log: logOf(log),
    survey: null,
    customers: null,
    definitions: { name: "KPI definitions", id: 1 },
    tracker,
  };
}

describe("the KPI tracker tab", () => {
  const log = tickets(["2026-07", "2026-08", "2026-09", "2026-10"], 5);
  const offline = createOfflineServices({ timeZone: ZONE });
  const build = (month: string) => {
    const existing = offline.spreadsheet.sheet("KPI tracker")?.getDataRange().getValues() ?? null;
    applyPlan(offline.spreadsheetApp, planReport(input(month, log, existing)).plan);
    const tab = offline.spreadsheet.sheet("KPI tracker");
    if (!tab) throw new Error("no tracker tab");
    return tab;
  };

  it("has a column per month from the log's first, a row per KPI, marked as the add-on's", () => {
    const tab = build("2026-09");
    expect(ownTabs(offline.spreadsheet).find((own) => own.sheet.getName() === "KPI tracker")?.owner).toBe(
      "tracker:KPI tracker",
    );
    const values = tab.peekValues();
    expect(values[2].slice(0, 4)).toEqual(["KPI", "2026-07", "2026-08", "2026-09"]);
    const created = values.find((row) => row[0] === "Tickets created");
    expect(created?.slice(1, 4)).toEqual([5, 6, 7]);
  });

  it("never adds a second column for a month built twice, and keeps months it did not compute", () => {
    build("2026-10");
    build("2026-10");
    const tab = build("2026-09");
    const values = tab.peekValues();
    expect(values[2].slice(0, 5)).toEqual(["KPI", "2026-07", "2026-08", "2026-09", "2026-10"]);
    expect(values.filter((row) => row[0] === "Tickets created")).toHaveLength(1);
    expect(values.find((row) => row[0] === "Tickets created")?.slice(1, 5)).toEqual([5, 6, 7, 8]);
  });

  it("keeps an earlier month the log no longer covers, durations included", () => {
    // A later build whose 12 months start after July: July's column stays as it was.
    const later = tickets(["2027-08"], 3);
    const existing = offline.spreadsheet.sheet("KPI tracker")?.getDataRange().getValues() ?? null;
    const before = offline.spreadsheet.sheet("KPI tracker")?.getDataRange().getDisplayValues() ?? [];
    applyPlan(offline.spreadsheetApp, planReport(input("2027-08", [...log, ...later], existing)).plan);
    const shown = offline.spreadsheet.sheet("KPI tracker")?.getDataRange().getDisplayValues() ?? [];
    const frt = (rows: string[][]) => rows.find((row) => row[0] === "First response time, median");
    expect(shown[2][1]).toBe("2026-07");
    expect(frt(shown)?.[1]).toBe(frt(before)?.[1]);
    expect(frt(shown)?.[1]).toBe("1 h 00 min");
    expect(shown[2]).toContain("2027-08");
  });

  it("shows each KPI as the report tab's tiles and details do", () => {
    const out = planReport(input("2026-10", log, null));
    const [report, tracker] = out.plan.sheets;
    const header = report.cells.findIndex((row) => row[0] === "KPI");
    for (const label of [
      "Tickets created",
      "First response time, median",
      "Resolution time, median",
      "SLA compliance",
    ]) {
      const r = report.cells.findIndex((row, i) => i > header && row[0] === label);
      const t = tracker.cells.findIndex((row) => row[0] === label);
      const column = tracker.cells[2].indexOf("2026-10");
      expect(tracker.cells[t][column], label).toBe(report.cells[r][1]);
      expect(tracker.numberFormats[t][column], label).toBe(report.numberFormats[r][1]);
      // The summary's tile of the same KPI: its value sits under its name.
      const nameRow = report.cells.findIndex((row) => row.includes(label));
      if (nameRow < header) {
        const c = report.cells[nameRow].indexOf(label);
        expect(report.cells[nameRow + 1][c], label).toBe(report.cells[r][1]);
        expect(report.numberFormats[nameRow + 1][c], label).toBe(report.numberFormats[r][1]);
      }
    }
    expect(tracker.charts.map((c) => c.title)).toEqual([
      "Tickets created and resolved by month",
      t("kpi.backlog"),
      t("kpi.frtMedian"),
      t("kpi.resolutionMedian"),
      "SLA, FCR and CSAT by month",
    ]);
    // A duration chart reads hours (the table's days × 24), on an axis that says so.
    const frtChart = tracker.charts.find((c) => c.title === t("kpi.frtMedian"));
    const frtRow = tracker.cells.findIndex((row) => row[0] === t("kpi.frtMedian"));
    const month = tracker.cells[2].indexOf("2026-10");
    const data = frtChart?.data ?? { row: 0, column: 0, numRows: 0, numColumns: 0 };
    const dataRow = tracker.cells.findIndex((row, i) => i >= data.row && row[data.column - 1] === "2026-10");
    expect(frtChart?.yAxisTitle).toBe(t("tracker.axis.hours"));
    expect(tracker.cells[dataRow][data.column]).toBeCloseTo((tracker.cells[frtRow][month] as number) * 24, 9);
  });
});
