import { describe, expect, it } from "vitest";
import { nps, npsCategory, npsStats, npsStatsFromCounts, npsStatsFromHistogram } from "../../src/metrics/nps";

/** `count` copies of `score`. */
const repeat = (score: number, count: number): number[] => new Array<number>(count).fill(score);

describe("npsCategory", () => {
  it("puts 0–6 in detractors, 7–8 in passives and 9–10 in promoters", () => {
    for (let s = 0; s <= 6; s++) expect(npsCategory(s)).toBe("Detractor");
    expect(npsCategory(7)).toBe("Passive");
    expect(npsCategory(8)).toBe("Passive");
    expect(npsCategory(9)).toBe("Promoter");
    expect(npsCategory(10)).toBe("Promoter");
  });

  it("refuses scores that are not whole numbers from 0 to 10", () => {
    for (const bad of [-1, 11, 8.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => npsCategory(bad)).toThrow(/not a whole number from 0 to 10/);
    }
  });
});

describe("nps", () => {
  it("gives 65 for 80% promoters and 15% detractors", () => {
    // 20 answers: 16 promoters (80%), 1 passive (5%), 3 detractors (15%).
    const scores = [...repeat(10, 8), ...repeat(9, 8), 7, ...repeat(0, 2), 6];
    expect(nps(scores)).toBe(65);
  });

  it("spans −100 to 100", () => {
    expect(nps(repeat(3, 4))).toBe(-100);
    expect(nps(repeat(9, 4))).toBe(100);
    expect(nps([7, 8])).toBe(0);
  });

  it("refuses an empty list and invalid scores", () => {
    expect(() => nps([])).toThrow(/no responses/);
    expect(() => nps([9, 12])).toThrow(/score 12 \(number 2\)/);
    expect(() => nps([9.5])).toThrow(/not a whole number/);
  });
});

describe("npsStats", () => {
  it("counts each group and its share", () => {
    const s = npsStats([10, 9, 8, 7, 7, 3, 0, 6]);
    expect(s).toMatchObject({ responses: 8, promoters: 2, passives: 3, detractors: 3 });
    expect(s.promoterShare).toBe(0.25);
    expect(s.passiveShare).toBe(0.375);
    expect(s.detractorShare).toBe(0.375);
    expect(s.nps).toBe(-12.5);
  });

  it("gives the adjusted-Wald interval of Rocks (2016)", () => {
    // Worked by hand for 8 promoters, 9 passives, 22 detractors (n = 39):
    // n' = 42, p' = 8.75/42, d' = 22.75/42, p' − d' = −1/3,
    // variance = p' + d' − (p' − d')² = 31.5/42 − 1/9 = 0.6388…, margin = 1.96 · √(0.6388…/42).
    const s = npsStatsFromCounts(8, 9, 22);
    const margin = 1.959963984540054 * Math.sqrt((31.5 / 42 - 1 / 9) / 42);
    expect(s.marginOfError).toBeCloseTo(margin * 100, 10);
    expect(s.marginOfError).toBeCloseTo(24.1733, 3);
    expect(s.low).toBeCloseTo(-57.5066, 3);
    expect(s.high).toBeCloseTo(-9.16, 3);
  });

  it("centres the interval on the adjusted estimate and clamps it to −100…100", () => {
    const all = npsStatsFromCounts(1000, 0, 0);
    expect(all.nps).toBe(100);
    expect(all.high).toBe(100);
    expect(all.low).toBeCloseTo(99.2868, 3);
    const none = npsStatsFromCounts(0, 0, 5);
    expect(none.low).toBe(-100);
    expect(none.high).toBeCloseTo(-17.4915, 3);
    // Not symmetric around the raw NPS once adjusted: 16/1/3 gives 65 but an interval of 25.6 to 87.4.
    const s = npsStatsFromCounts(16, 1, 3);
    expect(s.nps).toBe(65);
    expect(s.low).toBeCloseTo(25.6174, 3);
    expect(s.high).toBeCloseTo(87.426, 3);
  });

  it("reads a histogram of scores 0–10", () => {
    const counts = [1, 0, 0, 0, 0, 0, 2, 3, 0, 4, 5];
    expect(npsStatsFromHistogram(counts)).toEqual(npsStatsFromCounts(9, 3, 3));
    expect(() => npsStatsFromHistogram([1, 2])).toThrow(/11 counts/);
  });

  it("refuses counts that are not whole numbers, and no responses", () => {
    expect(() => npsStatsFromCounts(0, 0, 0)).toThrow(/no responses/);
    expect(() => npsStatsFromCounts(-1, 2, 2)).toThrow(/promoters is -1/);
    expect(() => npsStatsFromCounts(1, 0.5, 2)).toThrow(/passives is 0.5/);
  });
});
