/**
 * The report tab's plan: a header (title, month, source tabs, when it was generated, a link to the
 * definitions tab), the KPI tracker, then the ticket-volume and agents sections.
 *
 * The tracker has one row per KPI: this month, the previous month, change and status as native
 * formulas (so a target edited on the tab updates the status), a 12-month SPARKLINE over values
 * written in a grey "trend data" block to its right, n and the 95% interval of survey KPIs, and a
 * note saying how the KPI is computed or why it has no data. Missing data is a "no data" text
 * (never 0); every formula guards with ISNUMBER, so blanks and "no data" give "" instead of errors.
 * Formulas parse in every locale: `;` separators, whole-number literals only, no `{}`.
 */
import { formatList, type Locale, type MessageKey } from "../i18n/messages";
import { readCustomersTab } from "../input/customers-tab";
import { readSurveyTab } from "../input/survey-tab";
import type { TicketLog } from "../input/ticket-log";
import { monthsEndingWith } from "../metrics/calendar";
import { monthEnd, monthStart, zonedParts } from "../metrics/zoned-time";
import { addAgentsSection } from "./agents-section";
import { a1, Grid, quoted } from "./grid";
import { computeKpis, type KpiResult } from "./kpis";
import { decimalsShown, KPIS, type KpiInfo, UNIT_FORMAT } from "./kpis-catalog";
import { tallyMonths } from "./month-slots";
import type { CellStyle, PlanCell, ReportPlan } from "./plan";
import { type ReportContext, sayIn } from "./report-context";
import type { KpiId, Settings } from "./settings";
import { addStaffingSection, DEFAULT_STAFFING } from "./staffing-section";
import { HEADER_STYLE, LABEL_STYLE, NOTE_STYLE, SECTION_STYLE, TAB_COLOR, TITLE_STYLE } from "./styles";
import { addVolumeSections } from "./volume-sections";

export interface ReportInput {
  /** "YYYY-MM" */
  month: string;
  /** The spreadsheet's IANA time zone: months and days are counted in it. */
  timeZone: string;
  /** When the report is generated (epoch ms). */
  now: number;
  locale: Locale;
  /** The settings of the build; `ticketSheet` names the tab `log` was read from. */
  settings: Settings;
  log: TicketLog;
  /** The optional tabs' values as getValues gives them (header row first), or null when not chosen. */
  survey: { sheet: string; values: unknown[][] } | null;
  customers: { sheet: string; values: unknown[][] } | null;
  /** The definitions tab, for the header's link. */
  definitions: { name: string; id: number };
}

export interface ReportOutput {
  plan: ReportPlan;
  sheetName: string;
  /** Tickets created in the month. */
  ticketsInMonth: number;
  /** Messages for the user: source-tab problems, KPIs' and sections' notes (no repeats). */
  notes: string[];
}

// Tracker columns (1-based).
const COL = {
  kpi: 1,
  thisMonth: 2,
  previous: 3,
  change: 4,
  target: 5,
  status: 6,
  trend: 7,
  n: 8,
  low: 9,
  high: 10,
  note: 11,
} as const;
const TRACKER_WIDTH = 11;
/** The 12 trend values start after a narrow gap; sparkline options after another. */
const TREND_COLUMN = 13;
const OPTIONS_COLUMN = TREND_COLUMN + 12 + 1;
const WIDTHS: Record<number, number> = {
  1: 230,
  2: 100,
  3: 100,
  4: 85,
  5: 80,
  6: 85,
  7: 120,
  8: 60,
  9: 75,
  10: 75,
  11: 320,
  12: 24,
  25: 24,
  26: 80,
  27: 80,
};
const TREND_WIDTH = 64;

const NO_DATA: CellStyle = { fontColor: "#80868b" };
const TREND: CellStyle = { background: "#f8f9fa", fontColor: "#80868b" };
const LINK: CellStyle = { fontColor: "#1a73e8" };
const MET = { background: "#e6f4ea", fontColor: "#137333" };
const MISSED = { background: "#fce8e6", fontColor: "#c5221f" };

/** Sparkline options (option, value): a blue line that skips months with no data. */
const SPARKLINE_OPTIONS: [string, string | number][] = [
  ["charttype", "line"],
  ["empty", "ignore"],
  ["nan", "ignore"],
  ["color", TAB_COLOR],
  ["linewidth", 2],
];

const DURATION_KPIS: ReadonlySet<KpiId> = new Set([
  "frtMedian",
  "frtMean",
  "resolutionMedian",
  "resolutionMean",
  "resolutionLongest",
]);

/** A number format with an explicit sign, for changes: "+1.5 h", "-2.0%", and "0.0%" for none. */
function signed(format: string): string {
  return `+${format};-${format};${format}`;
}

