/**
 * `Spreadsheet`: the offline workbook. It owns the tabs, the call log, the formula engine and the
 * ids Sheets hands out (sheet ids, chart ids). Sheets' rules the add-on can run into are enforced:
 * unique tab names (case-insensitive), never deleting the last tab, the 10-million-cell limit.
 */
import type { DeveloperMetadataFinderLike, SheetLike, SpreadsheetLike } from "../platform/services";
import { tabNameKey } from "../platform/tab-name";
import { CallLog } from "./call-log";
import { FormulaEngine } from "./formula-engine";
import { checkTimeZone } from "./serial";
import { type FormulaError, type LocaleProblem, type OfflineDeveloperMetadata, OfflineSheet } from "./sheet";
import type { CustomFunction } from "./sheets-functions";

/** Sheets' limit on cells in a spreadsheet, all tabs together. */
export const CELL_LIMIT = 10_000_000;
const MAX_NAME_LENGTH = 100;

/** How an offline spreadsheet is set up. */
export interface SpreadsheetOptions {
  /** IANA time zone, default "UTC". */
  timeZone?: string;
  /** Spreadsheet locale as Sheets reports it, default "en_US". */
  locale?: string;
  name?: string;
  id?: string;
  /** Custom functions (e.g. the add-on's NPS) evaluated when a formula calls them. */
  customFunctions?: Record<string, CustomFunction>;
  /** A shared call log (the services share one); a new one by default. */
  calls?: CallLog;
  /** The script project the add-on runs as (its PROJECT-visible metadata is its own); default "support-kpis". */
  project?: string;
}

/** The workbook: `SpreadsheetLike` (counted) and handles for tests and the playground. */
export class OfflineSpreadsheet implements SpreadsheetLike {
  readonly calls: CallLog;
  readonly timeZone: string;
  readonly locale: string;
  readonly customFunctions: Record<string, CustomFunction>;
  readonly engine = new FormulaEngine(this);
  /** The script project running (see `SpreadsheetOptions.project`). */
  readonly project: string;
  private readonly name: string;
  private readonly id: string;
  private sheets: OfflineSheet[] = [];
  private active: OfflineSheet | null = null;
  private lastSheetId = 0;
  private lastChartId = 0;

  constructor(options: SpreadsheetOptions = {}) {
    this.calls = options.calls ?? new CallLog();
    this.timeZone = options.timeZone ?? "UTC";
    checkTimeZone(this.timeZone);
    this.locale = options.locale ?? "en_US";
    this.name = options.name ?? "Support KPIs (offline)";
    this.id = options.id ?? "offline-spreadsheet";
    this.project = options.project ?? "support-kpis";
    this.customFunctions = {};
    this.defineCustomFunctions(options.customFunctions ?? {});
  }

  // ---- SpreadsheetLike ------------------------------------------------------------------------

  getId(): string {
    this.calls.count("Spreadsheet.getId");
    return this.id;
  }

  getName(): string {
    this.calls.count("Spreadsheet.getName");
    return this.name;
  }

  getSpreadsheetTimeZone(): string {
    this.calls.count("Spreadsheet.getSpreadsheetTimeZone");
    return this.timeZone;
  }

  getSpreadsheetLocale(): string {
    this.calls.count("Spreadsheet.getSpreadsheetLocale");
    return this.locale;
  }

  getSheets(): SheetLike[] {
    this.calls.count("Spreadsheet.getSheets");
    return [...this.sheets];
  }

  getSheetByName(name: string): SheetLike | null {
    this.calls.count("Spreadsheet.getSheetByName");
    return this.sheet(name);
  }

  getActiveSheet(): SheetLike {
    this.calls.count("Spreadsheet.getActiveSheet");
    return this.activeSheet();
  }

  insertSheet(sheetName: string, sheetIndex?: number): SheetLike {
    this.calls.count("Spreadsheet.insertSheet");
    const sheet = this.addSheet(sheetName, sheetIndex);
    this.active = sheet;
    return sheet;
  }

  deleteSheet(sheet: SheetLike): void {
    this.calls.count("Spreadsheet.deleteSheet");
    this.removeSheet(sheet);
  }

