/**
 * The running "KPI tracker" tab, the one leadership bookmarks: one row per KPI, one column per
 * month (oldest left), with line charts of the main KPIs over the months.
 *
 * Each build fills or replaces the columns of the months it computed (the report's 12, from the
 * log's first month on) and keeps every other month as the tab had it, so building a month twice
 * never adds a second column. Earlier values are read back from the tab (`existing`, its getValues
 * with the header row naming months "YYYY-MM"); rows are matched by the KPI's label, so a row the
 * user moved or a KPI added later does not shift another's history. A duration cell reads back as
 * a Date (Sheets gives date-time values for duration formats): it is turned back into its serial on
 * the spreadsheet's clock, exactly as Sheets made it.
 *
 * Values and formats are the report's (units.ts), so a KPI reads the same on both tabs.
 */
import { DAY_MS } from "../metrics/calendar";
import { zoneClock } from "../metrics/zoned-time";
import { kpiLabel } from "./details-section";
import { Grid } from "./grid";
import type { KpiResult } from "./kpis";
import { KPIS, type KpiInfo } from "./kpis-catalog";
import type { ChartPlan, SheetPlan } from "./plan";
import { type ReportContext, sayIn } from "./report-context";
import type { KpiId } from "./settings";
import { HEADER_STYLE, NOTE_STYLE, TAB_COLOR, TITLE_STYLE } from "./styles";
import { cellValue } from "./summary";
import { valueFormat } from "./units";

/** Rows of the tab (1-based). */
const HEADER_ROW = 3;
const FIRST_KPI_ROW = 4;
const MONTH_KEY = /^\d{4}-(0[1-9]|1[0-2])$/;
/** Days from 1899-12-30 (serial 0) to 1970-01-01. */
const EPOCH_SERIAL = 25_569;

/**
 * The charts: which KPIs each draws, one unit and one scale per chart so one axis reads them all
 * (the backlog and first response would lie flat beside created tickets and resolution time). A
 * chart of one KPI is titled by the KPI's own name.
 */
const CHARTS: { title?: "tracker.chart.volume" | "tracker.chart.rates"; ids: KpiId[] }[] = [
  { title: "tracker.chart.volume", ids: ["created", "resolved"] },
  { ids: ["backlog"] },
  { ids: ["frtMedian"] },
  { ids: ["resolutionMedian"] },
  { ids: ["asa"] },
  { ids: ["aht"] },
  { title: "tracker.chart.rates", ids: ["sla", "fcr", "csat", "answerRate", "contactResolution"] },
];
/** Durations in the charts' data: hours, a scale every chart axis reads (cells hold days). */
const HOURS_FORMAT = "0.0";
const CHART_WIDTH = 440;
const CHART_HEIGHT = 300;
const CHART_ROWS = Math.ceil(CHART_HEIGHT / 21) + 1;

export interface TrackerInput {
  context: ReportContext;
  result: KpiResult;
  sheetLocale: string;
  /** The tracker tab's values when the add-on made one before (header row at HEADER_ROW), else null. */
  existing: unknown[][] | null;
  /** The first of the report's 12 months the log covers (0–11; 12 when none). */
  firstSlot: number;
}

/** A cell read back from the tab as the number it holds (a Date as its serial), or null. */
function numberOf(value: unknown, timeZone: string): number | null {
  if (typeof value === "number") return value;
  if (value instanceof Date) {
    const local = zoneClock(timeZone).toLocal(value.getTime());
    return Math.round((local / DAY_MS + EPOCH_SERIAL) * 1e9) / 1e9;
  }
  return null;
}

/** Month → KPI → the value the tab holds (as stored: durations in days). */
function readExisting(
  input: TrackerInput,
  labels: Map<string, KpiId>,
): Map<string, Partial<Record<KpiId, number>>> {
  const months = new Map<string, Partial<Record<KpiId, number>>>();
  const values = input.existing;
  const header = values?.[HEADER_ROW - 1];
  if (!values || !header) return months;
  header.forEach((cell, c) => {
    if (c === 0 || typeof cell !== "string" || !MONTH_KEY.test(cell)) return;
    const column: Partial<Record<KpiId, number>> = {};
    for (let r = HEADER_ROW; r < values.length; r++) {
      const id = labels.get(String(values[r]?.[0] ?? ""));
      const value = numberOf(values[r]?.[c], input.context.timeZone);
      if (id && value !== null) column[id] = value;
    }
    months.set(cell, column);
  });
  return months;
}

