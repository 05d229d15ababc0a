/**
 * Instants (epoch milliseconds) ↔ wall-clock time in an IANA time zone: the spreadsheet's zone, in
 * which months, days and business hours are counted.
 *
 * "Wall-clock milliseconds" (`local`) are the instant plus the zone's UTC offset at that instant:
 * the clock reading written as if it were UTC, so `calendar.ts` arithmetic gives its date and time.
 *
 * Why a cache: `Intl.DateTimeFormat` (available in Apps Script's V8) is the only source of zone
 * rules, and it costs microseconds per call, far too slow once per ticket. A `ZoneClock` asks Intl
 * only every few days of the range it has seen, finds each offset change to the second by
 * bisection, and keeps a table per UTC day: one lookup per timestamp afterwards.
 *
 * Assumption: offset changes are more than 4 days apart. In the tz database (1900–2040) the closest
 * pair is 7 days (Brazil, October 2000).
 *
 * The table covers 1800–2440. Before 1800 every zone keeps its 1800 offset (local mean time). After
 * 2440 each question goes to Intl directly (a few probes per answer): the tz database lists
 * one-off changes that far ahead for some zones (Africa/Casablanca's and Asia/Gaza's Ramadan
 * rules), so no yearly or 400-year repetition of earlier rules would be right.
 */
import {
  civilFromDays,
  DAY_MS,
  dayKey,
  daysFromCivil,
  firstDayOfMonth,
  HOUR_MS,
  MINUTE_MS,
  monthIndexOfDay,
  monthKey,
  parseMonthKey,
  weekdayOfDay,
} from "./calendar";

// Literals, so loading the bundle computes nothing.
/** 1800-01-01: before it no zone changes offset (local mean time until the 1840s). */
const FIRST_MS = -5_364_662_400_000;
/** The latest instant a Date can hold (and minus it, the earliest). */
const MAX_DATE_MS = 8.64e15;
/** 2440-01-01: later instants are answered by Intl directly, not from the table. */
const LAST_MS = 14_831_769_600_000;
const FIRST_DAY = -62_091;
const LAST_DAY = 171_664;
/** Days between Intl probes; below the closest pair of offset changes. */
const PROBE_DAYS = 4;

/** One zone's offsets, cached. Get one with `zoneClock(zone)`. */
export class ZoneClock {
  readonly zone: string;
  private readonly format: Intl.DateTimeFormat;
  // The table covers UTC days [first, first + size).
  private first = 0;
  private size = 0;
  /** Offset in force at the start of each day. */
  private startOffset = new Float64Array(0);
  /** Instant of an offset change within the day, or +Infinity. */
  private changeAt = new Float64Array(0);
  /** Offset from `changeAt` on (equal to `startOffset` when the day has no change). */
  private changeTo = new Float64Array(0);
  /** Per day: how many changes of the table come before the day starts. */
  private changesBefore = new Int32Array(0);
  /** Every offset change in the table, ascending. */
  private changes: number[] = [];
  /** The offset of each stretch between changes: before the first change, then after each. */
  private stretchOffsets: number[] = [];
  /** Where each stretch ends: the change after it, or the end of the table for the last. */
  private stretchEnds = new Float64Array(1);

  constructor(zone: string) {
    try {
      this.format = new Intl.DateTimeFormat("en-US", {
        timeZone: zone,
        hourCycle: "h23",
        year: "numeric",
        month: "numeric",
        day: "numeric",
        hour: "numeric",
        minute: "numeric",
        second: "numeric",
      });
    } catch {
      throw new Error(
        `"${zone}" is not a time zone this runtime knows (expected an IANA name such as "Europe/Stockholm").`,
      );
    }
    this.zone = zone;
  }

  /** The zone's UTC offset in ms at an instant (local = instant + offset). NaN for NaN. */
  offsetAt(instant: number): number {
    const i = Math.floor(instant / DAY_MS) - this.first;
    if (i >= 0 && i < this.size) return instant < this.changeAt[i] ? this.startOffset[i] : this.changeTo[i];
    return this.offsetOutsideTable(instant);
  }

