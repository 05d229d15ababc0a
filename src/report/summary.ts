/**
 * The top of the report tab, what leadership reads in a minute without scrolling: headline tiles
 * (value, change since the previous month as an arrow coloured by whether it is good for that KPI,
 * status against the target), the findings (findings.ts), and one line per missing source naming
 * the KPIs it leaves out and how to add it (never a wall of "no data").
 *
 * Tiles show the same number, in the same number format, as the details table and the tracker tab
 * (units.ts), so a KPI reads the same everywhere.
 */

import { monthName } from "../i18n/month-name";
import { formatValue } from "./findings";
import type { Grid } from "./grid";
import type { KpiResult } from "./kpis";
import { type KpiInfo, kpiInfo, kpiName } from "./kpis-catalog";
import type { CellStyle } from "./plan";
import { type ReportContext, sayIn } from "./report-context";
import type { KpiId } from "./settings";
import { NOTE_STYLE, SECTION_STYLE, TABLE_TITLE_STYLE } from "./styles";
import { changeKind, changeValue, hoursToCell, secondsToCell, valueFormat } from "./units";

/** Columns the summary spans (A–F): it fits beside the sidebar at 1280 px. */
export const SUMMARY_WIDTH = 6;
/** The most tiles, and the order they are chosen in (the first with data this month). */
const MAX_TILES = 6;
const TILE_ORDER: KpiId[] = [
  "created",
  "answerRate",
  "asa",
  "aht",
  "contactResolution",
  "backlog",
  "frtMedian",
  "resolutionMedian",
  "sla",
  "csat",
  "nps",
  "fcr",
  "resolved",
];

export const GOOD = "#137333";
export const BAD = "#c5221f";
const GREY = "#5f6368";
const TILE_BACKGROUND = "#f8f9fa";
/** Change arrows as a number format: the cell keeps the change as a number. */
const ARROW: Record<ReturnType<typeof changeKind>, string> = {
  relative: '"▲ +"0%;"▼ −"0%;"= "0%',
  points: '"▲ +"0.0;"▼ −"0.0;"= "0.0',
  pp: '"▲ +"0.0" pp";"▼ −"0.0" pp";"= "0.0" pp"',
};

/** The value a KPI's cells hold (durations in days, see units.ts), or null. */
export function cellValue(kpi: KpiInfo, value: number | null): number | null {
  return kpi.unit === "hours" ? hoursToCell(value) : kpi.unit === "seconds" ? secondsToCell(value) : value;
}

/** The tiles' KPIs: TILE_ORDER with the settings' average, those with a value this month. */
export function headlineKpis(result: KpiResult, average: "median" | "mean"): KpiInfo[] {
  const shown = new Set(result.shown.map((k) => k.id));
  return TILE_ORDER.filter((id) => shown.has(id))
    .map((id) =>
      average === "mean"
        ? ((id === "frtMedian" ? "frtMean" : id === "resolutionMedian" ? "resolutionMean" : id) as KpiId)
        : id,
    )
    .filter((id) => result.kpis[id].months[11].value !== null)
    .slice(0, MAX_TILES)
    .map(kpiInfo);
}

