import fc from "fast-check";
import { DetailedCellError, HyperFormula } from "hyperformula";
import { describe, expect, it } from "vitest";
import { t } from "../../src/i18n/messages";
import { backlogAt } from "../../src/metrics/backlog";
import { HOUR_MS } from "../../src/metrics/calendar";
import { cesFromHistogram } from "../../src/metrics/ces";
import { contactStats } from "../../src/metrics/contacts";
import { csatStatsFromHistogram } from "../../src/metrics/csat";
import { churn, crr, netCustomerLoss } from "../../src/metrics/customers";
import { summarizeElapsed } from "../../src/metrics/durations";
import { erlangB, erlangC, serviceLevel } from "../../src/metrics/erlang";
import { fcrCounts } from "../../src/metrics/fcr";
import { cac, clv, costPerTicket, supportCostRatio } from "../../src/metrics/finance";
import { npsStatsFromCounts } from "../../src/metrics/nps";
import { slaCounts } from "../../src/metrics/sla";
import { toSheetValue } from "../../src/report/apply";
import {
  type DefinitionSection,
  type DefinitionsOptions,
  definitionsLayout,
  planDefinitions,
} from "../../src/report/definitions";
import { KPIS, UNIT_FORMAT } from "../../src/report/kpis-catalog";
import { isFormula, type SheetPlan } from "../../src/report/plan";
import { ratingScale } from "../../src/report/rating-scale";
import type { KpiId } from "../../src/report/settings";

const OPTIONS: DefinitionsOptions = { locale: "en", schedule: "", slaHours: 24 };

/** Input values by key; null is a blank cell. */
type Inputs = Record<string, number | null>;
/** Expected outputs by key, computed by the TypeScript metrics. */
type Expect = (v: Inputs) => Record<string, number>;

const num = (v: number | null): number => v ?? 0;

/** The per-ticket hours t1…tN, blanks skipped (as the custom functions skip blank cells). */
function hours(v: Inputs): number[] {
  return Object.keys(v)
    .filter((k) => /^t\d+$/.test(k))
    .sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)))
    .map((k) => v[k])
    .filter((h): h is number => h !== null);
}

/** A 1–5 histogram (index 0 empty) from the inputs r1…r5. */
function histogram(v: Inputs): number[] {
  return [0, num(v.r1), num(v.r2), num(v.r3), num(v.r4), num(v.r5)];
}

/** The hours as elapsed milliseconds, as the duration metrics take them. */
function elapsedMs(v: Inputs): number[] {
  return hours(v).map((h) => h * HOUR_MS);
}

/** One contact count per resolved ticket: `oneContact` tickets took 1, the rest 2. */
function contacts(v: Inputs): number[] {
  const resolved = num(v.resolved);
  const first = num(v.oneContact);
  return Array.from({ length: resolved }, (_, i) => (i < first ? 1 : 2));
}

function lost(v: Inputs): number {
  return num(v.start) - (num(v.end) - num(v.new));
}