  /**
   * The UTC offset in force from `start` until `end` when the zone's offset does not change between
   * them (a change exactly at `end` is allowed: it starts after the span); NaN when it does, or when
   * `start` is outside the cached table (callers then take `offsetAt` and `nextChange`).
   */
  offsetThrough(start: number, end: number): number {
    const i = Math.floor(start / DAY_MS) - this.first;
    if (i >= 0 && i < this.size) {
      const k = this.changesBefore[i] + (start >= this.changeAt[i] ? 1 : 0);
      if (end <= this.stretchEnds[k]) return this.stretchOffsets[k];
    }
    return Number.NaN;
  }

  /** Wall-clock milliseconds of an instant. */
  toLocal(instant: number): number {
    return instant + this.offsetAt(instant);
  }

  /** The local day number (days since 1970-01-01 on the wall calendar) of an instant. */
  localDay(instant: number): number {
    return Math.floor((instant + this.offsetAt(instant)) / DAY_MS);
  }

  /**
   * The instant whose wall clock reads `local`. When the clock shows that reading twice (autumn),
   * the first; when it skips it (spring), the instant the clock jumps, so the start of a day that
   * begins inside a gap is the first instant of that day.
   */
  toInstant(local: number): number {
    const early = this.offsetAt(local - DAY_MS);
    const late = this.offsetAt(local + DAY_MS);
    const byEarly = local - early;
    if (early === late) return byEarly;
    const byLate = local - late;
    const earlyFits = this.offsetAt(byEarly) === early;
    const lateFits = this.offsetAt(byLate) === late;
    if (earlyFits && lateFits) return Math.min(byEarly, byLate);
    if (earlyFits) return byEarly;
    if (lateFits) return byLate;
    const jump = this.nextChange(Math.min(byEarly, byLate), Math.max(byEarly, byLate) + 1);
    return Number.isNaN(jump) ? byEarly : jump;
  }

  /** The first offset change strictly between two instants, or NaN when there is none. */
  nextChange(after: number, before: number): number {
    const i = Math.floor(after / DAY_MS) - this.first;
    if (i >= 0 && Math.floor(before / DAY_MS) - this.first < this.size) {
      // Both ends inside the table (the common case): two array reads.
      const k = this.changesBefore[i] + (this.changeAt[i] <= after ? 1 : 0);
      return k < this.changes.length && this.changes[k] < before && after < before
        ? this.changes[k]
        : Number.NaN;
    }
    return this.nextChangeOutsideTable(after, before);
  }

  private nextChangeOutsideTable(after: number, before: number): number {
    if (!(after < before)) return Number.NaN;
    if (after < FIRST_MS) {
      if (before <= FIRST_MS) return Number.NaN;
      after = FIRST_MS;
    }
    if (after >= LAST_MS) return this.probedChange(after, before);
    const lastDay = Math.floor((Math.min(before, LAST_MS) - 1) / DAY_MS);
    const firstDay = Math.floor(after / DAY_MS);
    this.cover(firstDay, lastDay);
    const i = firstDay - this.first;
    const k = this.changesBefore[i] + (this.changeAt[i] <= after ? 1 : 0);
    if (k < this.changes.length) {
      const at = this.changes[k];
      return at < before ? at : Number.NaN;
    }
    // Nothing left below LAST_MS; past it Intl answers (LAST_MS itself is 1 January, never a change).
    return before > LAST_MS ? this.probedChange(LAST_MS, before) : Number.NaN;
  }

  /** Past the table: the first offset change strictly between two instants, probing Intl directly. */
  private probedChange(after: number, before: number): number {
    let from = after;
    let offset = this.probe(from);
    while (from < before) {
      const to = Math.min(from + PROBE_DAYS * DAY_MS, before);
      const next = this.probe(to);
      if (next !== offset) {
        const at = this.bisect(from, to, next);
        return at > after && at < before ? at : Number.NaN;
      }
      from = to;
      offset = next;
    }
    return Number.NaN;
  }

