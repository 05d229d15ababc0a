/**
 * `Sheet`: one tab of the offline spreadsheet, owning its cells, formats, charts, rules and
 * metadata. Methods of the `SheetLike` interface are counted service calls and behave like Sheets
 * where the add-on can observe it (sizes, bounds errors, value parsing). The methods below the
 * "Handles" line are for tests and the playground: not counted, not in Apps Script.
 */
import type {
  ConditionalFormatRuleLike,
  DeveloperMetadataLike,
  DeveloperMetadataLocationLike,
  EmbeddedChartBuilderLike,
  EmbeddedChartLike,
  SheetLike,
} from "../platform/services";
import { a1Notation, type CellBlock, parseA1 } from "./a1";
import { Formula, parseEntered, type Stored, storeRaw } from "./cell";
import { type ChartSpec, OfflineChart, OfflineChartBuilder } from "./charts";
import { type ConditionalRuleSpec, gradientColor, OfflineConditionalFormatRule } from "./conditional-format";
import { AUTOMATIC_FORMAT, DATE_FORMAT, DATE_TIME_FORMAT, displayValue, isDateTimeFormat } from "./display";
import { METADATA_VISIBILITY, type OfflineEnumValue } from "./enums";
import type { Computed, EngineSheet } from "./formula-engine";
import { localeProblems } from "./formula-syntax";
import { Grid } from "./grid";
import { checkShape, OfflineRange } from "./range";
import { instantToSerial, serialToInstant } from "./serial";
import type { OfflineSpreadsheet } from "./spreadsheet";

/** The cell formats the add-on sets, each stored as its own layer. */
export const FORMAT_KEYS = [
  "numberFormat",
  "fontWeight",
  "fontSize",
  "fontColor",
  "background",
  "horizontalAlignment",
  "verticalAlignment",
  "wrap",
  "note",
] as const;
/** One of the format layers a sheet stores. */
export type FormatKey = (typeof FORMAT_KEYS)[number];
type FormatValue = string | number | boolean;

/** One cell's formats with Sheets' defaults filled in. */
export interface CellFormat {
  /** null: "Automatic". */
  numberFormat: string | null;
  fontWeight: "bold" | "normal";
  fontSize: number;
  fontColor: string;
  background: string;
  /** null: "general" (text left, numbers right). */
  horizontalAlignment: string | null;
  verticalAlignment: string;
  wrap: boolean;
  note: string;
  /** The merged block the cell belongs to ("A1:D1"), or null. */
  merge: string | null;
}

/** Sheet-level layout, as plain data. */
export interface SheetLayout {
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  frozenColumns: number;
  /** Widths set by the add-on, by 1-based column. */
  columnWidths: Record<number, number>;
  /** Columns hidden by `hideColumns`, 1-based, ascending. */
  hiddenColumns: number[];
  gridlinesHidden: boolean;
  tabColor: string | null;
  merges: string[];
}

function isComputed(v: unknown): v is Computed {
  return typeof v === "object" && v !== null && "kind" in v && "value" in v;
}

/** A formula whose value is an error, for tests ("every formula on the report evaluates"). */
export interface FormulaError {
  sheet: string;
  a1: string;
  formula: string;
  /** "#REF!", "#NAME?" … as Sheets shows it. */
  value: string;
  /** Why, as the formula engine explains it. */
  message: string;
}

/** A formula that would not parse in every locale. */
export interface LocaleProblem {
  sheet: string;
  a1: string;
  formula: string;
  problems: string[];
}

const NEW_SHEET_ROWS = 1000;
const NEW_SHEET_COLUMNS = 26;
const ERROR_TEXT = /^#(ERROR!|REF!|DIV\/0!|NAME\?|N\/A|VALUE!|NUM!|NULL!)$/;

function checkInteger(value: number, name: string): void {
  if (typeof value !== "number" || !Number.isInteger(value))
    throw new Error(`Cannot convert '${String(value)}' to int (${name}).`);
}

function checkChoice(value: unknown, allowed: readonly unknown[], what: string): void {
  if (!allowed.includes(value)) throw new Error(`Invalid argument: ${what} ${JSON.stringify(value)}.`);
}

