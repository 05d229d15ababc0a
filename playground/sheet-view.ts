/**
 * One offline tab as the page draws it: display values (rendered by the offline spreadsheet with
 * numfmt), formulas and their errors, the recorded formats, merges, column widths, charts and
 * what SPARKLINE cells plot. Only the first rows of a big tab are sent: the page is for looking, and
 * a 5,000-row grid in the DOM is slow for no gain.
 */
import { a1Notation, parseA1 } from "../src/offline/a1";
import { isDate } from "../src/offline/cell";
import type { CellFormat, OfflineSheet } from "../src/offline/sheet";
import type { OfflineSpreadsheet } from "../src/offline/spreadsheet";
import { chartView } from "./chart-data";
import { sparklineView } from "./sparkline";
import type { CellView, SheetView, StyleView } from "./types";

/** Rows drawn at most. */
export const MAX_ROWS = 300;
/** Columns drawn at most. */
export const MAX_COLUMNS = 52;
/** Sheets' default column width and row height, in pixels. */
export const COLUMN_WIDTH = 100;
export const ROW_HEIGHT = 21;
/** Empty rows and columns drawn past the data, so there is room to type. */
const SPARE_ROWS = 20;
const SPARE_COLUMNS = 3;
const MIN_ROWS = 40;
const MIN_COLUMNS = 12;

function styleOf(f: CellFormat): StyleView {
  const style: StyleView = {};
  if (f.fontWeight === "bold") style.bold = true;
  if (f.fontSize !== 10) style.size = f.fontSize;
  if (f.fontColor.toLowerCase() !== "#000000") style.color = f.fontColor;
  if (f.background.toLowerCase() !== "#ffffff") style.background = f.background;
  if (f.horizontalAlignment) style.align = f.horizontalAlignment;
  if (f.verticalAlignment !== "bottom") style.valign = f.verticalAlignment;
  if (f.wrap) style.wrap = true;
  return style;
}

/** Whether a cell lies in any of the blocks (A1 notations of one sheet). */
function inBlocks(blocks: { row: number; column: number; numRows: number; numColumns: number }[]) {
  return (row: number, column: number) =>
    blocks.some(
      (b) =>
        row >= b.row && row < b.row + b.numRows && column >= b.column && column < b.column + b.numColumns,
    );
}

/** How far down and right the charts reach, in cells, so the grid is drawn under them. */
function chartExtent(views: SheetView["charts"]): { rows: number; columns: number } {
  let rows = 0;
  let columns = 0;
  for (const c of views) {
    if (!c.anchor) continue;
    rows = Math.max(rows, c.anchor.row + Math.ceil((c.anchor.offsetY + c.height) / ROW_HEIGHT));
    columns = Math.max(columns, c.anchor.column + Math.ceil((c.anchor.offsetX + c.width) / COLUMN_WIDTH));
  }
  return { rows, columns };
}

/** The page's view of a tab (see the module comment). */
export function sheetView(book: OfflineSpreadsheet, sheet: OfflineSheet): SheetView {
  const layout = sheet.layout();
  // Array results spilled past the stored cells count, as Sheets counts them.
  const spill = sheet.spillExtent();
  const lastRow = Math.max(sheet.values.lastRow() + 1, spill.rows);
  const lastColumn = Math.max(sheet.values.lastColumn() + 1, spill.columns);
  const charts = sheet.chartSpecs().map((spec) => chartView(book, spec));
  const reach = chartExtent(charts);
  const rows = Math.min(layout.maxRows, MAX_ROWS, Math.max(lastRow + SPARE_ROWS, MIN_ROWS, reach.rows));
  const columns = Math.min(
    layout.maxColumns,
    MAX_COLUMNS,
    Math.max(lastColumn + SPARE_COLUMNS, MIN_COLUMNS, reach.columns),
  );
  const block = a1Notation(1, 1, rows, columns);
  const display = sheet.peekDisplayValues(block);
  const values = sheet.peekValues(block);
  const formulas = sheet.peekFormulas(block);
  const errors = new Map(sheet.formulaErrors().map((e) => [e.a1, e.message]));

  const rules = sheet
    .conditionalFormats()
    .filter((r) => r.ranges.some((range) => range.sheet === sheet.name));
  const ruled = inBlocks(rules.flatMap((r) => r.ranges.map((range) => parseA1(range.a1))));

  const styles: StyleView[] = [];
  const styleIndex = new Map<string, number>();
  const cells: CellView[][] = [];
  for (let r = 0; r < rows; r++) {
    const line: CellView[] = [];
    for (let c = 0; c < columns; c++) {
      const cell: CellView = { t: display[r][c] };
      const value = values[r][c];
      if (formulas[r][c]) cell.f = formulas[r][c];
      const error = errors.get(a1Notation(r + 1, c + 1));
      if (error !== undefined) {
        cell.k = "e";
        cell.m = error;
      } else if (/^=\s*SPARKLINE\s*\(/i.test(formulas[r][c])) {
        const sparkline = sparklineView(book, sheet, formulas[r][c]);
        if (sparkline) cell.sp = sparkline;
      } else if (typeof value === "number" || isDate(value)) cell.k = "n";
      else if (typeof value === "boolean") cell.k = "b";
      const format = sheet.cellFormat(r + 1, c + 1);
      const style = styleOf(format);
      if (rules.length > 0 && ruled(r + 1, c + 1)) {
        const conditional = sheet.conditionalStyle(r + 1, c + 1);
        if (conditional?.background) style.background = conditional.background;
        if (conditional?.fontColor) style.color = conditional.fontColor;
      }
      if (format.note) cell.n = format.note;
      const key = JSON.stringify(style);
      if (key !== "{}") {
        let index = styleIndex.get(key);
        if (index === undefined) {
          index = styles.push(style) - 1;
          styleIndex.set(key, index);
        }
        cell.s = index;
      }
      line.push(cell);
    }
    cells.push(line);
  }
  for (const merge of layout.merges) {
    const m = parseA1(merge);
    if (m.row > rows || m.column > columns) continue;
    const numRows = Math.min(m.numRows, rows - m.row + 1);
    const numColumns = Math.min(m.numColumns, columns - m.column + 1);
    for (let r = m.row; r < m.row + numRows; r++)
      for (let c = m.column; c < m.column + numColumns; c++) cells[r - 1][c - 1].x = 1;
    const top = cells[m.row - 1][m.column - 1];
    delete top.x;
    top.rs = numRows;
    top.cs = numColumns;
  }

  return {
    name: sheet.name,
    id: sheet.sheetId,
    rows,
    columns,
    lastRow,
    lastColumn,
    truncated: lastRow > rows,
    frozenRows: layout.frozenRows,
    frozenColumns: layout.frozenColumns,
    // A hidden column takes no width (charts anchored beyond it move left, as in Sheets).
    columnWidths: Array.from({ length: columns }, (_, c) =>
      layout.hiddenColumns.includes(c + 1) ? 0 : (layout.columnWidths[c + 1] ?? COLUMN_WIDTH),
    ),
    hiddenColumns: layout.hiddenColumns.filter((c) => c <= columns),
    gridlinesHidden: layout.gridlinesHidden,
    cells,
    styles,
    charts,
  };
}
