import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DAY_MS, daysFromCivil, HOUR_MS, MINUTE_MS } from "../../src/metrics/calendar";
import {
  BusinessTime,
  businessMs,
  type DayHours,
  parseSchedule,
  type Schedule,
} from "../../src/metrics/schedule";
import { zoneClock, zonedInstant } from "../../src/metrics/zoned-time";

const NINE_TO_FIVE = parseSchedule("Mon-Fri 09:00-17:00");
const ALWAYS = parseSchedule("Mon-Sun 00:00-24:00");
const at = (zone: string, y: number, mo: number, d: number, h = 0, mi = 0) =>
  zonedInstant(zone, y, mo, d, h, mi);
const hoursBetween = (
  start: number,
  end: number,
  schedule: Schedule,
  zone: string,
  holidays: number[] = [],
) => businessMs(start, end, schedule, zone, holidays) / HOUR_MS;

/** The working hours of a whole week, as BusinessTime counts them. */
const weekHours = (schedule: Schedule) => new BusinessTime(schedule, zoneClock("UTC")).weekMs / HOUR_MS;

const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/** The wall clock of each UTC minute, as Intl reports it, cached per zone (the oracle's hot spot). */
const wallClocks = new Map<
  string,
  { format: Intl.DateTimeFormat; minutes: Map<number, { date: string; weekday: number; minute: number }> }
>();

function wallClock(zone: string, minuteStart: number) {
  let cache = wallClocks.get(zone);
  if (!cache) {
    const format = new Intl.DateTimeFormat("en-CA", {
      timeZone: zone,
      hourCycle: "h23",
      weekday: "short",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
    });
    cache = { format, minutes: new Map() };
    wallClocks.set(zone, cache);
  }
  let wall = cache.minutes.get(minuteStart);
  if (!wall) {
    const p = Object.fromEntries(cache.format.formatToParts(minuteStart).map((x) => [x.type, x.value]));
    wall = {
      date: `${p.year}-${p.month}-${p.day}`,
      weekday: WEEKDAYS.indexOf(p.weekday),
      minute: (Number(p.hour) % 24) * 60 + Number(p.minute),
    };
    cache.minutes.set(minuteStart, wall);
  }
  return wall;
}

/**
 * Independent oracle: walk the span UTC minute by UTC minute, ask Intl what the wall clock shows,
 * and count the part of the minute inside the span when that is a working minute of a day that is
 * not a holiday ("YYYY-MM-DD"). Exact for any millisecond span in zones whose offsets are whole
 * minutes (every zone today). Slow, so only for spans of days.
 */
function bruteForceMs(
  start: number,
  end: number,
  days: readonly DayHours[],
  zone: string,
  holidays: readonly string[],
): number {
  let worked = 0;
  for (let minute = Math.floor(start / MINUTE_MS) * MINUTE_MS; minute < end; minute += MINUTE_MS) {
    const wall = wallClock(zone, minute);
    if (holidays.includes(wall.date)) continue;
    if (days[wall.weekday].some(([from, to]) => wall.minute >= from && wall.minute < to)) {
      worked += Math.min(end, minute + MINUTE_MS) - Math.max(start, minute);
    }
  }
  return worked;
}

/**
 * Offset changes of 2026 in both directions (checked against Intl when this test was written; the
 * tests only need windows around them), zones with :30 and :45 offsets, a 30-minute DST shift
 * (Lord Howe), midnight skipped (Havana), and zones without DST.
 */
