/**
 * Ticket custom functions: FRT, RESOLUTION_TIME, BUSINESS_HOURS, SLA_RATE, FCR, RESOLUTION_RATE,
 * BACKLOG, TICKET_VOLUME. Each reads its ranges in plain loops (`args.ts`, `ticket-args.ts`) and
 * asks metrics/ for the numbers. Only functions that need the calendar ask for the spreadsheet's
 * time zone, once per call. Each function's docs follow it (build time only; see define.ts).
 */

import { describeValue, isBlank, isDate } from "../input/values/cells";
import { backlogAt, latestTimestamp } from "../metrics/backlog";
import { DAY_MS, HOUR_MS } from "../metrics/calendar";
import { DURATION_UNITS, type DurationUnit, summarizeElapsed } from "../metrics/durations";
import type { FcrCounts } from "../metrics/fcr";
import { DEFAULT_RESOLVED_STATUSES, parseStatusList, StatusMatcher } from "../metrics/resolution-rate";
import { type BusinessTime, SCHEDULE_EXAMPLE } from "../metrics/schedule";
import { slaCounts } from "../metrics/sla";
import { STATS, type Stat } from "../metrics/stats";
import { type Grouping, ticketVolume, VOLUME_PERIODS, type VolumePeriod } from "../metrics/volume";
import { dayKeyOf } from "../metrics/zoned-time";
import type { CellValue } from "../platform/services";
import {
  asRows,
  Problems,
  parseNumber,
  prefixErrors,
  readChoice,
  readNumber,
  requireSameRows,
  single,
} from "./args";
import { type CallContext, type CustomFunction, defineFunction, type FunctionDocs } from "./define";
import {
  checkPairs,
  clockOf,
  columnRows,
  localDayOf,
  readElapsed,
  readInstants,
  readMeasure,
  readPairs,
  type TimestampPairs,
} from "./ticket-args";

// Help texts several functions' docs share (build time only, like all docs).
const STAT_HELP =
  "mean (default), median, p90, max or min. Median and p90 match Sheets' MEDIAN and PERCENTILE.";
const UNIT_HELP = "hours (default), minutes or days (a day is 24 hours, also with a schedule).";
const DATE_TIMES =
  "date-time cells in one column (or text written year first, 2026-10-01 09:30); blanks are skipped; other text is an error";
/** A function, not a constant: esbuild keeps a template interpolating an import even when unused. */
const scheduleHelp = () =>
  `Business hours such as ${SCHEDULE_EXAMPLE}, in the spreadsheet's time zone; omitted: calendar time (24/7).`;

/** The shared body of FRT and RESOLUTION_TIME. */
function durationStat(
  fn: string,
  startArg: string,
  endArg: string,
  args: unknown[],
  context: CallContext,
): number {
  const [start, end, statValue, unitValue, scheduleValue] = args;
  const pairs = readPairs(fn, startArg, start, endArg, end, context);
  const stat: Stat = readChoice(fn, "stat", statValue, STATS, "mean");
  const unit: DurationUnit = readChoice(fn, "unit", unitValue, DURATION_UNITS, "hours");
  const measure = readMeasure(fn, scheduleValue, context);
  // The elapsed times are this call's scratch: the median may reorder them.
  return summarizeElapsed(readElapsed(fn, startArg, endArg, pairs, measure), stat, unit, true);
}

function durationConvention(startArg: string, endArg: string, what: string): string {
  return (
    `${what} = ${endArg} − ${startArg}, per row with both date-times; rows with only one (not yet ${endArg === "resolved" ? "resolved" : "answered"}) and blank rows are skipped. ` +
    `stat picks the mean, median, p90 (90th percentile), max (longest) or min; median and p90 match Sheets' MEDIAN and PERCENTILE (linear interpolation). ` +
    `unit "days" means 24 hours. With a schedule such as "Mon-Fri 09:00-17:00" only working hours count, on the spreadsheet's time zone and calendar, correct across daylight-saving changes. ` +
    `A ${endArg} before its ${startArg} is an error naming the row; text is read only when written year first (2026-10-01 09:30, in the spreadsheet's time zone); other text is an error (format the column as date-time).`
  );
}

