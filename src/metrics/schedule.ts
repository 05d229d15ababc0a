/**
 * Business hours: a weekly schedule such as "Mon-Thu 08:00-16:00, Fri 08:00-12:00", holidays, and
 * the working time elapsed between two instants in a time zone.
 *
 * Definition: working time is the real time during which the zone's wall clock shows a working
 * hour of a working day that is not a holiday. So a working day on a DST change has its real
 * length (00:00-24:00 lasts 23 or 25 hours), and an hour the clock skips is never worked.
 *
 * How: within a stretch of constant UTC offset, wall-clock time runs in step with real time, so the
 * working time between two wall-clock readings is the difference of a cumulative count (whole weeks
 * × the weekly hours, plus the part-week, minus holidays before it), O(1) for any span. A span is
 * split only where the zone's offset changes.
 */
import { DAY_MS, MINUTE_MS, weekdayOfDay } from "./calendar";
import { type ZoneClock, zoneClock } from "./zoned-time";

const WEEK_MINUTES = 7 * 1440;
const WEEK_MS = 7 * DAY_MS;

/** Working intervals of one weekday, in minutes after local midnight, ascending and disjoint. */
export type DayHours = ReadonlyArray<readonly [start: number, end: number]>;

export interface Schedule {
  /** The text it was parsed from, as typed. */
  readonly text: string;
  /** Index 0 = Monday … 6 = Sunday. */
  readonly days: readonly DayHours[];
}

const DAY_NAMES = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const DAY_ALIASES: Record<string, number> = {
  monday: 0,
  tues: 1,
  tuesday: 1,
  wednesday: 2,
  thur: 3,
  thurs: 3,
  thursday: 3,
  friday: 4,
  saturday: 5,
  sunday: 6,
};

export const SCHEDULE_EXAMPLE = '"Mon-Fri 09:00-17:00" or "Mon-Thu 08:00-16:00, Fri 08:00-12:00"';

function dayNumber(name: string): number {
  const key = name.toLowerCase();
  const short = DAY_NAMES.indexOf(key);
  return short >= 0 ? short : (DAY_ALIASES[key] ?? -1);
}

/** "Mon-Fri" → [0…4]; "Fri-Mon" wraps over the weekend; "Daily" is every day. */
function parseDays(token: string, part: string): number[] {
  if (/^daily$/i.test(token)) return [0, 1, 2, 3, 4, 5, 6];
  const ends = token.split("-");
  const first = dayNumber(ends[0]);
  const last = ends.length === 2 ? dayNumber(ends[1]) : ends.length === 1 ? first : -1;
  if (first < 0 || last < 0) {
    throw new Error(
      `schedule part "${part}": "${token}" is not a day or day range; use Mon, Tue, Wed, Thu, Fri, Sat, Sun or Daily, e.g. "Mon-Fri 09:00-17:00".`,
    );
  }
  const days: number[] = [];
  for (let d = first; ; d = (d + 1) % 7) {
    days.push(d);
    if (d === last) return days;
  }
}

function badRange(token: string, part: string): Error {
  return new Error(
    `schedule part "${part}": "${token}" is not a time range; write it as HH:MM-HH:MM (24-hour), e.g. "09:00-17:00".`,
  );
}

/** Minutes after midnight of "9", "09:00" or "24:00"; NaN when it is not a time. */
function parseClock(text: string): number {
  const match = /^(\d{1,2})(?::(\d{2}))?$/.exec(text);
  if (!match) return Number.NaN;
  const hours = Number(match[1]);
  const minutes = match[2] ? Number(match[2]) : 0;
  if (hours > 24 || minutes > 59 || (hours === 24 && minutes > 0)) return Number.NaN;
  return hours * 60 + minutes;
}

/**
 * Parses a weekly schedule: parts separated by commas or semicolons, each a day or day range
 * followed by one or more time ranges ("Mon-Fri 09:00-12:00 13:00-17:00"). Times are 24-hour
 * HH:MM (H and HH alone also work); "24:00" ends a day. Throws an Error whose message starts with
 * "schedule" and names the bad part, so callers can prefix it with their own name.
 */
export function parseSchedule(text: string): Schedule {
  const source = String(text);
  const days: Array<Array<[number, number]>> = [[], [], [], [], [], [], []];
  const parts = source
    .split(/[,;\n]/)
    .map((p) => p.trim())
    .filter((p) => p !== "");
  if (parts.length === 0) throw new Error(`schedule is empty; write e.g. ${SCHEDULE_EXAMPLE}.`);
  for (const part of parts) {
    const tokens = part
      .replace(/[\u2012-\u2015]/g, "-")
      .replace(/\s*-\s*/g, "-")
      .split(/\s+/);
    const dayToken = tokens[0];
    const weekdays = parseDays(dayToken, part);
    if (tokens.length === 1) {
      throw new Error(`schedule part "${part}" has no hours; write e.g. "${dayToken} 09:00-17:00".`);
    }
    for (let i = 1; i < tokens.length; i++) {
      const token = tokens[i];
      const ends = token.split("-");
      if (ends.length !== 2) throw badRange(token, part);
      const start = parseClock(ends[0]);
      const end = parseClock(ends[1]);
      if (Number.isNaN(start) || Number.isNaN(end)) throw badRange(token, part);
      if (end <= start) {
        throw new Error(
          `schedule part "${part}": "${token}" does not end after it starts; split a night shift at midnight, e.g. "Mon 22:00-24:00, Tue 00:00-06:00".`,
        );
      }
      for (const d of weekdays) days[d].push([start, end]);
    }
  }
  for (let d = 0; d < 7; d++) {
    const hours = days[d].sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < hours.length; i++) {
      if (hours[i][0] < hours[i - 1][1]) {
        const name = DAY_NAMES[d][0].toUpperCase() + DAY_NAMES[d].slice(1);
        throw new Error(`schedule gives overlapping hours for ${name}; list each working hour once.`);
      }
    }
  }
  return { text: source, days };
}

