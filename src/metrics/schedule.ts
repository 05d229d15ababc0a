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
 * split only where the zone's offset changes. Almost every ticket's span is under a week with no
 * change inside: that case is one offset lookup, one week number and two reads of a small table.
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

/** 1970-01-01 (day 0) was a Thursday: wall-clock ms plus this counts from Monday 1969-12-29 00:00. */
const MONDAY_SHIFT = 3 * DAY_MS;
// Reciprocals: a multiplication is several times cheaper than a division in the per-row path.
const PER_WEEK = 1 / WEEK_MS;
const PER_DAY = 1 / DAY_MS;
/** Holidays spread over at most this many days get a per-day index (256 KB at most). */
const MAX_HOLIDAY_INDEX_DAYS = 65_536;

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/**
 * Measures working time for one schedule, zone and set of holidays. Build it once per call and use
 * `between` per row: it allocates nothing and asks the zone only for cached offsets.
 *
 * Per row, in the common case (a span under a week with no offset change inside): one offset lookup,
 * one week number, and two reads of a two-week table, whatever the schedule's shape.
 */
export class BusinessTime {
  /** Working ms of a whole week. */
  readonly weekMs: number;
  /**
   * Slot length: the most whole minutes that divide the day and every start and end of the schedule
   * (an hour for "Mon-Fri 09:00-17:00"), so each slot is all working or not, and the table small.
   */
  private readonly perSlot: number;
  /**
   * Two weeks of slots from Monday 00:00 (and one more, so rounding at the very end stays inside):
   * the working ms from that Monday up to wall-clock ms `t` in slot j is `base[j] + rate[j] * t`,
   * rate being 1 in working slots and 0 elsewhere.
   */
  private readonly base: Float64Array;
  private readonly rate: Float64Array;
  /** Holidays as ascending local day numbers, and the working ms of the holidays before each. */
  private readonly holidays: Float64Array;
  private readonly holidayPrefix: Float64Array;
  /**
   * `holidayFrom[d - holidays[0]]`: the index of the first holiday on or after day d, for d up to
   * the last holiday; empty when the holidays are too spread out (then a binary search).
   */
  private readonly holidayFrom: Int32Array;

  constructor(
    schedule: Schedule,
    private readonly clock: ZoneClock,
    holidays: ArrayLike<number> = [],
  ) {
    let unit = 1440;
    for (const day of schedule.days) for (const [start, end] of day) unit = gcd(gcd(unit, start), end);
    const slotMs = unit * MINUTE_MS;
    const slots = (2 * WEEK_MINUTES) / unit + 1;
    this.perSlot = 1 / slotMs;
    const base = new Float64Array(slots);
    const rate = new Float64Array(slots);
    for (let day = 0; day < 15; day++) {
      for (const [start, end] of schedule.days[day % 7]) {
        rate.fill(1, (day * 1440 + start) / unit, Math.min((day * 1440 + end) / unit, slots));
      }
    }
    let total = 0;
    for (let j = 0; j < slots; j++) {
      base[j] = total - rate[j] * j * slotMs;
      total += rate[j] * slotMs;
    }
    this.base = base;
    this.rate = rate;
    this.weekMs = this.at(WEEK_MS);

    const days = Float64Array.from(holidays)
      .filter((d) => Number.isFinite(d))
      .map(Math.floor)
      .sort();
    let unique = 0;
    for (let i = 0; i < days.length; i++) if (i === 0 || days[i] !== days[i - 1]) days[unique++] = days[i];
    this.holidays = days.slice(0, unique);
    this.holidayPrefix = new Float64Array(unique + 1);
    for (let i = 0; i < unique; i++) {
      const midnight = weekdayOfDay(this.holidays[i]) * DAY_MS;
      this.holidayPrefix[i + 1] = this.holidayPrefix[i] + this.at(midnight + DAY_MS) - this.at(midnight);
    }
    const spread = unique > 0 ? this.holidays[unique - 1] - this.holidays[0] + 1 : 0;
    this.holidayFrom = new Int32Array(spread <= MAX_HOLIDAY_INDEX_DAYS ? spread : 0);
    for (let i = 0, k = 0; i < this.holidayFrom.length; i++) {
      if (this.holidays[k] < this.holidays[0] + i) k++;
      this.holidayFrom[i] = k;
    }
  }

