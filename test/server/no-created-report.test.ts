/**
 * A per-ticket export with no creation time, as public helpdesk datasets come (`Ticket ID`,
 * `Ticket Status` Open / Pending Customer Response / Closed, `First Response Time` and
 * `Time to Resolution` as points in time, `Customer Satisfaction Rating` on closed tickets only):
 * the sidebar offers months, the report builds, and each figure is computed here from the fixture.
 */
import { describe, expect, it } from "vitest";
import { createOfflineServices } from "../../src/offline/services";
import { mulberry32 } from "../../src/report/sample-data";
import { buildReport, getSidebarState } from "../../src/server/endpoints";

const ZONE = "UTC";
const NOW = Date.UTC(2026, 11, 3);
const MONTH = "2026-10";
const START = Date.UTC(2026, 9, 1);
const END = Date.UTC(2026, 10, 1);
const HOUR = 3_600_000;

interface Truth {
  status: string;
  firstResponse: number;
  resolved: number;
  rating: number;
}

function fixture(count: number, seed: number): { values: unknown[][]; truth: Truth[] } {
  const next = mulberry32(seed);
  const from = Date.UTC(2026, 6, 1);
  const span = Date.UTC(2026, 10, 20) - from;
  const truth: Truth[] = [];
  const rows: unknown[][] = [];
  for (let i = 0; i < count; i++) {
    const u = next();
    const status = u < 0.33 ? "Open" : u < 0.66 ? "Pending Customer Response" : "Closed";
    const firstResponse = Math.round((from + next() * span) / 1000) * 1000;
    // Closed tickets mostly have a resolution time, some not; open ones never.
    const resolved =
      status === "Closed" && next() < 0.85 ? firstResponse + Math.round(next() * 40) * HOUR : Number.NaN;
    const rating = status === "Closed" ? 1 + Math.floor(next() * 5) : Number.NaN;
    truth.push({ status, firstResponse, resolved, rating });
    rows.push([
      i + 1,
      `Customer ${i}`,
      status,
      ["Low", "Medium", "High", "Critical"][Math.floor(next() * 4)],
      ["Email", "Chat", "Phone", "Social media"][Math.floor(next() * 4)],
      new Date(firstResponse),
      Number.isNaN(resolved) ? "" : new Date(resolved),
      Number.isNaN(rating) ? "" : rating,
    ]);
  }
  const headers = [
    "Ticket ID",
    "Customer Name",
    "Ticket Status",
    "Ticket Priority",
    "Ticket Channel",
    "First Response Time",
    "Time to Resolution",
    "Customer Satisfaction Rating",
  ];
  return { values: [headers, ...rows], truth };
}

describe("a per-ticket export without a creation time, through the report", () => {
  const { values, truth } = fixture(900, 5);
  const offline = createOfflineServices({ timeZone: ZONE, sheets: { "Customer Support Tickets": values } });
  const state = getSidebarState(offline, NOW);
  const result = buildReport(offline, { month: MONTH, settings: state.settings }, NOW);
  const cells = offline.spreadsheet.sheet(result.sheetName)?.peekValues() ?? [];
  const header = cells.findIndex((r) => r[0] === "KPI");
  const detail = (label: string) => cells.find((r, i) => i > header && r[0] === label)?.[1];
  const inMonth = (ms: number) => ms >= START && ms < END;

  it("maps the times as the points in time they are, and offers every month the log has", () => {
    expect(state.settings.columns).toMatchObject({
      status: "Ticket Status",
      firstResponse: "First Response Time",
      resolved: "Time to Resolution",
      csat: "Customer Satisfaction Rating",
    });
    expect(state.settings.columns.created).toBeUndefined();
    const months = new Set(
      truth.map((t) =>
        new Date(Number.isNaN(t.resolved) ? t.firstResponse : t.resolved).toISOString().slice(0, 7),
      ),
    );
    expect(state.log?.months).toEqual([...months].sort());
    expect(state.defaultMonth).toBe("2026-11");
  });

  it("counts tickets resolved and CSAT on every rating of the month (resolution's, else first response's)", () => {
    expect(detail("Tickets resolved")).toBe(truth.filter((t) => inMonth(t.resolved)).length);
    const rated = truth.filter(
      (t) => !Number.isNaN(t.rating) && inMonth(Number.isNaN(t.resolved) ? t.firstResponse : t.resolved),
    );
    expect(detail("CSAT")).toBeCloseTo(rated.filter((t) => t.rating >= 4).length / rated.length, 12);
  });

  it("leaves out what needs the created time, with one line saying so", () => {
    for (const label of [
      "Tickets created",
      "Backlog at month end",
      "First response time, median",
      "SLA compliance",
    ])
      expect(
        cells.some((r) => r[0] === label),
        label,
      ).toBe(false);
    const line = cells.flat().find((c) => typeof c === "string" && c.includes("no Created column"));
    expect(line).toMatch(/^Tickets created, Backlog at month end, .*: the log has no Created column/);
    expect(result.notes.join(" ")).toContain("tickets are placed in months by Resolved");
  });
});
