/**
 * A report *plan*: everything a report tab will hold, as plain data. Building the plan is pure
 * (ticket rows in, cells out) and testable without any spreadsheet; `apply.ts` then writes a plan
 * with a fixed number of batched calls, however many tickets went into it.
 */

/** A formula cell. Formulas must parse in every locale: `;` separators, no decimal literals, no `{}`. */
export interface Formula {
  formula: string;
}

/** null is a blank cell. Strings are always written as text, never parsed (see apply.ts). */
export type PlanCell = string | number | boolean | Date | null | Formula;

export function isFormula(cell: PlanCell): cell is Formula {
  return typeof cell === "object" && cell !== null && !(cell instanceof Date) && "formula" in cell;
}

/** A rectangle on one tab, 1-based like Sheets' getRange(row, column, numRows, numColumns). */
export interface Area {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export interface CellStyle {
  bold?: boolean;
  background?: string;
  fontColor?: string;
  numberFormat?: string;
}

export interface ChartPlan {
  /** Lines (the default), or columns stacked per domain value (volumes by category). */
  type?: "line" | "stackedColumn";
  /** A colour per series, in order (one colour per category in every chart). */
  colors?: string[];
  /** The data: first column is the domain (x axis), first row the series names. */
  data: Area;
  /** More series beside `data`, of the same rows (a column the table keeps apart). */
  more?: Area[];
  /** Where the legend goes; "none" for a single series the title names. */
  legend?: "right" | "bottom" | "none";
  title: string;
  xAxisTitle: string;
  yAxisTitle: string;
  /** Where the chart's top-left corner sits. */
  anchor: { row: number; column: number };
  width: number;
  height: number;
}

/** Colours a cell range when a formula (relative to the range's top-left cell) is TRUE. */
export interface FormulaRulePlan {
  area: Area;
  formula: string;
  background: string;
  fontColor: string;
}

/** A native colour scale over a range: `min` at 0, `max` at the range's largest number. */
export interface ColorScalePlan {
  area: Area;
  scale: { min: string; max: string };
}

export type ConditionalRulePlan = FormulaRulePlan | ColorScalePlan;

export interface SheetPlan {
  name: string;
  /** Developer-metadata value that marks the tab as the add-on's own (see apply.ts). */
  kind: "report" | "definitions" | "tracker";
  /** Dense rows; every row has `width` cells. */
  cells: PlanCell[][];
  /** Same shape as `cells`; "" keeps Sheets' automatic format. */
  numberFormats: string[][];
  fontWeights: ("bold" | "normal")[][];
  backgrounds: string[][];
  fontColors: string[][];
  merges: Area[];
  /** Areas whose text wraps within the column width (one call each, so keep them few and large). */
  wrap?: Area[];
  /** Areas in a larger font (the summary's tile values), one call each. */
  fontSizes?: { area: Area; size: number }[];
  columnWidths: number[];
  /** Column ranges to hide (helper cells a formula reads but nobody needs to see). */
  hiddenColumns?: { column: number; numColumns: number }[];
  frozenRows: number;
  charts: ChartPlan[];
  conditionalRules: ConditionalRulePlan[];
  tabColor: string;
}

export interface ReportPlan {
  sheets: SheetPlan[];
  /** The tab to show when done. */
  activate: string;
}
