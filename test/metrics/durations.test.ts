import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HOUR_MS, MINUTE_MS } from "../../src/metrics/calendar";
import { elapsedMs, percentileBySelection, summarizeElapsed } from "../../src/metrics/durations";
import { BusinessTime, parseSchedule } from "../../src/metrics/schedule";
import { percentile } from "../../src/metrics/stats";
import { zoneClock, zonedInstant } from "../../src/metrics/zoned-time";

const T0 = Date.UTC(2026, 9, 5, 9); // Monday 2026-10-05 09:00 UTC
const NaN_ = Number.NaN;

describe("elapsedMs", () => {
  it("measures only rows with both timestamps and end ≥ start", () => {
    const starts = [T0, T0, NaN_, T0 + HOUR_MS, NaN_, T0 + 2 * HOUR_MS];
    const ends = [T0 + 90 * MINUTE_MS, NaN_, T0, T0, NaN_, T0 + 2 * HOUR_MS];
    expect(Array.from(elapsedMs(starts, ends))).toEqual([90 * MINUTE_MS, 0]);
  });

  it("measures business hours when given a schedule", () => {
    const business = new BusinessTime(parseSchedule("Mon-Fri 09:00-17:00"), zoneClock("UTC"));
    // Monday 09:00 → Tuesday 10:00 is 9 working hours but 25 calendar hours.
    expect(Array.from(elapsedMs([T0], [T0 + 25 * HOUR_MS], business))).toEqual([9 * HOUR_MS]);
    expect(Array.from(elapsedMs([T0], [T0 + 25 * HOUR_MS]))).toEqual([25 * HOUR_MS]);
  });
});

describe("summarizeElapsed", () => {
  it("converts units, a day being 24 hours", () => {
    const ninety = [90 * MINUTE_MS];
    expect(summarizeElapsed(ninety, "mean", "hours")).toBe(1.5);
    expect(summarizeElapsed(ninety, "mean", "minutes")).toBe(90);
    expect(summarizeElapsed(ninety, "mean", "days")).toBe(1.5 / 24);
  });

  it("computes each statistic like Sheets (PERCENTILE linear interpolation)", () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((h) => h * HOUR_MS).reverse();
    expect(summarizeElapsed(values, "mean", "hours")).toBe(5.5);
    expect(summarizeElapsed(values, "median", "hours")).toBe(5.5);
    // PERCENTILE({1..10}, 0.9) = 9.1 in Sheets.
    expect(summarizeElapsed(values, "p90", "hours")).toBeCloseTo(9.1, 12);
    expect(summarizeElapsed(values, "max", "hours")).toBe(10);
    expect(summarizeElapsed(values, "min", "hours")).toBe(1);
    // The input is left as it was, unless the caller lets it be reordered.
    expect(values[0]).toBe(10 * HOUR_MS);
    const scratch = Float64Array.from(values);
    expect(summarizeElapsed(scratch, "p90", "hours", true)).toBeCloseTo(9.1, 12);
  });

  it("finds quantiles by selection exactly as sorting would", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 50 }), fc.double({ min: 0, max: 1e12, noNaN: true })), {
          minLength: 1,
          maxLength: 3000,
        }),
        fc.constantFrom(0, 0.1, 0.5, 0.9, 1),
        (values, p) => {
          expect(percentileBySelection(Float64Array.from(values), p)).toBe(percentile(values, p));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("selects quickly on adversarial orders (sorted, reversed, constant, organ-pipe)", () => {
    const n = 20_001;
    const shapes = [
      Float64Array.from({ length: n }, (_, i) => i),
      Float64Array.from({ length: n }, (_, i) => n - i),
      new Float64Array(n).fill(7),
      Float64Array.from({ length: n }, (_, i) => Math.min(i, n - i)),
    ];
    for (const values of shapes) {
      const expected = percentile(values, 0.9);
      expect(percentileBySelection(values.slice(), 0.9)).toBe(expected);
    }
  });
});

describe("zoned durations", () => {
  it("counts a ticket across the New York DST change by real elapsed time", () => {
    const zone = "America/New_York";
    // Saturday 22:00 EST → Sunday 04:00 EDT: the wall clock shows 6 hours, 5 really passed.
    const start = zonedInstant(zone, 2026, 3, 7, 22);
    const end = zonedInstant(zone, 2026, 3, 8, 4);
    expect(summarizeElapsed(elapsedMs([start], [end]), "mean", "hours")).toBe(5);
  });
});
