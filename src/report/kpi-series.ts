/**
 * One KPI over the report's 12 months (KpiSeries), and the small constructors every source of KPIs
 * uses: a month with a value, a month with no data and why, and per-month rating histograms.
 */
import type { KpiId } from "./settings";

/** One KPI in one month. `value` null means no data, and `reason` says why. */
export interface KpiMonth {
  value: number | null;
  /** Tickets or responses behind the value, where that means something; else null. */
  n: number | null;
  /** 95% interval (survey KPIs), in the KPI's unit; else null. */
  low: number | null;
  high: number | null;
  reason: string | null;
}

/** One KPI over the 12 months, oldest first (the last is the report's month). */
export interface KpiSeries {
  id: KpiId;
  months: KpiMonth[];
  /** How it is computed, for the tracker's note column. */
  note: string;
}

export const MONTHS = 12;

export const noData = (reason: string): KpiMonth => ({ value: null, n: null, low: null, high: null, reason });
export const value = (
  v: number,
  n: number | null = null,
  low: number | null = null,
  high: number | null = null,
) => ({
  value: v,
  n,
  low,
  high,
  reason: null,
});

/** Whole-number ratings 1–10 counted per month (index = rating). */
export function histograms(): Float64Array[] {
  return Array.from({ length: MONTHS }, () => new Float64Array(11));
}

export function highestRating(hists: readonly Float64Array[]): number {
  let max = 0;
  for (const h of hists) for (let r = 1; r <= 10; r++) if (h[r] > 0 && r > max) max = r;
  return max;
}

export function total(h: ArrayLike<number>): number {
  let n = 0;
  for (let i = 0; i < h.length; i++) n += h[i];
  return n;
}
