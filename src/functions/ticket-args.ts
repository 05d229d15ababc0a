/**
 * Arguments shared by the ticket functions: date-time columns, paired columns with the row
 * rules, business-hours schedules and holiday ranges. Messages follow `args.ts`: function, argument,
 * value, row, and how many rows share the problem.
 *
 * Why compact: an open-ended range (`A2:A`) brings hundreds of thousands of blank rows. Each column
 * is read once, and only rows holding a timestamp are kept, with their row numbers, so every later
 * pass runs over the tickets, not over the blanks. The arrays returned are scratch space (see
 * `scratch.ts`): valid until the next call reads a column.
 */

import { describeValue, isBlank, isDate } from "../input/values/cells";
import { parseTextTime } from "../input/values/text-time";
import { type ElapsedMeasure, elapsedMs, type PairCounts } from "../metrics/durations";
import { BusinessTime, parseSchedule, type Schedule } from "../metrics/schedule";
import { type ZoneClock, zoneClock } from "../metrics/zoned-time";
import { asRows, Problems, prefixErrors, readText, requireSameRows } from "./args";
import type { CallContext } from "./define";
import { scratchFloat64, scratchRows } from "./scratch";

const DATE_TIME_HINT =
  "Format the column as Format > Number > Date time, or write text with the year first (2026-03-05 14:30): 05/03/2026 could be March or May.";

/** Rows of a single-column range; a block of several columns is an error naming the argument. */
export function columnRows(fn: string, arg: string, value: unknown): unknown[][] {
  const rows = asRows(value);
  const width = Array.isArray(rows[0]) ? rows[0].length : 1;
  if (width > 1) throw new Error(`${fn}: ${arg} must be a single column; it has ${width} columns.`);
  return rows;
}

/** Reads text that holds an unambiguous date-time on the spreadsheet's wall clock (text-time.ts). */
type TextReader = (text: string) => number;

/** The spreadsheet's reader of text date-times ("2026-10-01 09:30" in its zone). */
export function textReader(context: CallContext): TextReader {
  // The zone is asked for only when a text cell comes: date-time cells never need it.
  let clock: ZoneClock | null = null;
  return (text) => {
    const zone = clock ?? zoneClock(context.timeZone());
    clock = zone;
    return parseTextTime(text, (local) => zone.toInstant(local));
  };
}

/**
 * A cell's epoch ms; NaN for a blank, and for anything that is not a valid date (recorded). Text is
 * read when it is an unambiguous date-time ("2026-10-01 09:30", year first), in the sheet's zone.
 */
function timestampOf(cell: unknown, r: number, problems: Problems, readText: TextReader): number {
  // Same-realm dates first: the common case, kept cheap for a million rows.
  if (cell instanceof Date) {
    const ms = cell.getTime();
    if (!Number.isNaN(ms)) return ms;
  }
  if (cell === "") return Number.NaN;
  if (isDate(cell)) {
    const ms = cell.getTime();
    if (Number.isNaN(ms)) problems.add(r + 1, cell);
    return ms;
  }
  if (typeof cell === "string" && !isBlank(cell)) {
    const ms = readText(cell);
    if (!Number.isNaN(ms)) return ms;
  }
  if (!isBlank(cell)) problems.add(r + 1, cell);
  return Number.NaN;
}

/** The non-blank timestamps of one column, in row order. */
export interface Instants {
  times: Float64Array;
  /** The 0-based row of each timestamp (empty unless asked for). */
  rows: Int32Array;
  /** Rows in the range, blanks included. */
  length: number;
}

/**
 * A date-time column (text is an error saying to format it as date-time); blanks are left out.
 * `withRows` also records each timestamp's row, to line it up with another column.
 */
export function readInstants(
  fn: string,
  arg: string,
  value: unknown,
  context: CallContext,
  withRows = false,
): Instants {
  const cells = columnRows(fn, arg, value);
  const times = scratchFloat64("times", cells.length);
  const rows = scratchRows(withRows ? cells.length : 0);
  const problems = new Problems(fn, arg, "a date-time");
  const count = readInstantCells(cells, times, withRows ? rows : undefined, problems, textReader(context));
  problems.throwIfAny(DATE_TIME_HINT);
  return {
    times: times.subarray(0, count),
    rows: rows.subarray(0, withRows ? count : 0),
    length: cells.length,
  };
}