const frt = defineFunction({
  name: "FRT",
  params: [
    { name: "created" },
    { name: "first_response" },
    { name: "stat", optional: true },
    { name: "unit", optional: true },
    { name: "schedule", optional: true },
  ],
  example: '=FRT(A2:A, B2:B, "median")',
  run(args, context) {
    return durationStat("FRT", "created", "first_response", args, context);
  },
});

function frtDocs(): FunctionDocs<typeof frt> {
  return {
    function: frt,
    summary: "First response time: the mean, median, p90, max or min time from created to first response.",
    convention: durationConvention("created", "first_response", "First response time"),
    params: {
      created: { type: "range", help: `When each ticket was created: ${DATE_TIMES}.` },
      first_response: {
        type: "range",
        help: `When each ticket was first answered, same rows as created: ${DATE_TIMES}.`,
      },
      stat: { type: "text", help: STAT_HELP },
      unit: { type: "text", help: UNIT_HELP },
      schedule: { type: "text", help: scheduleHelp() },
    },
    returns: "a duration in hours (or the unit given)",
  };
}

const resolutionTime = defineFunction({
  name: "RESOLUTION_TIME",
  params: [
    { name: "created" },
    { name: "resolved" },
    { name: "stat", optional: true },
    { name: "unit", optional: true },
    { name: "schedule", optional: true },
  ],
  example: '=RESOLUTION_TIME(A2:A, C2:C, "median", "days")',
  run(args, context) {
    return durationStat("RESOLUTION_TIME", "created", "resolved", args, context);
  },
});

function resolutionTimeDocs(): FunctionDocs<typeof resolutionTime> {
  return {
    function: resolutionTime,
    summary: "Resolution time: the mean, median, p90, max or min time from created to resolved.",
    convention: durationConvention("created", "resolved", "Resolution time"),
    params: {
      created: { type: "range", help: `When each ticket was created: ${DATE_TIMES}.` },
      resolved: {
        type: "range",
        help: `When each ticket was resolved, same rows as created: ${DATE_TIMES}.`,
      },
      stat: { type: "text", help: `${STAT_HELP} "max" is the longest resolution.` },
      unit: { type: "text", help: UNIT_HELP },
      schedule: { type: "text", help: scheduleHelp() },
    },
    returns: "a duration in hours (or the unit given)",
  };
}

const DEFAULT_SCHEDULE = "Mon-Fri 09:00-17:00";

/** Shared by every blank row of BUSINESS_HOURS' result: one array instead of one per row. */
const BLANK_ROW: CellValue[] = [""];

/**
 * Working hours per row; "" where a row lacks a timestamp. The column ends at the last row holding a
 * timestamp: an open-ended range's trailing blanks add nothing.
 */
function businessHoursColumn(pairs: TimestampPairs, measure: BusinessTime): CellValue[][] {
  const { starts, ends, rows } = pairs;
  const length = rows.length > 0 ? rows[rows.length - 1] + 1 : 0;
  const out = new Array<CellValue[]>(length).fill(BLANK_ROW);
  for (let i = 0; i < rows.length; i++) {
    const start = starts[i];
    const end = ends[i];
    if (end >= start) out[rows[i]] = [measure.between(start, end) / HOUR_MS];
  }
  return out;
}

const businessHours = defineFunction({
  name: "BUSINESS_HOURS",
  params: [
    { name: "start" },
    { name: "end" },
    { name: "schedule", optional: true },
    { name: "holidays", optional: true },
  ],
  example: '=BUSINESS_HOURS(A2:A, C2:C, "Mon-Fri 09:00-17:00", Holidays!A2:A)',
  run([start, end, scheduleValue, holidays], context) {
    const fn = "BUSINESS_HOURS";
    const pairs = readPairs(fn, "start", start, "end", end, context, true);
    checkPairs(fn, "start", "end", pairs, true);
    const measure = readMeasure(fn, scheduleValue, context, holidays, DEFAULT_SCHEDULE) as BusinessTime;
    return businessHoursColumn(pairs, measure);
  },
});

