/**
 * The one rule for reading ratings (CSAT on tickets or in the survey, CES in the survey), used by the
 * tracker, the agents section and the definitions tab alike: the scale is the smallest usual one
 * (1–5, 1–7 or 1–10) that holds the highest rating given, and "satisfied" and "agree" start at the
 * metrics' usual thresholds for that scale (4–5 on 1–5; 6–7 satisfied and 5–7 agree on 1–7; 9–10
 * satisfied on 1–10, where "agree" has no usual threshold).
 */
import { defaultAgreeMin } from "../metrics/ces";
import { defaultSatisfiedMin } from "../metrics/csat";

export interface RatingScale {
  /** Ratings run from 1 to `max`. */
  max: 5 | 7 | 10;
  /** The lowest satisfied rating (CSAT). */
  satisfiedMin: number;
  /** The lowest agreeing rating (CES); null on a scale without a usual one. */
  agreeMin: number | null;
}

/** The scale of ratings whose highest is `highest` (ratings above 10 are never read as ratings). */
export function ratingScale(highest: number): RatingScale {
  const max = highest <= 5 ? 5 : highest <= 7 ? 7 : 10;
  return {
    max,
    satisfiedMin: defaultSatisfiedMin(max) as number,
    agreeMin: defaultAgreeMin(max) ?? null,
  };
}

/** Whether `rating` is a whole number on `scale` (1 to its max). */
export function onScale(rating: number, scale: RatingScale): boolean {
  return Number.isInteger(rating) && rating >= 1 && rating <= scale.max;
}
