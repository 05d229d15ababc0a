import { describe, expect, it } from "vitest";
import {
  csat,
  csatStats,
  csatStatsFromHistogram,
  defaultSatisfiedMin,
  resolveSatisfiedMin,
} from "../../src/metrics/csat";

describe("csat", () => {
  it("uses the conventional satisfied threshold of each common scale", () => {
    expect(defaultSatisfiedMin(3)).toBe(3);
    expect(defaultSatisfiedMin(5)).toBe(4);
    expect(defaultSatisfiedMin(7)).toBe(6);
    expect(defaultSatisfiedMin(10)).toBe(9);
    expect(defaultSatisfiedMin(4)).toBeUndefined();
  });

  it("counts ratings at or above the threshold", () => {
    // 1–5: 4s and 5s are satisfied: 3 of 5.
    expect(csat([5, 4, 3, 2, 4])).toBe(0.6);
    expect(csat([5, 4, 3, 2, 4], 5, 5)).toBe(0.2);
    // 1–10: 9 and 10 only.
    expect(csat([10, 9, 8, 7], 10)).toBe(0.5);
    expect(csat([3, 2, 3, 1], 3)).toBe(0.5);
  });

  it("requires satisfied_min on scales without a convention", () => {
    expect(() => csat([1, 2, 3, 4], 4)).toThrow(/pass satisfied_min/);
    expect(csat([1, 2, 3, 4], 4, 3)).toBe(0.5);
    expect(() => resolveSatisfiedMin(5, 6)).toThrow(/satisfied_min is 6/);
    expect(() => resolveSatisfiedMin(5, 1)).toThrow(/from 2 to 5/);
    expect(() => resolveSatisfiedMin(1)).toThrow(/scale_max is 1/);
    expect(() => resolveSatisfiedMin(101)).toThrow(/scale_max is 101/);
  });

  it("refuses ratings off the scale and empty input", () => {
    expect(() => csat([5, 6])).toThrow(/score 6 \(number 2\) is not a whole number from 1 to 5/);
    expect(() => csat([0])).toThrow(/from 1 to 5/);
    expect(() => csat([])).toThrow(/no responses/);
  });

  it("gives counts, a Wilson interval and the mean rating", () => {
    const s = csatStats([5, 5, 4, 4, 4, 4, 4, 4, 3, 1]);
    expect(s).toMatchObject({ responses: 10, satisfied: 8, csat: 0.8 });
    // Wilson 95% for 8 of 10, as in the textbook: 0.490 to 0.943.
    expect(s.low).toBeCloseTo(0.4902, 3);
    expect(s.high).toBeCloseTo(0.9433, 3);
    expect(s.meanRating).toBeCloseTo(38 / 10, 12);
  });

  it("reads a histogram whose index is the rating", () => {
    expect(csatStatsFromHistogram([0, 1, 0, 1, 1, 1], 5)).toMatchObject({ responses: 4, satisfied: 2 });
    expect(() => csatStatsFromHistogram([0, 1, 1], 5)).toThrow(/6 counts/);
    expect(() => csatStatsFromHistogram([0, 0, 0, 0, 0, 0], 5)).toThrow(/no responses/);
  });
});