/** A format value as stored: "not set" (Sheets' default) is `undefined`. */
function normalizeFormat(key: FormatKey, value: unknown): FormatValue | undefined {
  if (value === null || value === undefined) return undefined;
  switch (key) {
    case "fontWeight":
      checkChoice(value, ["bold", "normal"], "font weight");
      return value === "bold" ? "bold" : undefined;
    case "horizontalAlignment":
      checkChoice(value, ["left", "center", "normal", "right"], "horizontal alignment");
      return value === "normal" ? undefined : (value as string);
    case "verticalAlignment":
      checkChoice(value, ["top", "middle", "bottom"], "vertical alignment");
      return value as string;
    case "fontSize":
      if (typeof value !== "number" || !(value > 0))
        throw new Error(`Invalid argument: font size ${String(value)}.`);
      return value;
    case "wrap":
      return Boolean(value);
    case "numberFormat":
      // "General" is Sheets' "Automatic": the cell keeps showing dates as dates.
      return value === "" || /^general$/i.test(String(value)) ? undefined : String(value);
    default:
      return value === "" ? undefined : String(value);
  }
}

function intersects(a: CellBlock, b: CellBlock): boolean {
  return (
    a.row < b.row + b.numRows &&
    b.row < a.row + a.numRows &&
    a.column < b.column + b.numColumns &&
    b.column < a.column + a.numColumns
  );
}

function contains(outer: CellBlock, inner: CellBlock): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.numRows <= outer.row + outer.numRows &&
    inner.column + inner.numColumns <= outer.column + outer.numColumns
  );
}

function blockA1(b: CellBlock): string {
  return a1Notation(b.row, b.column, b.numRows, b.numColumns);
}

/** One piece of developer metadata on a tab: which script added it, and who may see it. */
export interface MetadataEntry {
  key: string;
  value: string;
  visibility: "DOCUMENT" | "PROJECT";
  /** The script project that added it (PROJECT metadata is visible to that project only). */
  project: string;
}

export class OfflineDeveloperMetadata implements DeveloperMetadataLike {
  constructor(
    private readonly sheet: OfflineSheet,
    private readonly key: string,
    private readonly value: string,
    private readonly visibility: OfflineEnumValue,
  ) {}

  getLocation(): DeveloperMetadataLocationLike {
    this.sheet.book.calls.count("DeveloperMetadata.getLocation");
    const sheet = this.sheet;
    return {
      getSheet: () => {
        sheet.book.calls.count("DeveloperMetadataLocation.getSheet");
        return sheet.deleted ? null : sheet;
      },
    };
  }

  getVisibility(): OfflineEnumValue {
    this.sheet.book.calls.count("DeveloperMetadata.getVisibility");
    return this.visibility;
  }

  getKey(): string {
    this.sheet.book.calls.count("DeveloperMetadata.getKey");
    return this.key;
  }

  /** The key, not counted (the finder filters on it server-side). */
  keyOf(): string {
    return this.key;
  }

  getValue(): string | null {
    this.sheet.book.calls.count("DeveloperMetadata.getValue");
    return this.value;
  }
}

/** One tab: `SheetLike` (counted), the work behind its ranges, and handles for tests. */
export class OfflineSheet implements SheetLike, EngineSheet {
  /** Offline internals, read by the range, the formula engine and the spreadsheet. */
  name: string;
  maxRows = NEW_SHEET_ROWS;
  maxColumns = NEW_SHEET_COLUMNS;
  readonly values = new Grid<Stored>();
  version = 0;
  formulaCount = 0;
  deleted = false;
  private readonly formats = Object.fromEntries(
    FORMAT_KEYS.map((k) => [k, new Grid<FormatValue>()]),
  ) as Record<FormatKey, Grid<FormatValue>>;
  private merges: CellBlock[] = [];
  private frozenRows = 0;
  private frozenColumns = 0;
  private columnWidths = new Map<number, number>();
  private hiddenColumns = new Set<number>();
  private gridlinesHidden = false;
  private tabColor: string | null = null;
  private metadataEntries: MetadataEntry[] = [];
  private charts: OfflineChart[] = [];
  private rules: OfflineConditionalFormatRule[] = [];

  constructor(
    readonly book: OfflineSpreadsheet,
    name: string,
    readonly sheetId: number,
  ) {
    this.name = name;
  }

  private call(method: string): void {
    this.book.calls.count(method);
    this.checkLive();
  }

  /** Sheets refuses to use a tab after it was deleted. */
  checkLive(): void {
    if (this.deleted) throw new Error(`The sheet "${this.name}" has been deleted.`);
  }

  get ruleCount(): number {
    return this.rules.length;
  }

  // ---- SheetLike ------------------------------------------------------------------------------

  getName(): string {
    this.call("Sheet.getName");
    return this.name;
  }

  getSheetId(): number {
    this.call("Sheet.getSheetId");
    return this.sheetId;
  }

  getIndex(): number {
    this.call("Sheet.getIndex");
    return this.book.positionOf(this);
  }

  getLastRow(): number {
    this.call("Sheet.getLastRow");
    return this.values.lastRow() + 1;
  }