  private offsetOutsideTable(instant: number): number {
    if (Number.isNaN(instant)) return Number.NaN;
    if (instant < FIRST_MS) return this.offsetAt(FIRST_MS);
    if (instant >= LAST_MS) return this.probe(instant);
    const day = Math.floor(instant / DAY_MS);
    this.cover(day, day);
    return this.offsetAt(instant);
  }

  /** Ensures the table covers days lo…hi (inclusive), growing it at least twofold to amortise. */
  private cover(lo: number, hi: number): void {
    if (this.size > 0 && lo >= this.first && hi < this.first + this.size) return;
    const oldFirst = this.first;
    const oldEnd = this.first + this.size;
    let newFirst = this.size > 0 ? Math.min(oldFirst, lo) : lo - 31;
    let newEnd = this.size > 0 ? Math.max(oldEnd, hi + 1) : hi + 32;
    const wanted = 2 * this.size;
    if (newEnd - newFirst < wanted) {
      if (lo < oldFirst) newFirst = newEnd - wanted;
      else newEnd = newFirst + wanted;
    }
    newFirst = Math.max(newFirst, FIRST_DAY);
    newEnd = Math.min(newEnd, LAST_DAY);
    const size = newEnd - newFirst;
    const startOffset = new Float64Array(size);
    const changeAt = new Float64Array(size);
    const changeTo = new Float64Array(size);
    if (this.size > 0) {
      const at = oldFirst - newFirst;
      startOffset.set(this.startOffset, at);
      changeAt.set(this.changeAt, at);
      changeTo.set(this.changeTo, at);
    }
    this.first = newFirst;
    this.size = size;
    this.startOffset = startOffset;
    this.changeAt = changeAt;
    this.changeTo = changeTo;
    if (oldEnd > oldFirst) {
      this.fill(newFirst, oldFirst);
      this.fill(oldEnd, newEnd);
    } else this.fill(newFirst, newEnd);
    this.indexChanges();
  }

  /** Probes Intl over days [fromDay, toDay) of the table and records every offset change. */
  private fill(fromDay: number, toDay: number): void {
    if (fromDay >= toDay) return;
    let day = fromDay;
    let offset = this.probe(day * DAY_MS);
    while (day < toDay) {
      const stepEnd = Math.min(day + PROBE_DAYS, toDay);
      const endOffset = this.probe(stepEnd * DAY_MS);
      let changeDay = stepEnd;
      let change = Number.POSITIVE_INFINITY;
      if (endOffset !== offset) {
        change = this.bisect(day * DAY_MS, stepEnd * DAY_MS, endOffset);
        changeDay = Math.floor(change / DAY_MS);
      }
      for (; day < stepEnd; day++) {
        const i = day - this.first;
        const before = day < changeDay || (day === changeDay && change > day * DAY_MS);
        this.startOffset[i] = before ? offset : endOffset;
        this.changeAt[i] = day === changeDay && before ? change : Number.POSITIVE_INFINITY;
        this.changeTo[i] = day >= changeDay ? endOffset : offset;
      }
      offset = endOffset;
    }
  }

  /** The first whole second in (lo, hi] whose offset is `after`. */
  private bisect(lo: number, hi: number, after: number): number {
    while (hi - lo > 1000) {
      const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
      if (this.probe(mid) === after) hi = mid;
      else lo = mid;
    }
    return hi;
  }

