import { describe, expect, it } from "vitest";
import { readCustomersTab } from "../../src/input/customers-tab";
import { readSurveyTab } from "../../src/input/survey-tab";
import type { Ticket } from "../../src/input/ticket";
import { monthsEndingWith } from "../../src/metrics/calendar";
import { monthEnd, monthStart } from "../../src/metrics/zoned-time";
import { createOfflineServices } from "../../src/offline/services";
import { applyPlan } from "../../src/report/apply";
import { trackerOrder } from "../../src/report/details-section";
import { computeKpis } from "../../src/report/kpis";
import { CONTACT_ONLY_KPIS, KPIS } from "../../src/report/kpis-catalog";
import { isFormula, type PlanCell } from "../../src/report/plan";
import { planReport, type ReportInput } from "../../src/report/report-plan";
import { DEFAULT_SETTINGS, type Settings } from "../../src/report/settings";
import { DURATION_FORMAT } from "../../src/report/units";
import { logOf, ticket as makeTicket } from "../support/tickets";

const utc = (iso: string) => Date.parse(`${iso}Z`);
/** The KPIs this ticket log shows: no contact-centre ones, none of the columns it lacks (contacts it has). */
const ABSENT = new Set(["aht", "reopenRate", "waitTime", "onHoldTime", "responseMean"]);
const TICKET_KPIS = KPIS.filter((k) => !CONTACT_ONLY_KPIS.has(k.id) && !ABSENT.has(k.id));
const at = (iso: string) => new Date(`${iso}Z`);
const EVIL = '=HYPERLINK("x")';

function ticket(fields: Partial<Ticket> & { created: number }): Ticket {
  return makeTicket(fields, { category: "Returns", channel: "Email", agent: "Ann" });
}

const TICKETS: Ticket[] = [
  ticket({
    created: utc("2026-09-28T10:00:00"),
    firstResponse: utc("2026-09-28T11:00:00"),
    resolved: utc("2026-10-02T10:00:00"),
    contacts: 2,
    csat: 5,
  }),
  ticket({
    created: utc("2026-10-01T00:00:00"),
    firstResponse: utc("2026-10-01T02:00:00"),
    resolved: utc("2026-10-01T06:00:00"),
    contacts: 1,
    csat: 4,
    category: EVIL,
    agent: EVIL,
  }),
  ticket({
    created: utc("2026-10-10T12:00:00"),
    firstResponse: utc("2026-10-10T13:00:00"),
    resolved: utc("2026-10-11T12:00:00"),
    contacts: 1,
    csat: 2,
    channel: "+46 chat",
  }),
  ticket({ created: utc("2026-10-20T08:00:00"), firstResponse: utc("2026-10-20T12:00:00") }),
  ticket({
    created: utc("2026-09-15T00:00:00"),
    firstResponse: utc("2026-09-15T03:00:00"),
    resolved: utc("2026-09-16T00:00:00"),
    contacts: 1,
  }),
];

const SURVEY = [
  ["Date", "NPS", "CES"],
  [at("2026-10-01T09:00:00"), 10, 5],
  [at("2026-10-05T09:00:00"), 3, 2],
  [at("2026-09-05T09:00:00"), 9, 4],
];
const CUSTOMERS = [
  ["Month", "Customers at start", "Customers at end", "New customers", "Revenue", "Support cost"],
  ["2026-10", 100, 90, 15, 10000, 2000],
];

function input(settings: Partial<Settings> = {}, extra: Partial<ReportInput> = {}): ReportInput {
  return {
    month: "2026-10",
    timeZone: "UTC",
    now: utc("2026-11-02T08:05:00"),
    locale: "en",
    settings: { ...DEFAULT_SETTINGS, ticketSheet: "Tickets", ...settings },
    log: logOf(TICKETS),
    survey: { sheet: "Survey", values: SURVEY },
    customers: { sheet: "Customers", values: CUSTOMERS },
    definitions: { name: "KPI definitions", id: 4242 },
    ...extra,
  };
}

