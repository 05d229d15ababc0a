/**
 * The Sheets-value readers that the custom functions and the report's input both use: what a cell
 * from `getValues()` or a custom function's argument is, and how a message quotes it.
 *
 * This is the bottom of the input layer: it imports nothing, so `functions/` (bundled into Code.js,
 * evaluated on every custom-function call) can use it without pulling in column detection.
 */

/** A `Date` from any realm: Sheets' values and a `node:vm` context's fail `instanceof Date` here. */
export function isDate(value: unknown): value is Date {
  // `instanceof` first: same-realm dates (the common case) skip the slower tag check.
  return (
    value instanceof Date ||
    (typeof value === "object" && value !== null && Object.prototype.toString.call(value) === "[object Date]")
  );
}

/** Empty, or only spaces: Sheets' blank cell. */
export function isBlank(value: unknown): boolean {
  if (value === "" || value === null || value === undefined) return true;
  return typeof value === "string" && value.trim() === "";
}

/** How a value is quoted in a message: text in quotes, dates as ISO, long text cut short. */
export function describeValue(value: unknown): string {
  if (isDate(value)) return Number.isNaN(value.getTime()) ? "an invalid date" : value.toISOString();
  if (typeof value === "string")
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
  return String(value);
}

/** "A", …, "Z", "AA", … for a 1-based column. */
export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}