  getLastColumn(): number {
    this.call("Sheet.getLastColumn");
    return this.values.lastColumn() + 1;
  }

  getMaxRows(): number {
    this.call("Sheet.getMaxRows");
    return this.maxRows;
  }

  getMaxColumns(): number {
    this.call("Sheet.getMaxColumns");
    return this.maxColumns;
  }

  insertRowsAfter(afterPosition: number, howMany: number): SheetLike {
    this.call("Sheet.insertRowsAfter");
    this.checkInsert(afterPosition, howMany, this.maxRows, "rows");
    this.book.checkCellLimit(howMany * this.maxColumns);
    this.values.insertRows(afterPosition, howMany);
    for (const key of FORMAT_KEYS) this.formats[key].insertRows(afterPosition, howMany);
    for (const m of this.merges) if (m.row > afterPosition) m.row += howMany;
    this.maxRows += howMany;
    this.version++;
    return this;
  }

  insertColumnsAfter(afterPosition: number, howMany: number): SheetLike {
    this.call("Sheet.insertColumnsAfter");
    this.checkInsert(afterPosition, howMany, this.maxColumns, "columns");
    this.book.checkCellLimit(howMany * this.maxRows);
    this.values.insertColumns(afterPosition, howMany);
    for (const key of FORMAT_KEYS) this.formats[key].insertColumns(afterPosition, howMany);
    for (const m of this.merges) if (m.column > afterPosition) m.column += howMany;
    const widths = new Map<number, number>();
    for (const [c, w] of this.columnWidths) widths.set(c > afterPosition ? c + howMany : c, w);
    this.columnWidths = widths;
    this.hiddenColumns = new Set([...this.hiddenColumns].map((c) => (c > afterPosition ? c + howMany : c)));
    this.maxColumns += howMany;
    this.version++;
    return this;
  }

  private checkInsert(afterPosition: number, howMany: number, max: number, what: string): void {
    checkInteger(afterPosition, "afterPosition");
    checkInteger(howMany, "howMany");
    if (afterPosition < 1 || afterPosition > max)
      throw new Error(
        `Those ${what} are out of bounds: the sheet has ${max}, asked to insert after ${afterPosition}.`,
      );
    if (howMany < 1) throw new Error(`The number of ${what} to insert must be at least 1, got ${howMany}.`);
  }

  getRange(row: number, column: number, numRows?: number, numColumns?: number): OfflineRange;
  getRange(a1Notation: string): OfflineRange;
  getRange(rowOrA1: number | string, column?: number, numRows = 1, numColumns = 1): OfflineRange {
    this.call("Sheet.getRange");
    return this.range(rowOrA1, column, numRows, numColumns);
  }

  getDataRange(): OfflineRange {
    this.call("Sheet.getDataRange");
    return this.dataRange();
  }

  clear(): SheetLike {
    this.call("Sheet.clear");
    this.values.clear();
    for (const key of FORMAT_KEYS) if (key !== "note") this.formats[key].clear();
    this.merges = [];
    this.formulaCount = 0;
    this.version++;
    return this;
  }

  activate(): SheetLike {
    this.call("Sheet.activate");
    this.book.makeActive(this);
    return this;
  }

  setFrozenRows(rows: number): void {
    this.call("Sheet.setFrozenRows");
    checkInteger(rows, "rows");
    if (rows < 0 || rows >= this.maxRows)
      throw new Error(`You can't freeze ${rows} rows: the sheet has ${this.maxRows} rows.`);
    for (const m of this.merges) {
      if (m.row <= rows && rows < m.row + m.numRows - 1)
        throw new Error(`You can't freeze rows which contain only part of a merged cell (${blockA1(m)}).`);
    }
    this.frozenRows = rows;
  }

  setFrozenColumns(columns: number): void {
    this.call("Sheet.setFrozenColumns");
    checkInteger(columns, "columns");
    if (columns < 0 || columns >= this.maxColumns)
      throw new Error(`You can't freeze ${columns} columns: the sheet has ${this.maxColumns} columns.`);
    for (const m of this.merges) {
      if (m.column <= columns && columns < m.column + m.numColumns - 1)
        throw new Error(`You can't freeze columns which contain only part of a merged cell (${blockA1(m)}).`);
    }
    this.frozenColumns = columns;
  }

  setColumnWidth(columnPosition: number, width: number): SheetLike {
    this.call("Sheet.setColumnWidth");
    this.setWidths(columnPosition, 1, width);
    return this;
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): SheetLike {
    this.call("Sheet.setColumnWidths");
    this.setWidths(startColumn, numColumns, width);
    return this;
  }

