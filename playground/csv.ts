/**
 * A ticket export (CSV) as rows of sheet values, the way the playground loads it into the ticket-log
 * tab, following what Sheets' File → Import does: header row first, timestamps as Dates in the
 * spreadsheet's time zone, numbers as numbers, everything else as text (a cell starting with "="
 * stays text: the playground stores it raw).
 *
 * As Sheets reads it: any mix of CRLF, LF and CR outside quotes ends a row; a column's date order
 * (day/month or month/day) is decided from its own values, a day above 12 deciding it, and a column
 * where every date could be either follows the spreadsheet's locale, with a warning saying so;
 * year-first dates may use "/" and carry fractional seconds; text that would become an infinite
 * number, or lose leading zeros or digits (IDs), stays text.
 *
 * Pure: bytes in, rows or a reason out. A file it cannot read is refused with a message that says
 * why, so the caller can keep the existing tabs unchanged.
 */
import Papa from "papaparse";
import { zonedInstant } from "../src/metrics/zoned-time";

/** A cell as loaded into the sheet ("" for a blank). */
export type CsvCell = string | number | Date;

export interface CsvOptions {
  /** IANA zone the spreadsheet counts in: wall-clock timestamps are read in it. */
  timeZone: string;
  /** Refuse files larger than this many bytes (default 20 MiB). */
  maxBytes?: number;
  /** Refuse files with more cells than this (default 5,000,000; Sheets' limit is 10 million in all). */
  maxCells?: number;
  /** The spreadsheet's locale, e.g. "en_US": the date order of columns the values leave open. */
  locale?: string;
}

/** Which number comes first in a date such as 05/03/2026. */
export type DateOrder = "MDY" | "DMY";

export type CsvResult =
  | {
      ok: true;
      /** Header row then data rows, all `columns` wide. */
      rows: CsvCell[][];
      dataRows: number;
      columns: number;
      /** Repairs made on the way (short rows padded, odd quotes), for the user to check. */
      warnings: string[];
    }
  | { ok: false; message: string };

export const MAX_BYTES = 20 * 1024 * 1024;
export const MAX_CELLS = 5_000_000;

/** How many offending row numbers a message lists before "…". */
const LISTED = 5;

// D/M/YYYY or M/D/YYYY (the column decides which), or D.M.YYYY; optionally ", " or " " then
// h:mm[:ss[.fff]] [AM|PM].
const DAY_MONTH_DATE =
  /^(\d{1,2})([/.])(\d{1,2})\2(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:\s*([AaPp])\.?[Mm]\.?)?)?$/;
// YYYY-MM-DD or YYYY/MM/DD, optionally " " or "T" then hh:mm[:ss[.fff]], optionally Z or ±hh[:]mm
// (an exact instant).
const YEAR_FIRST_DATE =
  /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/;
const NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;
const GROUPED_NUMBER = /^[-+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

interface Clock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
}

function validClock(c: Clock): boolean {
  return (
    c.month >= 1 &&
    c.month <= 12 &&
    c.day >= 1 &&
    c.day <= daysInMonth(c.year, c.month) &&
    c.hour <= 23 &&
    c.minute <= 59 &&
    c.second <= 59
  );
}

function millis(fraction: string | undefined): number {
  return fraction ? Math.round(Number(`0.${fraction}`) * 1000) : 0;
}

/** A wall-clock reading in `zone` (or at a stated UTC offset) as a Date; null when not a real time. */
function toDate(c: Clock, zone: string, offset?: string): Date | null {
  if (!validClock(c)) return null;
  if (offset !== undefined) {
    const utc = Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second, c.ms);
    if (offset === "Z") return new Date(utc);
    const m = /^([+-])(\d{2}):?(\d{2})$/.exec(offset);
    if (!m) return null;
    const minutes = (Number(m[2]) * 60 + Number(m[3])) * (m[1] === "-" ? -1 : 1);
    return new Date(utc - minutes * 60_000);
  }
  return new Date(zonedInstant(zone, c.year, c.month, c.day, c.hour, c.minute, c.second) + c.ms);
}

