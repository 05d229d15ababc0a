/**
 * Writing the sample tabs of Insert sample data: each over the one an earlier run made (found by
 * the add-on's metadata, or by name and header row), else as a new tab; columns wide enough for
 * their header and their values (a date-time column shows its whole time); and the new
 * spreadsheet's untouched first tab, which the samples make pointless.
 */
import type { SheetLike, SpreadsheetAppLike, SpreadsheetLike } from "../platform/services";
import { findTab } from "../platform/tab-name";
import { ensureSize, freeName, toSheetValue } from "../report/apply";
import { lineWidth } from "../report/grid";
import type { SampleTab } from "../report/sample-data";

/** The date-time format of the samples' date columns, and the widths a column may take. */
const DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm";
const MIN_WIDTH = 64;
const MAX_WIDTH = 320;

/**
 * The name Sheets gives a new spreadsheet's tab in the add-on's languages (its user's language):
 * a tab so named, alone, empty, without charts or rules is one nobody has used.
 */
const NEW_TAB_NAMES = new Set(["Sheet1", "Blad1", "Tabellenblatt1", "Ark1", "Lapa1", "工作表1"]);

/** The only tab of a spreadsheet when it is a new spreadsheet's untouched first tab; else null. */
export function untouchedFirstTab(spreadsheet: SpreadsheetLike): SheetLike | null {
  const sheets = spreadsheet.getSheets();
  if (sheets.length !== 1) return null;
  const [sheet] = sheets;
  const untouched =
    NEW_TAB_NAMES.has(sheet.getName()) &&
    sheet.getLastRow() === 0 &&
    sheet.getLastColumn() === 0 &&
    sheet.getCharts().length === 0 &&
    sheet.getConditionalFormatRules().length === 0;
  return untouched ? sheet : null;
}

/** Per column, the width its header (bold) and its widest value need on one line. */
export function sampleWidths(tab: SampleTab): number[] {
  const [header, ...rows] = tab.values;
  return header.map((name, c) => {
    let width = lineWidth(String(name)) + 8;
    for (const row of rows) {
      const value = row[c];
      const text = value instanceof Date ? DATE_TIME_FORMAT : value === null ? "" : String(value);
      width = Math.max(width, lineWidth(text));
    }
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width));
  });
}

/** Developer-metadata key on the tabs Insert sample data made; its value is the tab's kind. */
export const SAMPLE_KEY = "support-kpis-sample";

type SampleKind = "tickets" | "survey" | "customers";

/**
 * The tab an earlier Insert sample data made for `kind`: the one carrying its metadata (even if
 * renamed; one finder call for every tab), else a tab of the sample's name in any case whose header
 * row is the sample's (made before tabs were marked). A user's own tab of that name, with other
 * headers, is never the sample.
 */
function earlierSampleTab(spreadsheet: SpreadsheetLike, tab: SampleTab, kind: SampleKind): SheetLike | null {
  for (const meta of spreadsheet.createDeveloperMetadataFinder().withKey(SAMPLE_KEY).find()) {
    const sheet = meta.getLocation().getSheet();
    if (sheet && meta.getValue() === kind) return sheet;
  }
  const named = findTab(spreadsheet.getSheets(), tab.name);
  if (!named || named.getLastColumn() !== tab.values[0].length) return null;
  const header = named.getRange(1, 1, 1, tab.values[0].length).getValues()[0];
  return header.every((v, i) => String(v) === String(tab.values[0][i])) ? named : null;
}

/**
 * Writes one sample tab with a bold frozen header: over the sample an earlier Insert sample data
 * made (refreshed in place, so it is never duplicated), else as a new tab beside the user's own
 * (whatever its case). A new tab goes into `inserted` as soon as it exists, so a failure can remove it.
 */
export function writeSampleTab(
  app: SpreadsheetAppLike,
  spreadsheet: SpreadsheetLike,
  tab: SampleTab,
  kind: SampleKind,
  inserted: SheetLike[],
): string {
  let sheet = earlierSampleTab(spreadsheet, tab, kind);
  if (sheet) sheet.clear();
  else {
    const sheets = spreadsheet.getSheets();
    sheet = spreadsheet.insertSheet(freeName(sheets, tab.name), sheets.length);
    inserted.push(sheet);
    sheet.addDeveloperMetadata(SAMPLE_KEY, kind, app.DeveloperMetadataVisibility.PROJECT);
  }
  const rows = tab.values.length;
  const columns = tab.values[0].length;
  ensureSize(sheet, rows, columns);
  const range = sheet.getRange(1, 1, rows, columns);
  range.setValues(tab.values.map((row) => row.map(toSheetValue)));
  // Date-time columns get a date-time format, judged from the first data row.
  range.setNumberFormats(
    tab.values.map((row, r) =>
      row.map((_, c) => (r > 0 && tab.values[1][c] instanceof Date ? DATE_TIME_FORMAT : "General")),
    ),
  );
  sheet.getRange(1, 1, 1, columns).setFontWeight("bold");
  sheet.setFrozenRows(1);
  sampleWidths(tab).forEach((width, c) => {
    sheet.setColumnWidth(c + 1, width);
  });
  return sheet.getName();
}
