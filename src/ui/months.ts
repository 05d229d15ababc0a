/**
 * Months as the sidebar offers them. Months travel as "YYYY-MM" strings (never Date), which sort
 * as text, so no time zone arithmetic happens here except finding the current month.
 */

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The valid "YYYY-MM" months, newest first, without duplicates. */
export function newestFirst(months: readonly string[]): string[] {
  return [...new Set(months.filter((m) => MONTH.test(m)))].sort().reverse();
}

/**
 * The month to preselect: `preferred` when it has data, else the newest month before `current`
 * (the last full month), else the newest month; "" when there are no months.
 */
export function pickMonth(months: readonly string[], preferred: string | null, current: string): string {
  const options = newestFirst(months);
  if (preferred && options.includes(preferred)) return preferred;
  return options.find((m) => m < current) ?? options[0] ?? "";
}

/**
 * "YYYY-MM" of an instant in an IANA time zone (the spreadsheet's, so "this month" matches the
 * report's months). An unknown zone falls back to UTC rather than failing the sidebar.
 */
export function monthIn(instant: Date, timeZone: string): string {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "2-digit" }).formatToParts(
      instant,
    );
  } catch {
    return instant.toISOString().slice(0, 7);
  }
  const year = parts.find((p) => p.type === "year")?.value ?? "";
  const month = parts.find((p) => p.type === "month")?.value ?? "";
  return `${year.padStart(4, "0")}-${month}`;
}
