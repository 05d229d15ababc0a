import { describe, expect, it } from "vitest";
import { ces, cesFromHistogram, defaultAgreeMin, resolveAgreeMin } from "../../src/metrics/ces";

describe("ces", () => {
  it("defaults agree_min to 4 on 1–5 and 5 on 1–7", () => {
    expect(defaultAgreeMin(5)).toBe(4);
    expect(defaultAgreeMin(7)).toBe(5);
    expect(defaultAgreeMin(10)).toBeUndefined();
  });

  it('"agree" is the share at or above agree_min', () => {
    expect(ces([5, 4, 3, 2])).toBe(0.5);
    expect(ces([7, 6, 5, 4, 3, 2, 1, 1], 7)).toBe(3 / 8);
    expect(ces([7, 6, 5, 4, 3, 2, 1, 1], 7, "agree", 6)).toBe(2 / 8);
  });

  it('"mean" is the average rating', () => {
    expect(ces([5, 4, 3, 2], 5, "mean")).toBe(3.5);
    expect(ces([7, 1], 7, "mean")).toBe(4);
    expect(ces([1, 2, 3, 10], 10, "mean")).toBe(4);
  });

  it("requires agree_min on other scales, for the agree method only", () => {
    expect(() => ces([1, 2, 3], 10)).toThrow(/pass agree_min/);
    expect(ces([1, 8, 9, 10], 10, "agree", 8)).toBe(0.75);
    expect(() => resolveAgreeMin(5, 0)).toThrow(/agree_min is 0/);
    expect(() => resolveAgreeMin(5, 2.5)).toThrow(/whole number/);
  });

  it("refuses ratings off the scale and empty input", () => {
    expect(() => ces([6])).toThrow(/from 1 to 5/);
    expect(() => ces([], 5, "mean")).toThrow(/no responses/);
    expect(() => cesFromHistogram([0, 0, 0, 0, 0, 0], 5, "agree")).toThrow(/no responses/);
  });
});