  /** Lists the table's offset changes and stretches, for `nextChange` and `offsetThrough`. */
  private indexChanges(): void {
    const changes: number[] = [];
    const offsets: number[] = [this.startOffset[0]];
    const before = new Int32Array(this.size);
    for (let i = 0; i < this.size; i++) {
      // A change exactly at midnight is stored as the day's start offset: it comes before every
      // instant of the day, so it is counted in the day's `before`.
      if (i > 0 && this.startOffset[i] !== this.changeTo[i - 1]) {
        changes.push((this.first + i) * DAY_MS);
        offsets.push(this.startOffset[i]);
      }
      before[i] = changes.length;
      if (this.changeAt[i] !== Number.POSITIVE_INFINITY) {
        changes.push(this.changeAt[i]);
        offsets.push(this.changeTo[i]);
      }
    }
    this.changes = changes;
    this.stretchOffsets = offsets;
    this.stretchEnds = Float64Array.of(...changes, (this.first + this.size) * DAY_MS);
    this.changesBefore = before;
  }

  /** The offset Intl reports at an instant (whole seconds). */
  private probe(instant: number): number {
    // A Date holds ±8.64e15 ms; past that (a local day near the end of time) the last offset stands.
    const second = Math.floor(Math.min(Math.max(instant, -MAX_DATE_MS), MAX_DATE_MS) / 1000) * 1000;
    const parts = this.format.format(second).match(/\d+/g);
    if (!parts || parts.length < 6) throw new Error(`Cannot read the time in zone ${this.zone}.`);
    const hour = Number(parts[3]) % 24;
    const local =
      daysFromCivil(Number(parts[2]), Number(parts[0]), Number(parts[1])) * DAY_MS +
      hour * HOUR_MS +
      Number(parts[4]) * MINUTE_MS +
      Number(parts[5]) * 1000;
    return local - second;
  }
}

let clocks: Map<string, ZoneClock> | undefined;

/** The cached clock of a zone (one per zone for the life of the script). */
export function zoneClock(zone: string): ZoneClock {
  clocks ??= new Map();
  let clock = clocks.get(zone);
  if (!clock) {
    clock = new ZoneClock(zone);
    clocks.set(zone, clock);
  }
  return clock;
}

/** Wall-clock parts of an instant in a zone. */
export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** 0 = Monday … 6 = Sunday */
  weekday: number;
}

export function zonedParts(instant: number, zone: string): ZonedParts {
  const local = zoneClock(zone).toLocal(instant);
  const days = Math.floor(local / DAY_MS);
  let rest = local - days * DAY_MS;
  const hour = Math.floor(rest / HOUR_MS);
  rest -= hour * HOUR_MS;
  const minute = Math.floor(rest / MINUTE_MS);
  rest -= minute * MINUTE_MS;
  const second = Math.floor(rest / 1000);
  return {
    ...civilFromDays(days),
    hour,
    minute,
    second,
    millisecond: rest - second * 1000,
    weekday: weekdayOfDay(days),
  };
}

/** The instant a zone's wall clock reads the given local date and time (see `ZoneClock.toInstant`). */
export function zonedInstant(
  zone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): number {
  const local =
    daysFromCivil(year, month, day) * DAY_MS + hour * HOUR_MS + minute * MINUTE_MS + second * 1000;
  return zoneClock(zone).toInstant(local);
}

/** "2026-10": the month of an instant on the zone's calendar. */
export function monthKeyOf(instant: number, zone: string): string {
  return monthKey(monthIndexOfDay(zoneClock(zone).localDay(instant)));
}

/** "2026-10-31": the date of an instant on the zone's calendar. */
export function dayKeyOf(instant: number, zone: string): string {
  return dayKey(zoneClock(zone).localDay(instant));
}

/** The first instant of a local day (00:00, or the end of a DST gap that swallows midnight). */
export function dayStart(days: number, zone: string): number {
  return zoneClock(zone).toInstant(days * DAY_MS);
}

/** The first instant of a month ("2026-10") in a zone. */
export function monthStart(key: string, zone: string): number {
  return dayStart(firstDayOfMonth(parseMonthKey(key)), zone);
}

/** The first instant after a month: the start of the next month, so a month is [start, end). */
export function monthEnd(key: string, zone: string): number {
  return dayStart(firstDayOfMonth(parseMonthKey(key) + 1), zone);
}