function businessHoursDocs(): FunctionDocs<typeof businessHours> {
  return {
    function: businessHours,
    summary: "Working hours elapsed between two date-times, per row, by a business-hours schedule.",
    convention:
      "For each row: the real time between start and end during which the spreadsheet's wall clock shows a working hour " +
      "of a working day that is not a holiday. Counted on the spreadsheet's time zone, so a working day on a daylight-saving " +
      'change has its real length. Schedules: days and 24-hour times, e.g. "Mon-Fri 09:00-17:00", ' +
      '"Mon-Thu 08:00-16:00, Fri 08:00-12:00" or "Mon-Fri 09:00-12:00 13:00-17:00". Returns one value per row (spills ' +
      'down); a row without both date-times gives "". An end before its start is an error naming the row.',
    params: {
      start: { type: "range", help: `Start of each interval (e.g. created): ${DATE_TIMES}.` },
      end: { type: "range", help: `End of each interval, same rows as start: ${DATE_TIMES}.` },
      schedule: {
        type: "text",
        help: 'Working hours; default "Mon-Fri 09:00-17:00". E.g. "Mon-Thu 08:00-16:00, Fri 08:00-12:00".',
      },
      holidays: {
        type: "range",
        help: "Dates with no working hours (a range of date cells or year-first date texts such as 2026-12-24; blanks are skipped).",
      },
    },
    returns: "a column of hours, one per row",
  };
}

const slaRate = defineFunction({
  name: "SLA_RATE",
  params: [
    { name: "start" },
    { name: "end" },
    { name: "target_hours" },
    { name: "schedule", optional: true },
  ],
  example: "=SLA_RATE(A2:A, B2:B, 4)",
  run([start, end, target, scheduleValue], context) {
    const fn = "SLA_RATE";
    const pairs = readPairs(fn, "start", start, "end", end, context);
    const targetHours = readNumber(fn, "target_hours", target, { min: 0 });
    const measure = readMeasure(fn, scheduleValue, context);
    const { met, total } = slaCounts(readElapsed(fn, "start", "end", pairs, measure), targetHours);
    return met / total;
  },
});

function slaRateDocs(): FunctionDocs<typeof slaRate> {
  return {
    function: slaRate,
    summary: "SLA compliance: the share of tickets whose elapsed time meets a target in hours.",
    convention:
      "SLA rate = rows meeting the target ÷ rows with both start and end, where a row meets the target when end − start " +
      "(in hours) ≤ target_hours; rows with only one date-time (still open) and blank rows are skipped. With a schedule, " +
      "elapsed time is working hours on the spreadsheet's time zone (e.g. a 16-hour target is two 8-hour days). " +
      "An end before its start is an error naming the row.",
    params: {
      start: { type: "range", help: `Start of each ticket's clock (e.g. created): ${DATE_TIMES}.` },
      end: {
        type: "range",
        help: `When the target was due to be met (e.g. first response or resolved), same rows: ${DATE_TIMES}.`,
      },
      target_hours: { type: "number", help: "The target in hours (0 or more), e.g. 24." },
      schedule: { type: "text", help: scheduleHelp() },
    },
    returns: "a fraction 0–1 (format as %)",
  };
}

/**
 * FCR's counts read straight from the cells: whole numbers ≥ 0 (numbers as text accepted) compared
 * with `maxContacts`, or TRUE/FALSE for resolved on first contact or not.
 */
function countContacts(fn: string, value: unknown, maxContacts: number): FcrCounts {
  const problems = new Problems(fn, "contacts", "a whole number of contacts (0 or more), or TRUE/FALSE");
  const counts = { within: 0, resolved: 0 };
  const booleans = countContactCells(asRows(value), maxContacts, counts, problems);
  problems.throwIfAny();
  if (booleans > 0 && maxContacts !== 1) {
    throw new Error(
      `${fn}: contacts holds TRUE/FALSE (resolved on first contact or not), which cannot be compared with max_contacts ${maxContacts}; use contact counts, or max_contacts 1.`,
    );
  }
  if (counts.resolved === 0) throw new Error(`${fn}: contacts has no resolved tickets: every cell is blank.`);
  return counts;
}

