import { describe, expect, it } from "vitest";
import { t } from "../../src/i18n/messages";
import type { Ticket } from "../../src/input/ticket";
import { forecastVolume } from "../../src/metrics/forecast";
import { agentsNeeded } from "../../src/metrics/staffing";
import { Grid } from "../../src/report/grid";
import type { SheetPlan } from "../../src/report/plan";
import {
  addStaffingSection,
  monthlyHistory,
  RECENT_WEEKS,
  type StaffingTargets,
  slotArrivals,
  staffingTargets,
} from "../../src/report/staffing-section";
import { berlin, octoberContext } from "../support/berlin";
import { ticket } from "../support/tickets";

const DEFAULT_STAFFING = staffingTargets();

function build(
  list: Ticket[],
  targets: StaffingTargets = DEFAULT_STAFFING,
): { plan: SheetPlan; notes: string[] } {
  const grid = new Grid();
  grid.set(1, 1, "Report header");
  const notes = addStaffingSection(grid, octoberContext(list), targets);
  return { plan: grid.toPlan("Report", "report", "#1a73e8"), notes };
}

function rowOf(plan: SheetPlan, label: string): (string | number | boolean | null)[] {
  const row = plan.cells.find((r) => r[0] === label);
  if (!row) throw new Error(`no row ${label}`);
  return row as (string | number | boolean | null)[];
}

/** `perMonth[k]` tickets in each month from 2025-08 (k = 0) to 2026-10, on the 10th at noon. */
function monthly(perMonth: number[]): Ticket[] {
  const first = 2025 * 12 + 7; // August 2025
  return perMonth.flatMap((count, k) => {
    const m = first + k;
    return Array.from({ length: count }, () =>
      ticket({ created: berlin(Math.floor(m / 12), (m % 12) + 1, 10, 12) }),
    );
  });
}

describe("staffing section: next month's forecast", () => {
  // 15 months, August 2025 to October 2026: growth with a December peak.
  const counts = [40, 42, 45, 47, 70, 44, 46, 48, 50, 52, 54, 56, 58, 60, 62];

  it("counts tickets per month up to the report's month and forecasts the next with VOLUME_FORECAST's auto", () => {
    const list = [...monthly(counts), ticket({ created: berlin(2026, 11, 3, 9) })];
    expect(monthlyHistory(octoberContext(list))).toEqual(counts);
    const { plan } = build(list);
    const row = rowOf(plan, t("report.staffing.forecast", { month: "November 2026" }));
    const expected = forecastVolume(counts, 1, 12, "auto");
    expect(row[1]).toBe(Math.round(expected.points[0].forecast));
    expect(row[3]).toBe(Math.round(expected.points[0].low));
    expect(row[4]).toBe(Math.round(expected.points[0].high));
    expect(row[5]).toBe(
      t("report.staffing.how", { method: t(`report.staffing.method.${expected.method}`), months: 15 }),
    );
  });

  it("forecasts without a yearly season under 13 months, and says when there is too little", () => {
    const { plan } = build(monthly([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 30, 35, 33, 36, 40]));
    const row = rowOf(plan, t("report.staffing.forecast", { month: "November 2026" }));
    expect(String(row[5])).toContain(
      t("report.staffing.howNoSeason", { method: "", months: 5 }).slice(2, 20),
    );
    const single = build(monthly([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 12]));
    const text = t("report.staffing.noForecast", { months: 1 });
    expect(single.notes).toEqual([text]);
    expect(rowOf(single.plan, t("report.staffing.forecast", { month: "November 2026" }))[1]).toBe(text);
  });
});