/**
 * `M/D/YYYY [h:mm[:ss] [AM/PM]]` (or D/M/YYYY with `order` "DMY", and D.M.YYYY always) or
 * `YYYY-MM-DD [hh:mm[:ss[.fff]]]` (also with "/") as a Date in `zone`, else null.
 */
export function parseTimestamp(text: string, zone: string, order: DateOrder = "MDY"): Date | null {
  const dm = DAY_MONTH_DATE.exec(text);
  if (dm) {
    let hour = dm[5] === undefined ? 0 : Number(dm[5]);
    const meridiem = dm[9]?.toUpperCase();
    if (meridiem) {
      if (hour < 1 || hour > 12) return null;
      hour = (hour % 12) + (meridiem === "P" ? 12 : 0);
    }
    const dayFirst = dm[2] === "." || order === "DMY";
    return toDate(
      {
        year: Number(dm[4]),
        month: Number(dayFirst ? dm[3] : dm[1]),
        day: Number(dayFirst ? dm[1] : dm[3]),
        hour,
        minute: Number(dm[6] ?? 0),
        second: Number(dm[7] ?? 0),
        ms: millis(dm[8]),
      },
      zone,
    );
  }
  const iso = YEAR_FIRST_DATE.exec(text);
  if (iso) {
    return toDate(
      {
        year: Number(iso[1]),
        month: Number(iso[3]),
        day: Number(iso[4]),
        hour: Number(iso[5] ?? 0),
        minute: Number(iso[6] ?? 0),
        second: Number(iso[7] ?? 0),
        ms: millis(iso[8]),
      },
      zone,
      iso[9],
    );
  }
  return null;
}

/**
 * A number Sheets would keep exactly: finite, not rounded away to 0, and, for a whole number, at
 * most 15 digits (a 16-digit ID such as 4111111111111111 would come back changed).
 */
function keepsAsNumber(text: string, value: number): boolean {
  if (!Number.isFinite(value)) return false;
  const mantissa = text.replace(/^[-+]/, "").replace(/[eE].*$/, "");
  if (value === 0 && /[1-9]/.test(mantissa)) return false;
  return /[.eE]/.test(text) || mantissa.replace(/^0+/, "").length <= 15;
}

/**
 * One field as a sheet value: a timestamp → Date, a plain number → number (not one with leading
 * zeros, such as an ID "00123", which stays text), a blank → "", anything else the text as given.
 */
export function csvCell(field: string, zone: string, order: DateOrder = "MDY"): CsvCell {
  const text = field.trim();
  if (text === "") return "";
  const first = text.charCodeAt(0);
  const digitLike = (first >= 48 && first <= 57) || first === 43 || first === 45 || first === 46;
  if (!digitLike) return field;
  const date = parseTimestamp(text, zone, order);
  if (date) return date;
  if (NUMBER.test(text) && !/^[-+]?0\d/.test(text) && keepsAsNumber(text, Number(text))) return Number(text);
  if (GROUPED_NUMBER.test(text)) {
    const plain = text.replace(/,/g, "");
    if (keepsAsNumber(plain, Number(plain))) return Number(plain);
  }
  return field;
}

/** The order the spreadsheet's locale writes dates in: "DMY" for de_DE or en_GB, "MDY" for en_US. */
export function localeDateOrder(locale: string): DateOrder {
  try {
    const parts = new Intl.DateTimeFormat(locale.replace(/_/g, "-"), { timeZone: "UTC" }).formatToParts(
      new Date(Date.UTC(2001, 1, 3)),
    );
    const day = parts.findIndex((p) => p.type === "day");
    const month = parts.findIndex((p) => p.type === "month");
    return day >= 0 && month >= 0 && day < month ? "DMY" : "MDY";
  } catch {
    return "MDY";
  }
}