  private setWidths(start: number, count: number, width: number): void {
    checkInteger(start, "column");
    checkInteger(count, "numColumns");
    checkInteger(width, "width");
    this.checkBlock(1, start, 1, count);
    if (width < 0) throw new Error(`Invalid argument: width ${width}.`);
    for (let c = start; c < start + count; c++) this.columnWidths.set(c, width);
  }

  hideColumns(columnIndex: number, numColumns = 1): void {
    this.call("Sheet.hideColumns");
    checkInteger(columnIndex, "columnIndex");
    checkInteger(numColumns, "numColumns");
    this.checkBlock(1, columnIndex, 1, numColumns);
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this.hiddenColumns.add(c);
  }

  setHiddenGridlines(hideGridlines: boolean): SheetLike {
    this.call("Sheet.setHiddenGridlines");
    this.gridlinesHidden = Boolean(hideGridlines);
    return this;
  }

  setTabColor(color: string | null): SheetLike {
    this.call("Sheet.setTabColor");
    this.tabColor = color === "" ? null : color;
    return this;
  }

  /** As in Apps Script, metadata without a visibility is DOCUMENT-visible (any script may read it). */
  addDeveloperMetadata(
    key: string,
    value: string,
    visibility: unknown = METADATA_VISIBILITY.DOCUMENT,
  ): SheetLike {
    this.call("Sheet.addDeveloperMetadata");
    if (typeof key !== "string" || key === "") throw new Error("Invalid argument: developer metadata key.");
    const known = Object.values(METADATA_VISIBILITY).find((v) => v === visibility);
    if (!known) throw new Error(`Invalid argument: visibility ${String(visibility)}.`);
    this.metadataEntries.push({
      key,
      value: String(value),
      visibility: known.name as MetadataEntry["visibility"],
      project: this.book.project,
    });
    return this;
  }

  /** The metadata this script may see: every DOCUMENT entry and its own PROJECT ones. */
  getDeveloperMetadata(): DeveloperMetadataLike[] {
    this.call("Sheet.getDeveloperMetadata");
    return this.visibleMetadata();
  }

  /** Visible metadata, not counted (for the spreadsheet's finder). */
  visibleMetadata(): OfflineDeveloperMetadata[] {
    return this.metadataEntries
      .filter((m) => m.visibility === "DOCUMENT" || m.project === this.book.project)
      .map((m) => new OfflineDeveloperMetadata(this, m.key, m.value, METADATA_VISIBILITY[m.visibility]));
  }

  setName(name: string): SheetLike {
    this.call("Sheet.setName");
    this.book.checkName(name, this);
    this.name = name;
    this.version++;
    return this;
  }

  newChart(): EmbeddedChartBuilderLike {
    this.call("Sheet.newChart");
    return new OfflineChartBuilder(this.book.calls);
  }

  insertChart(chart: EmbeddedChartLike): void {
    this.call("Sheet.insertChart");
    if (!(chart instanceof OfflineChart))
      throw new Error("insertChart: the chart was not built by this spreadsheet.");
    if (chart.type === null) throw new Error("insertChart: the chart has no type (call asLineChart()).");
    if (chart.ranges.length === 0)
      throw new Error("insertChart: the chart has no data range (call addRange()).");
    const id = this.book.nextChartId();
    if (chart.chartId === null) chart.chartId = id;
    this.charts.push(chart.withId(id));
  }

  getCharts(): EmbeddedChartLike[] {
    this.call("Sheet.getCharts");
    return [...this.charts];
  }

  removeChart(chart: EmbeddedChartLike): void {
    this.call("Sheet.removeChart");
    const id = chart instanceof OfflineChart ? chart.chartId : null;
    const at = this.charts.findIndex((c) => c.chartId === id && id !== null);
    if (at < 0) throw new Error(`removeChart: chart ${String(id)} is not on sheet "${this.name}".`);
    this.charts.splice(at, 1);
  }

  getConditionalFormatRules(): ConditionalFormatRuleLike[] {
    this.call("Sheet.getConditionalFormatRules");
    return [...this.rules];
  }

  setConditionalFormatRules(rules: ConditionalFormatRuleLike[]): void {
    this.call("Sheet.setConditionalFormatRules");
    const checked = rules.map((rule, i) => {
      if (!(rule instanceof OfflineConditionalFormatRule))
        throw new Error(`setConditionalFormatRules: rule ${i + 1} was not built by this spreadsheet.`);
      if (rule.ranges.length === 0)
        throw new Error(`setConditionalFormatRules: rule ${i + 1} has no ranges.`);
      for (const r of rule.ranges) {
        if (r.sheet !== this)
          throw new Error(
            `setConditionalFormatRules: rule ${i + 1} applies to ${r.a1()} on "${r.sheet.name}", not on "${this.name}".`,
          );
      }
      return rule;
    });
    this.rules = checked;
  }

