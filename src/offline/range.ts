/**
 * `Range`: a block of one sheet. Every method is a counted service call; the work is done by the
 * sheet, which owns the cells.
 */
import type { RangeLike, SheetLike } from "../platform/services";
import { a1Notation, type CellBlock } from "./a1";
import type { FormatKey, OfflineSheet } from "./sheet";

/**
 * Checks a 2-D array against the range's size, with Sheets' message, e.g. "The number of rows in
 * the data does not match the number of rows in the range. The data has 2 but the range has 3."
 */
export function checkShape(data: unknown, block: CellBlock): asserts data is unknown[][] {
  if (!Array.isArray(data))
    throw new Error("The parameters (String) don't match the method signature: a 2-D array is needed.");
  if (data.length !== block.numRows)
    throw new Error(
      `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${block.numRows}.`,
    );
  for (const row of data) {
    if (!Array.isArray(row))
      throw new Error("The parameters don't match the method signature: each row must be an array.");
    if (row.length !== block.numColumns)
      throw new Error(
        `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${block.numColumns}.`,
      );
  }
}

/** A block of one sheet, 1-based, already checked against the sheet's size. */
export class OfflineRange implements RangeLike, CellBlock {
  constructor(
    readonly sheet: OfflineSheet,
    readonly row: number,
    readonly column: number,
    readonly numRows: number,
    readonly numColumns: number,
  ) {}

  private call(method: string): void {
    this.sheet.book.calls.count(method);
    this.sheet.checkLive();
  }

  /** "B5:D9" (not counted: for specs and messages). */
  a1(): string {
    return a1Notation(this.row, this.column, this.numRows, this.numColumns);
  }

  getRow(): number {
    this.call("Range.getRow");
    return this.row;
  }

  getColumn(): number {
    this.call("Range.getColumn");
    return this.column;
  }

  getNumRows(): number {
    this.call("Range.getNumRows");
    return this.numRows;
  }

  getNumColumns(): number {
    this.call("Range.getNumColumns");
    return this.numColumns;
  }

  getA1Notation(): string {
    this.call("Range.getA1Notation");
    return this.a1();
  }

  getSheet(): SheetLike {
    this.call("Range.getSheet");
    return this.sheet;
  }

  // biome-ignore lint/suspicious/noExplicitAny: Apps Script's own signature
  getValues(): any[][] {
    this.call("Range.getValues");
    return this.sheet.readValues(this);
  }

  getDisplayValues(): string[][] {
    this.call("Range.getDisplayValues");
    return this.sheet.readDisplayValues(this);
  }

  getFormulas(): string[][] {
    this.call("Range.getFormulas");
    return this.sheet.readFormulas(this);
  }

  getNumberFormats(): string[][] {
    this.call("Range.getNumberFormats");
    return this.sheet.readNumberFormats(this);
  }

  // biome-ignore lint/suspicious/noExplicitAny: Apps Script's own signature
  setValues(values: any[][]): RangeLike {
    this.call("Range.setValues");
    this.sheet.writeEntered(this, values);
    return this;
  }

  private fill(
    method: string,
    key: FormatKey,
    value: string | number | boolean | null | undefined,
  ): RangeLike {
    this.call(method);
    this.sheet.fillFormat(this, key, value);
    return this;
  }

  private write(method: string, key: FormatKey, values: unknown): RangeLike {
    this.call(method);
    checkShape(values, this);
    this.sheet.writeFormat(this, key, values as (string | null)[][]);
    return this;
  }

  setNumberFormat(numberFormat: string): RangeLike {
    return this.fill("Range.setNumberFormat", "numberFormat", numberFormat);
  }

  setNumberFormats(numberFormats: string[][]): RangeLike {
    return this.write("Range.setNumberFormats", "numberFormat", numberFormats);
  }

  setFontWeight(fontWeight: "bold" | "normal" | null): RangeLike {
    return this.fill("Range.setFontWeight", "fontWeight", fontWeight);
  }

  setFontWeights(fontWeights: ("bold" | "normal" | null)[][]): RangeLike {
    return this.write("Range.setFontWeights", "fontWeight", fontWeights);
  }

  setFontSize(size: number): RangeLike {
    return this.fill("Range.setFontSize", "fontSize", size);
  }

  setFontColor(color: string | null): RangeLike {
    return this.fill("Range.setFontColor", "fontColor", color);
  }

  setFontColors(colors: string[][]): RangeLike {
    return this.write("Range.setFontColors", "fontColor", colors);
  }

  setBackground(color: string | null): RangeLike {
    return this.fill("Range.setBackground", "background", color);
  }

  setBackgrounds(color: string[][]): RangeLike {
    return this.write("Range.setBackgrounds", "background", color);
  }

  setHorizontalAlignment(alignment: "left" | "center" | "normal" | "right" | null): RangeLike {
    return this.fill("Range.setHorizontalAlignment", "horizontalAlignment", alignment);
  }

  setVerticalAlignment(alignment: "top" | "middle" | "bottom" | null): RangeLike {
    return this.fill("Range.setVerticalAlignment", "verticalAlignment", alignment);
  }

  setWrap(isWrapEnabled: boolean): RangeLike {
    return this.fill("Range.setWrap", "wrap", isWrapEnabled);
  }

  setNote(note: string | null): RangeLike {
    return this.fill("Range.setNote", "note", note);
  }

  merge(): RangeLike {
    this.call("Range.merge");
    this.sheet.mergeBlock(this);
    return this;
  }

  breakApart(): RangeLike {
    this.call("Range.breakApart");
    this.sheet.breakApartBlock(this);
    return this;
  }

  clear(): RangeLike {
    this.call("Range.clear");
    this.sheet.clearBlock(this);
    return this;
  }
}
