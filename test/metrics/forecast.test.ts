import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FORECAST_METHODS, forecastVolume, INTERVAL_Z, periodsNeeded } from "../../src/metrics/forecast";
import { fitHoltWinters, HoltWinters, oneStepSse, startValues } from "../../src/metrics/holt-winters";
import { seasonalAverage, seasonalNaive } from "../../src/metrics/seasonal-forecast";

// NIST/SEMATECH e-Handbook of Statistical Methods, §6.4.3.5 "Triple Exponential Smoothing" and its
// example §6.4.3.6 (https://www.itl.nist.gov/div898/handbook/pmc/section4/pmc435.htm): six years of
// quarterly sales, L = 4. The handbook gives the yearly averages 380, 419, 510.5, 591, 675, 716.75 and
// the initial trend (1/4)·((382−362)/4 + (409−385)/4 + (498−432)/4 + (387−341)/4) = 9.75.
const NIST = [
  362, 385, 432, 341, 382, 409, 498, 387, 473, 513, 582, 474, 544, 582, 681, 557, 628, 707, 773, 592, 627,
  725, 854, 661,
];

/**
 * An independent additive Holt-Winters, written from the equations with whole arrays indexed by
 * period (level[t], trend[t], season[t]) rather than a rolling state: SSE of one-step errors and
 * the forecasts from the end, for given constants and the same start values.
 */
function referenceHoltWinters(
  y: number[],
  L: number,
  [alpha, beta, gamma]: [number, number, number],
  horizon: number,
): { sse: number; forecasts: number[] } {
  const level: number[] = [];
  const trend: number[] = [];
  const season: number[] = [];
  // Start: first season's mean, NIST's trend, each quarter's mean deviation from its year's mean.
  const years = Math.floor(y.length / L);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const yearMeans = Array.from({ length: years }, (_, p) => mean(y.slice(p * L, p * L + L)));
  for (let i = 0; i < L; i++) {
    season[i] = mean(yearMeans.map((m, p) => y[p * L + i] - m));
  }
  level[L - 1] = yearMeans[0];
  trend[L - 1] = mean(Array.from({ length: L }, (_, i) => (y[L + i] - y[i]) / L));
  let sse = 0;
  for (let t = L; t < y.length; t++) {
    const predicted = level[t - 1] + trend[t - 1] + season[t - L];
    sse += (y[t] - predicted) ** 2;
    level[t] = alpha * (y[t] - season[t - L]) + (1 - alpha) * (level[t - 1] + trend[t - 1]);
    trend[t] = gamma * (level[t] - level[t - 1]) + (1 - gamma) * trend[t - 1];
    season[t] = beta * (y[t] - level[t]) + (1 - beta) * season[t - L];
  }
  const n = y.length;
  const forecasts = Array.from({ length: horizon }, (_, k) => {
    const m = k + 1;
    return level[n - 1] + m * trend[n - 1] + season[n - 1 - L + 1 + ((m - 1) % L)];
  });
  return { sse, forecasts };
}

/** A monthly series with trend and a yearly swing, plus deterministic noise. */
function seasonalSeries(years: number, noise = 25): number[] {
  return Array.from({ length: years * 12 }, (_, t) =>
    Math.round(
      500 +
        6 * t +
        120 * Math.sin((2 * Math.PI * t) / 12) +
        40 * Math.cos((4 * Math.PI * t) / 12) +
        noise * Math.sin(t * 7.3),
    ),
  );
}

describe("Holt-Winters start values (NIST §6.4.3.5)", () => {
  it("reproduces the handbook's yearly averages and initial trend on its quarterly example", () => {
    const start = startValues(NIST, 4);
    expect(start.seasonMeans).toEqual([380, 419, 510.5, 591, 675, 716.75]);
    expect(start.trend).toBe(9.75);
    expect(start.level).toBe(380);
  });

  it("takes each quarter's mean deviation from its year's mean as the additive seasonal term", () => {
    // Q1: (362−380 + 382−419 + 473−510.5 + 544−591 + 628−675 + 627−716.75) ÷ 6 = −276.25 ÷ 6
    const start = startValues(NIST, 4);
    expect(start.season[0]).toBeCloseTo(-276.25 / 6, 12);
    expect(start.season[1]).toBeCloseTo(28.75 / 6, 12);
    expect(start.season[2]).toBeCloseTo(527.75 / 6, 12);
    expect(start.season[3]).toBeCloseTo(-280.25 / 6, 12);
    // Additive terms of complete seasons sum to 0, as the handbook's ratios average to 1.
    expect(start.season.reduce((a, b) => a + b, 0)).toBeCloseTo(0, 9);
    // The handbook's multiplicative indices (0.92, 1.01, 1.16, 0.92 rounded) rank the quarters alike.
    expect([...start.season].map((s) => Math.sign(s))).toEqual([-1, 1, 1, -1]);
  });

  it("needs two complete seasons", () => {
    expect(() => startValues(NIST.slice(0, 7), 4)).toThrow(/two seasons \(8 periods\)/);
  });
});