/**
 * Each column's date order from its own values, as Sheets' import decides it: a first number above
 * 12 means day first, a second above 12 month first; a column where every date could be either
 * follows the locale, and one that has both kinds too (its dates that do not fit stay text). Says
 * so in `warnings` whenever the values did not decide.
 */
function columnDateOrders(
  records: string[][],
  width: number,
  header: readonly string[],
  locale: string,
  warnings: string[],
): DateOrder[] {
  const fallback = localeDateOrder(locale);
  const orders: DateOrder[] = [];
  for (let c = 0; c < width; c++) {
    let dayFirst = 0;
    let monthFirst = 0;
    let example = "";
    for (let i = 1; i < records.length; i++) {
      const m = DAY_MONTH_DATE.exec((records[i][c] ?? "").trim());
      if (!m) continue;
      if (m[2] !== "/") continue; // D.M.YYYY is always day first
      example ||= `${m[1]}/${m[3]}/${m[4]}`;
      if (Number(m[1]) > 12) dayFirst++;
      if (Number(m[3]) > 12) monthFirst++;
    }
    const name = `"${header[c].trim() || `column ${c + 1}`}"`;
    const read = fallback === "DMY" ? "day/month" : "month/day";
    if (dayFirst > 0 && monthFirst === 0) orders.push("DMY");
    else if (monthFirst > 0 && dayFirst === 0) orders.push("MDY");
    else {
      orders.push(fallback);
      if (dayFirst > 0)
        warnings.push(
          `Column ${name} mixes day-first and month-first dates; read as ${read} (the spreadsheet's locale, ${locale}), so the dates that do not fit stay text.`,
        );
      else if (example)
        warnings.push(
          `Column ${name}: every date (such as ${example}) could be day/month or month/day; read as ${read}, as the spreadsheet's locale (${locale}) writes dates.`,
        );
    }
  }
  return orders;
}

/**
 * The text with every line break outside quoted fields made "\n" (CRLF, LF and CR alike end a row,
 * as in Sheets), and those inside quotes kept as written.
 */
function normalizeRowEnds(text: string, delimiter: string): string {
  let out = "";
  let quoted = false;
  let fieldStart = true;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') i++;
        else quoted = false;
      }
      continue;
    }
    if (ch === '"' && fieldStart) {
      quoted = true;
      fieldStart = false;
    } else if (ch === "\r") {
      out += `${text.slice(from, i)}\n`;
      if (text[i + 1] === "\n") i++;
      from = i + 1;
      fieldStart = true;
    } else fieldStart = ch === "\n" || ch === delimiter;
  }
  return out + text.slice(from);
}

/** What kind of file the first bytes say this is, when it is clearly not text. */
function binaryKind(bytes: Uint8Array): string | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x50, 0x4b, 0x03, 0x04)) return "a ZIP archive (an Excel .xlsx workbook is one)";
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return "an old Excel .xls workbook";
  if (starts(0x25, 0x50, 0x44, 0x46)) return "a PDF document";
  if (starts(0x89, 0x50, 0x4e, 0x47) || starts(0xff, 0xd8, 0xff) || starts(0x47, 0x49, 0x46))
    return "an image";
  if (starts(0x1f, 0x8b)) return "a gzip archive";
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return "a binary file";
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.05 ? "a binary file" : null;
}