  setActiveSheet(sheet: SheetLike): SheetLike {
    this.calls.count("Spreadsheet.setActiveSheet");
    const own = this.own(sheet);
    this.active = own;
    return own;
  }

  createDeveloperMetadataFinder(): DeveloperMetadataFinderLike {
    this.calls.count("Spreadsheet.createDeveloperMetadataFinder");
    return new OfflineMetadataFinder(this, null);
  }

  // ---- Internals used by sheets, ranges and the engine ----------------------------------------

  /** Tabs not deleted, in order (the formula engine's view). */
  liveSheets(): readonly OfflineSheet[] {
    return this.sheets;
  }

  /** 1-based position of a tab. */
  positionOf(sheet: OfflineSheet): number {
    return this.sheets.indexOf(sheet) + 1;
  }

  makeActive(sheet: OfflineSheet): void {
    this.active = sheet;
  }

  nextChartId(): number {
    return ++this.lastChartId;
  }

  /**
   * Why a tab of `rows` × `columns` values (grown to Sheets' 1000 × 26 at least), replacing
   * `replacing` if given, would pass the 10-million-cell limit; null when it fits.
   */
  cellLimitProblem(rows: number, columns: number, replacing?: OfflineSheet | null): string | null {
    const used = this.sheets.reduce((n, s) => n + s.maxRows * s.maxColumns, 0);
    const freed = replacing ? replacing.maxRows * replacing.maxColumns : 0;
    const needed = Math.max(rows, 1000) * Math.max(columns, 26);
    if (used - freed + needed <= CELL_LIMIT) return null;
    const n = (x: number) => x.toLocaleString("en-US");
    return `it needs ${n(needed)} cells and the other tabs use ${n(used - freed)}, more than Sheets' limit of ${n(CELL_LIMIT)} cells in a spreadsheet.`;
  }

  /** Throws Sheets' error when adding `extraCells` would pass the 10-million-cell limit. */
  checkCellLimit(extraCells: number): void {
    if (extraCells <= 0) return;
    const used = this.sheets.reduce((n, s) => n + s.maxRows * s.maxColumns, 0);
    if (used + extraCells > CELL_LIMIT)
      throw new Error(
        `This action would increase the number of cells in the workbook above the limit of ${CELL_LIMIT} cells.`,
      );
  }

  private own(sheet: SheetLike): OfflineSheet {
    if (!(sheet instanceof OfflineSheet) || sheet.book !== this || sheet.deleted)
      throw new Error("The sheet is not in this spreadsheet (deleted, or from another one).");
    return sheet;
  }

  // ---- Handles for tests and the playground (not counted, not in Apps Script) -----------------

  /** A tab by name (case-insensitive, like Sheets), or null. */
  sheet(name: string): OfflineSheet | null {
    const wanted = tabNameKey(String(name));
    return this.sheets.find((s) => tabNameKey(s.name) === wanted) ?? null;
  }

  /** Throws Sheets' error when `name` cannot name a tab (empty, too long, taken by another tab in any case). */
  checkName(name: string, renaming?: OfflineSheet): void {
    if (typeof name !== "string" || name.trim() === "")
      throw new Error("Invalid argument: the sheet name is empty.");
    if (name.length > MAX_NAME_LENGTH)
      throw new Error(
        `Invalid argument: the sheet name is ${name.length} characters long (at most ${MAX_NAME_LENGTH}).`,
      );
    const holder = this.sheet(name);
    if (holder && holder !== renaming)
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
  }

  /** Every tab, in order. */
  allSheets(): OfflineSheet[] {
    return [...this.sheets];
  }

  activeSheet(): OfflineSheet {
    if (!this.active || this.active.deleted) this.active = this.sheets[0];
    return this.active;
  }