/** The hot loop of `readInstants`, alone in its function so V8 optimizes it mid-loop. */
function readInstantCells(
  cells: unknown[][],
  times: Float64Array,
  rows: Int32Array | undefined,
  problems: Problems,
  readText: TextReader,
): number {
  let count = 0;
  for (let r = 0; r < cells.length; r++) {
    const row = cells[r];
    const cell = Array.isArray(row) ? row[0] : row;
    if (cell === "") continue;
    const t = timestampOf(cell, r, problems, readText);
    if (Number.isNaN(t)) continue;
    times[count] = t;
    if (rows) rows[count] = r;
    count++;
  }
  return count;
}

/** The rows of two paired columns that hold at least one timestamp (NaN for the missing one). */
export interface TimestampPairs {
  starts: Float64Array;
  ends: Float64Array;
  /** 0-based row of each pair within the ranges (empty unless asked for). */
  rows: Int32Array;
  /** How the rows fall; `firstBackwardsRow` is the 1-based row within the ranges. */
  counts: PairCounts;
  /** Index in `starts`/`ends` of that first end-before-start row (-1 when none). */
  firstBackwards: number;
}

/**
 * Two date-time columns of the same number of rows, read in one pass (the same checks and messages
 * as `readInstants` on each), with the rows counted into `PairCounts`. `withRows` also records
 * each pair's row, to write a result per row.
 */
export function readPairs(
  fn: string,
  startArg: string,
  start: unknown,
  endArg: string,
  end: unknown,
  context: CallContext,
  withRows = false,
): TimestampPairs {
  const startRows = columnRows(fn, startArg, start);
  const endRows = columnRows(fn, endArg, end);
  requireSameRows(fn, startArg, startRows, endArg, endRows);
  const n = startRows.length;
  const pairs: TimestampPairs = {
    starts: scratchFloat64("starts", n),
    ends: scratchFloat64("ends", n),
    rows: scratchRows(withRows ? n : 0),
    counts: { both: 0, startOnly: 0, endOnly: 0, backwards: 0, firstBackwardsRow: 0 },
    firstBackwards: -1,
  };
  const startProblems = new Problems(fn, startArg, "a date-time");
  const endProblems = new Problems(fn, endArg, "a date-time");
  const count = readPairCells(
    startRows,
    endRows,
    pairs,
    withRows,
    startProblems,
    endProblems,
    textReader(context),
  );
  startProblems.throwIfAny(DATE_TIME_HINT);
  endProblems.throwIfAny(DATE_TIME_HINT);
  pairs.starts = pairs.starts.subarray(0, count);
  pairs.ends = pairs.ends.subarray(0, count);
  if (withRows) pairs.rows = pairs.rows.subarray(0, count);
  return pairs;
}

/** The hot loop of `readPairs`, alone in its function so V8 optimizes it mid-loop. */
function readPairCells(
  startRows: unknown[][],
  endRows: unknown[][],
  pairs: TimestampPairs,
  withRows: boolean,
  startProblems: Problems,
  endProblems: Problems,
  readText: TextReader,
): number {
  const { starts, ends, rows, counts } = pairs;
  let count = 0;
  let both = 0;
  let startOnly = 0;
  let endOnly = 0;
  for (let r = 0; r < startRows.length; r++) {
    const startRow = startRows[r];
    const endRow = endRows[r];
    const a = Array.isArray(startRow) ? startRow[0] : startRow;
    const b = Array.isArray(endRow) ? endRow[0] : endRow;
    if (a === "" && b === "") continue;
    const s = timestampOf(a, r, startProblems, readText);
    const e = timestampOf(b, r, endProblems, readText);
    if (e >= s) both++;
    else if (e < s) {
      if (counts.backwards++ === 0) {
        counts.firstBackwardsRow = r + 1;
        pairs.firstBackwards = count;
      }
    } else if (!Number.isNaN(s)) startOnly++;
    else if (!Number.isNaN(e)) endOnly++;
    else continue;
    starts[count] = s;
    ends[count] = e;
    if (withRows) rows[count] = r;
    count++;
  }
  counts.both = both;
  counts.startOnly = startOnly;
  counts.endOnly = endOnly;
  return count;
}

/**
 * Checks the rows of a pair: an end before its start is an error naming the first such row and how
 * many there are; with `needBoth`, so is having no row with both timestamps.
 */