/** The hot loop of `countContacts`; returns how many cells were TRUE/FALSE. */
function countContactCells(
  rows: unknown[][],
  maxContacts: number,
  counts: FcrCounts,
  problems: Problems,
): number {
  let within = 0;
  let resolved = 0;
  let booleans = 0;
  for (let r = 0; r < rows.length; r++) {
    let row = rows[r];
    if (!Array.isArray(row)) row = [row];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (cell === "") continue;
      let k: number;
      if (typeof cell === "number") k = cell;
      else if (typeof cell === "boolean") {
        booleans++;
        // FALSE means "needed more than one contact"; with max_contacts 1 that is all it must say.
        k = cell ? 1 : 2;
      } else if (isBlank(cell)) continue;
      else k = parseNumber(cell);
      if (k >= 0 && Number.isInteger(k)) {
        resolved++;
        if (k <= maxContacts) within++;
      } else problems.add(r + 1, cell);
    }
  }
  counts.within = within;
  counts.resolved = resolved;
  return booleans;
}

const fcr = defineFunction({
  name: "FCR",
  params: [{ name: "contacts" }, { name: "max_contacts", optional: true }],
  example: "=FCR(E2:E)",
  run([contacts, max]) {
    const maxContacts = readNumber("FCR", "max_contacts", max, { default: 1, min: 1, integer: true });
    const { within, resolved } = countContacts("FCR", contacts, maxContacts);
    return within / resolved;
  },
});

function fcrDocs(): FunctionDocs<typeof fcr> {
  return {
    function: fcr,
    summary: "First contact resolution: the share of resolved tickets resolved within max_contacts contacts.",
    convention:
      "FCR = resolved tickets with contacts ≤ max_contacts ÷ resolved tickets. Which rows count: every non-blank cell is " +
      'one resolved ticket, so pass the contacts of resolved tickets only (e.g. FILTER(E2:E, D2:D="Closed")); blank ' +
      "cells (open tickets, unknown counts) are skipped. Contacts are whole numbers (customer contacts or replies until " +
      "resolved). A TRUE/FALSE column also works: TRUE = resolved on first contact (then max_contacts must be 1).",
    params: {
      contacts: {
        type: "range",
        help: "Contacts needed per resolved ticket (whole numbers), or TRUE/FALSE for resolved on first contact.",
      },
      max_contacts: {
        type: "number",
        help: "Most contacts that still count as resolved at first contact; default 1.",
      },
    },
    returns: "a fraction 0–1 (format as %)",
  };
}

/** resolved_statuses as text ("Resolved, Closed") or a range of status cells; default when blank. */
function readStatusList(value: unknown): readonly string[] {
  if (value === undefined || value === null) return DEFAULT_RESOLVED_STATUSES;
  const list: string[] = [];
  for (const row of asRows(value)) {
    for (const cell of Array.isArray(row) ? row : [row]) {
      if (!isBlank(cell)) list.push(...parseStatusList(String(cell)));
    }
  }
  return list.length > 0 ? list : DEFAULT_RESOLVED_STATUSES;
}

function countResolved(rows: unknown[][], matcher: StatusMatcher): [number, number] {
  let resolved = 0;
  let tickets = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    const cells: unknown[] = Array.isArray(row) ? row : [row];
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      if (cell === "") continue;
      const kind = matcher.classify(cell);
      if (kind < 0) continue;
      tickets++;
      resolved += kind;
    }
  }
  return [resolved, tickets];
}

const resolutionRate = defineFunction({
  name: "RESOLUTION_RATE",
  params: [{ name: "status" }, { name: "resolved_statuses", optional: true }],
  example: '=RESOLUTION_RATE(D2:D, "Solved, Closed")',
  run([status, statuses]) {
    const fn = "RESOLUTION_RATE";
    const matcher = new StatusMatcher(readStatusList(statuses));
    const [resolved, tickets] = countResolved(asRows(status), matcher);
    if (tickets === 0) throw new Error(`${fn}: status has no tickets: every cell is blank.`);
    return resolved / tickets;
  },
});