/** The text of the file: UTF-8 (BOM dropped), UTF-16 with a BOM, else Windows-1252 as Excel writes. */
function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  try {
    // TextDecoder drops a UTF-8 BOM itself.
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

function rowList(rows: number[]): string {
  const shown = rows.slice(0, LISTED).join(", ");
  return rows.length > LISTED ? `${shown} … (${rows.length} rows)` : shown;
}

function isBlank(row: readonly string[]): boolean {
  return row.every((f) => f.trim() === "");
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}

/** Reads a CSV export (see the module comment); `name` is the file's name, for messages. */
export function parseCsv(bytes: Uint8Array, name: string, options: CsvOptions): CsvResult {
  const maxBytes = options.maxBytes ?? MAX_BYTES;
  const maxCells = options.maxCells ?? MAX_CELLS;
  const fail = (why: string): CsvResult => ({ ok: false, message: `Cannot load ${name}: ${why}` });

  if (bytes.length > maxBytes)
    return fail(
      `the file is ${formatBytes(bytes.length)}, more than the ${formatBytes(maxBytes)} the playground loads.`,
    );
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const kind = utf16 ? null : binaryKind(bytes);
  if (kind) return fail(`it is ${kind}, not CSV text. Save or export the data as CSV and load that file.`);
  const text = decode(bytes).replace(/^\uFEFF/, "");
  if (text.trim() === "") return fail("the file is empty.");

  // Papaparse guesses the delimiter (",", tab, ";", "|") badly when blank lines are kept, so it
  // guesses on the first rows without them, then splits the whole file keeping blank rows in place.
  const guess = Papa.parse<string[]>(text.replace(/\r\n?/g, "\n"), { skipEmptyLines: "greedy", preview: 50 });
  const delimiter = guess.meta.delimiter;
  const parsed = Papa.parse<string[]>(normalizeRowEnds(text, delimiter), {
    skipEmptyLines: false,
    delimiter,
    newline: "\n",
  });
  const warnings: string[] = [];
  for (const error of parsed.errors) {
    const row = (error.row ?? 0) + 1;
    if (error.code === "MissingQuotes")
      return fail(
        `a quoted field starting in row ${row} is never closed (a " without its closing "), so the rest of the file cannot be split into fields.`,
      );
    if (error.code === "InvalidQuotes")
      warnings.push(`Row ${row}: a field has a stray " after its closing quote; check that row.`);
  }
  const records = parsed.data;
  while (records.length > 0 && isBlank(records[records.length - 1])) records.pop();
  const firstRow = records.findIndex((r) => !isBlank(r));
  if (firstRow < 0) return fail("the file holds no values, only empty rows and delimiters.");
  if (firstRow > 0) records.splice(0, firstRow);

  const header = records[0];
  // Column names are text: a date or a number up there means the header row is missing.
  const headerData = header.findIndex((f) => typeof csvCell(f, options.timeZone) !== "string");
  if (headerData >= 0)
    return fail(
      `the first row holds data ("${header[headerData].trim()}" in column ${headerData + 1}), not column names. Add a header row naming the columns (e.g. Created, Status, Category).`,
    );
  if (records.length < 2) return fail("it has a header row but no data rows below it.");

  // The header's width, not counting empty names at its end.
  let width = header.length;
  while (width > 0 && header[width - 1].trim() === "") width--;
  const tooLong: number[] = [];
  const short: number[] = [];
  for (let i = 1; i < records.length; i++) {
    const record = records[i];
    if (record.length > width && record.slice(width).some((f) => f.trim() !== "")) tooLong.push(i + 1);
    else if (record.length < width && !isBlank(record)) short.push(i + 1);
  }
  if (tooLong.length > 0)
    return fail(
      `row ${rowList(tooLong)} (counting the header as row 1) has more fields than the ${width} columns of the header row. Check the delimiter and the quotes around fields that contain commas.`,
    );
  if (short.length > 0)
    warnings.push(`Rows with fewer fields than the header were filled with blanks: ${rowList(short)}.`);
  if (records.length * width > maxCells)
    return fail(
      `it has ${records.length.toLocaleString("en-US")} rows × ${width} columns, more than the ${maxCells.toLocaleString("en-US")} cells the playground loads.`,
    );

  const orders = columnDateOrders(records, width, header, options.locale ?? "en_US", warnings);
  const rows: CsvCell[][] = records.map((record, i) => {
    const row: CsvCell[] = new Array(width);
    for (let c = 0; c < width; c++) {
      const field = record[c] ?? "";
      row[c] = i === 0 ? field.trim() : csvCell(field, options.timeZone, orders[c]);
    }
    return row;
  });
  return { ok: true, rows, dataRows: rows.length - 1, columns: width, warnings };
}