/** What each calculator must show, from the TypeScript metrics (backlog is checked on tickets below). */
const EXPECTED: Partial<Record<KpiId, Expect>> = {
  frtMedian: (v) => ({ result: summarizeElapsed(elapsedMs(v), "median", "hours") }),
  frtMean: (v) => ({ result: summarizeElapsed(elapsedMs(v), "mean", "hours") }),
  resolutionMedian: (v) => ({ result: summarizeElapsed(elapsedMs(v), "median", "hours") }),
  resolutionMean: (v) => ({ result: summarizeElapsed(elapsedMs(v), "mean", "hours") }),
  resolutionLongest: (v) => ({ result: summarizeElapsed(elapsedMs(v), "max", "hours") }),
  fcr: (v) => {
    const { within, resolved } = fcrCounts(contacts(v));
    return { result: within / resolved };
  },
  sla: (v) => {
    const { met, total } = slaCounts(elapsedMs(v), num(v.target));
    return { result: met / total };
  },
  csat: (v) => ({ result: csatStatsFromHistogram(histogram(v), 5).csat }),
  ces: (v) => ({ result: cesFromHistogram(histogram(v), 5, "agree") }),
  nps: (v) => ({ result: npsStatsFromCounts(num(v.promoters), num(v.passives), num(v.detractors)).nps }),
  crr: (v) => ({ result: crr(num(v.start), num(v.end), num(v.new)) }),
  churn: (v) => ({
    lost: lost(v),
    result: churn(num(v.start), lost(v)),
    netLoss: netCustomerLoss(num(v.start), num(v.end)),
  }),
  cac: (v) => ({ result: cac(num(v.spend), num(v.new)) }),
  clv: (v) => ({ result: clv(num(v.revenue), num(v.years), num(v.cac)) }),
  costPerTicket: (v) => ({ result: costPerTicket(num(v.cost), num(v.tickets)) }),
  supportCostRatio: (v) => ({ result: supportCostRatio(num(v.cost), num(v.revenue)) }),
  answerRate: (v) => ({ result: contactStats(calls(v)).answerRate }),
  abandonRate: (v) => ({ result: contactStats(calls(v)).abandonRate }),
  asa: (v) => ({ result: contactStats(hours(v).map((s) => ({ speedOfAnswer: s }))).speedOfAnswer }),
  aht: (v) => ({ result: contactStats(hours(v).map((s) => ({ handleTime: s }))).handleTime }),
  reopenRate: (v) => ({ result: num(v.reopened) / num(v.resolved) }),
  repliesPerResolved: (v) => ({ result: num(v.replies) / num(v.resolved) }),
  waitTime: (v) => ({ result: summarizeElapsed(elapsedMs(v), "median", "hours") }),
  onHoldTime: (v) => ({ result: summarizeElapsed(elapsedMs(v), "median", "hours") }),
  responseMean: (v) => ({ result: summarizeElapsed(elapsedMs(v), "mean", "hours") }),
  contactResolution: (v) => ({
    result: contactStats(
      Array.from({ length: num(v.answered) }, (_, i) => ({
        answered: 1,
        solved: i < num(v.resolved) ? 1 : 0,
      })),
    ).resolutionRate,
  }),
};

/** Calls from the counts offered and answered: the first `answered` answered, the rest abandoned. */
function calls(v: Inputs): { answered: number }[] {
  return Array.from({ length: num(v.offered) }, (_, i) => ({ answered: i < num(v.answered) ? 1 : 0 }));
}

const list = (...values: (number | null)[]): Inputs =>
  Object.fromEntries(values.map((h, i) => [`t${i + 1}`, h]));
/** Hour lists unlike the example: blanks among them, an even count left, a single ticket, ties. */
const OTHER_HOURS = [
  list(5, 1, 3, null, 2, 8, 13),
  list(null, null, 7, null, null, null, null),
  list(1 / 2, 1 / 2, 200, 3, 48, 24, 49 / 2),
];
const ratings = (...r: number[]): Inputs => Object.fromEntries(r.map((n, i) => [`r${i + 1}`, n]));
const customers = (start: number, end: number, added: number): Inputs => ({ start, end, new: added });

