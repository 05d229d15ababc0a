/**
 * Elapsed time between paired timestamps (created → first response, created → resolved) and its
 * summary statistics: the numbers behind FRT, RESOLUTION_TIME, SLA_RATE and the report's tracker.
 *
 * Timestamps are epoch ms with NaN for "none" (not yet responded, not resolved). Only rows with both
 * count; a row whose end is before its start is counted and reported, never measured.
 */
import { DAY_MS, HOUR_MS, MINUTE_MS } from "./calendar";
import { type Stat, summarize } from "./stats";

export type DurationUnit = "hours" | "minutes" | "days";
export const DURATION_UNITS: readonly DurationUnit[] = ["hours", "minutes", "days"];

/** Milliseconds per unit; a day is 24 hours, also for business hours. */
export const UNIT_MS: Readonly<Record<DurationUnit, number>> = {
  hours: HOUR_MS,
  minutes: MINUTE_MS,
  days: DAY_MS,
};

/** How elapsed time is measured when not by the calendar: e.g. a `BusinessTime`. */
export interface ElapsedMeasure {
  between(start: number, end: number): number;
}

/** How the rows of two paired timestamp columns fall (counted as they are read, in `ticket-args.ts`). */
export interface PairCounts {
  /** Rows with both timestamps and end ≥ start. */
  both: number;
  /** Rows with a start but no end, and with an end but no start. */
  startOnly: number;
  endOnly: number;
  /** Rows whose end is before their start, and the first of them (1-based; 0 when none). */
  backwards: number;
  firstBackwardsRow: number;
}

/**
 * Elapsed ms from `starts[i]` to `ends[i]` (equal lengths), by the calendar or by `measure`, for the
 * rows with both timestamps and end ≥ start, in row order.
 */
export function elapsedMs(
  starts: ArrayLike<number>,
  ends: ArrayLike<number>,
  measure?: ElapsedMeasure,
  /** Where to write (at least as long as the inputs); a new array when omitted. */
  into?: Float64Array,
): Float64Array {
  const out = into ?? new Float64Array(Math.min(starts.length, ends.length));
  const count = measure ? measureInto(starts, ends, measure, out) : subtractInto(starts, ends, out);
  return out.subarray(0, count);
}

function subtractInto(starts: ArrayLike<number>, ends: ArrayLike<number>, out: Float64Array): number {
  const n = Math.min(starts.length, ends.length);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const start = starts[i];
    const end = ends[i];
    if (end >= start) out[k++] = end - start;
  }
  return k;
}

function measureInto(
  starts: ArrayLike<number>,
  ends: ArrayLike<number>,
  measure: ElapsedMeasure,
  out: Float64Array,
): number {
  const n = Math.min(starts.length, ends.length);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const start = starts[i];
    const end = ends[i];
    if (end >= start) out[k++] = measure.between(start, end);
  }
  return k;
}

/**
 * One statistic of elapsed ms (non-empty), in `unit`. Median and p90 are Sheets' PERCENTILE.INC
 * (as `stats.ts`), found by selection: O(n) instead of sorting a million values. Selection
 * reorders, so it works on a copy unless `mayReorder` says the values are the caller's scratch.
 */
export function summarizeElapsed(
  elapsedMs: ArrayLike<number>,
  stat: Stat,
  unit: DurationUnit,
  mayReorder = false,
): number {
  if (elapsedMs.length > 0 && (stat === "median" || stat === "p90")) {
    const values = mayReorder && elapsedMs instanceof Float64Array ? elapsedMs : Float64Array.from(elapsedMs);
    return percentileBySelection(values, stat === "median" ? 0.5 : 0.9) / UNIT_MS[unit];
  }
  return summarize(elapsedMs, stat) / UNIT_MS[unit];
}

/**
 * PERCENTILE.INC of `values` (p in 0–1), reordering them: the value at rank p·(n−1), interpolated
 * linearly with the next one, exactly as `percentileSorted` does on a sorted copy.
 */
export function percentileBySelection(values: Float64Array, p: number): number {
  const n = values.length;
  if (n === 1) return values[0];
  const rank = p * (n - 1);
  const lower = Math.floor(rank);
  const low = selectInPlace(values, lower);
  if (rank === lower) return low;
  // After selection everything right of `lower` is ≥ it; the next order statistic is their minimum.
  let high = values[lower + 1];
  for (let i = lower + 2; i < n; i++) if (values[i] < high) high = values[i];
  return low + (rank - lower) * (high - low);
}

/**
 * Floyd and Rivest's SELECT (1975): reorders `a` so a[k] is the k-th smallest (0-based), smaller
 * values left of it and larger right. Large ranges first narrow to a sample around k, so a million
 * values take little more than one pass. If partitions keep failing to shrink (a pathological
 * input), the rest is sorted, so no input takes quadratic time.
 */
function selectInPlace(a: Float64Array, k: number): number {
  const budget = { rounds: 64 + 4 * Math.ceil(Math.log2(a.length + 1)) };
  floydRivest(a, k, 0, a.length - 1, budget);
  return a[k];
}

function floydRivest(
  a: Float64Array,
  k: number,
  left: number,
  right: number,
  budget: { rounds: number },
): void {
  while (right > left) {
    if (--budget.rounds < 0) {
      a.subarray(left, right + 1).sort();
      return;
    }
    if (right - left > 600) {
      // Recurse on a sample range expected to hold the k-th value, so the pivot below lands near it.
      const n = right - left + 1;
      const i = k - left + 1;
      const z = Math.log(n);
      const s = 0.5 * Math.exp((2 * z) / 3);
      const sd = 0.5 * Math.sqrt((z * s * (n - s)) / n) * (i < n / 2 ? -1 : 1);
      const sampleLeft = Math.max(left, Math.floor(k - (i * s) / n + sd));
      const sampleRight = Math.min(right, Math.floor(k + ((n - i) * s) / n + sd));
      floydRivest(a, k, sampleLeft, sampleRight, budget);
    }
    // Partition [left, right] around t = a[k].
    const t = a[k];
    let i = left;
    let j = right;
    swap(a, left, k);
    if (a[right] > t) swap(a, left, right);
    while (i < j) {
      swap(a, i, j);
      i++;
      j--;
      while (a[i] < t) i++;
      while (a[j] > t) j--;
    }
    if (a[left] === t) swap(a, left, j);
    else {
      j++;
      swap(a, j, right);
    }
    // Now a[j] = t, with smaller values left of j and larger right of it.
    if (j <= k) left = j + 1;
    if (k <= j) right = j - 1;
  }
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i];
  a[i] = a[j];
  a[j] = t;
}
