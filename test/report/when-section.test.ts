/**
 * When tickets arrive (weekday × hour on the spreadsheet's clock, across a DST change) and the
 * breakdowns by priority and channel, as planned and as the offline spreadsheet colours them.
 */
import { describe, expect, it } from "vitest";
import { t } from "../../src/i18n/messages";
import type { Ticket } from "../../src/input/ticket";
import { HOUR_MS } from "../../src/metrics/calendar";
import { gradientColor } from "../../src/offline/conditional-format";
import { createOfflineServices } from "../../src/offline/services";
import { applyPlan } from "../../src/report/apply";
import { planReport } from "../../src/report/report-plan";
import { DEFAULT_SETTINGS } from "../../src/report/settings";
import { ARRIVALS_COLUMN } from "../../src/report/when-section";
import { logOf, ticket } from "../support/tickets";

const ZONE = "Europe/Berlin";

function build(tickets: Ticket[]) {
  const out = planReport({
    month: "2026-10",
    timeZone: ZONE,
    now: Date.UTC(2026, 10, 2),
    locale: "en",
    settings: { ...DEFAULT_SETTINGS, ticketSheet: "Tickets" },
    log: logOf(tickets),
    survey: null,
    customers: null,
    definitions: { name: "KPI definitions", id: 1 },
  });
  const offline = createOfflineServices({ timeZone: ZONE });
  applyPlan(offline.spreadsheetApp, out.plan);
  const sheet = offline.spreadsheet.sheet(out.sheetName);
  if (!sheet) throw new Error("no report tab");
  return { sheet, values: sheet.peekValues(), shown: sheet.getDataRange().getDisplayValues() };
}

describe("when tickets arrive", () => {
  // 2026-10-25: Berlin leaves summer time. 09:30 local is 07:30 UTC before and 08:30 UTC after.
  const at = (iso: string, fields: Partial<Ticket> = {}) => ticket({ created: Date.parse(iso), ...fields });
  const { sheet, values } = build([
    at("2026-10-19T07:30:00Z"), // Monday 09:30 CEST
    at("2026-10-26T08:30:00Z"), // Monday 09:30 CET
    at("2026-10-26T08:40:00Z"), // Monday 09:40 CET
    at("2026-10-21T13:00:00Z"), // Wednesday 15:00 CEST
  ]);
  // The grid's header row: a blank corner, then the hours 00…23.
  const header = values.findIndex(
    (row) => row[ARRIVALS_COLUMN] === "00" && row[ARRIVALS_COLUMN + 23] === "23",
  );
  const weekday = (d: number) => values[header + 1 + d];
  const counts = (d: number) =>
    weekday(d)
      .slice(ARRIVALS_COLUMN, ARRIVALS_COLUMN + 24)
      .map(Number);

  it("has seven weekday rows, Monday first, and 24 hour columns on the spreadsheet's clock", () => {
    expect(header).toBeGreaterThan(0);
    expect([0, 1, 2, 3, 4, 5, 6].map((d) => weekday(d)[ARRIVALS_COLUMN - 1])).toEqual([
      "Mon",
      "Tue",
      "Wed",
      "Thu",
      "Fri",
      "Sat",
      "Sun",
    ]);
    // Both Mondays at 09:30 local count at 09, though their UTC hours differ across the DST change.
    expect(counts(0)[9]).toBe(3);
    expect(counts(2)[15]).toBe(1);
    const total = [0, 1, 2, 3, 4, 5, 6].reduce((s, d) => s + counts(d).reduce((a, b) => a + b, 0), 0);
    expect(total).toBe(4);
  });

  it("colours the cells by a native colour scale: the busiest in full colour, empty ones white", () => {
    const rules = sheet.conditionalFormats().filter((r) => r.gradient !== null);
    const grid = rules.find((r) => r.ranges[0].a1.startsWith("AC"));
    expect(grid?.gradient).toEqual({ min: "#ffffff", minValue: 0, max: "#6d9eeb" });
    const color = (d: number, h: number) =>
      sheet.conditionalStyle(header + 2 + d, ARRIVALS_COLUMN + 1 + h)?.background;
    expect(color(0, 9)).toBe("#6d9eeb");
    expect(color(0, 3)).toBe("#ffffff");
    // A third of the peak is a third of the way from white to the full colour.
    expect(color(2, 15)).toBe(gradientColor({ min: "#ffffff", minValue: 0, max: "#6d9eeb" }, 1, 3));
    expect(color(2, 15)).not.toBe("#ffffff");
  });

  it("says where the grid is, and hides the sparklines' helper columns", () => {
    expect(values.some((row) => row[0] === t("report.when.where", { columns: "AB:AZ" }))).toBe(true);
    expect(sheet.layout().hiddenColumns).toEqual([
      12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27,
    ]);
  });
});

describe("breakdowns by priority and channel", () => {
  it("gives first response, resolution and SLA per priority in the report's units", () => {
    const tickets: Ticket[] = [];
    for (let i = 0; i < 10; i++) {
      const created = Date.UTC(2026, 9, 2 + i, 9);
      tickets.push(
        ticket({
          created,
          firstResponse: created + HOUR_MS / 2,
          resolved: created + 2 * HOUR_MS,
          priority: "Normal",
          channel: "Email",
        }),
        ticket({
          created,
          firstResponse: created + 3 * HOUR_MS,
          resolved: created + 60 * HOUR_MS,
          priority: "Urgent",
          channel: "Phone",
        }),
      );
    }
    const { values, shown } = build(tickets);
    const header = values.findIndex((row) => row[0] === "Priority" && row[5] === "SLA compliance");
    expect(header).toBeGreaterThan(0);
    const rows = shown.slice(header + 1, header + 3).map((row) => row.slice(0, 6));
    expect(rows).toEqual([
      ["Normal", "10", "30 min", "10", "2 h 00 min", "100.0%"],
      ["Urgent", "10", "3 h 00 min", "10", "2.5 d", "0.0%"],
    ]);
    expect(values.some((row) => row[0] === "Channel" && row[5] === "SLA compliance")).toBe(true);
  });
});