/** Other valid inputs per calculator, to show each formula is right beyond its example. */
const OTHER_INPUTS: Partial<Record<KpiId, Inputs[]>> = {
  frtMedian: OTHER_HOURS,
  frtMean: OTHER_HOURS,
  resolutionMedian: OTHER_HOURS,
  resolutionMean: OTHER_HOURS,
  resolutionLongest: OTHER_HOURS,
  fcr: [
    { resolved: 7, oneContact: 0 },
    { resolved: 3, oneContact: 3 },
    { resolved: 1234, oneContact: 1001 },
  ],
  sla: [
    { target: 8, ...OTHER_HOURS[0] },
    { target: 24, ...OTHER_HOURS[2] },
    { target: 9 / 2, ...OTHER_HOURS[0] },
  ],
  csat: [ratings(0, 0, 0, 0, 1), ratings(10, 0, 0, 0, 0), ratings(3, 1, 4, 1, 5)],
  ces: [ratings(0, 0, 0, 2, 0), ratings(1, 1, 1, 0, 0), ratings(2, 7, 1, 8, 2)],
  nps: [
    { promoters: 0, passives: 0, detractors: 1 },
    { promoters: 3, passives: 4, detractors: 5 },
    { promoters: 10, passives: 0, detractors: 0 },
  ],
  crr: [customers(100, 100, 0), customers(50, 60, 20), customers(7, 3, 1)],
  churn: [customers(100, 100, 0), customers(50, 60, 20), customers(7, 3, 1), customers(40, 55, 30)],
  cac: [
    { spend: 0, new: 5 },
    { spend: 12345.67, new: 89 },
  ],
  clv: [
    { revenue: 1000, years: 1 / 2, cac: 0 },
    { revenue: 100, years: 2, cac: 500 },
    { revenue: 850, years: 4, cac: null },
  ],
  costPerTicket: [
    { cost: 1, tickets: 3 },
    { cost: 99999.99, tickets: 7 },
  ],
  supportCostRatio: [
    { cost: 100, revenue: 50 },
    { cost: 0, revenue: 1000 },
  ],
  answerRate: [
    { offered: 7, answered: 0 },
    { offered: 333, answered: 333 },
  ],
  abandonRate: [
    { offered: 9, answered: 4 },
    { offered: 1, answered: 1 },
  ],
  asa: OTHER_HOURS,
  aht: OTHER_HOURS,
  reopenRate: [
    { resolved: 9, reopened: 0 },
    { resolved: 77, reopened: 76 },
  ],
  repliesPerResolved: [
    { resolved: 3, replies: 3 },
    { resolved: 7, replies: 50 },
  ],
  waitTime: OTHER_HOURS,
  onHoldTime: OTHER_HOURS,
  responseMean: OTHER_HOURS,
  contactResolution: [
    { answered: 5, resolved: 0 },
    { answered: 999, resolved: 998 },
  ],
};

/** The plan as Sheets would hold it: apply.ts's conversion, so text like "=NPS(B2:B)" stays text. */
function engineFor(plan: SheetPlan): HyperFormula {
  const data = plan.cells.map((row) => row.map((cell) => (cell === null ? null : toSheetValue(cell))));
  return HyperFormula.buildFromArray(data as (string | number | boolean | null)[][], {
    licenseKey: "gpl-v3",
    functionArgSeparator: ";",
  });
}

function valueAt(hf: HyperFormula, cell: { row: number; column: number }) {
  return hf.getCellValue({ sheet: 0, row: cell.row - 1, col: cell.column - 1 });
}

function setInputs(hf: HyperFormula, section: DefinitionSection<string>, values: Inputs): void {
  for (const [key, value] of Object.entries(values)) {
    const cell = section.inputs[key];
    if (!cell) throw new Error(`${section.id} has no input ${key}`);
    hf.setCellContents({ sheet: 0, row: cell.row - 1, col: cell.column - 1 }, [[value]]);
  }
}

function exampleOf(section: DefinitionSection): Inputs {
  return Object.fromEntries(Object.entries(section.inputs).map(([k, cell]) => [k, cell.value]));
}

function expectOutputs(hf: HyperFormula, section: DefinitionSection, values: Inputs): void {
  const expected = EXPECTED[section.id]?.(values);
  if (!expected) throw new Error(`no expectation for ${section.id}`);
  expect(Object.keys(section.outputs).sort()).toEqual(Object.keys(expected).sort());
  for (const [key, value] of Object.entries(expected)) {
    const got = valueAt(hf, section.outputs[key]);
    expect(typeof got, `${section.id}.${key} with ${JSON.stringify(values)}: ${String(got)}`).toBe("number");
    // HyperFormula rounds results to 10 significant digits, so compare relatively.
    const error = Math.abs((got as number) - value) / Math.max(1, Math.abs(value));
    expect(error, `${section.id}.${key} with ${JSON.stringify(values)}: ${got} vs ${value}`).toBeLessThan(
      1e-9,
    );
  }
}

function formulasOf(plan: SheetPlan): string[] {
  return plan.cells.flat().flatMap((cell) => (cell !== null && isFormula(cell) ? [cell.formula] : []));
}