/** Writes the tiles from `row` (four rows); returns the next free row. */
function writeTiles(
  grid: Grid,
  row: number,
  context: ReportContext,
  result: KpiResult,
  tiles: KpiInfo[],
  sheetLocale: string,
): number {
  const say = sayIn(context.locale);
  tiles.forEach((kpi, i) => {
    const c = 1 + i;
    const months = result.kpis[kpi.id].months;
    const current = months[11].value;
    const previous = months[10].value;
    const kind = changeKind(kpi.unit);
    const change = changeValue(kind, cellValue(kpi, current), cellValue(kpi, previous));
    const better = change === null || change === 0 ? null : change > 0 === (kpi.better === "higher");
    const tile: CellStyle = { background: TILE_BACKGROUND };
    grid.set(row, c, say(kpiName(kpi, context.layout)), { ...tile, bold: true, fontColor: GREY });
    grid.set(row + 1, c, cellValue(kpi, current), {
      ...tile,
      bold: true,
      numberFormat: valueFormat(kpi.unit, sheetLocale),
    });
    grid.set(row + 2, c, change, {
      ...tile,
      numberFormat: ARROW[kind],
      fontColor: better === null ? GREY : better ? GOOD : BAD,
    });
    const target = context.settings.targets[kpi.id];
    if (typeof target === "number" && current !== null) {
      const met = kpi.better === "higher" ? current >= target : current <= target;
      grid.set(
        row + 3,
        c,
        say("report.tile.target", {
          target: formatValue(kpi.unit, target, context.locale),
          status: say(met ? "report.status.met" : "report.status.missed"),
        }),
        { ...tile, fontColor: met ? GOOD : BAD },
      );
    } else grid.set(row + 3, c, say("report.tile.noTarget"), { ...tile, fontColor: GREY });
  });
  grid.fontSizes.push({ area: { row: row + 1, column: 1, numRows: 1, numColumns: tiles.length }, size: 16 });
  grid.wraps.push({ row, column: 1, numRows: 1, numColumns: tiles.length });
  grid.wraps.push({ row: row + 3, column: 1, numRows: 1, numColumns: tiles.length });
  return row + 4;
}

/** One line per reason a KPI has no value this month, naming the KPIs it leaves out. */
export function missingLines(result: KpiResult, context: ReportContext): string[] {
  const say = sayIn(context.locale);
  const byReason = new Map<string, string[]>();
  for (const kpi of result.shown) {
    const month = result.kpis[kpi.id].months[11];
    if (month.value !== null) continue;
    const reason = month.reason ?? say("report.noData");
    byReason.set(reason, [...(byReason.get(reason) ?? []), say(kpiName(kpi, context.layout))]);
  }
  return [...byReason].map(([reason, names]) => say("report.missing.line", { kpis: names, reason }));
}

/** A line of text across the summary's width (merged, wrapped). */
function line(grid: Grid, row: number, text: string, style: CellStyle): void {
  grid.set(row, 1, text, style);
  for (let c = 2; c <= SUMMARY_WIDTH; c++) grid.set(row, c, null, style);
  const area = { row, column: 1, numRows: 1, numColumns: SUMMARY_WIDTH };
  grid.merges.push(area);
  grid.wraps.push(area);
}

export interface SummaryInput {
  context: ReportContext;
  result: KpiResult;
  tiles: KpiInfo[];
  findings: string[];
  sheetLocale: string;
  /** "October 2026", as the report's language names the month. */
  monthName: string;
}

/** Writes the summary from `row`; returns the next free row. */
export function writeSummary(grid: Grid, row: number, input: SummaryInput): number {
  const { context, result, tiles } = input;
  const say = sayIn(context.locale);
  grid.band(row, SUMMARY_WIDTH, say("report.summary", { month: input.monthName }), SECTION_STYLE);
  let r = writeTiles(grid, row + 1, context, result, tiles, input.sheetLocale);
  line(
    grid,
    r++,
    say("report.tile.compare", { previous: monthName(context.months[10], context.locale) }),
    NOTE_STYLE,
  );
  r++;
  grid.set(r++, 1, say("report.findings"), TABLE_TITLE_STYLE);
  const findings =
    input.findings.length > 0 ? input.findings : [say("report.findings.none", { month: input.monthName })];
  for (const text of findings) line(grid, r++, `• ${text}`, {});
  const missing = [...result.absent, ...missingLines(result, context)];
  if (missing.length > 0) {
    r++;
    grid.set(r++, 1, say("report.missing.title"), TABLE_TITLE_STYLE);
    for (const text of missing) line(grid, r++, text, NOTE_STYLE);
  }
  return r;
}
