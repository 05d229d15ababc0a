/**
 * Finding a tab by name as Sheets compares tab names: ignoring case ("Tickets" and "tickets" cannot
 * both exist in one spreadsheet, and a user may retype a name in another case). One small function,
 * so every lookup of the add-on's own tabs agrees.
 */
import type { SheetLike } from "../platform/services";

/** Two tab names that Sheets treats as the same name. */
export function sameTabName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** The tab of `sheets` named `name`, whatever its case, or null. */
export function findTab<T extends SheetLike>(sheets: readonly T[], name: string): T | null {
  return sheets.find((sheet) => sameTabName(sheet.getName(), name)) ?? null;
}