/** Working minutes in a week: the weekly total a schedule promises (e.g. 40 × 60). */
export function weeklyMinutes(schedule: Schedule): number {
  let total = 0;
  for (const day of schedule.days) for (const [start, end] of day) total += end - start;
  return total;
}

/**
 * Measures working time for one schedule, zone and set of holidays. Build it once per call and use
 * `between` per row: it allocates nothing and asks the zone only for cached offsets.
 */
export class BusinessTime {
  /**
   * Per minute of the week (0 = Monday 00:00 … 10079): working ms of the week before that minute,
   * and 1 if the minute is worked, else 0. Schedules are whole minutes, so any instant's position in
   * the week is one lookup plus a linear part, with no branch on the schedule's shape.
   */
  private readonly before = new Float64Array(WEEK_MINUTES + 1);
  private readonly worked = new Float64Array(WEEK_MINUTES);
  /** Working ms of a whole week. */
  readonly weekMs: number;
  /** Holidays as ascending local day numbers, and the working ms of the holidays before each. */
  private readonly holidays: Float64Array;
  private readonly holidayPrefix: Float64Array;

  constructor(
    schedule: Schedule,
    private readonly clock: ZoneClock,
    holidays: ArrayLike<number> = [],
  ) {
    for (let d = 0; d < 7; d++) {
      for (const [start, end] of schedule.days[d]) this.worked.fill(1, d * 1440 + start, d * 1440 + end);
    }
    for (let m = 0; m < WEEK_MINUTES; m++) this.before[m + 1] = this.before[m] + this.worked[m] * MINUTE_MS;
    this.weekMs = this.before[WEEK_MINUTES];

    const days = Float64Array.from(holidays)
      .filter((d) => Number.isFinite(d))
      .map(Math.floor)
      .sort();
    let unique = 0;
    for (let i = 0; i < days.length; i++) if (i === 0 || days[i] !== days[i - 1]) days[unique++] = days[i];
    this.holidays = days.slice(0, unique);
    this.holidayPrefix = new Float64Array(unique + 1);
    for (let i = 0; i < unique; i++) {
      const d = weekdayOfDay(this.holidays[i]) * 1440;
      this.holidayPrefix[i + 1] = this.holidayPrefix[i] + this.before[d + 1440] - this.before[d];
    }
  }

  /** Working milliseconds from `start` to `end` (instants); negative when end is before start. */
  between(start: number, end: number): number {
    if (!(end >= start)) return this.backwards(start, end);
    const clock = this.clock;
    const stretch = clock.stretchAt(end);
    if (clock.stretchAt(start) === stretch) {
      // No offset change between: the common case, two lookups in the week table.
      const offset = clock.stretchOffset(stretch);
      if (this.holidays.length === 0) return this.weekly(end + offset) - this.weekly(start + offset);
      return this.cumulative(end + offset) - this.cumulative(start + offset);
    }
    return this.acrossChanges(start, end, clock.offsetAt(start), clock.nextChange(start, end));
  }

  private backwards(start: number, end: number): number {
    return end < start ? -this.between(end, start) : Number.NaN;
  }

  /** `between` for a span with offset changes: one stretch of constant offset at a time. */
  private acrossChanges(start: number, end: number, offset: number, change: number): number {
    let total = 0;
    let at = start;
    while (!Number.isNaN(change)) {
      total += this.cumulative(change + offset) - this.cumulative(at + offset);
      at = change;
      offset = this.clock.offsetAt(change);
      change = this.clock.nextChange(change, end);
    }
    return total + this.cumulative(end + offset) - this.cumulative(at + offset);
  }

  /**
   * Working ms on the local timeline from Monday 1969-12-29 00:00 up to wall-clock ms `local`,
   * ignoring holidays. Kept small so V8 inlines it into `between` (the per-row path).
   */
  private weekly(local: number): number {
    const sinceMonday = local + 3 * DAY_MS;
    const weeks = Math.floor(sinceMonday / WEEK_MS);
    const inWeek = sinceMonday - weeks * WEEK_MS;
    const minute = Math.floor(inWeek / MINUTE_MS);
    return weeks * this.weekMs + this.before[minute] + this.worked[minute] * (inWeek - minute * MINUTE_MS);
  }

  /** `weekly` minus the working hours of holidays before `local`. */
  private cumulative(local: number): number {
    const total = this.weekly(local);
    return this.holidays.length === 0 ? total : total - this.holidayPart(local, total);
  }

  /** Working ms of holidays before `local` (whole holidays, and the part of today if it is one). */
  private holidayPart(local: number, total: number): number {
    const day = Math.floor(local / DAY_MS);
    const holidays = this.holidays;
    let lo = 0;
    let hi = holidays.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (holidays[mid] < day) lo = mid + 1;
      else hi = mid;
    }
    let part = this.holidayPrefix[lo];
    if (lo < holidays.length && holidays[lo] === day) {
      // Today so far: the total up to now minus the total at today's midnight.
      part += total - this.weekly(day * DAY_MS);
    }
    return part;
  }
}

/**
 * Working milliseconds between two instants in a zone. `holidays` are local day numbers (days since
 * 1970-01-01 on the wall calendar, e.g. `daysFromCivil(2026, 12, 25)`). For many rows, build one
 * `BusinessTime` instead.
 */
export function businessMs(
  start: number,
  end: number,
  schedule: Schedule,
  zone: string,
  holidays: ArrayLike<number> = [],
): number {
  return new BusinessTime(schedule, zoneClock(zone), holidays).between(start, end);
}
