/**
 * Ticket volume per period (day, ISO week labelled by its Monday, or month) on a zone's calendar,
 * optionally per group (category, channel …): the table behind TICKET_VOLUME. Periods with no
 * tickets between the first and the last are included, so a chart's x-axis has no holes.
 */
import { DAY_MS, dayKey, mondayOf, monthIndexOfDay, monthKey } from "./calendar";
import { type ZoneClock, zoneClock } from "./zoned-time";

export type VolumePeriod = "day" | "week" | "month";
export const VOLUME_PERIODS: readonly VolumePeriod[] = ["day", "week", "month"];

export interface VolumeTable {
  period: VolumePeriod;
  /** Period labels, ascending: "2026-10" (month) or "2026-10-19" (day; a week by its Monday). */
  labels: string[];
  /** Group names, largest total first (ties by name); empty when not grouped. */
  groups: string[];
  /** counts[p][g]: tickets of group g in period p (counts[p][0] is the total when not grouped). */
  counts: number[][];
  /** Tickets per period. */
  totals: number[];
  /** Tickets per group, in `groups` order. */
  groupTotals: number[];
  /** Tickets counted. */
  total: number;
}

/** Tickets' groups as numbers: `index[i]` is the position in `names` of ticket i's group. */
export interface Grouping {
  index: ArrayLike<number>;
  names: readonly string[];
}

export interface VolumeOptions {
  /** Each ticket's group (`index` as long as `created`), e.g. its category. */
  groups?: Grouping;
  /** Refuse tables longer than this many periods (mistyped years make millions of days). */
  maxPeriods?: number;
  /** Refuse tables with more cells (periods × groups) than this. */
  maxCells?: number;
}

/** Period key of a local day: the day, its week's Monday, or its month index. */
function periodKey(day: number, period: VolumePeriod): number {
  if (period === "day") return day;
  return period === "month" ? monthIndexOfDay(day) : mondayOf(day);
}

function periodLabel(key: number, period: VolumePeriod): string {
  return period === "month" ? monthKey(key) : dayKey(key);
}

/** Beyond this many days between the first and last ticket, periods are found per ticket. */
const MAX_DAY_TABLE = 4_000_000;

/** Counts tickets by the period of their `created` instant (NaN skipped) in `zone`. */
export function ticketVolume(
  created: ArrayLike<number>,
  period: VolumePeriod,
  zone: string,
  options: VolumeOptions = {},
): VolumeTable {
  const clock = zoneClock(zone);
  const n = created.length;
  const grouping = options.groups;
  const width = grouping ? grouping.names.length : 1;

  // Pass 1: each ticket's local day (SKIP without a date), and the first and last day.
  const days = new Int32Array(n);
  const [firstDay, lastDay] = localDays(created, clock, days);
  const step = period === "week" ? 7 : 1;
  const lo = periodKey(firstDay, period);
  const hi = periodKey(lastDay, period);
  const periods = lastDay >= firstDay ? (hi - lo) / step + 1 : 0;
  if (periods > (options.maxPeriods ?? Number.POSITIVE_INFINITY)) {
    throw new Error(
      `the tickets span ${periods} ${period}s (${periodLabel(lo, period)} to ${periodLabel(hi, period)}), more than the ${options.maxPeriods} rows a table may have; use a longer period or check for mistyped years.`,
    );
  }

  if (periods * width > (options.maxCells ?? Number.POSITIVE_INFINITY)) {
    throw new Error(
      `the table would have ${periods} ${period}s × ${width} groups, more than ${options.maxCells} cells; use a longer period or a group_by column with fewer distinct values.`,
    );
  }

  // Pass 2: count per period and group; the period of each day is looked up, not recomputed.
  const cells = new Float64Array(periods * width);
  const daySpan = lastDay - firstDay + 1;
  if (periods > 0 && daySpan <= MAX_DAY_TABLE) {
    const periodOfDay = new Int32Array(daySpan);
    for (let d = 0; d < daySpan; d++) periodOfDay[d] = (periodKey(firstDay + d, period) - lo) / step;
    countByTable(days, firstDay, periodOfDay, grouping?.index, width, cells);
  } else if (periods > 0) {
    for (let i = 0; i < n; i++) {
      const day = days[i];
      if (day === SKIP) continue;
      cells[((periodKey(day, period) - lo) / step) * width + (grouping ? grouping.index[i] : 0)]++;
    }
  }

  const groupCounts = new Array<number>(width).fill(0);
  for (let p = 0; p < periods; p++) for (let g = 0; g < width; g++) groupCounts[g] += cells[p * width + g];
  const order = Array.from({ length: width }, (_, g) => g);
  const names = grouping?.names ?? [];
  if (grouping) {
    order.sort(
      (a, b) => groupCounts[b] - groupCounts[a] || (names[a] < names[b] ? -1 : names[a] > names[b] ? 1 : 0),
    );
  }
  const labels: string[] = [];
  const counts: number[][] = [];
  const totals: number[] = [];
  let total = 0;
  for (let p = 0; p < periods; p++) {
    labels.push(periodLabel(lo + p * step, period));
    const row = new Array<number>(width);
    let sum = 0;
    for (let g = 0; g < width; g++) {
      row[g] = cells[p * width + order[g]];
      sum += row[g];
    }
    counts.push(row);
    totals.push(sum);
    total += sum;
  }
  return {
    period,
    labels,
    groups: grouping ? order.map((g) => names[g]) : [],
    counts,
    totals,
    groupTotals: grouping ? order.map((g) => groupCounts[g]) : [],
    total,
  };
}

/** Marks a ticket without a date in the local-day array. */
const SKIP = -2147483648;

/** Local day of each instant into `days` (SKIP for NaN); returns the first and last day. */
function localDays(created: ArrayLike<number>, clock: ZoneClock, days: Int32Array): [number, number] {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < created.length; i++) {
    const t = created[i];
    if (!Number.isFinite(t)) {
      days[i] = SKIP;
      continue;
    }
    const day = Math.floor((t + clock.offsetAt(t)) / DAY_MS);
    days[i] = day;
    if (day < first) first = day;
    if (day > last) last = day;
  }
  return [first, last];
}

function countByTable(
  days: Int32Array,
  firstDay: number,
  periodOfDay: Int32Array,
  groupIndex: ArrayLike<number> | undefined,
  width: number,
  cells: Float64Array,
): void {
  for (let i = 0; i < days.length; i++) {
    const day = days[i];
    if (day === SKIP) continue;
    cells[periodOfDay[day - firstDay] * width + (groupIndex ? groupIndex[i] : 0)]++;
  }
}
