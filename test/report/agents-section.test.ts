import { describe, expect, it } from "vitest";
import { t } from "../../src/i18n/messages";
import type { Ticket } from "../../src/input/ticket";
import { createOfflineServices } from "../../src/offline/services";
import { addAgentsSection, MAX_AGENTS } from "../../src/report/agents-section";
import { applyPlan } from "../../src/report/apply";
import { Grid } from "../../src/report/grid";
import type { PlanCell, SheetPlan } from "../../src/report/plan";
import { ratingScale } from "../../src/report/rating-scale";
import { berlin, DAY, END, HOUR, octoberContext, START, ZONE } from "../support/berlin";
import { random, ticket } from "../support/tickets";

const context = octoberContext;

const say = (key: Parameters<typeof t>[0], params?: Record<string, string | number>) => t(key, params);
const HOSTILE = '=HYPERLINK("x")';

/** The section on a 1–5 CSAT scale: a rating of 7 is off it and left out. */
function build(list: Ticket[], schedule = ""): { plan: SheetPlan; notes: string[] } {
  const grid = new Grid();
  grid.set(1, 1, "Report header");
  const notes = addAgentsSection(grid, context(list, schedule), ratingScale(5));
  return { plan: grid.toPlan("Report", "report", "#1a73e8"), notes };
}

