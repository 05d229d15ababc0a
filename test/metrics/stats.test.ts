import { describe, expect, it } from "vitest";
import { mean, median, percentile, summarize, wilson } from "../../src/metrics/stats";

describe("stats", () => {
  it("matches Sheets' MEDIAN and PERCENTILE (linear interpolation)", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    // PERCENTILE({1,2,3,4,5,6,7,8,9,10}, 0.9) = 9.1 in Sheets
    expect(percentile([10, 9, 8, 7, 6, 5, 4, 3, 2, 1], 0.9)).toBeCloseTo(9.1, 12);
    expect(percentile([5], 0.9)).toBe(5);
  });

  it("summarizes with each statistic", () => {
    const values = [2, 8, 4, 6];
    expect(summarize(values, "mean")).toBe(mean(values));
    expect(summarize(values, "max")).toBe(8);
    expect(summarize(values, "min")).toBe(2);
    expect(summarize(values, "median")).toBe(5);
    expect(() => summarize([], "mean")).toThrow();
  });

  it("computes a Wilson interval that contains the observed share", () => {
    const { low, high } = wilson(8, 10);
    expect(low).toBeCloseTo(0.4902, 3);
    expect(high).toBeCloseTo(0.9433, 3);
    expect(wilson(0, 5).low).toBe(0);
    expect(wilson(5, 5).high).toBe(1);
  });
});