describe("Holt-Winters against an independent implementation", () => {
  const series = seasonalSeries(5);

  it("gives the same one-step errors and forecasts for the same constants", () => {
    for (const constants of [
      [0.3, 0.1, 0.05],
      [0.9, 0.5, 0.5],
      [0, 0, 0],
      [1, 1, 1],
    ] as [number, number, number][]) {
      for (const [y, L] of [
        [NIST, 4],
        [series, 12],
      ] as [number[], number][]) {
        const reference = referenceHoltWinters(y, L, constants, 2 * L);
        const start = startValues(y, L);
        const [alpha, beta, gamma] = constants;
        const sse = oneStepSse(y, y.length, start, { alpha, beta, gamma });
        expect(sse).toBeCloseTo(reference.sse, 6);
        const model = new HoltWinters({ alpha, beta, gamma }, start);
        for (let t = L; t < y.length; t++) model.update(y[t]);
        for (let m = 1; m <= 2 * L; m++) expect(model.forecast(m)).toBeCloseTo(reference.forecasts[m - 1], 8);
      }
    }
  });

  it("fits constants at least as good as a fine grid search over the reference", () => {
    for (const [y, L] of [
      [NIST, 4],
      [series, 12],
    ] as [number[], number][]) {
      let gridBest = Number.POSITIVE_INFINITY;
      const steps = 20;
      for (let a = 0; a <= steps; a++)
        for (let b = 0; b <= steps; b++)
          for (let g = 0; g <= steps; g++) {
            const { sse } = referenceHoltWinters(y, L, [a / steps, b / steps, g / steps], 1);
            gridBest = Math.min(gridBest, sse);
          }
      const fit = fitHoltWinters(y, L);
      expect(fit.sse).toBeLessThanOrEqual(gridBest * (1 + 1e-3));
      const { alpha, beta, gamma } = fit.constants;
      expect(referenceHoltWinters(y, L, [alpha, beta, gamma], 1).sse).toBeCloseTo(fit.sse, 6);
      for (const c of [alpha, beta, gamma]) {
        expect(c).toBeGreaterThanOrEqual(0);
        expect(c).toBeLessThanOrEqual(1);
      }
    }
  });
});

describe("seasonal naive and seasonal average", () => {
  it("repeats the last year of NIST's example, and averages up to three years", () => {
    const naive = seasonalNaive(NIST, 4);
    expect([1, 2, 3, 4, 5, 8].map((h) => naive.forecast(h))).toEqual([627, 725, 854, 661, 627, 661]);
    const average = seasonalAverage(NIST, 4);
    // Q1 of the last three years: (544 + 628 + 627) ÷ 3
    expect(average.forecast(1)).toBeCloseTo(1799 / 3, 12);
    expect(average.forecast(3)).toBeCloseTo((681 + 773 + 854) / 3, 12);
    // With two years only, the mean of the two.
    expect(seasonalAverage(NIST.slice(0, 8), 4).forecast(2)).toBe((385 + 409) / 2);
  });
});

