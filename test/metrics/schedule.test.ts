import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DAY_MS, daysFromCivil, HOUR_MS, MINUTE_MS } from "../../src/metrics/calendar";
import {
  BusinessTime,
  businessMs,
  parseSchedule,
  type Schedule,
  weeklyMinutes,
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

/**
 * Independent oracle: step through every minute and ask Intl what the wall clock shows. Slow, so
 * only for spans of days; start and end must be whole minutes.
 */
function bruteForceMs(
  start: number,
  end: number,
  schedule: Schedule,
  zone: string,
  holidays: string[],
): number {
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
  const weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
  let worked = 0;
  for (let t = start; t < end; t += MINUTE_MS) {
    const p = Object.fromEntries(format.formatToParts(t).map((x) => [x.type, x.value]));
    if (holidays.includes(`${p.year}-${p.month}-${p.day}`)) continue;
    const minute = (Number(p.hour) % 24) * 60 + Number(p.minute);
    const hours = schedule.days[weekdays.indexOf(p.weekday)];
    if (hours.some(([from, to]) => minute >= from && minute < to)) worked += MINUTE_MS;
  }
  return worked;
}

describe("parseSchedule", () => {
  it("reads day ranges, several parts, several hour ranges, and 24:00", () => {
    const s = parseSchedule("Mon-Thu 08:00-16:00, Fri 08:00-12:00");
    expect(s.days[0]).toEqual([[480, 960]]);
    expect(s.days[4]).toEqual([[480, 720]]);
    expect(s.days[5]).toEqual([]);
    expect(weeklyMinutes(s)).toBe(4 * 8 * 60 + 4 * 60);
    const split = parseSchedule("mon - fri 9-12 13:00-17:30; Sat 10:00-14:00");
    expect(split.days[2]).toEqual([
      [540, 720],
      [780, 1050],
    ]);
    expect(split.days[5]).toEqual([[600, 840]]);
    expect(weeklyMinutes(parseSchedule("Daily 00:00-24:00"))).toBe(7 * 24 * 60);
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

  it("agrees with a minute-by-minute count on random spans around DST changes and holidays", () => {
    const cases = [
      { zone: "America/New_York", around: Date.UTC(2026, 2, 8, 7), holiday: "2026-03-09" },
      { zone: "America/New_York", around: Date.UTC(2026, 10, 1, 6), holiday: "2026-10-30" },
      { zone: "Europe/Stockholm", around: Date.UTC(2026, 9, 25, 1), holiday: "2026-10-26" },
      { zone: "Pacific/Chatham", around: Date.UTC(2026, 3, 4, 14), holiday: "2026-04-06" },
      { zone: "Asia/Kolkata", around: Date.UTC(2026, 9, 31, 18), holiday: "2026-11-02" },
    ];
    const schedules = [
      NINE_TO_FIVE,
      parseSchedule("Mon-Thu 08:00-16:00, Fri 08:00-12:00"),
      parseSchedule("Daily 00:00-24:00"),
      parseSchedule("Sat-Sun 01:30-03:15 22:00-24:00, Mon 00:00-02:45"),
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...cases),
        fc.constantFrom(...schedules),
        fc.integer({ min: -4 * 24 * 60, max: 2 * 24 * 60 }),
        fc.integer({ min: 0, max: 5 * 24 * 60 }),
        fc.boolean(),
        ({ zone, around, holiday }, schedule, fromMinute, lengthMinutes, withHoliday) => {
          const start = around + fromMinute * MINUTE_MS;
          const end = start + lengthMinutes * MINUTE_MS;
          const [y, m, d] = holiday.split("-").map(Number);
          const holidays = withHoliday ? [daysFromCivil(y, m, d)] : [];
          const expected = bruteForceMs(start, end, schedule, zone, withHoliday ? [holiday] : []);
          expect(businessMs(start, end, schedule, zone, holidays)).toBe(expected);
        },
      ),
      { numRuns: 40 },
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
