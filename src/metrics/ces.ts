/**
 * Customer Effort Score (CES) on a 1…scale_max agreement scale ("The company made it easy to handle
 * my issue", higher = less effort). Two readings are common, so the method is explicit:
 * "agree" = share of ratings at or above `agreeMin`; "mean" = the average rating.
 */
import {
  checkRatingHistogram,
  checkScale,
  countBetween,
  histogramMean,
  ratingThreshold,
  responsesOf,
  scoreHistogram,
  type ThresholdRule,
} from "./scores";

export type CesMethod = "agree" | "mean";
export const CES_METHODS: readonly CesMethod[] = ["agree", "mean"];

/** "Somewhat agree" or stronger: by default 4 on 1–5, 5 on 1–7; other scales must say. */
const AGREE_MIN: ThresholdRule = {
  arg: "agree_min",
  lowest: 1,
  label: "agree",
  meaning: "the lowest rating that agrees",
  defaults: { 5: 4, 7: 5 },
};

export function defaultAgreeMin(scaleMax: number): number | undefined {
  return AGREE_MIN.defaults[scaleMax];
}

/** `agreeMin`, or the scale's default; throws when neither gives a rating from 1 to `scaleMax`. */
export function resolveAgreeMin(scaleMax: number, agreeMin?: number): number {
  return ratingThreshold(AGREE_MIN, scaleMax, agreeMin);
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
  checkRatingHistogram(counts, scaleMax, "CES");
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
