/**
 * The details block, low on the report tab: one row per KPI with this month, the previous month,
 * the change (relative, in points or in percentage points; units.ts), target and status as native
 * formulas (so a target edited on the tab updates the status), a 12-month SPARKLINE over values
 * written in a grey "trend data" block to the right, in hidden columns, n and the 95% interval of survey KPIs, and
 * a note saying how the KPI is computed or why it has no data. Missing data is a "no data" text
 * (never 0); every formula guards with ISNUMBER, so blanks and "no data" give "" instead of errors.
 * Formulas parse in every locale: `;` separators, whole-number literals only, no `{}`.
 */
import { a1, type Grid, quoted } from "./grid";
import type { KpiResult } from "./kpis";
import { KPIS, type KpiInfo, kpiName, TICKET_TIME_KPIS } from "./kpis-catalog";
import type { CellStyle, PlanCell } from "./plan";
import { type ReportContext, sayIn } from "./report-context";
import type { KpiId, Settings } from "./settings";
import { HEADER_STYLE, NOTE_STYLE, SECTION_STYLE, TAB_COLOR } from "./styles";
import { cellValue } from "./summary";
import { CHANGE_FORMAT, changeFormula, changeKind, valueFormat } from "./units";

// Columns (1-based).
export const COL = {
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
export const DETAILS_WIDTH = 11;
/** The 12 trend values start after a narrow gap; sparkline options after another. */
export const TREND_COLUMN = 13;
const OPTIONS_COLUMN = TREND_COLUMN + 12 + 1;
export const DETAILS_WIDTHS: Record<number, number> = {
  1: 210,
  2: 130,
  3: 130,
  4: 130,
  5: 130,
  6: 130,
  7: 120,
  8: 60,
  9: 80,
  10: 80,
  11: 320,
  12: 24,
  25: 24,
  26: 80,
  27: 80,
};
export const TREND_WIDTH = 64;

const NO_DATA: CellStyle = { fontColor: "#80868b" };
const TREND: CellStyle = { background: "#f8f9fa", fontColor: "#80868b" };
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

export const DURATION_KPIS: ReadonlySet<KpiId> = new Set(TICKET_TIME_KPIS);

/** The details' rows: KPIS order, with the average the settings lead with before the other. */
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

/** A KPI's name as every table shows it ("First response time, median (business hours)"). */
export function kpiLabel(kpi: KpiInfo, context: ReportContext, result: KpiResult): string {
  const say = sayIn(context.locale);
  const name = say(kpiName(kpi, context.layout));
  return result.businessHours && DURATION_KPIS.has(kpi.id) ? say("report.kpi.businessHours", { name }) : name;
}

/** The details block from `row` on; returns the next free row. */
export function writeDetails(
  grid: Grid,
  row: number,
  context: ReportContext,
  result: KpiResult,
  sheetLocale: string,
): number {
  const { months, settings } = context;
  const say = sayIn(context.locale);
  const noData = say("report.noData");
  const met = say("report.status.met");
  const missed = say("report.status.missed");

  grid.band(row, DETAILS_WIDTH, say("report.details"), SECTION_STYLE);
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

  const shown = new Set(result.shown.map((k) => k.id));
  const order = trackerOrder(settings.average).filter((k) => shown.has(k.id));
  order.forEach((kpi, i) => {
    const r = first + i;
    const series = result.kpis[kpi.id];
    const format = valueFormat(kpi.unit, sheetLocale);
    const current = series.months[11];
    const previous = series.months[10];
    // The average the settings lead with stands out from the other.
    const lead =
      DURATION_KPIS.has(kpi.id) && kpi.id.endsWith(settings.average === "mean" ? "Mean" : "Median");
    grid.set(r, COL.kpi, kpiLabel(kpi, context, result), { bold: lead || undefined });
    const valueCell = (v: number | null): [PlanCell, CellStyle] =>
      v === null ? [noData, NO_DATA] : [cellValue(kpi, v), { numberFormat: format }];
    grid.set(r, COL.thisMonth, ...valueCell(current.value));
    grid.set(r, COL.previous, ...valueCell(previous.value));
    const b = a1(r, COL.thisMonth);
    const c = a1(r, COL.previous);
    const e = a1(r, COL.target);
    const kind = changeKind(kpi.unit);
    grid.set(r, COL.change, { formula: changeFormula(kind, b, c) }, { numberFormat: CHANGE_FORMAT[kind] });
    const target = settings.targets[kpi.id];
    grid.set(r, COL.target, typeof target === "number" ? cellValue(kpi, target) : null, {
      numberFormat: format,
    });
    const better = kpi.better === "higher" ? ">=" : "<=";
    grid.set(r, COL.status, {
      formula: `=IF(AND(ISNUMBER(${b});ISNUMBER(${e}));IF(${b}${better}${e};${quoted(met)};${quoted(missed)});"")`,
    });
    grid.set(r, COL.trend, {
      formula: `=SPARKLINE(${a1(r, TREND_COLUMN)}:${a1(r, TREND_COLUMN + 11)};${options})`,
    });
    grid.set(r, COL.n, current.n, { numberFormat: valueFormat("count", sheetLocale) });
    grid.set(r, COL.low, cellValue(kpi, current.low), { numberFormat: format });
    grid.set(r, COL.high, cellValue(kpi, current.high), { numberFormat: format });
    grid.set(r, COL.note, current.reason ?? series.note, NOTE_STYLE);
    series.months.forEach((m, k) => {
      grid.set(r, TREND_COLUMN + k, cellValue(kpi, m.value), { ...TREND, numberFormat: format });
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
  grid.wraps.push({ row: header, column: 1, numRows: last - header + 1, numColumns: DETAILS_WIDTH });
  // The sparklines' data and options are helper cells: hidden, from the gap after the table on.
  grid.hiddenColumns.push({ column: DETAILS_WIDTH + 1, numColumns: OPTIONS_COLUMN + 1 - DETAILS_WIDTH });
  return last + 1;
}
