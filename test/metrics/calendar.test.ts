import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  civilFromDays,
  DAY_MS,
  dayKey,
  daysFromCivil,
  firstDayOfMonth,
  mondayOf,
  monthIndexOfDay,
  monthKey,
  monthsEndingWith,
  parseMonthKey,
  weekdayOfDay,
} from "../../src/metrics/calendar";

// Date.UTC is the independent oracle: the proleptic Gregorian calendar as JavaScript implements it.
const utcDay = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / DAY_MS;

describe("calendar", () => {
  it("numbers days from 1970-01-01", () => {
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    expect(daysFromCivil(1969, 12, 31)).toBe(-1);
    expect(daysFromCivil(2000, 3, 1)).toBe(utcDay(2000, 3, 1));
    expect(daysFromCivil(2026, 10, 31)).toBe(utcDay(2026, 10, 31));
  });

  it("agrees with Date.UTC on any date from year 1000 to 9999, both ways", () => {
    fc.assert(
      fc.property(fc.integer({ min: utcDay(1000, 1, 1), max: utcDay(9999, 12, 31) }), (days) => {
        const date = new Date(days * DAY_MS);
        const civil = civilFromDays(days);
        expect(civil).toEqual({
          year: date.getUTCFullYear(),
          month: date.getUTCMonth() + 1,
          day: date.getUTCDate(),
        });
        expect(daysFromCivil(civil.year, civil.month, civil.day)).toBe(days);
        expect(monthIndexOfDay(days)).toBe(date.getUTCFullYear() * 12 + date.getUTCMonth());
        // getUTCDay: 0 = Sunday; ours: 0 = Monday.
        expect(weekdayOfDay(days)).toBe((date.getUTCDay() + 6) % 7);
      }),
    );
  });

  it("labels months and days as text, weeks by their Monday", () => {
    expect(monthKey(2026 * 12 + 9)).toBe("2026-10");
    expect(dayKey(utcDay(2026, 10, 19))).toBe("2026-10-19");
    // 2026-10-25 is a Sunday; its ISO week starts on Monday 2026-10-19.
    expect(dayKey(mondayOf(utcDay(2026, 10, 25)))).toBe("2026-10-19");
    expect(dayKey(mondayOf(utcDay(2026, 10, 19)))).toBe("2026-10-19");
    expect(dayKey(firstDayOfMonth(2026 * 12 + 1))).toBe("2026-02-01");
  });

  it("parses keys and refuses anything else", () => {
    expect(parseMonthKey("2026-10")).toBe(2026 * 12 + 9);
    expect(() => parseMonthKey("2026-13")).toThrow(/YYYY-MM/);
    expect(() => parseMonthKey("Oct 2026")).toThrow(/YYYY-MM/);
  });

  it("does month arithmetic across years", () => {
    expect(monthsEndingWith("2026-02", 3)).toEqual(["2025-12", "2026-01", "2026-02"]);
    expect(monthsEndingWith("2026-10", 12)).toHaveLength(12);
    expect(monthsEndingWith("2026-10", 12)[0]).toBe("2025-11");
  });
});