  /** Working milliseconds from `start` to `end` (instants); negative when end is before start. */
  between(start: number, end: number): number {
    const offset = this.clock.offsetThrough(start, end);
    const span = end - start;
    if (span >= 0 && !Number.isNaN(offset)) {
      // No offset change inside, so the wall clock runs in step with real time. Under a week: read
      // the table from the Monday before start (x may be a whole week if the week rounded down).
      const sinceMonday = start + offset + MONDAY_SHIFT;
      const monday = Math.floor(sinceMonday * PER_WEEK) * WEEK_MS;
      const x = sinceMonday - monday;
      if (span < WEEK_MS && x >= 0 && x <= WEEK_MS) {
        const worked = this.at(x + span) - this.at(x);
        return this.holidays.length === 0 ? worked : worked - this.holidaysWithin(monday, x, x + span);
      }
      return this.longer(start + offset, end + offset);
    }
    return this.general(start, end);
  }

  /** `between` for a week or more without an offset change, from the wall-clock ms at both ends. */
  private longer(from: number, to: number): number {
    return this.cumulative(to) - this.cumulative(from);
  }

  /**
   * Working ms from the table's Monday 00:00 up to wall-clock ms `t` after it (0 ≤ t < two weeks).
   * The slot number may round down by one at a slot's very start (1 / slot is inexact); the
   * previous slot's line meets the next one there, so whole milliseconds give the exact value.
   */
  private at(t: number): number {
    const j = Math.floor(t * this.perSlot);
    return this.base[j] + this.rate[j] * t;
  }

  /**
   * Working ms of holidays between wall-clock ms `x` and `y` (under two weeks) after the Monday at
   * `monday` (ms since MONDAY_SHIFT). A day number that rounds down at midnight adds an empty span.
   */
  private holidaysWithin(monday: number, x: number, y: number): number {
    const firstDay = monday / DAY_MS - 3;
    const last = firstDay + Math.floor(y * PER_DAY);
    const holidays = this.holidays;
    let part = 0;
    for (let k = this.firstHolidayFrom(firstDay + Math.floor(x * PER_DAY)); k < holidays.length; k++) {
      if (holidays[k] > last) break;
      const midnight = (holidays[k] - firstDay) * DAY_MS;
      part += this.at(Math.min(y, midnight + DAY_MS)) - this.at(Math.max(x, midnight));
    }
    return part;
  }

  /** The index of the first holiday on or after local day `day` (the number of holidays before it). */
  private firstHolidayFrom(day: number): number {
    const holidays = this.holidays;
    const i = day - holidays[0];
    if (!(i > 0)) return 0;
    const index = this.holidayFrom;
    if (index.length > 0) return i < index.length ? index[i] : holidays.length;
    let lo = 0;
    let hi = holidays.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (holidays[mid] < day) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * `between` for everything else: an offset change inside (one stretch of constant offset at a
   * time), an end before its start (the negative of the other way round), NaN.
   */
  private general(start: number, end: number): number {
    if (!(end >= start)) return end < start ? -this.between(end, start) : Number.NaN;
    const clock = this.clock;
    let offset = clock.offsetAt(start);
    let change = clock.nextChange(start, end);
    let total = 0;
    let at = start;
    while (!Number.isNaN(change)) {
      total += this.cumulative(change + offset) - this.cumulative(at + offset);
      at = change;
      offset = clock.offsetAt(change);
      change = clock.nextChange(change, end);
    }
    return total + this.cumulative(end + offset) - this.cumulative(at + offset);
  }

  /**
   * Working ms on the local timeline from Monday 1969-12-29 00:00 up to wall-clock ms `local`, less
   * the working hours of holidays before it.
   */
  private cumulative(local: number): number {
    const sinceMonday = local + MONDAY_SHIFT;
    let weeks = Math.floor(sinceMonday / WEEK_MS);
    let t = sinceMonday - weeks * WEEK_MS;
    if (t < 0) {
      // The division rounded up: only for instants over 100,000 years away.
      weeks--;
      t += WEEK_MS;
    }
    const total = weeks * this.weekMs + this.at(t);
    if (this.holidays.length === 0) return total;
    const day = Math.floor(local / DAY_MS);
    const k = this.firstHolidayFrom(day);
    let part = this.holidayPrefix[k];
    // A holiday today: its working time so far.
    if (k < this.holidays.length && this.holidays[k] === day) {
      part += this.at(t) - this.at(Math.floor(t / DAY_MS) * DAY_MS);
    }
    return total - part;
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