/** The table's rows below its header row, by the agent's name. */
function table(plan: SheetPlan): { header: number; rows: PlanCell[][] } {
  const header = plan.cells.findIndex((r) => r[0] === say("report.agents.header.agent"));
  if (header < 0) throw new Error("no agents table");
  return { header: header + 1, rows: plan.cells.slice(header + 1).map((r) => r.slice(0, 7)) };
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** What a row should hold for these tickets, by a plain loop (calendar hours). */
function expectedRow(list: Ticket[]): (number | null)[] {
  const inMonth = (x: number) => x >= START && x < END;
  const handled = list.filter((tk) => inMonth(tk.resolved));
  const frt = list
    .filter((tk) => inMonth(tk.created) && tk.firstResponse >= tk.created)
    .map((tk) => (tk.firstResponse - tk.created) / HOUR);
  const resolution = handled
    .filter((tk) => tk.resolved >= tk.created)
    .map((tk) => (tk.resolved - tk.created) / HOUR);
  const known = handled.filter((tk) => !Number.isNaN(tk.contacts));
  const rated = handled.filter((tk) => [1, 2, 3, 4, 5].includes(tk.csat));
  return [
    handled.length,
    median(frt),
    median(resolution),
    known.length ? known.filter((tk) => tk.contacts <= 1).length / known.length : null,
    rated.length ? rated.filter((tk) => tk.csat >= 4).length / rated.length : null,
    rated.length,
  ];
}

function expectRow(actual: PlanCell[], name: string, expected: (number | null)[]): void {
  expect(actual[0]).toBe(name);
  expected.forEach((value, i) => {
    if (value === null) expect(actual[1 + i], `${name} column ${i + 2}`).toBeNull();
    else expect(actual[1 + i] as number, `${name} column ${i + 2}`).toBeCloseTo(value, 9);
  });
}

/** Tickets from August to mid-November, spread over five agents and some unassigned. */
function tickets(count: number): Ticket[] {
  const next = random(11);
  const agents = ["Ann", "Bob", "Cleo", HOSTILE, ""];
  const out: Ticket[] = [];
  for (let i = 0; i < count; i++) {
    const created = berlin(2026, 8, 1) + next() * (berlin(2026, 11, 15) - berlin(2026, 8, 1));
    out.push(
      ticket({
        created,
        firstResponse: next() < 0.9 ? created + next() * 20 * HOUR : Number.NaN,
        resolved: next() < 0.85 ? created + next() * 25 * DAY : Number.NaN,
        agent: agents[Math.floor(next() ** 1.5 * agents.length)],
        contacts: next() < 0.8 ? 1 + Math.floor(next() * 3) : Number.NaN,
        csat: next() < 0.4 ? 1 + Math.floor(next() * 5) : next() < 0.1 ? 7 : Number.NaN,
      }),
    );
  }
  return out;
}

describe("addAgentsSection", () => {
  it("shows per agent what a plain loop over the month's tickets gives, sorted by tickets handled", () => {
    const list = tickets(3000);
    const { plan, notes } = build(list);
    expect(notes).toEqual([]);
    const { rows } = table(plan);
    const named = ["Ann", "Bob", "Cleo", HOSTILE];
    const handled = (name: string) =>
      list.filter((tk) => tk.agent === name && tk.resolved >= START && tk.resolved < END).length;
    named.sort((a, b) => handled(b) - handled(a) || (a < b ? -1 : 1));
    named.forEach((name, i) => {
      expectRow(rows[i], name, expectedRow(list.filter((tk) => tk.agent === name)));
    });
    expectRow(rows[4], say("report.agents.unassigned"), expectedRow(list.filter((tk) => tk.agent === "")));
    expectRow(rows[5], say("report.agents.all"), expectedRow(list));
    expect(rows.slice(6).every((r) => r.every((c) => c === null))).toBe(true);
    // Handled counts in descending order.
    const counts = rows.slice(0, 4).map((r) => r[1] as number);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it("counts a ticket resolved late on the month's last local day, not one resolved just after", () => {
    const created = berlin(2026, 10, 20, 12);
    const list = [
      ticket({ created, resolved: berlin(2026, 10, 31, 23, 30), agent: "Ann", contacts: 1, csat: 5 }),
      ticket({ created, resolved: berlin(2026, 11, 1, 0, 30), agent: "Ann", contacts: 3, csat: 1 }),
      ticket({
        created: berlin(2026, 9, 30, 23, 30),
        resolved: berlin(2026, 10, 1, 0, 30),
        agent: "Ann",
        contacts: 2,
      }),
    ];
    const { rows } = table(build(list).plan);
    // Handled: the first and the third (resolved 1 October 00:30, Berlin); FCR 1 of 2; CSAT 1 of 1.
    expectRow(rows[0], "Ann", [
      2,
      null,
      (berlin(2026, 10, 31, 23, 30) - created + HOUR) / HOUR / 2,
      0.5,
      1,
      1,
    ]);
  });

  it("leaves cells blank (not 0) where an agent has no data", () => {
    const list = [
      ticket({ created: berlin(2026, 10, 5, 9), firstResponse: berlin(2026, 10, 5, 10), agent: "Dora" }),
      ticket({ created: berlin(2026, 10, 6, 9), resolved: berlin(2026, 10, 6, 11), agent: "Ed" }),
    ];
    const { rows } = table(build(list).plan);
    expect(rows[0]).toEqual(["Ed", 1, null, 2, null, null, 0]);
    expect(rows[1]).toEqual(["Dora", 0, 1, null, null, null, 0]);
    expect(rows[2]).toEqual([say("report.agents.all"), 1, 1, 2, null, null, 0]);
  });

  it("measures business hours when a schedule is set, across the DST change", () => {
    const list = [
      // Fri 16:00 CEST → Mon 10:00 CET: 2 business hours, 67 calendar hours.
      ticket({
        created: berlin(2026, 10, 23, 16),
        firstResponse: berlin(2026, 10, 23, 16, 30),
        resolved: berlin(2026, 10, 26, 10),
        agent: "Eve",
      }),
      // Tue 09:30 → 12:00: 2.5 h either way.
      ticket({
        created: berlin(2026, 10, 27, 9, 30),
        firstResponse: berlin(2026, 10, 27, 10, 30),
        resolved: berlin(2026, 10, 27, 12),
        agent: "Eve",
      }),
      // Wed 18:00 → Thu 09:30: 0.5 business hours, 15.5 calendar hours.
      ticket({
        created: berlin(2026, 10, 28, 18),
        firstResponse: berlin(2026, 10, 29, 9, 15),
        resolved: berlin(2026, 10, 29, 9, 30),
        agent: "Eve",
      }),
    ];
    expect(berlin(2026, 10, 26, 10) - berlin(2026, 10, 23, 16)).toBe(67 * HOUR);
    const business = table(build(list, "Mon-Fri 09:00-17:00").plan).rows[0];
    expect(business.slice(0, 4)).toEqual(["Eve", 3, 0.5, 2]);
    const calendar = table(build(list).plan).rows[0];
    expect(calendar.slice(0, 4)).toEqual(["Eve", 3, 1, 15.5]);
    const note = build(list, "Mon-Fri 09:00-17:00").plan.cells.flat();
    expect(note).toContain(
      say("report.agents.note", {
        month: "October 2026",
        hours: say("report.agents.hours.business", { schedule: "Mon-Fri 09:00-17:00" }),
      }),
    );
  });

  it("falls back to calendar hours, with a note, when the schedule cannot be read", () => {
    const list = [
      ticket({ created: berlin(2026, 10, 28, 18), resolved: berlin(2026, 10, 29, 9, 30), agent: "Eve" }),
    ];
    const { plan, notes } = build(list, "Someday 9-5");
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain("Someday");
    expect(table(plan).rows[0].slice(0, 4)).toEqual(["Eve", 1, null, 15.5]);
  });

  it("says so instead of a table when no ticket of the month has an agent", () => {
    const list = tickets(200).map((tk) => ({ ...tk, agent: "" }));
    const { plan, notes } = build(list);
    const text = say("report.agents.noAgent", { month: "October 2026" });
    expect(notes).toEqual([text]);
    expect(plan.cells.flat()).toContain(text);
    expect(plan.cells.flat()).not.toContain(say("report.agents.header.agent"));
  });

  it("lists at most MAX_AGENTS agents; All agents still counts every ticket", () => {
    const list: Ticket[] = [];
    for (let a = 0; a < MAX_AGENTS + 5; a++) {
      for (let n = 0; n <= a % 3; n++) {
        list.push(
          ticket({ created: berlin(2026, 10, 2, 9), resolved: berlin(2026, 10, 3, 9), agent: `Agent ${a}` }),
        );
      }
    }
    const { plan, notes } = build(list);
    expect(notes).toEqual([say("report.agents.capped", { count: MAX_AGENTS + 5, shown: MAX_AGENTS })]);
    const { rows } = table(plan);
    expect(rows[MAX_AGENTS][0]).toBe(say("report.agents.all"));
    expect(rows[MAX_AGENTS][1]).toBe(list.length);
  });

  it("applies to the offline spreadsheet with names as text and hour and percent formats", () => {
    const list = tickets(500);
    const { plan } = build(list);
    const offline = createOfflineServices({ timeZone: ZONE });
    applyPlan(offline.spreadsheetApp, { sheets: [plan], activate: plan.name });
    const sheet = offline.spreadsheet.sheet("Report");
    if (!sheet) throw new Error("no report tab");
    const { header, rows } = table(plan);
    const row = header + 1 + rows.findIndex((r) => r[0] === HOSTILE);
    expect(sheet.peekValues(`A${row}`)).toEqual([[HOSTILE]]);
    expect(sheet.peekFormulas(`A${row}`)).toEqual([[""]]);
    expect(sheet.cellFormat(row, 3).numberFormat).toBe('#,##0.0" h"');
    expect(sheet.cellFormat(row, 5).numberFormat).toBe("0.0%");
    expect(offline.spreadsheet.formulaErrors()).toEqual([]);
  });
});