const PLACES = [
  { zone: "America/New_York", around: Date.parse("2026-03-08T07:00Z") },
  { zone: "America/New_York", around: Date.parse("2026-11-01T06:00Z") },
  { zone: "Europe/Stockholm", around: Date.parse("2026-10-25T01:00Z") },
  { zone: "America/St_Johns", around: Date.parse("2026-11-01T04:30Z") },
  { zone: "Australia/Sydney", around: Date.parse("2026-04-04T16:00Z") },
  { zone: "Australia/Lord_Howe", around: Date.parse("2026-10-03T15:30Z") },
  { zone: "Pacific/Chatham", around: Date.parse("2026-04-04T14:00Z") },
  { zone: "America/Havana", around: Date.parse("2026-03-08T05:00Z") },
  { zone: "Asia/Kathmandu", around: Date.parse("2026-06-01T00:00Z") },
  { zone: "UTC", around: Date.parse("2026-02-01T00:00Z") },
];
/** Irregular weekend hours: shifting the clock by 30 or 60 minutes changes what is worked. */
const COMB = "Sat-Sun 00:00-00:20 00:45-01:10 01:40-02:05 02:50-03:15 03:35-04:20 23:10-23:40";

describe("parseSchedule", () => {
  it("reads day ranges, several parts, several hour ranges, and 24:00", () => {
    const s = parseSchedule("Mon-Thu 08:00-16:00, Fri 08:00-12:00");
    expect(s.days[0]).toEqual([[480, 960]]);
    expect(s.days[4]).toEqual([[480, 720]]);
    expect(s.days[5]).toEqual([]);
    expect(weekHours(s)).toBe(4 * 8 + 4);
    const split = parseSchedule("mon - fri 9-12 13:00-17:30; Sat 10:00-14:00");
    expect(split.days[2]).toEqual([
      [540, 720],
      [780, 1050],
    ]);
    expect(split.days[5]).toEqual([[600, 840]]);
    expect(weekHours(parseSchedule("Daily 00:00-24:00"))).toBe(7 * 24);
    // A range that wraps over the weekend.
    expect(parseSchedule("Fri-Mon 10:00-11:00").days.map((d) => d.length)).toEqual([1, 0, 0, 0, 1, 1, 1]);
    expect(parseSchedule("Tuesday 9-17").days[1]).toEqual([[540, 1020]]);
  });

  it("names the part that cannot be read", () => {
    expect(() => parseSchedule("")).toThrow(/schedule is empty/);
    expect(() => parseSchedule("Mon-Fry 09:00-17:00")).toThrow(/"Mon-Fry" is not a day/);
    expect(() => parseSchedule("Mon-Fri 9:00-17:00, Sat")).toThrow(/part "Sat" has no hours/);
    expect(() => parseSchedule("Mon 9am-5pm")).toThrow(/"9am-5pm" is not a time range/);
    expect(() => parseSchedule("Mon 25:00-26:00")).toThrow(/"25:00-26:00" is not a time range/);
    expect(() => parseSchedule("Mon 22:00-06:00")).toThrow(/night shift/);
    expect(() => parseSchedule("Mon-Fri 09:00-17:00, Mon 12:00-13:00")).toThrow(/overlapping hours for Mon/);
  });
});

