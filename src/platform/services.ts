/**
 * The narrow slice of Apps Script services the add-on uses.
 *
 * Why: `report/` and `server/` talk only to these interfaces, so the same code runs against Google
 * (the real globals, see `appsScriptServices`) and offline (`src/offline/`, used by tests and the
 * playground). `test/platform/services.test.ts` checks at compile time that the real Apps Script
 * types satisfy every interface here, so nothing in this file can drift from what Google provides.
 *
 * Add a method here only when the add-on needs it, and implement it offline in the same change.
 */

export type CellValue = string | number | boolean | Date;

/**
 * An Apps Script enum value (e.g. `ScriptApp.AuthMode.NONE`): opaque, compared by identity with
 * the service's own enum, never by its name.
 */
export type EnumValue = unknown;

/** Where a piece of developer metadata is attached; the add-on only attaches it to tabs. */
export interface DeveloperMetadataLocationLike {
  getSheet(): SheetLike | null;
}

export interface DeveloperMetadataLike {
  getKey(): string;
  getValue(): string | null;
  getLocation(): DeveloperMetadataLocationLike;
}

/** `Spreadsheet.createDeveloperMetadataFinder()`: one search over every tab's metadata. */
export interface DeveloperMetadataFinderLike {
  withKey(key: string): DeveloperMetadataFinderLike;
  find(): DeveloperMetadataLike[];
}

export interface RangeLike {
  getRow(): number;
  getColumn(): number;
  getNumRows(): number;
  getNumColumns(): number;
  getA1Notation(): string;
  getSheet(): SheetLike;
  /** Formula cells give their computed value; blanks give "". */
  // biome-ignore lint/suspicious/noExplicitAny: Apps Script's own signature
  getValues(): any[][];
  getDisplayValues(): string[][];
  getFormulas(): string[][];
  getNumberFormats(): string[][];
  /** Strings starting with "=" become formulas; a leading "'" stores the rest as text. */
  // biome-ignore lint/suspicious/noExplicitAny: Apps Script's own signature
  setValues(values: any[][]): RangeLike;
  setNumberFormat(numberFormat: string): RangeLike;
  setNumberFormats(numberFormats: string[][]): RangeLike;
  setFontWeight(fontWeight: "bold" | "normal" | null): RangeLike;
  setFontWeights(fontWeights: ("bold" | "normal" | null)[][]): RangeLike;
  setFontSize(size: number): RangeLike;
  setFontColor(color: string | null): RangeLike;
  setFontColors(colors: string[][]): RangeLike;
  setBackground(color: string | null): RangeLike;
  setBackgrounds(color: string[][]): RangeLike;
  setHorizontalAlignment(alignment: "left" | "center" | "normal" | "right" | null): RangeLike;
  setVerticalAlignment(alignment: "top" | "middle" | "bottom" | null): RangeLike;
  setWrap(isWrapEnabled: boolean): RangeLike;
  setNote(note: string | null): RangeLike;
  merge(): RangeLike;
  breakApart(): RangeLike;
  clear(): RangeLike;
}

export interface ChartOptionsLike {
  // biome-ignore lint/suspicious/noExplicitAny: Apps Script's own signature
  get(option: string): any;
}

export interface EmbeddedChartLike {
  getChartId(): number | null;
  getRanges(): RangeLike[];
  getOptions(): ChartOptionsLike;
}

/** Line and column charts are what the report draws; `asLineChart()` avoids needing the Charts enum. */
export interface EmbeddedChartBuilderLike {
  asLineChart(): EmbeddedChartBuilderLike;
  asColumnChart(): EmbeddedChartBuilderLike;
  addRange(range: RangeLike): EmbeddedChartBuilderLike;
  setNumHeaders(headers: number): EmbeddedChartBuilderLike;
  setPosition(
    anchorRowPos: number,
    anchorColPos: number,
    offsetX: number,
    offsetY: number,
  ): EmbeddedChartBuilderLike;
  // biome-ignore lint/suspicious/noExplicitAny: Apps Script's own signature
  setOption(option: string, value: any): EmbeddedChartBuilderLike;
  build(): EmbeddedChartLike;
}

// biome-ignore lint/suspicious/noEmptyInterface: an opaque built rule, as in Apps Script
export interface ConditionalFormatRuleLike {}

export interface ConditionalFormatRuleBuilderLike {
  whenFormulaSatisfied(formula: string): ConditionalFormatRuleBuilderLike;
  /** A colour scale's low end at a value; `type` is `SpreadsheetApp.InterpolationType.NUMBER`. */
  setGradientMinpointWithValue(
    color: string,
    type: EnumValue,
    value: string,
  ): ConditionalFormatRuleBuilderLike;
  /** A colour scale's high end at the range's largest value. */
  setGradientMaxpoint(color: string): ConditionalFormatRuleBuilderLike;
  setBackground(color: string | null): ConditionalFormatRuleBuilderLike;
  setFontColor(color: string | null): ConditionalFormatRuleBuilderLike;
  setRanges(ranges: RangeLike[]): ConditionalFormatRuleBuilderLike;
  build(): ConditionalFormatRuleLike;
}

