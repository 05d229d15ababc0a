/**
 * The summary's findings on crafted logs: a real spike is named with its rule's numbers, noise is
 * never called a trend, a missed SLA for one priority is found, the busiest weekday and hour are
 * counted on the spreadsheet's clock (across a daylight-saving change).
 */
import { describe, expect, it } from "vitest";
import { t } from "../../src/i18n/messages";
import type { Ticket } from "../../src/input/ticket";
import { HOUR_MS } from "../../src/metrics/calendar";
import { forecastVolume } from "../../src/metrics/forecast";
import { changeScore, FORECAST_MIN_MONTHS, spikes } from "../../src/report/findings";
import type { PlanCell } from "../../src/report/plan";
import { planReport, type ReportInput } from "../../src/report/report-plan";
import { DEFAULT_SETTINGS, type Settings } from "../../src/report/settings";
import { logOf, ticket } from "../support/tickets";

const MONTHS = ["2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10"];

/** `count` tickets of a month on its weekdays at 10:00 UTC, each answered in 1 h and resolved in `hours`. */
function month(key: string, count: number, fields: Partial<Ticket> = {}, hours = 2): Ticket[] {
  const [y, m] = key.split("-").map(Number);
  return Array.from({ length: count }, (_, i) => {
    const created = Date.UTC(y, m - 1, 1 + (i % 28), 10);
    return ticket({
      created,
      firstResponse: created + HOUR_MS,
      resolved: created + hours * HOUR_MS,
      ...fields,
    });
  });
}

/** The report tab's cells. */
function plan(tickets: Ticket[], settings: Partial<Settings> = {}, timeZone = "UTC"): PlanCell[][] {
  const input: ReportInput = {
    month: "2026-10",
    timeZone,
    now: Date.UTC(2026, 10, 2),
    locale: "en",
    settings: { ...DEFAULT_SETTINGS, ticketSheet: "Tickets", ...settings },
    log: logOf(tickets),
    survey: null,
    customers: null,
    definitions: { name: "KPI definitions", id: 1 },
  };
  return planReport(input).plan.sheets[0].cells;
}

/** The summary's findings, each "• …". */
function report(tickets: Ticket[], settings: Partial<Settings> = {}, timeZone = "UTC"): string[] {
  return plan(tickets, settings, timeZone)
    .map((row) => row[0])
    .filter((c): c is string => typeof c === "string" && c.startsWith("• "));
}

