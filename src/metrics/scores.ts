/**
 * Survey answers on a whole-number scale, kept as a histogram: `counts[s]` = how many responses
 * scored `s`. NPS, CSAT and CES are all sums over score bands, so a histogram is all they need, and
 * the custom functions can fill one in a single allocation-free pass over a million cells.
 */

/** The largest scale a rating may use (a histogram of this size stays tiny). */
export const MAX_SCALE = 100;

/** Throws unless `scaleMax` is a whole number from 2 to MAX_SCALE. */
export function checkScale(scaleMax: number): void {
  if (!Number.isInteger(scaleMax) || scaleMax < 2 || scaleMax > MAX_SCALE) {
    throw new Error(`scale_max is ${scaleMax}; it must be a whole number from 2 to ${MAX_SCALE}.`);
  }
}

/** What a rating threshold argument (satisfied_min, agree_min) is and what it defaults to. */
export interface ThresholdRule {
  /** The argument's name, e.g. "satisfied_min". */
  arg: string;
  /** The lowest value it may take. */
  lowest: number;
  /** The rating's name in messages, e.g. "satisfied". */
  label: string;
  /** What the argument means, e.g. "the lowest satisfied rating". */
  meaning: string;
  /** The conventional threshold by scale_max. */
  defaults: Readonly<Record<number, number>>;
}

/**
 * A threshold on a 1…scaleMax scale: `given`, or the scale's conventional one; throws naming the
 * argument when neither is a whole number from `rule.lowest` to `scaleMax`.
 */
export function ratingThreshold(rule: ThresholdRule, scaleMax: number, given?: number): number {
  checkScale(scaleMax);
  const min = given ?? rule.defaults[scaleMax];
  if (min === undefined) {
    throw new Error(
      `a 1–${scaleMax} scale has no standard "${rule.label}" rating; pass ${rule.arg} (${rule.meaning}).`,
    );
  }
  if (!(Number.isInteger(min) && min >= rule.lowest && min <= scaleMax)) {
    throw new Error(
      `${rule.arg} is ${min}; it must be a whole number from ${rule.lowest} to ${scaleMax} (scale_max).`,
    );
  }
  return min;
}

/** Throws unless `counts` is a histogram of ratings 1…scaleMax (`what` names the metric). */
export function checkRatingHistogram(counts: ArrayLike<number>, scaleMax: number, what: string): void {
  checkScale(scaleMax);
  if (counts.length !== scaleMax + 1 || counts[0] !== 0) {
    throw new Error(
      `a ${what} histogram for a 1–${scaleMax} scale has ${scaleMax + 1} counts, index 0 empty.`,
    );
  }
}

/** Counts each score; throws naming the first one that is not a whole number from `min` to `max`. */
export function scoreHistogram(scores: ArrayLike<number>, min: number, max: number): Float64Array {
  const counts = new Float64Array(max + 1);
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i];
    if (!(s >= min && s <= max && Number.isInteger(s))) {
      throw new Error(`score ${s} (number ${i + 1}) is not a whole number from ${min} to ${max}.`);
    }
    counts[s]++;
  }
  return counts;
}

/** How many responses scored from `from` to `to` (inclusive). */
export function countBetween(counts: ArrayLike<number>, from: number, to: number): number {
  let total = 0;
  for (let s = Math.max(0, from); s <= to && s < counts.length; s++) total += counts[s];
  return total;
}

/** All responses; throws when there are none, since no metric means anything then. */
export function responsesOf(counts: ArrayLike<number>): number {
  const n = countBetween(counts, 0, counts.length - 1);
  if (n === 0) throw new Error("there are no responses.");
  return n;
}

/** The average score of a non-empty histogram. */
export function histogramMean(counts: ArrayLike<number>): number {
  let sum = 0;
  let n = 0;
  for (let s = 0; s < counts.length; s++) {
    sum += s * counts[s];
    n += counts[s];
  }
  if (n === 0) throw new Error("there are no responses.");
  return sum / n;
}