const TARGETS: Settings["targets"] = {
  created: 5, // 4 ≤ 5: met (lower is better)
  frtMedian: 1, // 2 h > 1 h: missed
  csat: 1 / 2, // 2/3 ≥ 1/2: met
  nps: 10, // 3 answers… this month 0 < 10: missed
  sla: 0.95, // 2/3 < 0.95: missed
  crr: 0.75, // exactly on target: met
};

/** The row of the details table (below its "KPI" header) whose first cell is `label`. */
function rowOf(cells: readonly (readonly unknown[])[], label: string): number {
  const header = cells.findIndex((row) => row[0] === "KPI");
  const index = cells.findIndex((row, r) => r > header && row[0] === label);
  if (header < 0 || index < 0) throw new Error(`no row ${label}`);
  return index;
}

/** A cell's value as a number: a duration-formatted cell reads as a Date, as in Sheets (UTC here). */
function num(value: unknown): unknown {
  return value instanceof Date ? (value.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000 : value;
}

/** A KPI's value as the report's cells hold it: durations in days. */
function stored(id: string, value: number | null): number | null {
  const hours = ["frtMedian", "frtMean", "resolutionMedian", "resolutionMean", "resolutionLongest"];
  return value !== null && hours.includes(id) ? value / 24 : value;
}

describe("planReport", () => {
  it("writes the header: title with the month's name, source tabs, generated at, definitions link", () => {
    const out = planReport(input());
    expect(out.sheetName).toBe("Support report 2026-10");
    const cells = out.plan.sheets[0].cells;
    expect(cells[0][0]).toBe("Support report October 2026");
    expect(cells[1][0]).toBe("From Tickets, Survey, Customers · generated 2026-11-02 08:05 (UTC)");
    expect(cells[1][4]).toEqual({ formula: '=HYPERLINK("#gid=4242";"KPI definitions and calculator")' });
    expect(String(planReport(input({}, { locale: "de" })).plan.sheets[0].cells[0][0])).toMatch(
      / Oktober 2026$/,
    );
    expect(out.plan.activate).toBe(out.sheetName);
    expect(out.plan.sheets[0].frozenRows).toBe(1);
    expect(out.ticketsInMonth).toBe(3);
  });

  it("lists every KPI once, in catalog order, the chosen average first", () => {
    const median = planReport(input()).plan.sheets[0].cells;
    const labels = (cells: PlanCell[][]) => {
      const first = rowOf(cells, "Tickets created");
      return cells.slice(first, first + TICKET_KPIS.length).map((r) => r[0]);
    };
    // A ticket log without handle times has no contact-centre KPI: those rows are absent, not "no data".
    expect(labels(median)).toEqual(TICKET_KPIS.map((k) => planKey(k.name)));
    for (const id of ["answerRate", "asa", "aht"] as const)
      expect(median.some((r) => r[0] === planKey(`kpi.${id}`))).toBe(false);
    const mean = labels(planReport(input({ average: "mean" })).plan.sheets[0].cells);
    expect(mean.indexOf("First response time, mean")).toBe(mean.indexOf("First response time, median") - 1);
    expect(mean.indexOf("Resolution time, mean")).toBe(mean.indexOf("Resolution time, median") - 1);
    expect(trackerOrder("median").map((k) => k.id)).toEqual(KPIS.map((k) => k.id));
  });

  it("says business hours in the labels when a schedule is set", () => {
    const cells = planReport(input({ schedule: "Mon-Fri 09:00-17:00" })).plan.sheets[0].cells;
    expect(() => rowOf(cells, "First response time, median (business hours)")).not.toThrow();
    expect(() => rowOf(cells, "Longest resolution time (business hours)")).not.toThrow();
    expect(() => rowOf(cells, "Tickets created")).not.toThrow();
  });

  it("formats values by unit and keeps every formula locale-proof", () => {
    const sheet = planReport(input({ targets: TARGETS })).plan.sheets[0];
    const r = rowOf(sheet.cells, "SLA compliance");
    expect(sheet.numberFormats[r][1]).toBe("0.0%");
    expect(sheet.numberFormats[r][3]).toBe('+0.0" pp";-0.0" pp";0.0" pp"');
    const frt = rowOf(sheet.cells, "First response time, median");
    expect(sheet.numberFormats[frt][1]).toBe(DURATION_FORMAT);
    expect(sheet.numberFormats[frt][3]).toBe("+0%;-0%;0%");
    for (const row of sheet.cells) {
      for (const cell of row) {
        if (!isFormula(cell)) continue;
        expect(cell.formula).not.toMatch(/\d\.\d|[{},]/);
      }
    }
  });
});

/** "kpi.frtMedian" → its English name, as the tracker shows it. */
function planKey(key: string): string {
  const names: Record<string, string> = {
    "kpi.created": "Tickets created",
    "kpi.resolved": "Tickets resolved",
    "kpi.backlog": "Backlog at month end",
    "kpi.frtMedian": "First response time, median",
    "kpi.frtMean": "First response time, mean",
    "kpi.resolutionMedian": "Resolution time, median",
    "kpi.resolutionMean": "Resolution time, mean",
    "kpi.resolutionLongest": "Longest resolution time",
    "kpi.fcr": "First contact resolution",
    "kpi.sla": "SLA compliance",
    "kpi.csat": "CSAT",
    "kpi.nps": "NPS",
    "kpi.ces": "CES",
    "kpi.crr": "Customer retention rate",
    "kpi.churn": "Churn rate",
    "kpi.cac": "Customer acquisition cost",
    "kpi.clv": "Customer lifetime value",
    "kpi.costPerTicket": "Cost per ticket",
    "kpi.supportCostRatio": "Support cost as % of revenue",
    "kpi.answerRate": "Answer rate",
    "kpi.asa": "Average speed of answer (ASA)",
    "kpi.aht": "Average handle time (AHT)",
    "kpi.repliesPerResolved": "Replies per resolved ticket",
  };
  return names[key];
}

describe("the report applied to the offline spreadsheet", () => {
  const report = input({ targets: TARGETS });
  const out = planReport(report);
  const offline = createOfflineServices({ timeZone: "UTC" });
  applyPlan(offline.spreadsheetApp, out.plan);
  const sheet = offline.spreadsheet.sheet(out.sheetName);
  if (!sheet) throw new Error("no report tab");
  const values = sheet.peekValues();
  const formulas = sheet.peekFormulas();
  const context = {
    month: "2026-10",
    start: monthStart("2026-10", "UTC"),
    end: monthEnd("2026-10", "UTC"),
    months: monthsEndingWith("2026-10", 12),
    timeZone: "UTC",
    locale: "en" as const,
    settings: report.settings,
    tickets: TICKETS,
    now: report.now,
  };
  const { kpis } = computeKpis(context, {
    survey: readSurveyTab("Survey", SURVEY),
    customers: readCustomersTab("Customers", CUSTOMERS, "UTC"),
  });

  it("evaluates every formula without an error, and all parse in every locale", () => {
    expect(offline.spreadsheet.formulaErrors()).toEqual([]);
    expect(offline.spreadsheet.nonLocaleProofFormulas()).toEqual([]);
    expect(values[1][4]).toBe("KPI definitions and calculator");
  });

  it("computes change and status in Sheets as the TypeScript metrics say", () => {
    let statuses = 0;
    for (const kpi of TICKET_KPIS) {
      const r = rowOf(values, planKey(kpi.name));
      const [current, before] = [kpis[kpi.id].months[11].value, kpis[kpi.id].months[10].value];
      for (const [c, v] of [
        [1, current],
        [2, before],
      ] as const) {
        const want = stored(kpi.id, v);
        if (want === null) expect(values[r][c], kpi.id).toBe("no data");
        else expect(num(values[r][c]) as number, kpi.id).toBeCloseTo(want, 9);
      }
      if (current === null || before === null) expect(values[r][3], kpi.id).toBe("");
      else if (kpi.unit === "fraction")
        expect(values[r][3] as number, kpi.id).toBeCloseTo((current - before) * 100, 9);
      else if (kpi.unit === "points") expect(values[r][3] as number, kpi.id).toBeCloseTo(current - before, 9);
      else expect(values[r][3] as number, kpi.id).toBeCloseTo(current / before - 1, 9);
      const target = TARGETS[kpi.id];
      let expected = "";
      if (target !== undefined && current !== null) {
        const met = kpi.better === "higher" ? current >= target : current <= target;
        expected = met ? "On target" : "Off target";
        statuses++;
      }
      expect(values[r][5], kpi.id).toBe(expected);
      // Conditional formatting colours the status the same way.
      const style = sheet.conditionalStyle(r + 1, 6);
      if (expected === "On target") expect(style?.background).toBe("#e6f4ea");
      else if (expected === "Off target") expect(style?.background).toBe("#fce8e6");
      else expect(style).toBeNull();
    }
    expect(statuses).toBe(Object.keys(TARGETS).length);
  });

  it("draws a SPARKLINE per KPI over its 12 monthly values in the trend block", () => {
    const header = values.findIndex((row) => row[0] === "KPI");
    const months = values[header].slice(12, 24);
    expect(months).toEqual(monthsEndingWith("2026-10", 12));
    for (const kpi of TICKET_KPIS) {
      const r = rowOf(values, planKey(kpi.name));
      expect(formulas[r][6]).toMatch(
        new RegExp(`^=SPARKLINE\\(M${r + 1}:X${r + 1};\\$Z\\$\\d+:\\$AA\\$\\d+\\)$`),
      );
      const trend = values[r].slice(12, 24).map(num);
      kpis[kpi.id].months.forEach((m, k) => {
        const want = stored(kpi.id, m.value);
        if (want === null) expect(trend[k]).toBe("");
        else expect(trend[k] as number).toBeCloseTo(want, 9);
      });
    }
  });

  it("shows no data with its reason in the note column", () => {
    const r = rowOf(values, "Churn rate");
    // The customers tab has no lost customers column: lost = 100 − (90 − 15) = 25.
    expect(values[r][1]).toBe(0.25);
    const cac = rowOf(values, "Customer acquisition cost");
    expect(values[cac][1]).toBe("no data");
    expect(values[cac][10]).toBe(
      "The customers tab \u201cCustomers\u201d has no Sales and marketing spend for 2026-10.",
    );
  });

  it("keeps text from the data as text, never a formula", () => {
    let found = 0;
    values.forEach((row, r) => {
      row.forEach((cell, c) => {
        if (cell === EVIL || cell === "+46 chat") {
          expect(formulas[r][c]).toBe("");
          found++;
        }
      });
    });
    expect(found).toBeGreaterThanOrEqual(2);
  });

  it("keeps a tab name starting with = as text in the header", () => {
    const named = planReport(input({ ticketSheet: EVIL }));
    const other = createOfflineServices({ timeZone: "UTC" });
    applyPlan(other.spreadsheetApp, named.plan);
    const tab = other.spreadsheet.sheet(named.sheetName);
    expect(String(tab?.peekValues("A2")[0][0])).toMatch(/^From =HYPERLINK\("x"\), Survey/);
    expect(tab?.peekFormulas("A2")).toEqual([[""]]);
  });
});

describe("a report without the optional tabs", () => {
  it("has a no-data row with a reason for every survey and customers KPI", () => {
    const out = planReport(input({}, { survey: null, customers: null }));
    const cells = out.plan.sheets[0].cells;
    expect(String(cells[1][0])).toMatch(/^From Tickets · generated/);
    for (const name of ["NPS", "CES", "Customer retention rate", "Churn rate", "Cost per ticket"]) {
      const r = rowOf(cells, name);
      expect(cells[r][1], name).toBe("no data");
      expect(cells[r][2], name).toBe("no data");
      expect(String(cells[r][10]), name).toMatch(/No (survey|customers and finance) tab is chosen/);
      expect(cells[r].slice(12, 24).every((c) => c === null)).toBe(true);
    }
  });

  it("passes on what was wrong with a survey tab as a note", () => {
    const out = planReport(input({}, { survey: { sheet: "Survey", values: [["Comment"], ["hi"]] } }));
    expect(out.notes).toContain(
      "The survey tab \u201cSurvey\u201d has no column for the response date (a header such as Date), so its answers cannot be placed in months.",
    );
  });
});

describe("one convention across the report's sections", () => {
  it("shows a change too small for its format as 0, never -0.0% or +0.0", () => {
    // September's support cost is 0.4 cents higher: a change of −0.00004%, shown as 0.0%.
    const customers = [CUSTOMERS[0], ["2026-09", 100, 90, 15, 10000, 2000.004], CUSTOMERS[1]];
    const out = planReport(input({}, { customers: { sheet: "Customers", values: customers } }));
    const offline = createOfflineServices({ timeZone: "UTC" });
    applyPlan(offline.spreadsheetApp, out.plan);
    const sheet = offline.spreadsheet.sheet(out.sheetName);
    if (!sheet) throw new Error("no report tab");
    const values = sheet.peekValues();
    const shown = sheet.getDataRange().getDisplayValues();
    const ratio = rowOf(values, "Support cost as % of revenue");
    expect((values[ratio][1] as number) - (values[ratio][2] as number)).toBeLessThan(0);
    expect(values[ratio][3]).toBe(0);
    expect(shown[ratio][3]).toBe("0.0 pp");
    // A change the format can show keeps its value and sign: 3 tickets created against 2.
    const created = rowOf(values, "Tickets created");
    expect(values[created][3]).toBe(0.5);
    expect(shown[created][3]).toBe("+50%");
  });

  it("reads ticket ratings on one scale in the tracker and the agents section", () => {
    // Rated 7, 6 and 5 on tickets resolved in October: a 1–7 scale, where 6 and 7 are satisfied.
    const rated = TICKETS.map((tk) => (tk.csat >= 1 ? { ...tk, csat: tk.csat + 2 } : tk));
    const cells = planReport(input({}, { log: logOf(rated) })).plan.sheets[0].cells;
    const csat = cells[rowOf(cells, "CSAT")];
    expect(csat[1]).toBeCloseTo(2 / 3, 12);
    expect(csat[7]).toBe(3);
    const all = cells[cells.findIndex((row) => row[0] === "All agents")];
    expect(all[5]).toBeCloseTo(2 / 3, 12);
    expect(all[6]).toBe(3);
  });

  it("says once that a schedule cannot be used", () => {
    const out = planReport(input({ schedule: "Someday 9-5" }));
    expect(out.notes.filter((note) => note.includes("Someday"))).toHaveLength(1);
  });

  it("shows the same backlog in the tracker, the created and resolved table and the aging table", () => {
    // Open at 00:00 on 1 November: the 20 October ticket only.
    const out = planReport(input());
    const offline = createOfflineServices({ timeZone: "UTC" });
    applyPlan(offline.spreadsheetApp, out.plan);
    const values = offline.spreadsheet.sheet(out.sheetName)?.peekValues() ?? [];
    const rows = values.filter((row) => row[0] === "Backlog at month end");
    expect(rows.map((row) => row[1])).toEqual([1, 1]); // the tracker's row and the aging table's total
    const header = values.findIndex((row) => row[0] === "Month" && row[3] === "Backlog at month end");
    expect(values[header + 12].slice(0, 4)).toEqual(["2026-10", 3, 3, 1]);
  });
});
