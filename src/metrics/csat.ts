/**
 * Customer Satisfaction (CSAT): the share of ratings at or above a "satisfied" threshold on a
 * 1…scale_max scale, with a Wilson 95% interval (accurate for small samples and shares near 0 or 1).
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
import { wilson } from "./stats";

/** The usual "satisfied" ratings: the top two boxes of 1–5, the top box of 1–3, and so on. */
const SATISFIED_MIN: ThresholdRule = {
  arg: "satisfied_min",
  lowest: 2,
  label: "satisfied",
  meaning: "the lowest satisfied rating",
  defaults: { 3: 3, 5: 4, 7: 6, 10: 9 },
};

export interface CsatStats {
  responses: number;
  satisfied: number;
  /** Fraction 0–1. */
  csat: number;
  /** Wilson 95% interval, fractions 0–1. */
  low: number;
  high: number;
  meanRating: number;
}

/** The conventional threshold for a scale (3→3, 5→4, 7→6, 10→9); undefined for other scales. */
export function defaultSatisfiedMin(scaleMax: number): number | undefined {
  return SATISFIED_MIN.defaults[scaleMax];
}

/** `satisfiedMin`, or the scale's default; throws when neither gives a rating from 2 to `scaleMax`. */
export function resolveSatisfiedMin(scaleMax: number, satisfiedMin?: number): number {
  return ratingThreshold(SATISFIED_MIN, scaleMax, satisfiedMin);
}

/** Statistics from a histogram of ratings 1…scaleMax (`counts[r]` = responses rating r). */
export function csatStatsFromHistogram(
  counts: ArrayLike<number>,
  scaleMax: number,
  satisfiedMin?: number,
): CsatStats {
  const threshold = resolveSatisfiedMin(scaleMax, satisfiedMin);
  checkRatingHistogram(counts, scaleMax, "CSAT");
  const responses = responsesOf(counts);
  const satisfied = countBetween(counts, threshold, scaleMax);
  const { low, high } = wilson(satisfied, responses);
  return { responses, satisfied, csat: satisfied / responses, low, high, meanRating: histogramMean(counts) };
}

/** Statistics of raw ratings; throws on a rating that is not a whole number 1…scaleMax, or on none. */
export function csatStats(ratings: ArrayLike<number>, scaleMax = 5, satisfiedMin?: number): CsatStats {
  checkScale(scaleMax);
  return csatStatsFromHistogram(scoreHistogram(ratings, 1, scaleMax), scaleMax, satisfiedMin);
}

/** CSAT as a fraction 0–1. */
export function csat(ratings: ArrayLike<number>, scaleMax = 5, satisfiedMin?: number): number {
  return csatStats(ratings, scaleMax, satisfiedMin).csat;
}