  // ---- Work behind Range (not counted) --------------------------------------------------------

  /** A range after Sheets' checks; `rowOrA1` may be A1 notation ("B5:D9"). */
  range(rowOrA1: number | string, column?: number, numRows = 1, numColumns = 1): OfflineRange {
    if (typeof rowOrA1 === "string") {
      const b = parseA1(rowOrA1);
      this.checkBlock(b.row, b.column, b.numRows, b.numColumns);
      return new OfflineRange(this, b.row, b.column, b.numRows, b.numColumns);
    }
    this.checkBlock(rowOrA1, column as number, numRows, numColumns);
    return new OfflineRange(this, rowOrA1, column as number, numRows, numColumns);
  }

  /** A1 to the last row and column with content (A1 alone when the sheet is empty). */
  dataRange(): OfflineRange {
    const rows = Math.max(1, this.values.lastRow() + 1);
    const columns = Math.max(1, this.values.lastColumn() + 1);
    return new OfflineRange(this, 1, 1, rows, columns);
  }

  private checkBlock(row: number, column: number, numRows: number, numColumns: number): void {
    checkInteger(row, "row");
    checkInteger(column, "column");
    checkInteger(numRows, "numRows");
    checkInteger(numColumns, "numColumns");
    if (row < 1) throw new Error("The starting row of the range is too small.");
    if (column < 1) throw new Error("The starting column of the range is too small.");
    if (numRows < 1) throw new Error("The number of rows in the range must be at least 1.");
    if (numColumns < 1) throw new Error("The number of columns in the range must be at least 1.");
    if (row + numRows - 1 > this.maxRows || column + numColumns - 1 > this.maxColumns)
      throw new Error("The coordinates of the range are outside the dimensions of the sheet.");
  }

  /** The sheet's extent counting array results spilled past its stored cells (1-based). */
  spillExtent(): { rows: number; columns: number } {
    return this.book.engine.spillExtent(this);
  }

  private compute(row: number, column: number): Computed {
    return this.book.engine.compute(this, row, column);
  }

  /**
   * The value `getValues` gives for a stored cell at 0-based (r, c), given its number format:
   * a date format turns a number into a Date, any other explicit format turns a date into its
   * serial number, as in Sheets where a date is a formatted number.
   */
  private cellValue(v: Stored | Computed, r: number, c: number, format: FormatValue | undefined): unknown {
    let value: unknown = v;
    let dated = false;
    if (v instanceof Formula || isComputed(v)) {
      const computed = isComputed(v) ? v : this.compute(r, c);
      value = computed.value;
      dated = computed.kind !== "plain";
    } else if (typeof v === "object") {
      dated = true;
    }
    const dateFormat = format === undefined ? dated : isDateTimeFormat(String(format));
    if (typeof value === "number")
      return dateFormat ? new Date(serialToInstant(value, this.book.timeZone)) : value;
    if (value instanceof Date) {
      return dateFormat ? new Date(value.getTime()) : instantToSerial(value.getTime(), this.book.timeZone);
    }
    return value;
  }

  /** `getValues`: blanks as "", formulas as their values, dates as fresh Date objects. */
  readValues(block: CellBlock): unknown[][] {
    const formats = this.formats.numberFormat;
    const plainFormats = formats.isEmpty();
    const out: unknown[][] = new Array(block.numRows);
    for (let i = 0; i < block.numRows; i++) {
      const r = block.row - 1 + i;
      const source = this.values.row(r);
      const formatRow = plainFormats ? undefined : formats.row(r);
      const line: unknown[] = new Array(block.numColumns);
      for (let j = 0; j < block.numColumns; j++) {
        const c = block.column - 1 + j;
        const v = source === undefined ? undefined : source[c];
        if (v === undefined) {
          // An empty cell may show part of an array result spilled from a formula (Sheets' spill).
          const spilled = this.formulaCount > 0 ? this.book.engine.spilledAt(this, r, c) : undefined;
          line[j] = spilled ? this.cellValue(spilled, r, c, formatRow?.[c]) : "";
        } else if (typeof v !== "object" && formatRow === undefined) line[j] = v;
        else line[j] = this.cellValue(v, r, c, formatRow?.[c]);
      }
      out[i] = line;
    }
    return out;
  }

