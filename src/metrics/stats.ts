/**
 * Summary statistics shared by the metrics. Quantiles follow Sheets' `MEDIAN` and `PERCENTILE`
 * (PERCENTILE.INC: rank p·(n−1) with linear interpolation), so a number here matches the same
 * formula typed into a cell.
 */

export type Stat = "mean" | "median" | "p90" | "max" | "min";
export const STATS: readonly Stat[] = ["mean", "median", "p90", "max", "min"];

/** 1.96: the two-sided 95% normal quantile used by every interval in the add-on. */
export const Z95 = 1.959963984540054;

export function mean(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  return sum / values.length;
}

/** Ascending copy; typed-array sort is numeric, unlike Array#sort's default. */
export function sorted(values: ArrayLike<number>): Float64Array {
  return Float64Array.from(values).sort();
}

/** PERCENTILE.INC on ascending values, p in 0–1. */
export function percentileSorted(ascending: ArrayLike<number>, p: number): number {
  const n = ascending.length;
  if (n === 1) return ascending[0];
  const rank = p * (n - 1);
  const lower = Math.floor(rank);
  const upper = Math.min(lower + 1, n - 1);
  return ascending[lower] + (rank - lower) * (ascending[upper] - ascending[lower]);
}

export function percentile(values: ArrayLike<number>, p: number): number {
  return percentileSorted(sorted(values), p);
}

export function median(values: ArrayLike<number>): number {
  return percentile(values, 0.5);
}

/** One statistic of a non-empty list; callers say what an empty list means for their metric. */
export function summarize(values: ArrayLike<number>, stat: Stat): number {
  if (values.length === 0) throw new Error("summarize: no values");
  switch (stat) {
    case "mean":
      return mean(values);
    case "median":
      return median(values);
    case "p90":
      return percentile(values, 0.9);
    case "max": {
      let max = values[0];
      for (let i = 1; i < values.length; i++) if (values[i] > max) max = values[i];
      return max;
    }
    case "min": {
      let min = values[0];
      for (let i = 1; i < values.length; i++) if (values[i] < min) min = values[i];
      return min;
    }
  }
}

export interface Interval {
  low: number;
  high: number;
}

/** Wilson score interval for a proportion (successes of n), clamped to 0–1. */
export function wilson(successes: number, n: number, z = Z95): Interval {
  const p = successes / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}
