/**
 * Writes a ReportPlan into the spreadsheet with batched calls: per tab one setValues and one call per
 * kind of format over the whole grid, so the number of service calls depends on the report's layout
 * (sections, charts), never on how many tickets went into it.
 */
import type { RangeLike, SheetLike, SpreadsheetAppLike, SpreadsheetLike } from "../platform/services";
import { type Area, isFormula, type PlanCell, type ReportPlan, type SheetPlan } from "./plan";

/** Developer-metadata key on every tab the add-on made; its value is the tab's kind and name. */
export const OWNER_KEY = "support-kpis";

function ownerValue(plan: SheetPlan): string {
  return `${plan.kind}:${plan.name}`;
}

/** What a tab's metadata says about it: null when the add-on did not make it. */
export function ownerOf(sheet: SheetLike): string | null {
  for (const meta of sheet.getDeveloperMetadata())
    if (meta.getKey() === OWNER_KEY) return meta.getValue() ?? "";
  return null;
}

/**
 * A plan cell as setValues takes it. Every string gets a leading apostrophe, which Sheets stores as
 * plain text and never shows: text from the data such as "=HYPERLINK(…)", "+1" or "2026-10" can then
 * never become a formula, a number or a date.
 */
export function toSheetValue(cell: PlanCell): string | number | boolean | Date {
  if (cell === null) return "";
  if (typeof cell === "string") return cell === "" ? "" : `'${cell}`;
  if (isFormula(cell)) return cell.formula;
  return cell;
}

/**
 * The tab for `plan`. An earlier tab of the same name that the add-on made (known by its developer
 * metadata, not by its name alone) is emptied in place, so its id and any link to it survive and no
 * stale chart, merge or rule is left. A user's tab of that name is never touched: the report takes
 * a free name beside it.
 */
function targetSheet(spreadsheet: SpreadsheetLike, plan: SheetPlan): SheetLike {
  const sheets = spreadsheet.getSheets();
  const existing = sheets.find((s) => s.getName() === plan.name);
  if (existing && ownerOf(existing) === ownerValue(plan)) {
    existing.clear();
    for (const chart of existing.getCharts()) existing.removeChart(chart);
    existing.setConditionalFormatRules([]);
    existing.getRange(1, 1, existing.getMaxRows(), existing.getMaxColumns()).breakApart();
    existing.setFrozenRows(0);
    return existing;
  }
  const sheet = spreadsheet.insertSheet(freeName(sheets, plan.name), sheets.length);
  sheet.addDeveloperMetadata(OWNER_KEY, ownerValue(plan));
  return sheet;
}

/** `name`, or "name (2)", "name (3)", … : the first that no tab of `sheets` has. */
export function freeName(sheets: readonly SheetLike[], name: string): string {
  const names = new Set(sheets.map((s) => s.getName()));
  let free = name;
  for (let n = 2; names.has(free); n++) free = `${name} (${n})`;
  return free;
}

/** Adds rows and columns so the tab has at least `rows` × `columns` cells. */
export function ensureSize(sheet: SheetLike, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

function rangeOf(sheet: SheetLike, area: Area): RangeLike {
  return sheet.getRange(area.row, area.column, area.numRows, area.numColumns);
}

function writeSheet(app: SpreadsheetAppLike, spreadsheet: SpreadsheetLike, plan: SheetPlan): SheetLike {
  const sheet = targetSheet(spreadsheet, plan);
  const height = plan.cells.length;
  const width = plan.cells[0].length;
  ensureSize(sheet, height, Math.max(width, plan.columnWidths.length));

  const all = sheet.getRange(1, 1, height, width);
  all.setValues(plan.cells.map((row) => row.map(toSheetValue)));
  all.setNumberFormats(plan.numberFormats.map((row) => row.map((f) => f || "General")));
  all.setFontWeights(plan.fontWeights);
  all.setBackgrounds(plan.backgrounds);
  all.setFontColors(plan.fontColors);
  all.setVerticalAlignment("middle");
  for (const merge of plan.merges) rangeOf(sheet, merge).merge();
  for (const area of plan.wrap ?? []) rangeOf(sheet, area).setWrap(true);
  for (const { area, size } of plan.fontSizes ?? []) rangeOf(sheet, area).setFontSize(size);

  // Consecutive columns of the same width take one call.
  for (let c = 0; c < plan.columnWidths.length; ) {
    let end = c + 1;
    while (end < plan.columnWidths.length && plan.columnWidths[end] === plan.columnWidths[c]) end++;
    sheet.setColumnWidths(c + 1, end - c, plan.columnWidths[c]);
    c = end;
  }
  if (plan.frozenRows > 0) sheet.setFrozenRows(plan.frozenRows);
  sheet.setHiddenGridlines(true);
  sheet.setTabColor(plan.tabColor);

  if (plan.conditionalRules.length > 0) {
    sheet.setConditionalFormatRules(
      plan.conditionalRules.map((rule) =>
        app
          .newConditionalFormatRule()
          .whenFormulaSatisfied(rule.formula)
          .setBackground(rule.background)
          .setFontColor(rule.fontColor)
          .setRanges([rangeOf(sheet, rule.area)])
          .build(),
      ),
    );
  }

  for (const chart of plan.charts) {
    sheet.insertChart(
      sheet
        .newChart()
        .asLineChart()
        .addRange(rangeOf(sheet, chart.data))
        .setNumHeaders(1)
        .setPosition(chart.anchor.row, chart.anchor.column, 0, 0)
        .setOption("title", chart.title)
        .setOption("hAxis", { title: chart.xAxisTitle })
        .setOption("vAxis", { title: chart.yAxisTitle, minValue: 0 })
        .setOption("legend", { position: "right" })
        .setOption("width", chart.width)
        .setOption("height", chart.height)
        .build(),
    );
  }
  return sheet;
}

/** Where a tab of a plan landed: its name (it may differ from the plan's when a user's tab had that name) and id. */
export interface AppliedSheet {
  name: string;
  id: number;
}

export interface AppliedReport {
  /** By plan name. */
  sheets: Record<string, AppliedSheet>;
}

/**
 * Writes one tab without flushing, for a build that writes another tab after it (the report, which
 * links to this one by id) and flushes once with `applyPlan`.
 */
export function applySheet(app: SpreadsheetAppLike, plan: SheetPlan): AppliedSheet {
  const sheet = writeSheet(app, app.getActiveSpreadsheet(), plan);
  return { name: sheet.getName(), id: sheet.getSheetId() };
}

/** Writes every tab of `plan`, flushes once, and shows the tab it names. */
export function applyPlan(app: SpreadsheetAppLike, plan: ReportPlan): AppliedReport {
  const spreadsheet = app.getActiveSpreadsheet();
  const sheets: AppliedReport["sheets"] = {};
  let active: SheetLike | null = null;
  for (const sheetPlan of plan.sheets) {
    const sheet = writeSheet(app, spreadsheet, sheetPlan);
    sheets[sheetPlan.name] = { name: sheet.getName(), id: sheet.getSheetId() };
    if (sheetPlan.name === plan.activate) active = sheet;
  }
  app.flush();
  if (active) spreadsheet.setActiveSheet(active);
  return { sheets };
}