export interface SheetLike {
  getName(): string;
  getSheetId(): number;
  getIndex(): number;
  getLastRow(): number;
  getLastColumn(): number;
  getMaxRows(): number;
  getMaxColumns(): number;
  insertRowsAfter(afterPosition: number, howMany: number): SheetLike;
  insertColumnsAfter(afterPosition: number, howMany: number): SheetLike;
  getRange(row: number, column: number, numRows: number, numColumns: number): RangeLike;
  getDataRange(): RangeLike;
  clear(): SheetLike;
  activate(): SheetLike;
  setFrozenRows(rows: number): void;
  setFrozenColumns(columns: number): void;
  setColumnWidth(columnPosition: number, width: number): SheetLike;
  setColumnWidths(startColumn: number, numColumns: number, width: number): SheetLike;
  hideColumns(columnIndex: number, numColumns: number): void;
  setHiddenGridlines(hideGridlines: boolean): SheetLike;
  setTabColor(color: string | null): SheetLike;
  /** `visibility` is `SpreadsheetApp.DeveloperMetadataVisibility.PROJECT` or `.DOCUMENT`. */
  addDeveloperMetadata(key: string, value: string, visibility: EnumValue): SheetLike;
  setName(name: string): SheetLike;
  newChart(): EmbeddedChartBuilderLike;
  insertChart(chart: EmbeddedChartLike): void;
  getCharts(): EmbeddedChartLike[];
  removeChart(chart: EmbeddedChartLike): void;
  getConditionalFormatRules(): ConditionalFormatRuleLike[];
  setConditionalFormatRules(rules: ConditionalFormatRuleLike[]): void;
}

export interface SpreadsheetLike {
  getId(): string;
  getName(): string;
  getSpreadsheetTimeZone(): string;
  getSpreadsheetLocale(): string;
  getSheets(): SheetLike[];
  getSheetByName(name: string): SheetLike | null;
  getActiveSheet(): SheetLike;
  insertSheet(sheetName: string, sheetIndex: number): SheetLike;
  deleteSheet(sheet: SheetLike): void;
  setActiveSheet(sheet: SheetLike): SheetLike;
  createDeveloperMetadataFinder(): DeveloperMetadataFinderLike;
}

export interface MenuLike {
  addItem(caption: string, functionName: string): MenuLike;
  addSeparator(): MenuLike;
  addToUi(): void;
}

export interface HtmlOutputLike {
  setTitle(title: string): HtmlOutputLike;
  getContent(): string;
}

export interface UiLike {
  createAddonMenu(): MenuLike;
  showSidebar(userInterface: HtmlOutputLike): void;
  // biome-ignore lint/suspicious/noExplicitAny: Apps Script returns its Button enum
  alert(prompt: string): any;
}

export interface SpreadsheetAppLike {
  getActiveSpreadsheet(): SpreadsheetLike;
  getUi(): UiLike;
  flush(): void;
  newConditionalFormatRule(): ConditionalFormatRuleBuilderLike;
  readonly DeveloperMetadataVisibility: { readonly DOCUMENT: EnumValue; readonly PROJECT: EnumValue };
  /** Only NUMBER: the add-on's colour scales start at a number (0). */
  readonly InterpolationType: { readonly NUMBER: EnumValue };
}

/** `ScriptApp`: only its AuthMode enum, which `onOpen` compares the event's mode with. */
export interface ScriptAppLike {
  readonly AuthMode: {
    readonly NONE: EnumValue;
    readonly CUSTOM_FUNCTION: EnumValue;
    readonly LIMITED: EnumValue;
    readonly FULL: EnumValue;
  };
}

export interface PropertiesLike {
  getProperty(key: string): string | null;
  setProperty(key: string, value: string): PropertiesLike;
  deleteProperty(key: string): PropertiesLike;
}

export interface LockLike {
  tryLock(timeoutInMillis: number): boolean;
  releaseLock(): void;
  hasLock(): boolean;
}

export interface Services {
  spreadsheetApp: SpreadsheetAppLike;
  propertiesService: { getDocumentProperties(): PropertiesLike };
  lockService: { getDocumentLock(): LockLike };
  htmlService: { createHtmlOutputFromFile(filename: string): HtmlOutputLike };
  scriptApp: ScriptAppLike;
}

/**
 * The real services, read from Apps Script's globals at call time (never at load time: `onOpen` can
 * run in AuthMode.NONE, and custom functions must not touch services they do not need).
 */
export function appsScriptServices(): Services {
  return {
    spreadsheetApp: SpreadsheetApp,
    propertiesService: PropertiesService,
    lockService: LockService,
    htmlService: HtmlService,
    scriptApp: ScriptApp,
  };
}

/**
 * What `onOpen` may touch in AuthMode.NONE, before the user has authorised: SpreadsheetApp's UI
 * (the menu) and ScriptApp's AuthMode enum (to know the mode, as Google's add-on samples do).
 */
export function menuServices(): Pick<Services, "spreadsheetApp" | "scriptApp"> {
  return { spreadsheetApp: SpreadsheetApp, scriptApp: ScriptApp };
}

/**
 * The spreadsheet's locale for the menu, or undefined where `onOpen` may not read the document:
 * AuthMode.NONE (an add-on not yet used in this document), or a run with no event (the editor).
 * The mode is compared with `ScriptApp.AuthMode.NONE` itself, as Google documents, not with a
 * name. If reading the locale fails all the same, the menu is built in English rather than not at all.
 */
export function menuLocale(
  e: unknown,
  services: Pick<Services, "spreadsheetApp" | "scriptApp">,
): string | undefined {
  const mode = (e as { authMode?: unknown } | undefined)?.authMode;
  if (mode === undefined || mode === services.scriptApp.AuthMode.NONE) return undefined;
  try {
    return services.spreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale();
  } catch {
    return undefined;
  }
}