  /** `getDisplayValues`: each value rendered with its number format in the spreadsheet's locale. */
  readDisplayValues(block: CellBlock): string[][] {
    const { timeZone, locale } = this.book;
    return this.mapBlock(block, (v, r, c) => {
      const spilled =
        v === undefined && this.formulaCount > 0 ? this.book.engine.spilledAt(this, r, c) : undefined;
      const explicit = this.formats.numberFormat.get(r, c) as string | undefined;
      if (v instanceof Formula || spilled) {
        const { value, kind } = spilled ?? this.compute(r, c);
        if (typeof value === "string" && ERROR_TEXT.test(value)) return value;
        const automatic = kind === "date" ? DATE_FORMAT : kind === "datetime" ? DATE_TIME_FORMAT : undefined;
        return displayValue(value, explicit ?? automatic, locale);
      }
      if (v instanceof Date) {
        return displayValue(instantToSerial(v.getTime(), timeZone), explicit ?? DATE_TIME_FORMAT, locale);
      }
      return v === undefined ? "" : displayValue(v, explicit, locale);
    });
  }

  /** `getFormulas`: "=…" for formula cells, "" elsewhere. */
  readFormulas(block: CellBlock): string[][] {
    return this.mapBlock(block, (v) => (v instanceof Formula ? v.text : ""));
  }

  /** `getNumberFormats`: the format set, else the one Sheets reports for the cell's content. */
  readNumberFormats(block: CellBlock): string[][] {
    return this.mapBlock(block, (v, r, c) => {
      const explicit = this.formats.numberFormat.get(r, c);
      if (explicit !== undefined) return String(explicit);
      return v instanceof Date ? DATE_TIME_FORMAT : AUTOMATIC_FORMAT;
    });
  }

  private mapBlock<T>(block: CellBlock, cell: (v: Stored | undefined, r: number, c: number) => T): T[][] {
    const out: T[][] = [];
    for (let r = block.row - 1; r < block.row - 1 + block.numRows; r++) {
      const line: T[] = [];
      for (let c = block.column - 1; c < block.column - 1 + block.numColumns; c++)
        line.push(cell(this.values.get(r, c), r, c));
      out.push(line);
    }
    return out;
  }

  /**
   * `setValues`: parses each value as Sheets does (see cell.ts); a cell formatted as plain text
   * ("@") keeps strings as they are, formulas included.
   */
  writeEntered(block: CellBlock, values: unknown): void {
    checkShape(values, block);
    const formats = this.formats.numberFormat;
    const plainFormats = formats.isEmpty();
    this.store(block, values, (v, r, c) =>
      !plainFormats && typeof v === "string" && formats.get(r, c) === "@" ? storeRaw(v) : parseEntered(v),
    );
  }

  /** Writes converted values into a block (already shape-checked), keeping the formula count. */
  private store(
    block: CellBlock,
    values: readonly (readonly unknown[])[],
    convert: (v: unknown, r: number, c: number) => Stored | undefined,
  ): void {
    const c0 = block.column - 1;
    let formulas = this.formulaCount;
    for (let i = 0; i < values.length; i++) {
      const r = block.row - 1 + i;
      const source = values[i];
      const target = this.values.writableRow(r, c0 + source.length);
      for (let j = 0; j < source.length; j++) {
        const next = convert(source[j], r, c0 + j);
        const previous = target[c0 + j];
        if (previous instanceof Formula) formulas--;
        if (next instanceof Formula) formulas++;
        target[c0 + j] = next;
      }
    }
    this.formulaCount = formulas;
    this.version++;
  }

  /** One format value on every cell of a block (null resets to Sheets' default). */
  fillFormat(block: CellBlock, key: FormatKey, value: unknown): void {
    const stored = normalizeFormat(key, value);
    this.formats[key].fill(block.row - 1, block.column - 1, block.numRows, block.numColumns, stored);
  }

  /** A format value per cell (already shape-checked). */
  writeFormat(block: CellBlock, key: FormatKey, values: readonly (readonly unknown[])[]): void {
    const rows = values.map((row) => row.map((v) => normalizeFormat(key, v)));
    const grid = this.formats[key];
    for (let i = 0; i < rows.length; i++) {
      for (let j = 0; j < rows[i].length; j++) grid.set(block.row - 1 + i, block.column - 1 + j, rows[i][j]);
    }
  }

  /** `merge()`: keeps the top-left value only, as Sheets does; refuses to cut through a merge. */
  mergeBlock(block: CellBlock): void {
    if (block.numRows === 1 && block.numColumns === 1) return;
    for (const m of this.merges) {
      if (intersects(m, block) && !contains(block, m))
        throw new Error(
          `You must select all cells in a merged range to merge or unmerge them (${blockA1(block)} cuts ${blockA1(m)}).`,
        );
    }
    this.merges = this.merges.filter((m) => !contains(block, m));
    const topLeft = this.values.get(block.row - 1, block.column - 1);
    const blanks = Array.from({ length: block.numRows }, () =>
      new Array<undefined>(block.numColumns).fill(undefined),
    );
    this.store(block, blanks, () => undefined);
    this.values.set(block.row - 1, block.column - 1, topLeft);
    if (topLeft instanceof Formula) this.formulaCount++;
    this.merges.push({
      row: block.row,
      column: block.column,
      numRows: block.numRows,
      numColumns: block.numColumns,
    });
  }

