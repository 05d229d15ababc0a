/**
 * SPARKLINE cells for the page. Sheets draws `=SPARKLINE(data; options)` as a small line inside the
 * cell; the offline engine only checks the arguments and yields "". This reads what Sheets would
 * plot: the data range's computed values (on the same tab or another) and the options range.
 *
 * Only a top-level SPARKLINE over range references is read (what the report writes and what a
 * person types); anything else (nested functions, `{}` arrays, bar charts) gives null: nothing is
 * drawn, and the grid is unaffected.
 */
import { a1Notation, columnNumber } from "../src/offline/a1";
import type { OfflineSheet } from "../src/offline/sheet";
import type { OfflineSpreadsheet } from "../src/offline/spreadsheet";
import type { SparklineView } from "./types";

/** Sheets' default sparkline colour. */
export const SPARKLINE_BLUE = "#4285f4";
/** Cells read at most, so a whole column ("A2:A") stays cheap; a larger range draws nothing. */
const MAX_CELLS = 10_000;

/** A range reference in a formula; `lastRow` null for an open-ended range ("A2:A"). */
export interface RangeRef {
  /** The tab named before "!", unquoted; null: the formula's own tab. */
  sheet: string | null;
  row: number;
  column: number;
  lastRow: number | null;
  lastColumn: number;
}

const SHEET = String.raw`(?:'((?:[^']|'')+)'|([^\s'!;,(){}"]+))!`;
const CELL = String.raw`\$?([A-Za-z]{1,3})\$?(\d*)`;
const REFERENCE = new RegExp(`^(?:${SHEET})?${CELL}(?::${CELL})?$`);

/** One argument as a range reference, or null. */
function parseReference(text: string): RangeRef | null {
  const m = REFERENCE.exec(text.trim());
  if (!m) return null;
  const [, quoted, bare, c1, r1, c2, r2] = m;
  // A lone cell needs its row ("B5"); a block may leave the end row open ("A2:A", "A:A").
  if (c2 === undefined && r1 === "") return null;
  const first = r1 === "" ? 1 : Number(r1);
  const last = c2 === undefined ? first : r2 === "" ? null : Number(r2);
  if (first < 1 || last === 0) return null;
  const a = columnNumber(c1);
  const b = c2 === undefined ? a : columnNumber(c2);
  return {
    sheet: quoted !== undefined ? quoted.replace(/''/g, "'") : (bare ?? null),
    row: last === null ? first : Math.min(first, last),
    column: Math.min(a, b),
    lastRow: last === null ? null : Math.max(first, last),
    lastColumn: Math.max(a, b),
  };
}

/** Splits on `;` or `,` outside quotes; null when an argument nests a call or an array. */
function splitArguments(text: string): string[] | null {
  const parts: string[] = [];
  let current = "";
  let quote: string | null = null;
  for (const ch of text) {
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === "'" || ch === '"') quote = ch;
    else if ("(){}".includes(ch)) return null;
    else if (ch === ";" || ch === ",") {
      parts.push(current);
      current = "";
      continue;
    }
    current += ch;
  }
  if (quote) return null;
  parts.push(current);
  return parts;
}

/** The data and options references of `=SPARKLINE(data[; options])`, or null. */
export function parseSparkline(formula: string): { data: RangeRef; options: RangeRef | null } | null {
  const m = /^=\s*SPARKLINE\s*\(([\s\S]*)\)\s*$/i.exec(formula);
  if (!m) return null;
  const args = splitArguments(m[1]);
  if (!args || args.length < 1 || args.length > 2) return null;
  const data = parseReference(args[0]);
  const options = args.length === 2 ? parseReference(args[1]) : null;
  if (!data || (args.length === 2 && !options)) return null;
  return { data, options };
}

/**
 * The A1 block of a reference on `sheet`, an open end row cut at the tab's last row; null when it
 * reaches past the tab (Sheets shows an error) or holds more cells than a sparkline needs.
 */