  /**
   * Adds a tab (0-based `index`, default last) with Sheets' checks: a new tab is 1000 rows by 26
   * columns; names are unique ignoring case; the first tab gets id 0, as in Sheets.
   */
  addSheet(name: string, index = this.sheets.length): OfflineSheet {
    this.checkName(name);
    if (!Number.isInteger(index) || index < 0 || index > this.sheets.length)
      throw new Error(
        `Invalid argument: sheet index ${index} (the spreadsheet has ${this.sheets.length} sheets).`,
      );
    this.checkCellLimit(1000 * 26);
    const id = this.sheets.length === 0 && this.lastSheetId === 0 ? 0 : 1_000_000 + ++this.lastSheetId;
    const sheet = new OfflineSheet(this, name, id);
    this.sheets.splice(index, 0, sheet);
    if (!this.active) this.active = sheet;
    return sheet;
  }

  /** Removes a tab; the last one cannot go, as in Sheets. */
  removeSheet(sheet: SheetLike): void {
    const own = this.own(sheet);
    if (this.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    this.sheets.splice(this.sheets.indexOf(own), 1);
    own.deleted = true;
    if (this.active === own) this.active = this.sheets[0];
  }

  /**
   * A new tab holding `values` (stored as given unless `parse`), grown to fit; not counted. With
   * `replace`, a tab of that name is removed first and the new one takes its place (CSV import).
   * With `fit`, the tab's grid is exactly the data's size, as after deleting the empty rows and
   * columns: how a log near Sheets' 10-million-cell limit has to be laid out.
   */
  loadSheet(
    name: string,
    values: readonly (readonly unknown[])[],
    options: { index?: number; parse?: boolean; replace?: boolean; fit?: boolean } = {},
  ): OfflineSheet {
    let index = options.index;
    const old = options.replace ? this.sheet(name) : null;
    // Checked before the old tab goes: a load the limit refuses leaves the spreadsheet as it was.
    const width = values.reduce((w, row) => Math.max(w, row.length), 0);
    const extra = options.fit
      ? Math.max(1, values.length) * Math.max(1, width) - (old ? old.maxRows * old.maxColumns : 0)
      : Math.max(1000, values.length) * Math.max(26, width) - (old ? old.maxRows * old.maxColumns : 0);
    this.checkCellLimit(extra);
    if (old) {
      index ??= this.sheets.indexOf(old);
      this.sheets.splice(this.sheets.indexOf(old), 1);
      old.deleted = true;
    }
    const sheet = this.addSheet(name, index);
    if (this.active === old) this.active = sheet;
    if (options.fit) {
      sheet.maxRows = Math.max(1, values.length);
      sheet.maxColumns = Math.max(1, ...values.slice(0, 1).map((row) => row.length));
    }
    sheet.loadValues(values, { parse: options.parse });
    return sheet;
  }

  /** Adds or replaces custom functions formulas may call (the playground's bundle); not counted. */
  defineCustomFunctions(functions: Record<string, CustomFunction>): void {
    // Function names are case-insensitive in formulas; the engine asks in upper case.
    for (const [name, fn] of Object.entries(functions)) this.customFunctions[name.toUpperCase()] = fn;
    this.engine.invalidate();
  }

  /** Every formula cell in the spreadsheet whose value is an error. */
  formulaErrors(): FormulaError[] {
    return this.sheets.flatMap((s) => s.formulaErrors());
  }

  /** Every formula in the spreadsheet that would not parse in every locale. */
  nonLocaleProofFormulas(): LocaleProblem[] {
    return this.sheets.flatMap((s) => s.nonLocaleProofFormulas());
  }
}

/** `DeveloperMetadataFinder` over every tab's metadata this script may see. */
class OfflineMetadataFinder implements DeveloperMetadataFinderLike {
  constructor(
    private readonly book: OfflineSpreadsheet,
    private readonly key: string | null,
  ) {}

  withKey(key: string): DeveloperMetadataFinderLike {
    this.book.calls.count("DeveloperMetadataFinder.withKey");
    return new OfflineMetadataFinder(this.book, key);
  }

  find(): OfflineDeveloperMetadata[] {
    this.book.calls.count("DeveloperMetadataFinder.find");
    return this.book
      .liveSheets()
      .flatMap((sheet) => sheet.visibleMetadata())
      .filter((meta) => this.key === null || meta.keyOf() === this.key);
  }
}