  /** `breakApart()`: undoes the merges inside the block; one cut by its edge is refused. */
  breakApartBlock(block: CellBlock): void {
    for (const m of this.merges) {
      if (intersects(m, block) && !contains(block, m))
        throw new Error(
          `You must select all cells in a merged range to merge or unmerge them (${blockA1(block)} cuts ${blockA1(m)}).`,
        );
    }
    this.merges = this.merges.filter((m) => !contains(block, m));
  }

  /** `Range.clear()`: contents and formats (notes stay, as in Sheets); merges inside are undone. */
  clearBlock(block: CellBlock): void {
    const blanks = Array.from({ length: block.numRows }, () =>
      new Array<undefined>(block.numColumns).fill(undefined),
    );
    this.store(block, blanks, () => undefined);
    for (const key of FORMAT_KEYS) {
      if (key !== "note")
        this.formats[key].fill(block.row - 1, block.column - 1, block.numRows, block.numColumns, undefined);
    }
    this.merges = this.merges.filter((m) => !intersects(m, block));
  }

  // ---- Handles for tests and the playground (not counted, not in Apps Script) -----------------

  /** Values of a block (default: the data range) as `getValues` gives them, without counting. */
  peekValues(a1?: string): unknown[][] {
    return this.readValues(a1 ? parseA1(a1) : this.dataRange());
  }

  /** Display values of a block (default: the data range), without counting. */
  peekDisplayValues(a1?: string): string[][] {
    return this.readDisplayValues(a1 ? parseA1(a1) : this.dataRange());
  }

  /** Formulas of a block (default: the data range), without counting. */
  peekFormulas(a1?: string): string[][] {
    return this.readFormulas(a1 ? parseA1(a1) : this.dataRange());
  }

  /** One cell's formats (1-based), with Sheets' defaults for what was never set. */
  cellFormat(row: number, column: number): CellFormat {
    const get = (key: FormatKey) => this.formats[key].get(row - 1, column - 1);
    const merge = this.merges.find((m) => contains(m, { row, column, numRows: 1, numColumns: 1 }));
    return {
      numberFormat: (get("numberFormat") as string | undefined) ?? null,
      fontWeight: get("fontWeight") === "bold" ? "bold" : "normal",
      fontSize: (get("fontSize") as number | undefined) ?? 10,
      fontColor: (get("fontColor") as string | undefined) ?? "#000000",
      background: (get("background") as string | undefined) ?? "#ffffff",
      horizontalAlignment: (get("horizontalAlignment") as string | undefined) ?? null,
      verticalAlignment: (get("verticalAlignment") as string | undefined) ?? "bottom",
      wrap: (get("wrap") as boolean | undefined) ?? false,
      note: (get("note") as string | undefined) ?? "",
      merge: merge ? blockA1(merge) : null,
    };
  }

  layout(): SheetLayout {
    return {
      maxRows: this.maxRows,
      maxColumns: this.maxColumns,
      frozenRows: this.frozenRows,
      frozenColumns: this.frozenColumns,
      columnWidths: Object.fromEntries([...this.columnWidths].sort((a, b) => a[0] - b[0])),
      hiddenColumns: [...this.hiddenColumns].sort((a, b) => a - b),
      gridlinesHidden: this.gridlinesHidden,
      tabColor: this.tabColor,
      merges: this.merges.map(blockA1),
    };
  }

  /** This script's metadata on the tab (another project's PROJECT entries are left out). */
  metadata(): { key: string; value: string; visibility: string }[] {
    return this.metadataEntries
      .filter((m) => m.visibility === "DOCUMENT" || m.project === this.book.project)
      .map((m) => ({ key: m.key, value: m.value, visibility: m.visibility }));
  }

  /** Adds metadata as another script project would (not counted): e.g. another add-on's PROJECT entry. */
  addMetadataFrom(project: string, key: string, value: string, visibility: "DOCUMENT" | "PROJECT"): void {
    this.metadataEntries.push({ key, value, visibility, project });
  }

  chartSpecs(): ChartSpec[] {
    return this.charts.map((c) => c.spec());
  }

  conditionalFormats(): ConditionalRuleSpec[] {
    return this.rules.map((r) => r.spec());
  }