export function checkPairs(
  fn: string,
  startArg: string,
  endArg: string,
  pairs: TimestampPairs,
  needBoth: boolean,
): PairCounts {
  const counts = pairs.counts;
  if (counts.backwards > 0) {
    const i = pairs.firstBackwards;
    const others = counts.backwards === 1 ? "" : ` (${counts.backwards} rows like this)`;
    throw new Error(
      `${fn}: ${endArg} row ${counts.firstBackwardsRow} holds ${describeValue(new Date(pairs.ends[i]))}, before its ${startArg} ` +
        `${describeValue(new Date(pairs.starts[i]))}${others}. Check that both ranges start on the same row and are not swapped.`,
    );
  }
  if (needBoth && counts.both === 0) {
    const only =
      counts.startOnly + counts.endOnly === 0
        ? "every row is blank"
        : `${counts.startOnly} with only ${startArg}, ${counts.endOnly} with only ${endArg}`;
    throw new Error(
      `${fn}: no row has both ${startArg} and ${endArg} (${only}), so there is nothing to measure.`,
    );
  }
  return counts;
}

/** Elapsed ms of the rows with both timestamps (by `measure`, or the calendar), after `checkPairs`. */
export function readElapsed(
  fn: string,
  startArg: string,
  endArg: string,
  pairs: TimestampPairs,
  measure?: ElapsedMeasure,
): Float64Array {
  checkPairs(fn, startArg, endArg, pairs, true);
  return elapsedMs(pairs.starts, pairs.ends, measure, scratchFloat64("elapsed", pairs.starts.length));
}

/** An optional schedule argument; `fallback` (or null when none) when omitted or blank. */
export function readSchedule(fn: string, value: unknown, fallback = ""): Schedule | null {
  const text = readText(fn, "schedule", value) || fallback;
  return text === "" ? null : prefixErrors(fn, () => parseSchedule(text));
}

/**
 * Holidays as local day numbers in the spreadsheet's zone: any range of date cells (read cell by
 * cell, blanks skipped). A date cell arrives as the instant of its 00:00 in that zone.
 */
export function readHolidays(fn: string, arg: string, value: unknown, clock: ZoneClock): number[] {
  if (value === undefined || value === null) return [];
  const rows = asRows(value);
  const problems = new Problems(fn, arg, "a date");
  const days: number[] = [];
  for (let r = 0; r < rows.length; r++) {
    const row = Array.isArray(rows[r]) ? rows[r] : [rows[r]];
    for (let c = 0; c < row.length; c++) {
      const day = localDayOf(row[c], clock);
      if (!Number.isNaN(day)) days.push(day);
      else if (!isBlank(row[c])) problems.add(r + 1, row[c]);
    }
  }
  problems.throwIfAny(
    "Format the holidays as Format > Number > Date, or write them year first (2026-12-24): 05/03/2026 could be March or May.",
  );
  return days;
}

/**
 * The local day (in the clock's zone) of a date cell or of a year-first date text ("2026-12-24",
 * "2026/12/24 00:00"); NaN for anything else, blanks included.
 */
export function localDayOf(cell: unknown, clock: ZoneClock): number {
  if (isDate(cell)) return Number.isNaN(cell.getTime()) ? Number.NaN : clock.localDay(cell.getTime());
  if (typeof cell !== "string" || isBlank(cell)) return Number.NaN;
  const ms = parseTextTime(cell, (local) => clock.toInstant(local));
  return Number.isNaN(ms) ? Number.NaN : clock.localDay(ms);
}

/** The zone's cached clock; an error names the function if the runtime does not know the zone. */
export function clockOf(fn: string, zone: string): ZoneClock {
  try {
    return zoneClock(zone);
  } catch (error) {
    throw new Error(`${fn}: the spreadsheet's time zone: ${(error as Error).message}`);
  }
}

/**
 * How elapsed time is measured: business hours when a schedule is given (or `defaultSchedule`),
 * else calendar time (undefined). Asks for the spreadsheet's time zone only then.
 */
export function readMeasure(
  fn: string,
  scheduleValue: unknown,
  context: CallContext,
  holidaysValue?: unknown,
  defaultSchedule = "",
): BusinessTime | undefined {
  const schedule = readSchedule(fn, scheduleValue, defaultSchedule);
  if (!schedule) return undefined;
  const clock = clockOf(fn, context.timeZone());
  return new BusinessTime(schedule, clock, readHolidays(fn, "holidays", holidaysValue, clock));
}
