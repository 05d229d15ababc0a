import { describe, expect, it } from "vitest";
import { t } from "../../src/i18n/messages";
import type { Ticket } from "../../src/input/ticket";
import { createOfflineServices } from "../../src/offline/services";
import { addAgentsSection } from "../../src/report/agents-section";
import { applyPlan } from "../../src/report/apply";
import { DETAILS_WIDTHS } from "../../src/report/details-section";
import { Grid, longestWordWidth } from "../../src/report/grid";
import { computeKpis } from "../../src/report/kpis";
import { type Area, isFormula, type PlanCell, type SheetPlan } from "../../src/report/plan";
import { ratingScale } from "../../src/report/rating-scale";
import { addVolumeSections } from "../../src/report/volume-sections";
import { berlin, DAY, END, HOUR, MONTH, MONTHS, octoberContext, START, ZONE } from "../support/berlin";
import { random, ticket } from "../support/tickets";

const dateParts = new Intl.DateTimeFormat("en-US", {
  timeZone: ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** "2026-10-31": the Berlin date of an instant, by Intl. */
function localDate(instant: number): string {
  const parts = Object.fromEntries(dateParts.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** The first instant after each of MONTHS: 00:00 on the 1st of the next month, in Berlin. */
const MONTH_ENDS = MONTHS.map((m) => {
  const [y, mo] = m.split("-").map(Number);
  return mo === 12 ? berlin(y + 1, 1, 1) : berlin(y, mo + 1, 1);
});
const context = octoberContext;

const HOSTILE = ['=HYPERLINK("x")', "<img src=x onerror=alert(1)>"];
const CATEGORIES = ["sales", "technical", "returns", "shipping", "cancellation", ...HOSTILE];
const CHANNELS = ["email", "chat", "phone", "+social"];
const AGENTS = ["Ann", "Bob", "Cleo"];

/**
 * `count` tickets from September 2025 to mid-November 2026, some still open. The first ones put
 * every category and channel in the report month, so the grid's shape is the same for any count.
 */
function tickets(count: number, seed = 7): Ticket[] {
  const next = random(seed);
  const from = berlin(2025, 9, 1);
  const to = berlin(2026, 11, 15);
  const out: Ticket[] = [];
  for (let i = 0; i < count; i++) {
    const cover = i < CATEGORIES.length * CHANNELS.length;
    const created = cover ? START + i * 17 * HOUR : from + next() * (to - from);
    const open = next() < 0.15;
    out.push(
      ticket({
        row: i + 2,
        id: `T${i}`,
        created,
        firstResponse: created + next() * 30 * HOUR,
        resolved: open ? Number.NaN : created + next() * 40 * DAY,
        category: cover ? CATEGORIES[i % CATEGORIES.length] : CATEGORIES[Math.floor(next() ** 2 * 7)],
        channel: cover ? CHANNELS[Math.floor(i / CATEGORIES.length)] : CHANNELS[Math.floor(next() * 4)],
        agent: AGENTS[i % AGENTS.length],
        contacts: 1 + Math.floor(next() * 3),
        csat: next() < 0.4 ? 1 + Math.floor(next() * 5) : Number.NaN,
      }),
    );
  }
  return out;
}

function build(list: Ticket[], prefix = true): { grid: Grid; plan: SheetPlan; notes: string[] } {
  const grid = new Grid();
  // The report tab's column widths, which the charts' places assume.
  for (const [column, width] of Object.entries(DETAILS_WIDTHS)) grid.setColumnWidth(Number(column), width);
  if (prefix) grid.set(1, 1, "Report header");
  const notes = addVolumeSections(grid, context(list));
  return { grid, plan: grid.toPlan("Report", "report", "#1a73e8"), notes };
}

function cells(plan: SheetPlan, area: Area): PlanCell[][] {
  return plan.cells
    .slice(area.row - 1, area.row - 1 + area.numRows)
    .map((row) => row.slice(area.column - 1, area.column - 1 + area.numColumns));
}

function chartTitled(grid: Grid, title: string) {
  const chart = grid.charts.find((c) => c.title === title);
  if (!chart) throw new Error(`no chart titled ${title}; have ${grid.charts.map((c) => c.title).join(", ")}`);
  return chart;
}

const say = (key: Parameters<typeof t>[0], params?: Record<string, string | number>) => t(key, params);
const TITLES = {
  categoryDaily: say("report.volume.categoryDaily.title", { month: "October 2026" }),
  categoryMonthly: say("report.volume.categoryMonthly.title", {
    first: "November 2025",
    last: "October 2026",
  }),
  channelDaily: say("report.volume.channelDaily.title", { month: "October 2026" }),
  channelMonthly: say("report.volume.channelMonthly.title", { first: "November 2025", last: "October 2026" }),
  createdResolved: say("report.chart.createdResolved"),
  backlog: say("report.chart.backlog"),
};

/** Counts by group and period key, by a plain loop over the tickets. */
function countBy(list: Ticket[], group: (t: Ticket) => string, period: (t: Ticket) => string | null) {
  const counts = new Map<string, Map<string, number>>();
  for (const tk of list) {
    const key = period(tk);
    if (key === null) continue;
    const g = group(tk);
    const row = counts.get(g) ?? new Map<string, number>();
    row.set(key, (row.get(key) ?? 0) + 1);
    counts.set(g, row);
  }
  return counts;
}

const DAYS = Array.from({ length: 31 }, (_, i) => `2026-10-${String(i + 1).padStart(2, "0")}`);

/** Checks a chart's table: header = x header + groups largest first, labels, counts. */
function expectSeriesTable(
  plan: SheetPlan,
  area: Area,
  xHeader: string,
  labels: string[],
  expected: Map<string, Map<string, number>>,
): void {
  const table = cells(plan, area);
  const totals = [...expected].map(([g, row]) => [g, [...row.values()].reduce((a, b) => a + b, 0)] as const);
  totals.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  expect(table[0]).toEqual([xHeader, ...totals.map(([g]) => g)]);
  expect(table.slice(1).map((r) => r[0])).toEqual(labels);
  table[0].slice(1).forEach((g, s) => {
    const row = expected.get(g as string);
    labels.forEach((label, i) => {
      expect(table[1 + i][1 + s], `${g} ${label}`).toBe(row?.get(label) ?? 0);
    });
  });
}

describe("addVolumeSections", () => {
  it("writes Berlin wall-clock times as the hand-written offsets say (checked by Intl)", () => {
    expect(localDate(berlin(2026, 10, 31, 23, 30))).toBe("2026-10-31");
    expect(localDate(berlin(2026, 11, 1, 0, 30))).toBe("2026-11-01");
    expect(localDate(berlin(2026, 10, 1, 0, 0))).toBe("2026-10-01");
    expect(localDate(berlin(2026, 10, 1, 0, 0) - 1)).toBe("2026-09-30");
    expect(berlin(2026, 10, 26, 12) - berlin(2026, 10, 24, 12)).toBe(49 * HOUR);
  });

  it("counts tickets per category per day on the zone's calendar, across the DST change", () => {
    const edge = [
      berlin(2026, 9, 30, 23, 59), // September: not shown
      berlin(2026, 10, 1, 0, 0), // day 1 (22:00 UTC on 30 September)
      berlin(2026, 10, 25, 2, 30), // day 25, the first 02:30 (CEST)
      berlin(2026, 10, 25, 2, 30) + HOUR, // day 25, the second 02:30 (CET)
      berlin(2026, 10, 31, 23, 30), // day 31 (22:30 UTC)
      berlin(2026, 11, 1, 0, 30), // November (23:30 UTC on 31 October): not shown
    ].map((created) => ticket({ created, category: "edge", channel: "email" }));
    const { grid, plan } = build([...tickets(300), ...edge]);
    const chart = chartTitled(grid, TITLES.categoryDaily);
    const table = cells(plan, chart.data);
    const column = table[0].indexOf("edge");
    expect(column).toBeGreaterThan(0);
    const edgeByDay = table.slice(1).map((r) => r[column]);
    expect(edgeByDay[0]).toBe(1);
    expect(edgeByDay[24]).toBe(2);
    expect(edgeByDay[30]).toBe(1);
    expect(edgeByDay.reduce((a, b) => (a as number) + (b as number), 0)).toBe(4);
  });

  it("fills every table with the counts of a plain loop over the tickets", () => {
    const list = tickets(2500);
    const { grid, plan } = build(list);
    const inMonth = (tk: Ticket) => (localDate(tk.created).startsWith(MONTH) ? localDate(tk.created) : null);
    const inWindow = (tk: Ticket) => {
      const m = localDate(tk.created).slice(0, 7);
      return MONTHS.includes(m) ? m : null;
    };
    const day = say("report.volume.header.day");
    const month = say("report.volume.header.month");
    const tables = [
      [TITLES.categoryDaily, day, DAYS, (tk: Ticket) => tk.category, inMonth],
      [TITLES.categoryMonthly, month, MONTHS, (tk: Ticket) => tk.category, inWindow],
      [TITLES.channelDaily, day, DAYS, (tk: Ticket) => tk.channel, inMonth],
      [TITLES.channelMonthly, month, MONTHS, (tk: Ticket) => tk.channel, inWindow],
    ] as const;
    for (const [title, xHeader, labels, group, when] of tables) {
      expectSeriesTable(plan, chartTitled(grid, title).data, xHeader, labels, countBy(list, group, when));
    }

    // Created, resolved and backlog at each month's end.
    // The created and resolved chart draws the table's first three columns; the backlog chart its fourth.
    const lines = chartTitled(grid, TITLES.createdResolved).data;
    expect(chartTitled(grid, TITLES.backlog).more).toEqual([{ ...lines, column: 4, numColumns: 1 }]);
    const table = cells(plan, { ...lines, numColumns: 4 });
    expect(table[0]).toEqual([
      month,
      say("report.volume.header.created"),
      say("report.volume.header.resolved"),
      say("report.volume.header.backlog"),
    ]);
    MONTHS.forEach((m, i) => {
      let created = 0;
      let resolved = 0;
      let backlog = 0;
      for (const tk of list) {
        if (localDate(tk.created).slice(0, 7) === m) created++;
        if (!Number.isNaN(tk.resolved) && localDate(tk.resolved).slice(0, 7) === m) resolved++;
        if (tk.created < MONTH_ENDS[i] && !(tk.resolved < MONTH_ENDS[i])) backlog++;
      }
      expect(table[1 + i]).toEqual([m, created, resolved, backlog]);
    });
  });

  it("puts each still-open ticket in the aging bucket of its whole 24-hour days at the month's end", () => {
    const ages = [
      0, // created at the very end of the month: 0 days
      3 * DAY - 1, // 2 days 23:59:59.999 → 0–2
      3 * DAY, // exactly 3 days → 3–7
      8 * DAY - 1, // → 3–7
      8 * DAY, // → 8–30
      30 * DAY + 23 * HOUR, // 30 days 23 h → 8–30
      31 * DAY, // → over 30
      400 * DAY, // → over 30
    ];
    const open = ages.map((age) => ticket({ created: END - age - (age === 0 ? 1 : 0) }));
    const resolvedAfter = ticket({ created: END - 5 * DAY, resolved: END }); // still open at the end
    const resolvedBefore = ticket({ created: END - 5 * DAY, resolved: END - 1 }); // not in the backlog
    const createdAfter = ticket({ created: END }); // not yet created
    const { plan } = build([...open, resolvedAfter, resolvedBefore, createdAfter]);
    const header = plan.cells.findIndex((r) => r[0] === say("report.backlog.header.age"));
    expect(header).toBeGreaterThan(0);
    const rows = plan.cells.slice(header + 1, header + 6).map((r) => r.slice(0, 2));
    expect(rows).toEqual([
      [say("report.backlog.bucket.0to2"), 2],
      [say("report.backlog.bucket.3to7"), 3],
      [say("report.backlog.bucket.8to30"), 2],
      [say("report.backlog.bucket.over30"), 2],
      [say("report.backlog.total"), { formula: `=SUM(B${header + 2}:B${header + 5})` }],
    ]);
  });

  it("gives each chart one series per category, a title, axis titles and its table's range", () => {
    const { grid, plan } = build(tickets(1000));
    expect(grid.charts).toHaveLength(6);
    for (const chart of grid.charts) {
      expect(chart.title).not.toBe("");
      expect(chart.xAxisTitle).not.toBe("");
      expect(chart.yAxisTitle).toBe(say("report.volume.axis.tickets"));
      expect(chart.width).toBeGreaterThanOrEqual(400);
      expect(chart.height).toBeGreaterThanOrEqual(280);
    }
    // Volumes by category and channel are stacked columns; each category has one colour in every chart.
    const byName = new Map<string, string>();
    for (const chart of grid.charts.filter((c) => c.type === "stackedColumn" && c.data.numColumns > 2)) {
      cells(plan, chart.data)[0]
        .slice(1)
        .forEach((name, i) => {
          const color = chart.colors?.[i] ?? "";
          const key = `${chart.title.includes("channel") ? "channel" : "category"}:${String(name)}`;
          expect(byName.get(key) ?? color, key).toBe(color);
          byName.set(key, color);
        });
    }
    expect(byName.size).toBe(CATEGORIES.length + CHANNELS.length);
    const daily = chartTitled(grid, TITLES.categoryDaily);
    expect(daily.xAxisTitle).toBe(say("report.volume.axis.day"));
    const header = cells(plan, daily.data)[0];
    expect(new Set(header.slice(1))).toEqual(new Set(CATEGORIES));
    expect(header).toHaveLength(1 + CATEGORIES.length);
    // The row below the chart's data is the Total row; the column right of it is Total.
    expect(plan.cells[daily.data.row + daily.data.numRows - 1][0]).toBe(say("report.volume.total"));
    expect(plan.cells[daily.data.row - 1][daily.data.numColumns]).toBe(say("report.volume.header.total"));
    // Charts overlap neither one another nor any table, and end left of a 300 px sidebar at 1280 px.
    const left = (column: number) => plan.columnWidths.slice(0, column - 1).reduce((a, b) => a + b, 0);
    const boxes = grid.charts.map((c) => ({
      top: c.anchor.row,
      bottom: c.anchor.row + Math.ceil(c.height / 21),
      left: left(c.anchor.column),
      right: left(c.anchor.column) + c.width,
    }));
    for (const [i, a] of boxes.entries()) {
      expect(a.right).toBeLessThanOrEqual(1280 - 300 - 46);
      for (const b of boxes.slice(i + 1))
        expect(a.bottom <= b.top || b.bottom <= a.top || a.right <= b.left || b.right <= a.left).toBe(true);
      for (let r = a.top; r < a.bottom; r++)
        expect(plan.cells[r - 1]?.every((cell) => cell === null) ?? true, `row ${r}`).toBe(true);
    }
  });

  it("writes text from the data as plain strings, never formulas", () => {
    const { plan } = build(tickets(200));
    const all = plan.cells.flat();
    for (const hostile of [...HOSTILE, "+social"]) {
      const found = all.filter((c) => c === hostile);
      expect(found.length, hostile).toBeGreaterThan(0);
    }
    for (const cell of all) if (isFormula(cell)) expect(cell.formula).toMatch(/^=(SUM|IF)\(/);
  });

  it("gives the same grid for 100 and 10,000 tickets", () => {
    const shape = (count: number) => {
      const grid = new Grid();
      grid.set(1, 1, "Report header");
      addVolumeSections(grid, context(tickets(count)));
      addAgentsSection(grid, context(tickets(count)), ratingScale(5));
      const plan = grid.toPlan("Report", "report", "#1a73e8");
      return {
        rows: plan.cells.length,
        columns: plan.cells[0].length,
        filled: plan.cells.map((r) =>
          r.map((c) => (typeof c === "string" ? 1 : isFormula(c) ? 2 : 0)).join(""),
        ),
        charts: plan.charts.map((c) => ({ data: c.data, anchor: c.anchor, title: c.title })),
        merges: plan.merges,
      };
    };
    expect(shape(100)).toEqual(shape(10_000));
  });

  it("caps the series at the 8 largest plus Other, and says so", () => {
    const list: Ticket[] = [];
    // Category k has 20 − k tickets on day k + 1 of the month.
    for (let k = 0; k < 12; k++) {
      for (let n = 0; n < 20 - k; n++) {
        list.push(ticket({ created: berlin(2026, 10, k + 1, 12), category: `cat${k}`, channel: "email" }));
      }
    }
    const { grid, plan, notes } = build(list);
    const table = cells(plan, chartTitled(grid, TITLES.categoryDaily).data);
    const other = say("report.volume.other");
    expect(table[0]).toEqual([
      say("report.volume.header.day"),
      ...[0, 1, 2, 3, 4, 5, 6, 7].map((k) => `cat${k}`),
      other,
    ]);
    // Other holds categories 8–11, each on its own day.
    const otherColumn = table.slice(1).map((r) => r[9]);
    expect(otherColumn.slice(8, 12)).toEqual([12, 11, 10, 9]);
    expect(otherColumn.reduce((a, b) => (a as number) + (b as number), 0)).toBe(12 + 11 + 10 + 9);
    expect(notes).toContain(say("report.volume.cappedCategories", { count: 12, shown: 8, rest: 4 }));
  });

  it("draws no month before the log's first ticket", () => {
    const list = tickets(400).filter((tk) => localDate(tk.created) >= "2026-08");
    const { grid, plan } = build(list);
    const monthly = cells(
      plan,
      chartTitled(
        grid,
        say("report.volume.categoryMonthly.title", { first: "August 2026", last: "October 2026" }),
      ).data,
    );
    expect(monthly.slice(1).map((r) => r[0])).toEqual(["2026-08", "2026-09", "2026-10"]);
    const lines = cells(plan, chartTitled(grid, TITLES.createdResolved).data);
    expect(lines.slice(1).map((r) => r[0])).toEqual(["2026-08", "2026-09", "2026-10"]);
  });

  it("never cuts a table header: each wraps, and its column is as wide as its longest word", () => {
    const names = ["Cancellation", "Product availability", "Internationalisation"];
    const list = tickets(300).map((tk, i) => ({ ...tk, category: names[i % names.length] }));
    const { grid, plan } = build(list);
    for (const chart of grid.charts) {
      const header = cells(plan, chart.data)[0];
      const wrapped = (plan.wrap ?? []).some(
        (w) => w.row === chart.data.row && w.column <= 1 && w.column + w.numColumns > header.length,
      );
      expect(wrapped, chart.title).toBe(true);
      header.forEach((text, c) => {
        if (typeof text !== "string") return;
        const width = plan.columnWidths[chart.data.column - 1 + c];
        const planned = grid.columnWidths[chart.data.column - 1 + c] ?? 100;
        expect(width, text).toBeGreaterThanOrEqual(Math.min(longestWordWidth(text), 2 * planned));
      });
    }
  });

  it("shows one series without categories and no channel tables without channels", () => {
    const list = tickets(300).map((tk) => ({ ...tk, category: "", channel: "" }));
    const { grid, plan, notes } = build(list);
    expect(notes).toEqual([say("report.volume.noCategory"), say("report.volume.noChannel")]);
    expect(grid.charts.map((c) => c.title)).toEqual([
      TITLES.categoryMonthly,
      TITLES.categoryDaily,
      TITLES.createdResolved,
      TITLES.backlog,
    ]);
    const table = cells(plan, chartTitled(grid, TITLES.categoryMonthly).data);
    expect(table[0]).toEqual([say("report.volume.header.month"), say("report.volume.allTickets")]);
    const perMonth = MONTHS.map((m) => list.filter((tk) => localDate(tk.created).startsWith(m)).length);
    expect(table.slice(1).map((r) => r[1])).toEqual(perMonth);
    // The notes are on the tab too.
    expect(plan.cells.flat()).toContain(say("report.volume.noChannel"));
  });

  it("applies to the offline spreadsheet: formulas evaluate, text stays text, charts cover the tables", () => {
    const list = tickets(1500);
    const { grid, plan } = build(list);
    const offline = createOfflineServices({ timeZone: ZONE });
    applyPlan(offline.spreadsheetApp, { sheets: [plan], activate: plan.name });
    expect(offline.spreadsheet.formulaErrors()).toEqual([]);
    expect(offline.spreadsheet.nonLocaleProofFormulas()).toEqual([]);
    const sheet = offline.spreadsheet.sheet("Report");
    if (!sheet) throw new Error("no report tab");

    const specs = sheet.chartSpecs();
    expect(specs.map((s) => s.ranges.map((r) => r.a1))).toEqual(
      grid.charts.map((c) => [c.data, ...(c.more ?? [])].map(a1Of)),
    );
    specs.forEach((spec, i) => {
      expect(spec.type).toBe(grid.charts[i].type === "stackedColumn" ? "COLUMN" : "LINE");
      expect(spec.options.isStacked ?? false).toBe(grid.charts[i].type === "stackedColumn");
      expect(spec.numHeaders).toBe(1);
    });

    // The daily table's totals, as Sheets computes them, equal a count of the month's tickets.
    const daily = chartTitled(grid, TITLES.categoryDaily).data;
    const totalColumn = daily.column + daily.numColumns;
    const values = sheet.peekValues(
      a1Of({ row: daily.row, column: 1, numRows: daily.numRows + 1, numColumns: totalColumn }),
    );
    const inMonth = list.filter((tk) => localDate(tk.created).startsWith(MONTH));
    expect(values[values.length - 1][totalColumn - 1]).toBe(inMonth.length);
    DAYS.forEach((day, i) => {
      expect(values[1 + i][totalColumn - 1]).toBe(
        inMonth.filter((tk) => localDate(tk.created) === day).length,
      );
    });
    const hyperlink = values[0].indexOf(HOSTILE[0]);
    expect(hyperlink).toBeGreaterThan(0);
    expect(values[values.length - 1][hyperlink]).toBe(
      inMonth.filter((tk) => tk.category === HOSTILE[0]).length,
    );
    expect(
      sheet.peekFormulas(a1Of({ row: daily.row, column: 1, numRows: 1, numColumns: totalColumn }))[0],
    ).toEqual(new Array(totalColumn).fill(""));

    // Aging shares evaluate to fractions of the backlog.
    const ageHeader = plan.cells.findIndex((r) => r[0] === say("report.backlog.header.age")) + 1;
    const aging = sheet.peekValues(a1Of({ row: ageHeader + 1, column: 2, numRows: 5, numColumns: 2 }));
    const backlog = list.filter((tk) => tk.created < END && !(tk.resolved < END)).length;
    expect(aging[4]).toEqual([backlog, 1]);
    for (let i = 0; i < 4; i++) expect(aging[i][1]).toBeCloseTo((aging[i][0] as number) / backlog, 12);
  });
});

function columnName(column: number): string {
  let name = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function a1Of(area: Area): string {
  const last = `${columnName(area.column + area.numColumns - 1)}${area.row + area.numRows - 1}`;
  return `${columnName(area.column)}${area.row}:${last}`;
}

describe("the backlog, shown where the tracker shows it", () => {
  const titled = (plan: SheetPlan, title: string) => plan.cells.some((r) => r.includes(title));
  const aging = say("report.backlog.title", { month: "October 2026" });

  it("leaves out created-vs-resolved and aging when the log has neither resolved times nor statuses", () => {
    const list = tickets(300).map((tk) => ({ ...tk, resolved: Number.NaN, status: "" }));
    const { plan } = build(list);
    expect(titled(plan, TITLES.createdResolved)).toBe(false);
    expect(titled(plan, aging)).toBe(false);
    const kpis = computeKpis(context(list), { survey: null, customers: null });
    expect(kpis.kpis.backlog.months[11].value).toBeNull();
  });

  it("counts statuses alone: the tracker's backlog is the aging table's total", () => {
    const list = tickets(300).map((tk, i) => ({
      ...tk,
      resolved: Number.NaN,
      status: i % 3 === 0 ? "Closed" : "Open",
    }));
    const { plan } = build(list);
    expect(titled(plan, aging)).toBe(true);
    const open = list.filter((tk, i) => i % 3 !== 0 && tk.created < END).length;
    const kpis = computeKpis(context(list), { survey: null, customers: null });
    expect(kpis.kpis.backlog.months[11].value).toBe(open);
    const top = plan.cells.findIndex((r) => r[0] === aging);
    const buckets = plan.cells.slice(top + 3, top + 7).map((r) => r[1] as number);
    expect(buckets.reduce((a, b) => a + b, 0)).toBe(open);
  });
});