  /**
   * The colors conditional formatting gives a cell (1-based): the first rule, in order, whose
   * range holds the cell and whose formula is satisfied there; null when none applies.
   */
  conditionalStyle(
    row: number,
    column: number,
  ): { background: string | null; fontColor: string | null } | null {
    const cell = { row, column, numRows: 1, numColumns: 1 };
    for (const rule of this.rules) {
      if (!rule.ranges.some((r) => contains(r, cell))) continue;
      if (rule.gradient) {
        // A colour scale colours numbers only, up to the largest number in its ranges.
        const value = this.peekValues(a1Notation(row, column))[0][0];
        if (typeof value !== "number") continue;
        let top = Number.NEGATIVE_INFINITY;
        for (const r of rule.ranges)
          for (const line of this.peekValues(r.a1()))
            for (const v of line) if (typeof v === "number" && v > top) top = v;
        return { background: gradientColor(rule.gradient, value, top), fontColor: null };
      }
      if (rule.formula === null) continue;
      const anchor = rule.ranges[0];
      const ok = this.book.engine.satisfied(
        this,
        rule.formula,
        anchor.row - 1,
        anchor.column - 1,
        row - 1,
        column - 1,
      );
      if (ok) return { background: rule.background, fontColor: rule.fontColor };
    }
    return null;
  }

  /** Formulas that would not parse in every locale (see `localeProblems`), with why. */
  nonLocaleProofFormulas(): LocaleProblem[] {
    const out: LocaleProblem[] = [];
    if (this.formulaCount === 0) return out;
    this.values.forEach((v, r, c) => {
      if (!(v instanceof Formula)) return;
      const problems = localeProblems(v.text);
      if (problems.length > 0)
        out.push({ sheet: this.name, a1: a1Notation(r + 1, c + 1), formula: v.text, problems });
    });
    return out;
  }

  /** Every formula cell of this sheet whose value is an error. */
  formulaErrors(): FormulaError[] {
    const out: FormulaError[] = [];
    if (this.formulaCount === 0) return out;
    this.values.forEach((v, r, c) => {
      if (!(v instanceof Formula)) return;
      const { value, error } = this.compute(r, c);
      if (typeof value === "string" && ERROR_TEXT.test(value)) {
        out.push({
          sheet: this.name,
          a1: a1Notation(r + 1, c + 1),
          formula: v.text,
          value,
          message: error ?? value,
        });
      }
    });
    return out;
  }

  /**
   * Loads rows of values at (row, column), default A1, growing the sheet to fit, without counting
   * calls. Values are stored as given (text starting with "=" stays text) unless `parse` is true,
   * which parses them like `setValues`.
   */
  loadValues(
    values: readonly (readonly unknown[])[],
    options: { row?: number; column?: number; parse?: boolean } = {},
  ) {
    const row = options.row ?? 1;
    const column = options.column ?? 1;
    const width = values.reduce((w, r) => Math.max(w, r.length), 0);
    if (values.length === 0 || width === 0) return;
    const needRows = row + values.length - 1;
    const needColumns = column + width - 1;
    const extra =
      Math.max(0, needRows - this.maxRows) * Math.max(this.maxColumns, needColumns) +
      Math.max(0, needColumns - this.maxColumns) * this.maxRows;
    this.book.checkCellLimit(extra);
    this.maxRows = Math.max(this.maxRows, needRows);
    this.maxColumns = Math.max(this.maxColumns, needColumns);
    this.store(
      { row, column, numRows: values.length, numColumns: width },
      values,
      options.parse ? parseEntered : storeRaw,
    );
  }

  /**
   * Everything about the sheet as canonical JSON: values (typed: dates and formulas marked),
   * formats, layout, metadata, charts and rules. Equal strings mean an identical tab.
   */
  snapshot(): string {
    const last = this.values.lastRow();
    const rows: unknown[][] = [];
    for (let r = 0; r <= last; r++) {
      const source = this.values.row(r) ?? [];
      let end = source.length;
      while (end > 0 && source[end - 1] === undefined) end--;
      const line: unknown[] = new Array(end);
      for (let c = 0; c < end; c++) {
        const v = source[c];
        line[c] =
          v === undefined
            ? null
            : v instanceof Formula
              ? { formula: v.text }
              : v instanceof Date
                ? { date: v.toISOString() }
                : v;
      }
      rows.push(line);
    }
    const formats = Object.fromEntries(FORMAT_KEYS.map((k) => [k, this.formats[k].entries()]));
    return JSON.stringify({
      name: this.name,
      sheetId: this.sheetId,
      layout: this.layout(),
      values: rows,
      formats,
      metadata: this.metadataEntries,
      charts: this.chartSpecs(),
      rules: this.conditionalFormats(),
    });
  }
}