function resolutionRateDocs(): FunctionDocs<typeof resolutionRate> {
  return {
    function: resolutionRate,
    summary: "Resolution rate: tickets with a resolved status ÷ tickets.",
    convention:
      "Resolution rate = cells whose status is one of resolved_statuses ÷ non-blank cells. Statuses compare trimmed and " +
      'ignoring case ("closed" = "Closed"); blank cells are not tickets and are skipped. resolved_statuses is a ' +
      'comma-separated list or a range of cells; default "Resolved, Solved, Closed".',
    params: {
      status: { type: "range", help: "Each ticket's current status (any range, read cell by cell)." },
      resolved_statuses: {
        type: "text",
        help: 'The statuses that mean resolved, comma-separated or a range; default "Resolved, Solved, Closed".',
      },
    },
    returns: "a fraction 0–1 (format as %)",
  };
}

/**
 * as_of: a date cell or a year-first date text, as the instant its day starts (00:00) in the
 * spreadsheet's zone, whatever time it holds; undefined when omitted or blank. Only then is the zone asked for.
 */
function readAsOf(fn: string, value: unknown, context: CallContext): number | undefined {
  const cell = single(fn, "as_of", value);
  if (isBlank(cell)) return undefined;
  const clock = clockOf(fn, context.timeZone());
  const day = localDayOf(cell, clock);
  if (Number.isNaN(day)) {
    throw new Error(
      `${fn}: as_of is ${describeValue(cell)}, not a date; pass a date cell, DATE(2026, 10, 31), TODAY() or text written year first (2026-10-31).`,
    );
  }
  return clock.toInstant(day * DAY_MS);
}

const backlog = defineFunction({
  name: "BACKLOG",
  params: [{ name: "created" }, { name: "resolved" }, { name: "as_of", optional: true }],
  example: "=BACKLOG(A2:A, C2:C, DATE(2026, 10, 31))",
  run([created, resolved, asOfValue], context) {
    const fn = "BACKLOG";
    const pairs = readPairs(fn, "created", created, "resolved", resolved, context);
    const asOf = readAsOf(fn, asOfValue, context);
    const { both, startOnly } = checkPairs(fn, "created", "resolved", pairs, false);
    if (both + startOnly === 0) throw new Error(`${fn}: created has no date-times: every cell is blank.`);
    return backlogAt(pairs.starts, pairs.ends, asOf ?? latestTimestamp(pairs.starts, pairs.ends));
  },
});

function backlogDocs(): FunctionDocs<typeof backlog> {
  return {
    function: backlog,
    summary: "Open tickets at the start of a day: created by as_of and not resolved by then.",
    convention:
      "BACKLOG = rows with created ≤ as_of whose resolved is blank or after as_of. as_of is a date and means 00:00 of " +
      "that day in the spreadsheet's time zone (tickets created later that day are not counted; the time of a " +
      "date-time is ignored); without as_of, the latest date-time in either range. Rows without created are skipped; " +
      "a resolved before its created is an error naming the row.",
    params: {
      created: { type: "range", help: `When each ticket was created: ${DATE_TIMES}.` },
      resolved: {
        type: "range",
        help: `When each ticket was resolved (blank while open), same rows as created: ${DATE_TIMES}.`,
      },
      as_of: {
        type: "date",
        help: "The day to count at, from its 00:00 in the spreadsheet's time zone; default the latest date-time in either range.",
      },
    },
    returns: "a number of tickets",
  };
}

/**
 * The group of each ticket (rows of `rows`) from a group_by column: text as typed (trimmed), numbers
 * and booleans as text, dates as their day; a blank is "(blank)". Each distinct cell is named once.
 */
function readGrouping(fn: string, value: unknown, length: number, rows: Int32Array, zone: string): Grouping {
  const cells = columnRows(fn, "group_by", value);
  requireSameRows(fn, "created", { length }, "group_by", cells);
  const names: string[] = [];
  const byName = new Map<string, number>();
  // Dates are distinct objects however often they repeat, so only primitive cells are remembered.
  const byCell = new Map<unknown, number>();
  const groupOf = (cell: unknown): number => {
    let g = byCell.get(cell);
    if (g !== undefined) return g;
    const name = groupName(cell, zone);
    g = byName.get(name);
    if (g === undefined) {
      g = names.length;
      names.push(name);
      byName.set(name, g);
    }
    if (typeof cell !== "object") byCell.set(cell, g);
    return g;
  };
  const index = new Int32Array(rows.length);
  let lastCell: unknown;
  let last = -1;
  for (let i = 0; i < rows.length; i++) {
    const row = cells[rows[i]];
    const cell = Array.isArray(row) ? row[0] : row;
    // A log sorted by the column repeats a cell row after row: look it up only when it changes.
    if (cell !== lastCell || last < 0) {
      last = groupOf(cell);
      lastCell = cell;
    }
    index[i] = last;
  }
  return { index, names };
}