describe("findings", () => {
  it("names a real spike with its rule, and only that category", () => {
    const billing = [9, 11, 10, 9, 11, 10, 30];
    const shipping = [20, 22, 18, 21, 19, 20, 21];
    const tickets = MONTHS.flatMap((m, i) => [
      ...month(m, billing[i], { category: "Billing" }),
      ...month(m, shipping[i], { category: "Shipping" }),
    ]);
    const said = report(tickets);
    const spike = said.filter((s) => s.startsWith("• Spike"));
    expect(spike).toEqual([
      "• Spike: Billing had 30 tickets, above its usual 10.0 (limit 16.3 = mean + 2 SD of the previous 6 months; at least 10 tickets).",
    ]);
    // 51 against 30 is beyond Poisson noise: said as a change.
    expect(said).toContain(
      "• Tickets created rose from 30 in September 2026 to 51, beyond normal variation.",
    );
  });

  it("calls a small change noise, never a trend, and a small group's jump no spike", () => {
    // The history is steadier than chance: its SD (2.4) is floored at Poisson's √100 = 10.
    const counts = [100, 104, 98, 101, 97, 100, 110];
    const tickets = MONTHS.flatMap((m, i) => [
      ...month(m, counts[i], { category: "Billing" }),
      // 1 → 6 is far above its mean + 2 SD, but under the 10-ticket minimum.
      ...month(m, i === 6 ? 6 : 1, { category: "Rare" }),
    ]);
    const said = report(tickets);
    expect(said.some((s) => s.includes("rose") || s.includes("fell") || s.includes("Spike"))).toBe(false);
    expect(said.find((s) => s.includes("within normal variation"))).toMatch(
      /^• Since September 2026, Tickets created, .*: within normal variation, not a trend\.$/,
    );
  });

  it("finds the priority that missed the SLA", () => {
    const tickets = MONTHS.flatMap((m) => [
      ...month(m, 20, { priority: "Normal" }, 2),
      ...month(m, 8, { priority: "Urgent" }, 30),
    ]);
    const said = report(tickets, { targets: { sla: 0.8 } });
    expect(said).toContain(
      "• SLA missed for priority Urgent: 0.0% of 8 tickets resolved within 24 h 00 min (target 80.0%).",
    );
    expect(said.some((s) => s.includes("Normal"))).toBe(false);
    // Without a target, the group is compared with the other tickets.
    expect(report(tickets)).toContain(
      "• SLA lower for priority Urgent: 0.0% of 8 tickets resolved within 24 h 00 min, against 100.0% for the others.",
    );
  });

  it("counts the busiest weekday and hour on the spreadsheet's clock, across a DST change", () => {
    // 2026-10-25: Europe/Berlin leaves summer time. 09:30 local is 07:30 UTC before, 08:30 UTC after.
    const at = (iso: string) => ticket({ created: Date.parse(iso) });
    const tickets = [
      at("2026-10-19T07:30:00Z"), // Monday 09:30 CEST
      at("2026-10-26T08:30:00Z"), // Monday 09:30 CET
      at("2026-10-26T08:40:00Z"), // Monday 09:40 CET
      at("2026-10-21T13:00:00Z"), // Wednesday 15:00 CEST
    ];
    expect(report(tickets, {}, "Europe/Berlin")).toContain(
      "• Busiest day: Monday (75.0% of tickets); busiest hour: 09:00–10:00 (75.0%).",
    );
  });
});

describe("next month's forecast", () => {
  const counts = [100, 104, 98, 101, 97, 100, 110];
  const tickets = MONTHS.flatMap((m, i) => month(m, counts[i]));

  it("is a finding with its interval once the log has six months, the staffing block's own figure", () => {
    const [point] = forecastVolume(counts, 1, 1, "auto").points;
    const n = (x: number) => Math.round(x).toLocaleString("en-US");
    const said = report(tickets).filter((s) => s.startsWith("• Forecast"));
    expect(said).toEqual([
      `• Forecast for November 2026: about ${n(point.forecast)} tickets (80% interval ${n(point.low)}–${n(point.high)}), from 7 months of history; staffing below.`,
    ]);
    const cells = plan(tickets);
    const row = cells.find((r) => r[0] === t("report.staffing.forecast", { month: "November 2026" }));
    expect(row?.[1]).toBe(Math.round(point.forecast));
  });

  it("is no finding with fewer than six months of history", () => {
    const short = MONTHS.slice(-3).flatMap((m, i) => month(m, counts[i]));
    expect(FORECAST_MIN_MONTHS).toBe(6);
    expect(report(short).some((s) => s.startsWith("• Forecast"))).toBe(false);
  });
});

describe("the rules themselves", () => {
  it("judges counts by Poisson noise and rates by their n", () => {
    const m = (value: number, n: number | null = null) => ({ value, n, low: null, high: null, reason: null });
    expect(changeScore("count", m(110), m(100))).toBeLessThan(1.96);
    expect(changeScore("count", m(140), m(100))).toBeGreaterThan(1.96);
    expect(changeScore("fraction", m(0.5, 10), m(0.6, 10))).toBeLessThan(1.96);
    expect(changeScore("fraction", m(0.5, 1000), m(0.6, 1000))).toBeGreaterThan(1.96);
    expect(changeScore("hours", m(5), m(2))).toBeNull();
  });

  it("needs three months of history inside the log for a spike", () => {
    const months = new Map([["A", [0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 40]]]);
    expect(spikes(months, 9)).toEqual([]);
    expect(spikes(months, 8).map((s) => s.group)).toEqual(["A"]);
  });
});