describe("forecastVolume", () => {
  it("forecasts NIST's next year with every method, intervals around the forecast", () => {
    for (const method of FORECAST_METHODS) {
      const result = forecastVolume(NIST, 4, 4, method);
      expect(result.points).toHaveLength(4);
      for (const p of result.points) {
        expect(p.low).toBeLessThanOrEqual(p.forecast);
        expect(p.high).toBeGreaterThanOrEqual(p.forecast);
      }
    }
    const naive = forecastVolume(NIST, 4, 4, "seasonal_naive");
    expect(naive.points.map((p) => p.forecast)).toEqual([627, 725, 854, 661]);
  });

  it("builds the interval from the backtest errors of the last season", () => {
    // Seasonal naive, origins 20–23 (the last year): one-step errors 627−628, 725−707, 854−773, 661−592.
    const naive = forecastVolume(NIST, 1, 4, "seasonal_naive");
    const sigma = Math.sqrt((1 + 18 ** 2 + 81 ** 2 + 69 ** 2) / 4);
    expect(naive.backtestError).toBeCloseTo(sigma, 9);
    expect(naive.backtestOrigins).toBe(4);
    expect(naive.points[0].high - naive.points[0].forecast).toBeCloseTo(INTERVAL_Z * sigma, 9);
    expect(naive.points[0].forecast - naive.points[0].low).toBeCloseTo(INTERVAL_Z * sigma, 9);
  });

  it("widens the interval with the horizon", () => {
    for (const method of FORECAST_METHODS) {
      const { points } = forecastVolume(seasonalSeries(6), 30, 12, method);
      for (let h = 1; h < points.length; h++) {
        const width = (p: (typeof points)[number]) => p.high - p.low;
        // Widths only grow, except where a low is cut at 0.
        if (points[h].low > 0) expect(width(points[h])).toBeGreaterThanOrEqual(width(points[h - 1]) - 1e-9);
      }
      expect(points[29].high - points[29].low).toBeGreaterThan(points[0].high - points[0].low);
    }
  });

  it("picks Holt-Winters for a trending season, and the simplest method for an exact repeat", () => {
    expect(forecastVolume(seasonalSeries(6), 3, 12, "auto").method).toBe("holt_winters");
    const repeat = Array.from({ length: 36 }, (_, t) => [10, 20, 30, 40][t % 4]);
    const result = forecastVolume(repeat, 2, 4, "auto");
    expect(result.method).toBe("seasonal_naive");
    expect(result.points).toEqual([
      { forecast: 10, low: 10, high: 10 },
      { forecast: 20, low: 20, high: 20 },
    ]);
  });

  it("says how many periods each method needs", () => {
    expect(periodsNeeded("seasonal_naive", 12)).toBe(13);
    expect(periodsNeeded("seasonal_average", 12)).toBe(13);
    expect(periodsNeeded("holt_winters", 12)).toBe(25);
    expect(periodsNeeded("auto", 12)).toBe(13);
    const twelve = seasonalSeries(1);
    expect(() => forecastVolume(twelve, 1, 12, "auto")).toThrow(
      /history has 12 periods; auto with season_length 12 needs at least 13: one season to start from and one more period/,
    );
    expect(() => forecastVolume(seasonalSeries(2), 1, 12, "holt_winters")).toThrow(
      /history has 24 periods; holt_winters with season_length 12 needs at least 25: two seasons \(24 periods\)/,
    );
    expect(forecastVolume(seasonalSeries(2).concat([700]), 1, 12, "holt_winters").points).toHaveLength(1);
  });

  it("rejects arguments it cannot use, naming them", () => {
    expect(() => forecastVolume(NIST, 0, 4, "auto")).toThrow(
      /horizon is 0; it must be a whole number from 1/,
    );
    expect(() => forecastVolume(NIST, 1, 2.5, "auto")).toThrow(/season_length is 2.5/);
    expect(() => forecastVolume([...NIST, -3], 1, 4, "auto")).toThrow(/history period 25 is -3/);
    expect(() => forecastVolume([...NIST, Number.NaN], 1, 4, "auto")).toThrow(/history period 25 is NaN/);
  });

  it("never gives NaN, Infinity or a negative count, whatever the history", () => {
    const count = fc.oneof(
      fc.constant(0),
      fc.integer({ min: 0, max: 50 }),
      fc.integer({ min: 0, max: 1_000_000 }),
      fc.constant(1e15),
    );
    fc.assert(
      fc.property(
        fc.array(count, { minLength: 2, maxLength: 60 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 24 }),
        fc.constantFrom(...FORECAST_METHODS),
        (history, seasonLength, horizon, method) => {
          let result: ReturnType<typeof forecastVolume>;
          try {
            result = forecastVolume(history, horizon, seasonLength, method);
          } catch (error) {
            expect(String(error)).toMatch(/needs at least/);
            expect(history.length).toBeLessThan(periodsNeeded(method, seasonLength));
            return;
          }
          for (const p of result.points) {
            for (const v of [p.forecast, p.low, p.high]) {
              expect(Number.isFinite(v)).toBe(true);
              expect(v).toBeGreaterThanOrEqual(0);
            }
            expect(p.low).toBeLessThanOrEqual(p.forecast);
            expect(p.high).toBeGreaterThanOrEqual(p.forecast);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
