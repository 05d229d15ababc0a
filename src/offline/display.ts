/**
 * What a cell shows (`getDisplayValues`): its value rendered with its number format by numfmt, a
 * spreadsheet number-format library, in the spreadsheet's locale.
 *
 * Sheets' serial dates have no 1900 leap-year bug (serial 1 is 1899-12-31), unlike Excel's, so
 * numfmt runs with `leap1900: false`.
 */
import { format, isDateFormat } from "numfmt";
import { formulaSyntaxOf } from "./formula-syntax";

/** What `getNumberFormat()` gives for a cell left on "Automatic". */
export const AUTOMATIC_FORMAT = "0.###############";
/** The format Sheets gives a cell when a date-time is written into it. */
export const DATE_TIME_FORMAT = "M/d/yyyy H:mm:ss";
/** The format Sheets gives a formula whose result is a date (e.g. `=DATE(2026;1;1)`). */
export const DATE_FORMAT = "M/d/yyyy";

const dateFormats = new Map<string, boolean>();

/** Whether a number format shows dates or times (cached: formats repeat down whole columns). */
export function isDateTimeFormat(numberFormat: string): boolean {
  let known = dateFormats.get(numberFormat);
  if (known === undefined) {
    try {
      known = isDateFormat(numberFormat);
    } catch {
      known = false;
    }
    dateFormats.set(numberFormat, known);
  }
  return known;
}

/** numfmt's locale tag for a spreadsheet locale such as "en_US". */
function localeTag(locale: string): string {
  return locale.replace("_", "-");
}

/**
 * A number on "Automatic", as Sheets shows it: whole numbers in full, others to 10 significant
 * digits, very large or small magnitudes in scientific notation.
 */
export function automaticNumber(n: number): string {
  if (n === 0) return "0";
  const size = Math.abs(n);
  if (Number.isInteger(n) && size < 1e15) return String(n);
  if (size >= 1e15 || size < 1e-9) {
    const [mantissa, exponent] = n.toExponential(2).split("e");
    const e = Number(exponent);
    return `${mantissa.replace(/\.?0+$/, "")}E${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
  }
  const text = String(Number(n.toPrecision(10)));
  return text.includes("e") ? n.toFixed(10).replace(/\.?0+$/, "") : text;
}

/**
 * A value rendered with a number format. `value` is what the cell holds for formatting: a number
 * (date-times already as serials), text, a boolean, or "" for blank. `numberFormat` undefined
 * means "Automatic".
 */
export function displayValue(
  value: string | number | boolean,
  numberFormat: string | undefined,
  locale: string,
) {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") {
    if (value === "" || numberFormat === undefined) return value;
    return format(numberFormat, value, { locale: localeTag(locale), leap1900: false });
  }
  if (numberFormat === undefined || numberFormat === AUTOMATIC_FORMAT || /^general$/i.test(numberFormat)) {
    const shown = automaticNumber(value);
    // Sheets writes the locale's decimal mark in automatic numbers too (0,75 in de_DE).
    return formulaSyntaxOf(locale).decimal === "," ? shown.replace(".", ",") : shown;
  }
  return format(numberFormat, value, { locale: localeTag(locale), leap1900: false, invalid: "#ERROR!" });
}