function blockOf(ref: RangeRef, sheet: OfflineSheet): string | null {
  const width = ref.lastColumn - ref.column + 1;
  const lastRow = ref.lastRow ?? Math.min(Math.max(sheet.values.lastRow() + 1, ref.row), sheet.maxRows);
  const height = lastRow - ref.row + 1;
  if (lastRow > sheet.maxRows || ref.lastColumn > sheet.maxColumns || width * height > MAX_CELLS) return null;
  return a1Notation(ref.row, ref.column, height, width);
}

/** The plotted series of a block: one row or column, or the y of two (x, y) rows or columns. */
function series<T>(block: T[][]): T[] | null {
  const height = block.length;
  const width = block[0]?.length ?? 0;
  if (height === 0 || width === 0) return null;
  if (height === 1) return block[0];
  if (width === 1) return block.map((row) => row[0]);
  if (width === 2) return block.map((row) => row[1]);
  if (height === 2) return block[1];
  return null;
}

function optionsOf(book: OfflineSpreadsheet, home: OfflineSheet, ref: RangeRef): Map<string, unknown> | null {
  const sheet = ref.sheet === null ? home : book.sheet(ref.sheet);
  const a1 = sheet && ref.lastColumn - ref.column === 1 ? blockOf(ref, sheet) : null;
  if (!sheet || !a1) return null;
  const options = new Map<string, unknown>();
  for (const [key, value] of sheet.peekValues(a1))
    if (typeof key === "string" && key !== "") options.set(key.trim().toLowerCase(), value);
  return options;
}

function numberOption(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

/**
 * What the page draws for the SPARKLINE `formula` on `home`, or null when it is not one the page
 * can draw. Blank and non-numeric cells are left out unless the options say `empty`=`zero` or
 * `nan`=`convert`, which plot them as 0.
 */
export function sparklineView(
  book: OfflineSpreadsheet,
  home: OfflineSheet,
  formula: string,
): SparklineView | null {
  const parsed = parseSparkline(formula);
  if (!parsed) return null;
  try {
    const options = parsed.options ? optionsOf(book, home, parsed.options) : new Map<string, unknown>();
    if (!options) return null;
    const type = options.get("charttype");
    if (type !== undefined && String(type).toLowerCase() !== "line") return null;
    const sheet = parsed.data.sheet === null ? home : book.sheet(parsed.data.sheet);
    if (!sheet) return null;
    const a1 = blockOf(parsed.data, sheet);
    if (!a1) return null;
    const values = series(sheet.peekValues(a1));
    const display = series(sheet.peekDisplayValues(a1));
    if (!values || !display) return null;
    const emptyAsZero = String(options.get("empty") ?? "").toLowerCase() === "zero";
    const textAsZero = String(options.get("nan") ?? "").toLowerCase() === "convert";
    const points: number[] = [];
    const labels: string[] = [];
    values.forEach((v, i) => {
      const blank = v === "" || v === null || v === undefined;
      if (typeof v === "number" && Number.isFinite(v)) {
        points.push(v);
        labels.push(display[i]);
      } else if (blank ? emptyAsZero : textAsZero) {
        points.push(0);
        labels.push("0");
      }
    });
    if (points.length === 0) return null;
    const color = options.get("color");
    const width = numberOption(options.get("linewidth"));
    const rtl = options.get("rtl");
    return {
      points,
      labels,
      color: typeof color === "string" && /^(#[0-9a-f]{3,8}|[a-z]+)$/i.test(color) ? color : SPARKLINE_BLUE,
      lineWidth: width !== null && width > 0 ? Math.min(width, 10) : 1,
      min: numberOption(options.get("ymin")),
      max: numberOption(options.get("ymax")),
      rtl: rtl === true || String(rtl).toLowerCase() === "true",
    };
  } catch {
    // Whatever the offline sheet refuses to read draws nothing rather than break the grid.
    return null;
  }
}