/**
 * The change from `previous` to `current` (A1 addresses), blank unless both are numbers. A change
 * that `format` would show as zero is exactly 0, so it reads "0.0%" rather than "-0.0%" or "+0.0 h".
 */
function changeFormula(current: string, previous: string, format: string): string {
  const change = `${current}-${previous}`;
  const shown = `ROUND(${change};${decimalsShown(format)})`;
  return `=IF(AND(ISNUMBER(${current});ISNUMBER(${previous}));IF(${shown}=0;0;${change});"")`;
}

/** The tracker's rows: KPIS order, with the average the settings lead with before the other. */
export function trackerOrder(average: Settings["average"]): KpiInfo[] {
  const rows = [...KPIS];
  if (average === "mean") {
    for (const [median, mean] of [
      ["frtMedian", "frtMean"],
      ["resolutionMedian", "resolutionMean"],
    ] as const) {
      const i = rows.findIndex((k) => k.id === median);
      const j = rows.findIndex((k) => k.id === mean);
      [rows[i], rows[j]] = [rows[j], rows[i]];
    }
  }
  return rows;
}

/** The context every section shares. */
function reportContext(input: ReportInput): ReportContext {
  return {
    month: input.month,
    start: monthStart(input.month, input.timeZone),
    end: monthEnd(input.month, input.timeZone),
    months: monthsEndingWith(input.month, 12),
    timeZone: input.timeZone,
    locale: input.locale,
    settings: input.settings,
    tickets: input.log.tickets,
    now: input.now,
  };
}

