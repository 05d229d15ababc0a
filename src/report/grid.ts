/**
 * A sheet under construction: sections write cells and styles at positions, and `toPlan` turns them
 * into the dense, same-shaped arrays a SheetPlan holds (so apply.ts can write each in one call).
 */
import { columnLetters } from "../input/values/cells";
import type { Area, CellStyle, ChartPlan, ConditionalRulePlan, PlanCell, SheetPlan } from "./plan";

/** The A1 address of a cell for a formula: "B7", or "$B$7" when `absolute`. */
export function a1(row: number, column: number, absolute = false): string {
  return absolute ? `$${columnLetters(column)}$${row}` : `${columnLetters(column)}${row}`;
}

/** A text as a string literal inside a formula: quoted, its quotes doubled. */
export function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** Pixels a character of a word takes in 10 pt Arial (bold capitals a little more), and a cell's padding. */
const CHAR_PX = 8;
const CELL_PADDING_PX = 12;
/** Where a wrapped text may break: spaces, after a hyphen or slash, and between any two Chinese characters. */
const BREAKS = /[\s\-/\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+/;

/** The width the longest word of `text` needs on one line. */
export function longestWordWidth(text: string): number {
  const longest = Math.max(0, ...text.split(BREAKS).map((word) => [...word].length));
  return longest * CHAR_PX + CELL_PADDING_PX;
}

/** Characters that take about two Latin letters' width (Chinese, Japanese, Korean, full-width forms). */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** The width `text` needs on one line, padding included (the estimate longestWordWidth uses). */
export function lineWidth(text: string): number {
  let width = CELL_PADDING_PX;
  for (const char of text) width += WIDE.test(char) ? 2 * CHAR_PX : CHAR_PX;
  return width;
}

interface StyledCell {
  value: PlanCell;
  style: CellStyle;
}

export class Grid {
  private readonly rows: StyledCell[][] = [];
  private width = 0;
  readonly merges: Area[] = [];
  /** Areas whose text wraps; see SheetPlan.wrap. */
  readonly wraps: Area[] = [];
  readonly charts: ChartPlan[] = [];
  readonly fontSizes: { area: Area; size: number }[] = [];
  readonly conditionalRules: ConditionalRulePlan[] = [];
  readonly columnWidths: number[] = [];
  /** See SheetPlan.hiddenColumns. */
  readonly hiddenColumns: { column: number; numColumns: number }[] = [];
  frozenRows = 0;

  /** The first row no section has written to yet. */
  get nextRow(): number {
    return this.rows.length + 1;
  }

  /** Writes one cell (1-based). */
  set(row: number, column: number, value: PlanCell, style: CellStyle = {}): void {
    while (this.rows.length < row) this.rows.push([]);
    const cells = this.rows[row - 1];
    while (cells.length < column) cells.push({ value: null, style: {} });
    cells[column - 1] = { value, style };
    if (column > this.width) this.width = column;
  }

  /** Writes a block of rows starting at (row, column), each cell with the same style. */
  block(row: number, column: number, values: PlanCell[][], style: CellStyle = {}): Area {
    for (let r = 0; r < values.length; r++) {
      for (let c = 0; c < values[r].length; c++) this.set(row + r, column + c, values[r][c], style);
    }
    return { row, column, numRows: values.length, numColumns: values[0]?.length ?? 0 };
  }

  /** A band: `width` cells of `row` in one style (a title or section heading), `text` in the first. */
  band(row: number, width: number, text: string, style: CellStyle): void {
    for (let c = 2; c <= width; c++) this.set(row, c, null, style);
    this.set(row, 1, text, style);
  }

  /** Adds style to cells already written (or blank), keeping their values. */
  style(area: Area, style: CellStyle): void {
    for (let r = area.row; r < area.row + area.numRows; r++) {
      for (let c = area.column; c < area.column + area.numColumns; c++) {
        const existing = this.rows[r - 1]?.[c - 1];
        this.set(r, c, existing ? existing.value : null, { ...(existing?.style ?? {}), ...style });
      }
    }
  }

  setColumnWidth(column: number, width: number): void {
    while (this.columnWidths.length < column) this.columnWidths.push(100);
    this.columnWidths[column - 1] = width;
  }

  toPlan(name: string, kind: SheetPlan["kind"], tabColor: string): SheetPlan {
    const width = Math.max(this.width, this.columnWidths.length, 1);
    const height = Math.max(this.rows.length, 1);
    const cells: PlanCell[][] = [];
    const numberFormats: string[][] = [];
    const fontWeights: ("bold" | "normal")[][] = [];
    const backgrounds: string[][] = [];
    const fontColors: string[][] = [];
    for (let r = 0; r < height; r++) {
      const source = this.rows[r] ?? [];
      const valueRow: PlanCell[] = [];
      const formatRow: string[] = [];
      const weightRow: ("bold" | "normal")[] = [];
      const backgroundRow: string[] = [];
      const colorRow: string[] = [];
      for (let c = 0; c < width; c++) {
        const cell = source[c];
        const style = cell?.style ?? {};
        valueRow.push(cell ? cell.value : null);
        formatRow.push(style.numberFormat ?? "");
        weightRow.push(style.bold ? "bold" : "normal");
        backgroundRow.push(style.background ?? "#ffffff");
        colorRow.push(style.fontColor ?? "#202124");
      }
      cells.push(valueRow);
      numberFormats.push(formatRow);
      fontWeights.push(weightRow);
      backgrounds.push(backgroundRow);
      fontColors.push(colorRow);
    }
    const columnWidths = [...this.columnWidths];
    while (columnWidths.length < width) columnWidths.push(100);
    // A wrapped text breaks between words: widen its column so no word is cut ("Veränderung"), at
    // most to twice its planned width (a user's long tab name in a note must not stretch a column).
    // Merged cells span several columns and are left as planned.
    const merged = (r: number, c: number) =>
      this.merges.some(
        (m) => r >= m.row && r < m.row + m.numRows && c >= m.column && c < m.column + m.numColumns,
      );
    const planned = [...columnWidths];
    for (const area of this.wraps) {
      for (let r = area.row; r < area.row + area.numRows; r++) {
        for (let c = area.column; c < area.column + area.numColumns; c++) {
          const value = cells[r - 1]?.[c - 1];
          if (typeof value !== "string" || merged(r, c)) continue;
          const needed = Math.min(longestWordWidth(value), 2 * planned[c - 1]);
          columnWidths[c - 1] = Math.max(columnWidths[c - 1], needed);
        }
      }
    }
    return {
      name,
      kind,
      cells,
      numberFormats,
      fontWeights,
      backgrounds,
      fontColors,
      merges: this.merges,
      wrap: this.wraps,
      fontSizes: this.fontSizes,
      columnWidths,
      hiddenColumns: this.hiddenColumns,
      frozenRows: this.frozenRows,
      charts: this.charts,
      conditionalRules: this.conditionalRules,
      tabColor,
    };
  }
}