describe("businessMs", () => {
  const NY = "America/New_York";

  it("counts working hours over a weekend and a whole year", () => {
    // Friday 12:00 → Monday 12:00: 5 hours Friday, 3 Monday.
    expect(hoursBetween(at(NY, 2026, 3, 6, 12), at(NY, 2026, 3, 9, 12), NINE_TO_FIVE, NY)).toBe(8);
    // 2026 starts on a Thursday: 52 weeks and one Thursday, so 261 weekdays of 8 hours.
    expect(hoursBetween(at(NY, 2026, 1, 1), at(NY, 2027, 1, 1), NINE_TO_FIVE, NY)).toBe(2088);
    // Outside hours to outside hours on the same evening: nothing.
    expect(hoursBetween(at(NY, 2026, 3, 4, 18), at(NY, 2026, 3, 4, 23), NINE_TO_FIVE, NY)).toBe(0);
    // End before start is the negative of the other way round.
    expect(hoursBetween(at(NY, 2026, 3, 9, 12), at(NY, 2026, 3, 6, 12), NINE_TO_FIVE, NY)).toBe(-8);
  });

  it("skips holidays, including a holiday on a DST weekend's Monday", () => {
    const christmas = daysFromCivil(2026, 12, 25);
    // Thursday 24 Dec 10:00 → Monday 28 Dec 10:00: 7 + (holiday) + 1.
    expect(
      hoursBetween(at(NY, 2026, 12, 24, 10), at(NY, 2026, 12, 28, 10), NINE_TO_FIVE, NY, [christmas]),
    ).toBe(8);
    // Starting and ending inside the holiday.
    expect(
      hoursBetween(at(NY, 2026, 12, 25, 10), at(NY, 2026, 12, 25, 15), NINE_TO_FIVE, NY, [christmas]),
    ).toBe(0);
    // Monday 2026-03-09 as a holiday after the DST change: Friday 16:00 → Tuesday 10:00 = 1 + 1.
    const monday = daysFromCivil(2026, 3, 9);
    expect(hoursBetween(at(NY, 2026, 3, 6, 16), at(NY, 2026, 3, 10, 10), NINE_TO_FIVE, NY, [monday])).toBe(2);
  });

  it("gives a working day on a DST change its real length", () => {
    // Stockholm: 2026-03-29 has 23 hours, 2026-10-25 has 25.
    const STO = "Europe/Stockholm";
    expect(hoursBetween(at(STO, 2026, 3, 29), at(STO, 2026, 3, 30), ALWAYS, STO)).toBe(23);
    expect(hoursBetween(at(STO, 2026, 10, 25), at(STO, 2026, 10, 26), ALWAYS, STO)).toBe(25);
    // New York Sunday 01:00–04:00 spans the skipped hour (2 real hours) and the repeated one (4).
    const night = parseSchedule("Sun 01:00-04:00");
    expect(hoursBetween(at(NY, 2026, 3, 7), at(NY, 2026, 3, 9), night, NY)).toBe(2);
    expect(hoursBetween(at(NY, 2026, 10, 31), at(NY, 2026, 11, 2), night, NY)).toBe(4);
    // A normal working week across a DST weekend is unchanged: Friday 16:00 → Monday 10:00 = 2 hours.
    expect(hoursBetween(at(NY, 2026, 3, 6, 16), at(NY, 2026, 3, 9, 10), NINE_TO_FIVE, NY)).toBe(2);
    expect(hoursBetween(at(NY, 2026, 10, 30, 16), at(NY, 2026, 11, 2, 10), NINE_TO_FIVE, NY)).toBe(2);
  });

  it("counts the minutes around each offset change exactly", () => {
    const comb = parseSchedule(COMB);
    const minutes = [-150, -61, -60, -59, -31, -30, -1, 0, 1, 29, 30, 31, 59, 60, 61];
    for (const { zone, around } of PLACES) {
      const business = new BusinessTime(comb, zoneClock(zone));
      for (const from of minutes) {
        for (const length of minutes.filter((m) => m >= 0).concat(90, 150)) {
          const start = around + from * MINUTE_MS + (from % 2 ? 1234 : 0);
          const end = start + length * MINUTE_MS;
          expect(business.between(start, end)).toBe(bruteForceMs(start, end, comb.days, zone, []));
        }
      }
    }
  });

  it("agrees with a minute-by-minute count on random spans, zones, schedules and holidays", () => {
    const clock = (minutes: number) =>
      `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
    // Random schedules: per weekday up to three intervals on a grid of 1 to 60 minutes.
    const randomHours = fc.integer({ min: 0, max: 4 }).chain((g) => {
      const step = [1, 5, 15, 30, 60][g];
      const day = fc.uniqueArray(fc.integer({ min: 0, max: 1440 / step }), { maxLength: 6 }).map((points) => {
        const sorted = points.sort((a, b) => a - b).map((p) => p * step);
        const hours: Array<[number, number]> = [];
        for (let i = 0; i + 1 < sorted.length; i += 2) hours.push([sorted[i], sorted[i + 1]]);
        return hours;
      });
      return fc.array(day, { minLength: 7, maxLength: 7 });
    });
    const fixedHours = fc
      .constantFrom(
        "Mon-Fri 09:00-17:00",
        "Mon-Thu 08:00-16:00, Fri 08:00-12:00",
        "Daily 00:00-24:00",
        "Sun 01:00-04:00, Sat 22:00-24:00",
        "Mon-Fri 09:00-12:30 13:15-17:45",
        COMB,
      )
      .map((text) => parseSchedule(text).days.map((day) => day.map(([a, b]) => [a, b] as [number, number])));
    const alignTo = fc.constantFrom(1, MINUTE_MS, HOUR_MS, DAY_MS);
    const span = fc.record({
      // Anywhere in the window, or ending close after the offset change.
      from: fc.oneof(
        fc.integer({ min: -4 * DAY_MS, max: 2 * DAY_MS }),
        fc.integer({ min: -3 * HOUR_MS, max: HOUR_MS }),
      ),
      // Mostly hours or a day or two; some around and over a week (the one-step limit).
      length: fc.oneof(
        fc.integer({ min: 0, max: 6 * HOUR_MS }),
        fc.integer({ min: 0, max: 2 * DAY_MS }),
        fc.integer({ min: 6 * DAY_MS + 23 * HOUR_MS, max: 9 * DAY_MS }),
      ),
      align: alignTo,
    });
    fc.assert(
      fc.property(
        fc.constantFrom(...PLACES),
        fc.oneof(randomHours, fixedHours),
        fc.uniqueArray(fc.integer({ min: -5, max: 9 }), { maxLength: 3 }),
        fc.boolean(),
        fc.array(span, { minLength: 1, maxLength: 4 }),
        ({ zone, around }, hours, holidayOffsets, farHoliday, spans) => {
          const parts = hours.flatMap((day, d) =>
            day.length ? [`${WEEKDAYS[d]} ${day.map(([a, b]) => `${clock(a)}-${clock(b)}`).join(" ")}`] : [],
          );
          const schedule = parseSchedule(parts.length ? parts.join(", ") : "Mon 00:00-00:01");
          const days = parts.length ? hours : schedule.days;
          const firstDay = Math.floor(around / DAY_MS);
          const holidayDays = holidayOffsets.map((k) => firstDay + k);
          // A holiday two centuries away spreads them too far for the per-day index.
          if (farHoliday) holidayDays.push(daysFromCivil(1820, 1, 1));
          const holidayKeys = holidayDays.map((d) => new Date(d * DAY_MS).toISOString().slice(0, 10));
          const business = new BusinessTime(schedule, zoneClock(zone), holidayDays);
          for (const { from, length, align } of spans) {
            const start = Math.floor((around + from) / align) * align;
            const end = start + Math.floor(length / align) * align;
            const expected = bruteForceMs(start, end, days, zone, holidayKeys);
            expect(business.between(start, end)).toBe(expected);
            // The other way round is the negative (+ 0 makes -0 and 0 alike).
            expect(-business.between(end, start) + 0).toBe(expected);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it("handles spans of decades in one step per offset change", () => {
    const business = new BusinessTime(NINE_TO_FIVE, zoneClock(NY));
    // Monday 2000-01-03 09:00 to Monday 2019-12-09 09:00: 7280 days = 1040 whole weeks of 40 hours,
    // across 40 DST changes.
    expect((Date.UTC(2019, 11, 9) - Date.UTC(2000, 0, 3)) / DAY_MS).toBe(7280);
    expect(business.between(at(NY, 2000, 1, 3, 9), at(NY, 2019, 12, 9, 9)) / HOUR_MS).toBe(1040 * 40);
    expect(business.weekMs).toBe(40 * HOUR_MS);
  });
});
