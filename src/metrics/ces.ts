/**
 * Customer Effort Score (CES) on a 1…scale_max agreement scale ("The company made it easy to handle
 * my issue", higher = less effort). Two readings are common, so the method is explicit:
 * "agree" = share of ratings at or above `agreeMin`; "mean" = the average rating.
 */
import { checkScale, countBetween, histogramMean, responsesOf, scoreHistogram } from "./scores";

export type CesMethod = "agree" | "mean";
export const CES_METHODS: readonly CesMethod[] = ["agree", "mean"];

/** "Somewhat agree" or stronger: 4 on 1–5, 5 on 1–7; undefined for other scales. */
const DEFAULT_AGREE_MIN: Readonly<Record<number, number>> = { 5: 4, 7: 5 };

export function defaultAgreeMin(scaleMax: number): number | undefined {
  return DEFAULT_AGREE_MIN[scaleMax];
}

/** `agreeMin`, or the scale's default; throws when neither gives a rating from 1 to `scaleMax`. */
export function resolveAgreeMin(scaleMax: number, agreeMin?: number): number {
  checkScale(scaleMax);
  const min = agreeMin ?? defaultAgreeMin(scaleMax);
  if (min === undefined) {
    throw new Error(
      `a 1–${scaleMax} scale has no standard "agree" rating; pass agree_min (the lowest rating that agrees).`,
    );
  }
  if (!(Number.isInteger(min) && min >= 1 && min <= scaleMax)) {
    throw new Error(`agree_min is ${min}; it must be a whole number from 1 to ${scaleMax} (scale_max).`);
  }
  return min;
}

/**
 * CES from a histogram of ratings 1…scaleMax: a fraction 0–1 for "agree", a rating for "mean"
 * (`agreeMin` is not used by "mean").
 */
export function cesFromHistogram(
  counts: ArrayLike<number>,
  scaleMax: number,
  method: CesMethod = "agree",
  agreeMin?: number,
): number {
  checkScale(scaleMax);
  if (counts.length !== scaleMax + 1 || counts[0] !== 0) {
    throw new Error(`a CES histogram for a 1–${scaleMax} scale has ${scaleMax + 1} counts, index 0 empty.`);
  }
  const responses = responsesOf(counts);
  if (method === "mean") return histogramMean(counts);
  return countBetween(counts, resolveAgreeMin(scaleMax, agreeMin), scaleMax) / responses;
}

/** CES of raw ratings; throws on a rating that is not a whole number 1…scaleMax, or on none. */
export function ces(
  ratings: ArrayLike<number>,
  scaleMax = 5,
  method: CesMethod = "agree",
  agreeMin?: number,
): number {
  checkScale(scaleMax);
  return cesFromHistogram(scoreHistogram(ratings, 1, scaleMax), scaleMax, method, agreeMin);
}