describe("staffing section: agents per weekday and hour", () => {
  // Mondays 10:00–11:00 Berlin: 24 tickets on each of the last 8 Mondays before November; Tuesdays
  // 15:00: 4 a week; one ticket long before the window does not count.
  const mondays = Array.from({ length: RECENT_WEEKS }, (_, w) => berlin(2026, 10, 26 - 7 * w, 10, 5));
  const list = [
    ...mondays.flatMap((day) => Array.from({ length: 24 }, (_, i) => ticket({ created: day + i * 60_000 }))),
    ...mondays.flatMap((day) => Array.from({ length: 4 }, () => ticket({ created: day + 29 * 3_600_000 }))),
    ticket({ created: berlin(2026, 1, 5, 10) }),
  ];

  it("averages each weekday and hour over the last 8 weeks", () => {
    const { perWeek, weeks } = slotArrivals(octoberContext(list));
    expect(weeks).toBe(RECENT_WEEKS);
    expect(perWeek[0][10]).toBe(24);
    expect(perWeek[1][15]).toBe(4);
    expect(perWeek.flat().reduce((a, b) => a + b, 0)).toBe(28);
  });

  it("names the busiest slot and staffs every slot by Erlang C, as a heat map", () => {
    const { plan } = build(list);
    const busiest = rowOf(plan, t("report.staffing.busiest"));
    expect(busiest[1]).toBe(24);
    expect(String(busiest[2])).toMatch(/^Mon 10:00–11:00$/);
    const header = plan.cells.findIndex((r) => r[0] === t("report.staffing.hour"));
    expect(plan.cells[header].slice(1, 8)).toEqual(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]);
    const need = (contacts: number) =>
      agentsNeeded(
        { contacts, intervalMinutes: 60, handleSeconds: DEFAULT_STAFFING.handleSeconds },
        {
          targetServiceLevel: DEFAULT_STAFFING.serviceLevel,
          answerWithinSeconds: DEFAULT_STAFFING.answerWithinSeconds,
        },
      ).agents;
    const cell = (hour: number, weekday: number) => plan.cells[header + 1 + hour][1 + weekday];
    expect(cell(10, 0)).toBe(need(24));
    expect(cell(15, 1)).toBe(need(4));
    expect(cell(3, 4)).toBe(0);
    expect(need(24)).toBeGreaterThan(need(4));
    const area = { row: header + 2, column: 2, numRows: 24, numColumns: 7 };
    const rules = plan.conditionalRules.filter((r) => JSON.stringify(r.area) === JSON.stringify(area));
    // One native colour scale: white where no agent is needed, full colour at the busiest slot.
    expect(rules).toHaveLength(1);
    expect(rules[0]).toMatchObject({ scale: { min: "#ffffff" } });
  });

  it("states the targets and the window it used", () => {
    const { plan } = build(list);
    const note = t("report.staffing.note", {
      weeks: RECENT_WEEKS,
      handle: DEFAULT_STAFFING.handleSeconds / 60,
      level: 80,
      within: DEFAULT_STAFFING.answerWithinSeconds,
      occupancy: 85,
    });
    expect(plan.cells.some((r) => r[0] === note)).toBe(true);
  });

  it("staffs by the sidebar's settings: handle time, service level, answer time, occupancy, and rosters for shrinkage", () => {
    const staffing = {
      handleMinutes: 12.5,
      serviceLevel: 0.9,
      answerWithinSeconds: 30,
      maxOccupancy: 0.75,
      shrinkage: 0.3,
    };
    const targets = staffingTargets(staffing);
    expect(targets).toEqual({
      handleSeconds: 750,
      serviceLevel: 0.9,
      answerWithinSeconds: 30,
      maxOccupancy: 0.75,
      shrinkage: 0.3,
    });
    const { plan } = build(list, targets);
    const header = plan.cells.findIndex((r) => r[0] === t("report.staffing.hour"));
    const cell = (hour: number, weekday: number) => plan.cells[header + 1 + hour][1 + weekday];
    const own = agentsNeeded(
      { contacts: 24, intervalMinutes: 60, handleSeconds: 750 },
      { targetServiceLevel: 0.9, answerWithinSeconds: 30, maxOccupancy: 0.75, shrinkage: 0.3 },
    );
    // Agents to roster, independently: the agents needed ÷ 0.7, rounded up.
    expect(cell(10, 0)).toBe(Math.ceil(own.agents / 0.7 - 1e-9));
    expect(cell(10, 0)).toBeGreaterThan(own.agents);
    const defaults = build(list);
    const defaultHeader = defaults.plan.cells.findIndex((r) => r[0] === t("report.staffing.hour"));
    expect(cell(10, 0)).toBeGreaterThan(Number(defaults.plan.cells[defaultHeader + 11][1]));
    const note = t("report.staffing.note", {
      weeks: RECENT_WEEKS,
      handle: 12.5,
      level: 90,
      within: 30,
      occupancy: 75,
    });
    expect(plan.cells.some((r) => r[0] === note)).toBe(true);
    expect(plan.cells.some((r) => r[0] === t("report.staffing.shrinkage", { shrinkage: 30 }))).toBe(true);
    // Without shrinkage there is nothing to roster for, and no line says so.
    expect(
      defaults.plan.cells.some((r) =>
        String(r[0]).startsWith(t("report.staffing.shrinkage", { shrinkage: 0 }).slice(0, 12)),
      ),
    ).toBe(false);
  });
});
