/**
 * When tickets arrive and how each priority and channel fares, for the report's month:
 *
 * - a weekday × hour grid of tickets created (Monday…Sunday down, hours 00–23 across), on the
 *   spreadsheet's clock, coloured by a native colour scale (white at 0, blue at the busiest hour);
 * - first response, resolution time and SLA compliance by priority and by channel (breakdowns.ts),
 *   each figure in the report's units.
 */
import { monthName } from "../i18n/month-name";
import type { BreakdownField, GroupBreakdown } from "./breakdowns";
import { durationText } from "./findings";
import { a1, type Grid } from "./grid";
import type { CellStyle } from "./plan";
import { type ReportContext, sayIn, weekdayNames } from "./report-context";
import { HEADER_STYLE, NOTE_STYLE, SECTION_STYLE, TABLE_TITLE_STYLE } from "./styles";
import { SUMMARY_WIDTH } from "./summary";
import { DURATION_FORMAT, hoursToCell, valueFormat } from "./units";

/** A native colour scale: white at no ticket, this blue at the busiest hour. */
const SCALE = { min: "#ffffff", max: "#6d9eeb" };
/**
 * Where the grid sits: seven weekday rows × 24 hour columns need narrow columns, and the report's
 * columns 1–11 are wide (its tables) and 12–27 hidden (the details' sparkline data), so the grid
 * takes its own columns after them; the section names them.
 */
export const ARRIVALS_COLUMN = 28;
const WEEKDAY_WIDTH = 56;
const HOUR_WIDTH = 30;

/** The grid's columns as A1 letters ("AB:AZ"), for the line that points to it. */
function arrivalsColumns(): string {
  const letters = (column: number) => a1(1, column).replace(/\d+$/, "");
  return `${letters(ARRIVALS_COLUMN)}:${letters(ARRIVALS_COLUMN + 24)}`;
}

/**
 * The weekday × hour grid (Monday…Sunday down, hours 00–23 across) in its own columns from `row`;
 * returns the next free row.
 */
function writeArrivals(grid: Grid, row: number, context: ReportContext, arrivals: number[][]): number {
  const say = sayIn(context.locale);
  const column = ARRIVALS_COLUMN;
  grid.setColumnWidth(column, WEEKDAY_WIDTH);
  for (let h = 0; h < 24; h++) grid.setColumnWidth(column + 1 + h, HOUR_WIDTH);
  grid.set(
    row,
    column,
    say("report.when.title", { month: monthName(context.month, context.locale), zone: context.timeZone }),
    TABLE_TITLE_STYLE,
  );
  const header = row + 1;
  grid.set(header, column, "", HEADER_STYLE);
  for (let h = 0; h < 24; h++) grid.set(header, column + 1 + h, String(h).padStart(2, "0"), HEADER_STYLE);
  weekdayNames(context.locale).forEach((name, d) => {
    const r = header + 1 + d;
    grid.set(r, column, name, HEADER_STYLE);
    for (let h = 0; h < 24; h++) grid.set(r, column + 1 + h, arrivals[d][h], { numberFormat: "0" });
  });
  grid.conditionalRules.push({
    area: { row: header + 1, column: column + 1, numRows: 7, numColumns: 24 },
    scale: SCALE,
  });
  return header + 8;
}

const BREAKDOWN_HEADERS = [
  "report.breakdown.header.created",
  "report.breakdown.header.frt",
  "report.breakdown.header.resolved",
  "report.breakdown.header.resolution",
  "report.breakdown.header.sla",
] as const;

/** One breakdown table from `row`; returns the next free row. */
function writeBreakdown(
  grid: Grid,
  row: number,
  context: ReportContext,
  label: string,
  field: BreakdownField,
  groups: GroupBreakdown[],
): number {
  const say = sayIn(context.locale);
  grid.set(
    row,
    1,
    say("report.breakdown.title", { dimension: label, month: monthName(context.month, context.locale) }),
    TABLE_TITLE_STYLE,
  );
  const header = row + 1;
  grid.set(header, 1, say(`sidebar.field.${field}`), HEADER_STYLE);
  BREAKDOWN_HEADERS.forEach((key, i) => {
    grid.set(header, 2 + i, say(key), HEADER_STYLE);
  });
  const count: CellStyle = { numberFormat: valueFormat("count", "") };
  const duration: CellStyle = { numberFormat: DURATION_FORMAT };
  groups.forEach((g, i) => {
    const r = header + 1 + i;
    grid.set(r, 1, g.key === "" ? say("report.breakdown.blank") : g.key);
    grid.set(r, 2, g.created, count);
    grid.set(r, 3, hoursToCell(g.frtMedian), duration);
    grid.set(r, 4, g.resolutionN, count);
    grid.set(r, 5, hoursToCell(g.resolutionMedian), duration);
    grid.set(r, 6, g.resolutionN === 0 ? null : g.slaMet / g.resolutionN, {
      numberFormat: valueFormat("fraction", ""),
    });
  });
  grid.wraps.push({ row: header, column: 1, numRows: 1, numColumns: 6 });
  return header + groups.length + 2;
}

/** At most this many groups get a row in a breakdown (largest first). */
const MAX_GROUPS = 20;

/** Appends the section below `grid.nextRow` (after one blank row). */
export function addWhenSection(
  grid: Grid,
  context: ReportContext,
  arrivals: number[][],
  breakdowns: { field: BreakdownField; label: string; groups: GroupBreakdown[] }[],
): void {
  const say = sayIn(context.locale);
  let row = grid.nextRow + 1;
  grid.band(
    row++,
    SUMMARY_WIDTH,
    say("report.when.section", { month: monthName(context.month, context.locale) }),
    SECTION_STYLE,
  );
  grid.set(
    row++,
    1,
    say("report.breakdown.note", { sla: durationText(context.settings.slaHours, context.locale) }),
    NOTE_STYLE,
  );
  grid.set(row++, 1, say("report.when.where", { columns: arrivalsColumns() }), NOTE_STYLE);
  // The grid beside this section's tables, on its first rows.
  writeArrivals(grid, row + 1, context, arrivals);
  row++;
  for (const { field, label, groups } of breakdowns) {
    row = writeBreakdown(grid, row, context, label, field, groups.slice(0, MAX_GROUPS));
  }
}
