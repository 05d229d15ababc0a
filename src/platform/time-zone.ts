/**
 * The spreadsheet's time zone, the only service a custom function touches. Month and day boundaries
 * follow it; the script's own time zone (appsscript.json) is never used for data.
 */
export function spreadsheetTimeZone(): string {
  return SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone();
}