/** Native functions the tab may use: English names that exist in every locale; no add-on function. */
const NATIVE = new Set([
  "IF",
  "OR",
  "NOT",
  "N",
  "INT",
  "ISNUMBER",
  "EXP",
  "SUM",
  "COUNT",
  "COUNTIF",
  "MEDIAN",
  "AVERAGE",
  "MAX",
  // Erlang B of the staffing calculator, summed over a SEQUENCE of terms.
  "MIN",
  "LN",
  "GAMMALN",
  "SEQUENCE",
  "SUMPRODUCT",
  "ARRAYFORMULA",
]);

describe("definitions tab", () => {
  const { plan, sections, staffing } = definitionsLayout(OPTIONS);

  it("has a section per KPI, in the catalog's order, headed by its name", () => {
    expect(sections.map((s) => s.id)).toEqual(KPIS.map((k) => k.id));
    for (const [i, kpi] of KPIS.entries()) expect(plan.cells[sections[i].row - 1][0]).toBe(t(kpi.name));
  });

  it("gives each KPI its definition, formula, convention and custom function, all filled in", () => {
    for (const section of sections) {
      const texts = [1, 2, 3, 4].map((offset) => plan.cells[section.row - 1 + offset][1]);
      for (const text of texts) {
        expect(typeof text, section.id).toBe("string");
        expect((text as string).length, section.id).toBeGreaterThan(5);
        expect(text as string, section.id).not.toMatch(/\{\w+\}|undefined/);
      }
      expect(texts[3] as string, section.id).toMatch(/^=[A-Z_]+\(.*\)$/);
    }
  });

  it("states the conventions exactly", () => {
    const text = (id: KpiId, offset: number) =>
      String(plan.cells[(sections.find((s) => s.id === id)?.row ?? 0) - 1 + offset][1]);
    expect(text("nps", 3)).toMatch(/promoters score 9–10.*detractors 0–6/);
    expect(text("nps", 2)).toMatch(/× 100/);
    expect(text("csat", 3)).toMatch(/4 or 5/);
    expect(text("fcr", 2)).toMatch(/within 1 contact/);
    expect(text("sla", 3)).toMatch(/at most the target: 24 hours/);
    expect(text("sla", 3)).toMatch(/calendar hours/);
    expect(text("backlog", 2)).toMatch(/created by the month's end and not resolved by then/);
    expect(text("frtMedian", 3)).toMatch(/MEDIAN/);
    expect(text("crr", 3)).toMatch(
      /S = 100, E = 90 and N = 15: CRR = 75%, churn = 25% .*net customer loss = 10%/,
    );
    expect(text("churn", 2)).toMatch(/lost ÷ S/);
    expect(text("cac", 2)).toMatch(/Sales and marketing spend ÷ new customers/);
    expect(text("clv", 2)).toMatch(/× years as a customer − CAC/);
    expect(text("nps", 4)).toBe("=NPS(Survey!B2:B)");
  });

  it("states the rating scales and the backlog's edge as the report reads them", () => {
    const text = (id: KpiId) => String(plan.cells[(sections.find((s) => s.id === id)?.row ?? 0) - 1 + 3][1]);
    // The sample survey's CES runs 1–7: agreeing is 5–7 there, as the tracker counts it.
    const seven = ratingScale(7);
    expect(text("ces")).toContain("4–5 on a 1–5 scale");
    expect(text("ces")).toContain(`${seven.agreeMin}–7 on a 1–7 scale`);
    expect(text("csat")).toContain(`${seven.satisfiedMin}–7 on a 1–7 scale`);
    expect(text("csat")).toContain(`${ratingScale(10).satisfiedMin}–10 on a 1–10 scale`);
    expect(text("backlog")).toMatch(/created before that instant and not resolved before it/);
  });

  it("names the business-hours schedule and passes it to the custom functions when one is set", () => {
    const schedule = "Mon-Fri 09:00-17:00";
    const withSchedule = definitionsLayout({ ...OPTIONS, schedule, slaHours: 8 });
    const strings = withSchedule.plan.cells.flat().filter((c): c is string => typeof c === "string");
    expect(strings).toContain(`=FRT(Tickets!B2:B; Tickets!C2:C; "median"; "hours"; "${schedule}")`);
    expect(strings).toContain(`=SLA_RATE(Tickets!B2:B; Tickets!D2:D; 8; "${schedule}")`);
    expect(strings.filter((s) => s.includes(`business hours of the schedule ${schedule}`)).length).toBe(7);
    const sla = withSchedule.sections.find((s) => s.id === "sla");
    expect(sla?.inputs.target.value).toBe(8);
  });

  it("writes formulas that parse in every locale, with native English functions only", () => {
    const formulas = formulasOf(plan);
    expect(formulas.length).toBeGreaterThanOrEqual(17);
    for (const formula of formulas) {
      const code = formula.replace(/"(?:[^"]|"")*"/g, '""');
      expect(formula.startsWith("="), formula).toBe(true);
      expect(code, formula).not.toMatch(/,/);
      expect(code, formula).not.toMatch(/\d\.\d|\.\d/);
      expect(code, formula).not.toMatch(/[{}]/);
      for (const [, name] of code.matchAll(/([A-Z][A-Z0-9._]*)\(/g))
        expect(NATIVE.has(name), formula).toBe(true);
    }
  });

  it("computes each KPI from the worked example exactly as the TypeScript metrics do", () => {
    const hf = engineFor(plan);
    for (const section of sections) {
      if (section.id === "created" || section.id === "resolved" || section.id === "backlog") continue;
      expectOutputs(hf, section, exampleOf(section));
    }
    const nps = sections.find((s) => s.id === "nps");
    if (nps) expect(valueAt(hf, nps.outputs.result)).toBeCloseTo(65, 9);
    hf.destroy();
  });

  it("keeps agreeing with the metrics when other numbers are typed in", () => {
    const hf = engineFor(plan);
    for (const section of sections) {
      for (const values of OTHER_INPUTS[section.id] ?? []) {
        setInputs(hf, section, values);
        expectOutputs(hf, section, values);
      }
    }
    hf.destroy();
  });

  it("has a calculator for every KPI but the plain counts", () => {
    const withCalculator = sections.filter((s) => Object.keys(s.outputs).length > 0).map((s) => s.id);
    expect(withCalculator).toEqual(
      KPIS.map((k) => k.id).filter((id) => id !== "created" && id !== "resolved"),
    );
    for (const id of withCalculator) {
      if (id !== "backlog") expect(EXPECTED[id], id).toBeDefined();
    }
  });

  it("computes the backlog as tickets created by the month's end and not resolved by then", () => {
    const backlog = sections.find((s) => s.id === "backlog");
    if (!backlog) throw new Error("no backlog section");
    const hf = engineFor(plan);
    // Days relative to the month's start; the month is days 0–29, so it ends at day 30.
    const ticket = fc.record({
      created: fc.integer({ min: -90, max: 45 }),
      resolvedAfter: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(ticket, { maxLength: 60 }), (tickets) => {
        const resolvedAt = (k: (typeof tickets)[number]) =>
          k.resolvedAfter === null ? Number.NaN : k.created + k.resolvedAfter;
        const open = tickets.filter((k) => k.created < 0 && !(resolvedAt(k) < 0)).length;
        const created = tickets.filter((k) => k.created >= 0 && k.created < 30).length;
        const resolved = tickets.filter((k) => resolvedAt(k) >= 0 && resolvedAt(k) < 30).length;
        // Whole days, so "by the month's end" (day 30, exclusive) is "at or before day 29.5".
        const expected = backlogAt(
          tickets.map((k) => k.created),
          tickets.map(resolvedAt),
          29.5,
        );
        setInputs(hf, backlog, { open, created, resolved });
        expect(valueAt(hf, backlog.outputs.result)).toBe(expected);
      }),
      { numRuns: 200 },
    );
    hf.destroy();
  });

  it("shows no error with the examples, and blanks (not 0 or #DIV/0!) when the inputs are blank", () => {
    const hf = engineFor(plan);
    const formulaCells = plan.cells.flatMap((row, r) =>
      row.flatMap((cell, c) => (cell !== null && isFormula(cell) ? [{ row: r + 1, column: c + 1 }] : [])),
    );
    for (const cell of formulaCells) expect(valueAt(hf, cell)).not.toBeInstanceOf(DetailedCellError);
    for (const section of [...sections, staffing]) {
      setInputs(hf, section, Object.fromEntries(Object.keys(section.inputs).map((k) => [k, null])));
    }
    for (const cell of formulaCells) expect(valueAt(hf, cell)).toBe("");
    hf.destroy();
  });

  it("shows a blank, not #DIV/0!, when a divisor is 0", () => {
    const zeroDivisor: Partial<Record<KpiId, Inputs>> = {
      fcr: { resolved: 0, oneContact: 0 },
      csat: ratings(0, 0, 0, 0, 0),
      ces: ratings(0, 0, 0, 0, 0),
      nps: { promoters: 0, passives: 0, detractors: 0 },
      crr: customers(0, 5, 5),
      churn: customers(0, 5, 5),
      cac: { spend: 500, new: 0 },
      costPerTicket: { cost: 500, tickets: 0 },
      supportCostRatio: { cost: 500, revenue: 0 },
    };
    const hf = engineFor(plan);
    for (const section of sections) {
      const values = zeroDivisor[section.id];
      if (!values) continue;
      setInputs(hf, section, values);
      expect(valueAt(hf, section.outputs.result), section.id).toBe("");
    }
    hf.destroy();
  });

  it("formats results in the KPI's unit, bold; inputs sit on light yellow", () => {
    for (const [i, kpi] of KPIS.entries()) {
      const section = sections[i];
      const result = section.outputs.result;
      if (!result) continue;
      expect(plan.numberFormats[result.row - 1][result.column - 1], kpi.id).toBe(UNIT_FORMAT[kpi.unit]);
      expect(plan.fontWeights[result.row - 1][result.column - 1], kpi.id).toBe("bold");
      for (const input of Object.values(section.inputs)) {
        expect(plan.backgrounds[input.row - 1][input.column - 1], kpi.id).toBe("#fff2cc");
        expect(plan.cells[input.row - 1][input.column - 1], kpi.id).toBe(input.value);
        expect(typeof plan.cells[input.row - 1][input.column - 2], kpi.id).toBe("string");
      }
    }
  });

  it("is laid out for a laptop screen: frozen title, fixed widths, wrapped text, a tab colour", () => {
    const sheet = planDefinitions(OPTIONS);
    expect(sheet.kind).toBe("definitions");
    expect(sheet.name).toBe(t("definitions.sheetName"));
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.cells[0][0]).toBe(t("definitions.title"));
    expect(sheet.cells[1][0]).toBe(t("definitions.intro"));
    expect(sheet.columnWidths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(1100);
    expect(sheet.tabColor).toMatch(/^#[0-9a-f]{6}$/);
    const height = sheet.cells.length;
    const width = sheet.cells[0].length;
    expect(sheet.columnWidths.length).toBe(width);
    for (const grid of [sheet.numberFormats, sheet.fontWeights, sheet.backgrounds, sheet.fontColors]) {
      expect(grid.length).toBe(height);
      for (const row of grid) expect(row.length).toBe(width);
    }
    // One wrap area covering every section's text, so applying it is one call.
    expect(sheet.wrap).toEqual([
      { row: sections[0].row, column: 1, numRows: height - sections[0].row + 1, numColumns: width },
    ]);
    // Each KPI name spans the text columns.
    expect(sheet.merges).toHaveLength(KPIS.length + 1);
  });
});

describe("definitions tab: staffing calculator (Erlang C in native formulas)", () => {
  const { plan, staffing } = definitionsLayout(OPTIONS);

  /** What the calculator must show, by the TypeScript metrics (ERLANG_C, SERVICE_LEVEL). */
  function expected(v: Record<string, number>) {
    const erlangs = (v.contacts * v.handle) / (v.interval * 60);
    const c = erlangC(v.agents, erlangs);
    const demand = { contacts: v.contacts, intervalMinutes: v.interval, handleSeconds: v.handle };
    return {
      traffic: erlangs,
      waiting: c,
      serviceLevel: serviceLevel(demand, v.agents, v.within),
      occupancy: erlangs / v.agents,
      speedOfAnswer: (c * v.handle) / (v.agents - erlangs),
    };
  }

  function expectStaffing(hf: HyperFormula, v: Record<string, number>) {
    for (const [key, value] of Object.entries(expected(v))) {
      const got = valueAt(hf, staffing.outputs[key]);
      expect(typeof got, `${key} with ${JSON.stringify(v)}: ${String(got)}`).toBe("number");
      // HyperFormula rounds results to 10 significant digits.
      const error = Math.abs((got as number) - value) / Math.max(1e-12, Math.abs(value));
      expect(error, `${key} with ${JSON.stringify(v)}: ${got} vs ${value}`).toBeLessThan(1e-7);
    }
  }

  it("starts from Call Centre Helper's example and shows ERLANG_C's answer: 17.4 % wait, 88.8 % in 20 s", () => {
    const hf = engineFor(plan);
    const example = Object.fromEntries(Object.entries(staffing.inputs).map(([k, cell]) => [k, cell.value]));
    expect(example).toEqual({ contacts: 100, interval: 30, handle: 180, agents: 14, within: 20 });
    expectStaffing(hf, example);
    expect(valueAt(hf, staffing.outputs.waiting)).toBeCloseTo(0.1741, 4);
    expect(valueAt(hf, staffing.outputs.serviceLevel)).toBeCloseTo(0.8884, 4);
    hf.destroy();
  });

  it("gives Erlang B as ERLANG_C's recursion does, from 1 to 1,000 agents, without overflow", () => {
    const hf = engineFor(plan);
    for (const [agents, erlangs] of [
      [1, 0.5],
      [14, 10],
      [300, 1],
      [1000, 990],
      [1000, 3],
    ]) {
      // handle 3,600 s in a 60-minute interval: contacts = Erlangs
      setInputs(hf, staffing, { contacts: erlangs, interval: 60, handle: 3600, agents, within: 20 });
      const got = valueAt(hf, staffing.outputs.blocking) as number;
      const want = erlangB(agents, erlangs);
      expect(Math.abs(got - want), `B(${agents}, ${erlangs}) = ${got}, not ${want}`).toBeLessThan(
        1e-9 * Math.max(want, 1e-300) + 1e-300,
      );
    }
    hf.destroy();
  });

  it("keeps agreeing with ERLANG_C and SERVICE_LEVEL when other numbers are typed in", () => {
    const hf = engineFor(plan);
    for (const v of [
      { contacts: 1, interval: 60, handle: 300, agents: 1, within: 0 },
      { contacts: 240, interval: 60, handle: 240, agents: 17, within: 30 },
      { contacts: 43, interval: 20, handle: 90, agents: 4, within: 5 },
      { contacts: 0, interval: 30, handle: 180, agents: 2, within: 20 },
      // 190 Erlangs on 200 agents: far past where A^N ÷ N! overflows
      { contacts: 3800, interval: 60, handle: 180, agents: 200, within: 20 },
    ]) {
      setInputs(hf, staffing, v);
      expectStaffing(hf, v);
    }
    hf.destroy();
  });

  it("says how many agents keep up when there are too few, and shows blanks for unusable inputs", () => {
    const hf = engineFor(plan);
    setInputs(hf, staffing, { contacts: 100, interval: 30, handle: 180, agents: 10, within: 20 });
    expect(valueAt(hf, staffing.outputs.waiting)).toBe(`${t("definitions.calc.tooFewAgents")}11`);
    for (const key of ["serviceLevel", "occupancy", "speedOfAnswer"]) {
      expect(valueAt(hf, staffing.outputs[key]), key).toBe("");
    }
    for (const broken of [
      { interval: 0 },
      { handle: 0 },
      { agents: 0 },
      { agents: null },
      { contacts: null },
    ]) {
      setInputs(hf, staffing, {
        contacts: 100,
        interval: 30,
        handle: 180,
        agents: 14,
        within: 20,
        ...broken,
      });
      for (const [key, cell] of Object.entries(staffing.outputs)) {
        const value = valueAt(hf, cell);
        expect(value instanceof DetailedCellError, `${key} with ${JSON.stringify(broken)}`).toBe(false);
      }
      expect(valueAt(hf, staffing.outputs.serviceLevel), JSON.stringify(broken)).toBe("");
    }
    hf.destroy();
  });
});