function groupName(cell: unknown, zone: string): string {
  if (isDate(cell)) return Number.isNaN(cell.getTime()) ? "(invalid date)" : dayKeyOf(cell.getTime(), zone);
  const text = cell === null || cell === undefined ? "" : String(cell).trim();
  return text === "" ? "(blank)" : text;
}

/** Largest table TICKET_VOLUME returns: 50,000 rows (137 years of days), 2 million cells. */
const MAX_PERIODS = 50_000;
const MAX_CELLS = 2_000_000;
const PERIOD_HEADERS: Record<VolumePeriod, string> = { day: "Day", week: "Week", month: "Month" };

const ticketVolumeFn = defineFunction({
  name: "TICKET_VOLUME",
  params: [{ name: "created" }, { name: "period", optional: true }, { name: "group_by", optional: true }],
  example: '=TICKET_VOLUME(A2:A, "month", E2:E)',
  run([created, periodValue, groupBy], context) {
    const fn = "TICKET_VOLUME";
    const grouped = Array.isArray(groupBy) || !isBlank(groupBy);
    const tickets = readInstants(fn, "created", created, context, grouped);
    const period = readChoice(fn, "period", periodValue, VOLUME_PERIODS, "month");
    const zone = context.timeZone();
    clockOf(fn, zone);
    const groups = grouped ? readGrouping(fn, groupBy, tickets.length, tickets.rows, zone) : undefined;
    if (tickets.times.length === 0) throw new Error(`${fn}: created has no date-times: every cell is blank.`);
    const table = prefixErrors(fn, () =>
      ticketVolume(tickets.times, period, zone, { groups, maxPeriods: MAX_PERIODS, maxCells: MAX_CELLS }),
    );
    const out: CellValue[][] = [[PERIOD_HEADERS[period], ...table.groups, "Total"]];
    for (let p = 0; p < table.labels.length; p++) {
      out.push(
        grouped ? [table.labels[p], ...table.counts[p], table.totals[p]] : [table.labels[p], table.totals[p]],
      );
    }
    return out;
  },
});

function ticketVolumeDocs(): FunctionDocs<typeof ticketVolumeFn> {
  return {
    function: ticketVolumeFn,
    summary: "Tickets created per day, week or month, optionally one column per group, with a Total column.",
    convention:
      "Counts tickets by the period of their created date-time in the spreadsheet's time zone. A header row, then one " +
      "row per period from the first ticket's to the last's, including periods with no tickets. Periods are labelled " +
      'as text: "2026-10" (month), "2026-10-19" (day; a week by its Monday). With group_by, one column per group, ' +
      'largest first (a blank group is "(blank)"), then Total. Blank created cells are skipped.',
    params: {
      created: { type: "range", help: `When each ticket was created: ${DATE_TIMES}.` },
      period: { type: "text", help: "day, week (from Monday) or month (default)." },
      group_by: {
        type: "range",
        help: "A column of the same rows, e.g. category or channel: one column per distinct value.",
      },
    },
    returns: "a table: a header row, then a period label and counts per row",
  };
}

export const ticketsFunctions: CustomFunction[] = [
  frt,
  resolutionTime,
  businessHours,
  slaRate,
  fcr,
  resolutionRate,
  backlog,
  ticketVolumeFn,
];

/** Build time only: the help texts of `ticketsFunctions`, in the same order. */
export const ticketsDocs: (() => FunctionDocs)[] = [
  frtDocs,
  resolutionTimeDocs,
  businessHoursDocs,
  slaRateDocs,
  fcrDocs,
  resolutionRateDocs,
  backlogDocs,
  ticketVolumeDocs,
];