/** The tracker tab's plan (see the module comment). */
export function planTracker(input: TrackerInput): SheetPlan {
  const { context, result, sheetLocale } = input;
  const say = sayIn(context.locale);
  // The rows of the KPIs this log can have; a KPI's history is matched by its label, whichever rows.
  const rows: KpiInfo[] = [...result.shown];
  const labels = new Map<string, KpiId>();
  for (const kpi of KPIS) {
    labels.set(say(kpi.name), kpi.id);
    labels.set(kpiLabel(kpi, context, result), kpi.id);
  }
  const months = readExisting(input, labels);
  // This build's months replace what the tab had for them.
  context.months.forEach((month, k) => {
    if (k < input.firstSlot) return;
    const column: Partial<Record<KpiId, number>> = {};
    for (const kpi of rows) {
      const value = cellValue(kpi, result.kpis[kpi.id].months[k].value);
      if (value !== null) column[kpi.id] = value;
    }
    months.set(month, column);
  });
  const keys = [...months.keys()].sort();

  const grid = new Grid();
  const width = Math.max(2, 1 + keys.length);
  grid.band(1, width, say("tracker.title"), TITLE_STYLE);
  grid.set(2, 1, say("tracker.note"), NOTE_STYLE);
  grid.set(HEADER_ROW, 1, say("tracker.col.kpi"), HEADER_STYLE);
  keys.forEach((key, i) => {
    grid.set(HEADER_ROW, 2 + i, key, HEADER_STYLE);
  });
  rows.forEach((kpi, r) => {
    const row = FIRST_KPI_ROW + r;
    grid.set(row, 1, kpiLabel(kpi, context, result));
    const format = valueFormat(kpi.unit, sheetLocale);
    keys.forEach((key, i) => {
      grid.set(row, 2 + i, months.get(key)?.[kpi.id] ?? null, { numberFormat: format });
    });
  });
  const lastKpiRow = FIRST_KPI_ROW + rows.length - 1;

  // Charts below the table, two side by side (they fit beside the sidebar at 1280 px), then the
  // columns they draw: months down, one KPI per column, as Sheets' charts read series.
  const chartTop = lastKpiRow + 2;
  const charts = CHARTS.map((chart) => ({
    ...chart,
    kpis: chart.ids.flatMap((id) => rows.filter((k) => k.id === id)),
  })).filter((chart) => chart.kpis.length > 0);
  const dataTop = chartTop + CHART_ROWS * Math.ceil(charts.length / 2) + 1;
  let dataColumn = 1;
  charts.forEach((chart, i) => {
    const kpis = chart.kpis;
    grid.set(dataTop, dataColumn, say("tracker.axis.month"), HEADER_STYLE);
    kpis.forEach((kpi, s) => {
      grid.set(dataTop, dataColumn + 1 + s, kpiLabel(kpi, context, result), HEADER_STYLE);
    });
    const hours = kpis.every((kpi) => kpi.unit === "hours");
    keys.forEach((key, m) => {
      grid.set(dataTop + 1 + m, dataColumn, key);
      kpis.forEach((kpi, s) => {
        const value = months.get(key)?.[kpi.id] ?? null;
        grid.set(dataTop + 1 + m, dataColumn + 1 + s, hours && value !== null ? value * 24 : value, {
          numberFormat: hours ? HOURS_FORMAT : valueFormat(kpi.unit, sheetLocale),
        });
      });
    });
    const plan: ChartPlan = {
      data: { row: dataTop, column: dataColumn, numRows: keys.length + 1, numColumns: 1 + kpis.length },
      title: chart.title ? say(chart.title) : kpiLabel(kpis[0], context, result),
      xAxisTitle: say("tracker.axis.month"),
      yAxisTitle: hours ? say("tracker.axis.hours") : "",
      // Long KPI names fit under the plot, not beside it; a lone series is named by the title.
      legend: kpis.length > 1 ? "bottom" : "none",
      anchor: { row: chartTop + CHART_ROWS * Math.floor(i / 2), column: i % 2 === 0 ? 1 : 4 },
      width: CHART_WIDTH,
      height: CHART_HEIGHT,
    };
    grid.charts.push(plan);
    dataColumn += kpis.length + 2;
  });

  grid.setColumnWidth(1, 230);
  for (let c = 2; c <= Math.max(width, dataColumn); c++) grid.setColumnWidth(c, 105);
  grid.frozenRows = HEADER_ROW;
  grid.wraps.push({ row: FIRST_KPI_ROW, column: 1, numRows: rows.length, numColumns: 1 });
  return grid.toPlan(say("tracker.sheetName"), "tracker", TAB_COLOR);
}
