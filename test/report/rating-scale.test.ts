import { describe, expect, it } from "vitest";
import { onScale, ratingScale } from "../../src/report/rating-scale";

describe("ratingScale", () => {
  it("takes the smallest usual scale that holds the highest rating", () => {
    expect([0, 1, 3, 5].map((h) => ratingScale(h).max)).toEqual([5, 5, 5, 5]);
    expect([6, 7].map((h) => ratingScale(h).max)).toEqual([7, 7]);
    expect([8, 10].map((h) => ratingScale(h).max)).toEqual([10, 10]);
  });

  it("gives the usual thresholds: satisfied 4–5, 6–7, 9–10; agree 4–5, 5–7, none on 1–10", () => {
    expect(ratingScale(5)).toEqual({ max: 5, satisfiedMin: 4, agreeMin: 4 });
    expect(ratingScale(7)).toEqual({ max: 7, satisfiedMin: 6, agreeMin: 5 });
    expect(ratingScale(10)).toEqual({ max: 10, satisfiedMin: 9, agreeMin: null });
  });
});

describe("onScale", () => {
  it("takes whole ratings from 1 to the scale's top only", () => {
    const five = ratingScale(5);
    expect([1, 3, 5].map((r) => onScale(r, five))).toEqual([true, true, true]);
    expect([0, 6, 7, 2.5, Number.NaN, -1].map((r) => onScale(r, five))).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(onScale(7, ratingScale(7))).toBe(true);
  });
});
