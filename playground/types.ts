/**
 * What the playground server sends the page: plain JSON views of the offline spreadsheet. Types
 * only, shared by the server (which builds them) and the page script (which draws them).
 */

/** One cell as the grid draws it. Short keys: a tab of a few hundred rows has thousands of cells. */
export interface CellView {
  /** The display value (rendered with the cell's number format by numfmt). */
  t: string;
  /** The formula, when the cell holds one ("=NPS(B2:B)"). */
  f?: string;
  /** What the value is, for Sheets' automatic alignment: number or date, boolean, error. */
  k?: "n" | "b" | "e";
  /** Why a formula gives an error (shown on hover). */
  m?: string;
  /** Index into `SheetView.styles`. */
  s?: number;
  /** The cell's note. */
  n?: string;
  /** Top-left cell of a merge: its size. */
  rs?: number;
  cs?: number;
  /** Covered by a merge (not drawn). */
  x?: 1;
  /** A SPARKLINE formula's line, drawn in the cell. */
  sp?: SparklineView;
}

/** What a SPARKLINE cell plots (see sparkline.ts). */
export interface SparklineView {
  /** The plotted values, in order (blanks and text already left out or made 0). */
  points: number[];
  /** Each point as its cell displays it, for the tooltip. */
  labels: string[];
  color: string;
  /** Stroke width in pixels. */
  lineWidth: number;
  /** The vertical axis' ends when the options set them (`ymin`, `ymax`). */
  min: number | null;
  max: number | null;
  /** Drawn right to left. */
  rtl: boolean;
}

/** Formats that differ from Sheets' defaults (Arial 10, black on white, bottom-aligned). */
export interface StyleView {
  bold?: boolean;
  size?: number;
  color?: string;
  background?: string;
  align?: string;
  valign?: string;
  wrap?: boolean;
}

/** A recorded chart with its series read from its data range. */
export interface ChartView {
  id: number;
  type: string;
  /** Columns stacked per x value (the `isStacked` option of a column chart). */
  stacked: boolean;
  title: string;
  hAxisTitle: string;
  vAxisTitle: string;
  /** "right", "bottom", "top", "left" or "none". */
  legend: string;
  width: number;
  height: number;
  minValue: number | null;
  colors: string[] | null;
  labels: string[];
  series: { name: string; data: (number | null)[] }[];
  /** Top-left cell (1-based) and pixel offsets; null: no position set. */
  anchor: { row: number; column: number; offsetX: number; offsetY: number } | null;
  /** The data range, for the chart's caption ("Support report!A40:G52"). */
  source: string;
  /** Why the chart cannot be drawn as recorded, if so. */
  problem?: string;
}

/** One tab: the first rows of its grid, formats, layout and charts. */
export interface SheetView {
  name: string;
  id: number;
  /** Rows and columns drawn. */
  rows: number;
  columns: number;
  /** The tab's used size. */
  lastRow: number;
  lastColumn: number;
  /** True when rows with data were left out (only the first `rows` are drawn). */
  truncated: boolean;
  frozenRows: number;
  frozenColumns: number;
  /** Pixel width of each drawn column. */
  columnWidths: number[];
  /** Columns the add-on hid (1-based): not drawn. */
  hiddenColumns: number[];
  gridlinesHidden: boolean;
  cells: CellView[][];
  styles: StyleView[];
  charts: ChartView[];
}

/** An item of the add-on's menu, as `onOpen` built it (null: a separator). */
export type MenuItemView = { caption: string; functionName: string } | null;

/** The workbook around the grid: tabs, the open sidebar, the add-on's menu. */
export interface WorkbookView {
  /** Goes up with every change; the page redraws when it moved. */
  version: number;
  title: string;
  timeZone: string;
  active: string;
  sheets: { name: string; id: number; tabColor: string | null }[];
  /** Sidebars the add-on has shown so far (the last is open) and the open one's title. */
  sidebar: { shown: number; title: string };
  menu: MenuItemView[];
  /** The tab a CSV import replaces. */
  ticketTab: string;
}

/** What cell writes, menu items and CSV imports answer. */
export interface ActionResult {
  ok: boolean;
  /** What happened or why not, for the page's message line. */
  message?: string;
  /** Alerts the add-on showed while running (Ui.alert). */
  alerts?: string[];
  warnings?: string[];
}