function generatedAt(now: number, timeZone: string): string {
  const p = zonedParts(now, timeZone);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${p.year}-${two(p.month)}-${two(p.day)} ${two(p.hour)}:${two(p.minute)}`;
}

/** Title and the label/value rows under it; returns the next free row. */
function writeHeader(grid: Grid, input: ReportInput): number {
  const say = sayIn(input.locale);
  grid.band(1, TRACKER_WIDTH, say("report.title", { month: input.month }), TITLE_STYLE);
  const others = [input.survey?.sheet, input.customers?.sheet].filter((s): s is string => !!s);
  const rows: [MessageKey, PlanCell, CellStyle][] = [
    ["report.header.month", input.month, {}],
    ["report.header.ticketLog", input.settings.ticketSheet, {}],
    [
      "report.header.otherTabs",
      others.length > 0 ? formatList(others, input.locale) : say("report.header.none"),
      {},
    ],
    [
      "report.header.generated",
      say("report.header.generatedAt", {
        time: generatedAt(input.now, input.timeZone),
        zone: input.timeZone,
      }),
      {},
    ],
    [
      "report.header.definitions",
      {
        formula: `=HYPERLINK(${quoted(`#gid=${input.definitions.id}`)};${quoted(say("report.header.definitionsLink"))})`,
      },
      LINK,
    ],
  ];
  rows.forEach(([label, cell, style], i) => {
    grid.set(2 + i, 1, say(label), LABEL_STYLE);
    grid.set(2 + i, 2, cell, style);
  });
  return 2 + rows.length + 1;
}

/** The KPI tracker from `row` on; returns the next free row. */
function writeTracker(grid: Grid, row: number, context: ReportContext, result: KpiResult): number {
  const { months, settings } = context;
  const say = sayIn(context.locale);
  const noData = say("report.noData");
  const met = say("report.status.met");
  const missed = say("report.status.missed");

  grid.band(row, TRACKER_WIDTH, say("report.tracker"), SECTION_STYLE);
  grid.set(row, TREND_COLUMN, say("report.trendData"), TREND);
  const header = row + 1;
  const headers: [number, string][] = [
    [COL.kpi, say("report.col.kpi")],
    [COL.thisMonth, say("report.col.thisMonth", { month: months[11] })],
    [COL.previous, say("report.col.previousMonth", { month: months[10] })],
    [COL.change, say("report.col.change")],
    [COL.target, say("report.col.target")],
    [COL.status, say("report.col.status")],
    [COL.trend, say("report.col.trend")],
    [COL.n, say("report.col.n")],
    [COL.low, say("report.col.low")],
    [COL.high, say("report.col.high")],
    [COL.note, say("report.col.note")],
  ];
  for (const [c, text] of headers) grid.set(header, c, text, HEADER_STYLE);
  months.forEach((m, i) => {
    grid.set(header, TREND_COLUMN + i, m, { ...TREND, bold: true });
  });
  grid.set(header, OPTIONS_COLUMN, say("report.sparklineOptions"), { ...TREND, bold: true });
  const first = header + 1;
  SPARKLINE_OPTIONS.forEach(([name, value], i) => {
    grid.set(first + i, OPTIONS_COLUMN, name, TREND);
    grid.set(first + i, OPTIONS_COLUMN + 1, value, TREND);
  });
  const options = `${a1(first, OPTIONS_COLUMN, true)}:${a1(first + SPARKLINE_OPTIONS.length - 1, OPTIONS_COLUMN + 1, true)}`;

  const order = trackerOrder(settings.average);
  order.forEach((kpi, i) => {
    const r = first + i;
    const series = result.kpis[kpi.id];
    const format = UNIT_FORMAT[kpi.unit];
    const current = series.months[11];
    const previous = series.months[10];
    const name = say(kpi.name);
    const label =
      result.businessHours && DURATION_KPIS.has(kpi.id) ? say("report.kpi.businessHours", { name }) : name;
    // The average the settings lead with stands out from the other.
    const lead =
      DURATION_KPIS.has(kpi.id) && kpi.id.endsWith(settings.average === "mean" ? "Mean" : "Median");
    grid.set(r, COL.kpi, label, { bold: lead || undefined });
    const valueCell = (v: number | null): [PlanCell, CellStyle] =>
      v === null ? [noData, NO_DATA] : [v, { numberFormat: format }];
    grid.set(r, COL.thisMonth, ...valueCell(current.value));
    grid.set(r, COL.previous, ...valueCell(previous.value));
    const b = a1(r, COL.thisMonth);
    const c = a1(r, COL.previous);
    const e = a1(r, COL.target);
    grid.set(r, COL.change, { formula: changeFormula(b, c, format) }, { numberFormat: signed(format) });
    const target = settings.targets[kpi.id];
    grid.set(r, COL.target, typeof target === "number" ? target : null, { numberFormat: format });
    const better = kpi.better === "higher" ? ">=" : "<=";
    grid.set(r, COL.status, {
      formula: `=IF(AND(ISNUMBER(${b});ISNUMBER(${e}));IF(${b}${better}${e};${quoted(met)};${quoted(missed)});"")`,
    });
    grid.set(r, COL.trend, {
      formula: `=SPARKLINE(${a1(r, TREND_COLUMN)}:${a1(r, TREND_COLUMN + 11)};${options})`,
    });
    grid.set(r, COL.n, current.n, { numberFormat: UNIT_FORMAT.count });
    grid.set(r, COL.low, current.low, { numberFormat: format });
    grid.set(r, COL.high, current.high, { numberFormat: format });
    grid.set(r, COL.note, current.reason ?? series.note, NOTE_STYLE);
    series.months.forEach((m, k) => {
      grid.set(r, TREND_COLUMN + k, m.value, { ...TREND, numberFormat: format });
    });
  });
  const last = first + order.length - 1;
  const status = { row: first, column: COL.status, numRows: order.length, numColumns: 1 };
  // Column-anchored, so each cell of the range tests its own row's status.
  const cell = `$${a1(first, COL.status)}`;
  grid.conditionalRules.push(
    { area: status, formula: `=${cell}=${quoted(met)}`, ...MET },
    { area: status, formula: `=${cell}=${quoted(missed)}`, ...MISSED },
  );
  grid.wraps.push({ row: header, column: 1, numRows: last - header + 1, numColumns: TRACKER_WIDTH });
  return last + 1;
}

/** The report tab's plan (see the module comment). */
export function planReport(input: ReportInput): ReportOutput {
  const context = reportContext(input);
  const survey = input.survey
    ? readSurveyTab(input.survey.sheet, input.survey.values, input.locale, input.timeZone)
    : null;
  const customers = input.customers
    ? readCustomersTab(input.customers.sheet, input.customers.values, input.timeZone, input.locale)
    : null;
  // Every section counts months from the same tally, made once.
  const tally = tallyMonths(context);
  const result = computeKpis(context, { survey, customers }, tally);

  const sheetName = sayIn(input.locale)("report.sheetName", { month: input.month });
  const grid = new Grid();
  for (const [column, width] of Object.entries(WIDTHS)) grid.setColumnWidth(Number(column), width);
  for (let i = 0; i < 12; i++) grid.setColumnWidth(TREND_COLUMN + i, TREND_WIDTH);
  grid.frozenRows = 1;
  const row = writeHeader(grid, input);
  writeTracker(grid, row, context, result);
  const sectionNotes = [
    ...addVolumeSections(grid, context, tally),
    ...addAgentsSection(grid, context, result.ticketCsatScale),
    ...addStaffingSection(grid, context, DEFAULT_STAFFING),
  ];

  const notes = [
    ...(survey ? [...(survey.error ? [survey.error] : []), ...survey.problems] : []),
    ...(customers ? [...(customers.error ? [customers.error] : []), ...customers.problems] : []),
    ...result.notes,
    ...sectionNotes,
  ];
  return {
    plan: { sheets: [grid.toPlan(sheetName, "report", TAB_COLOR)], activate: sheetName },
    sheetName,
    ticketsInMonth: result.kpis.created.months[11].value ?? 0,
    notes: [...new Set(notes)],
  };
}
