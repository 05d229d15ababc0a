import { describe, expect, it } from "vitest";
import {
  checkScale,
  countBetween,
  histogramMean,
  responsesOf,
  scoreHistogram,
} from "../../src/metrics/scores";

describe("score histograms", () => {
  it("counts each whole-number score at its own index", () => {
    const counts = scoreHistogram([3, 1, 3, 5, 3], 1, 5);
    expect(Array.from(counts)).toEqual([0, 1, 0, 3, 0, 1]);
    expect(countBetween(counts, 3, 5)).toBe(4);
    expect(countBetween(counts, 4, 99)).toBe(1);
    expect(responsesOf(counts)).toBe(5);
    expect(histogramMean(counts)).toBe(15 / 5);
  });

  it("names the first invalid score and its position", () => {
    expect(() => scoreHistogram([1, 2, 2.5], 1, 5)).toThrow(
      "score 2.5 (number 3) is not a whole number from 1 to 5.",
    );
    expect(() => scoreHistogram([Number.NaN], 0, 10)).toThrow(/score NaN/);
  });

  it("refuses empty histograms and unusable scales", () => {
    expect(() => responsesOf([0, 0, 0])).toThrow(/no responses/);
    expect(() => histogramMean([0, 0])).toThrow(/no responses/);
    expect(() => checkScale(1)).toThrow(/scale_max is 1/);
    expect(() => checkScale(5.5)).toThrow(/scale_max is 5.5/);
    expect(() => checkScale(100)).not.toThrow();
  });
});
