/**
 * Net Promoter Score: answers 0–10 to "How likely are you to recommend us?". Promoters score 9–10,
 * passives 7–8, detractors 0–6; NPS = (% promoters − % detractors), in points from −100 to 100.
 *
 * The 95% interval is the adjusted-Wald interval that Rocks (2016, The American Statistician) found
 * the most accurate: add 3 to n and ¾ to promoters and to detractors, then use the variance of a
 * difference of two proportions from one sample, p + d − (p − d)², over the adjusted n. The interval
 * is centred on the adjusted estimate (not on the raw NPS) and clamped to −100…100.
 */
import { countBetween, scoreHistogram } from "./scores";
import { Z95 } from "./stats";

export type NpsCategory = "Promoter" | "Passive" | "Detractor";

export const NPS_MIN_SCORE = 0;
export const NPS_MAX_SCORE = 10;

export interface NpsStats {
  responses: number;
  promoters: number;
  passives: number;
  detractors: number;
  /** Fractions 0–1 of responses. */
  promoterShare: number;
  passiveShare: number;
  detractorShare: number;
  /** Points, −100…100. */
  nps: number;
  /** Half-width of the adjusted-Wald 95% interval, in points (before clamping). */
  marginOfError: number;
  /** The 95% interval in points, clamped to −100…100. */
  low: number;
  high: number;
}

/** The category of one score; throws unless it is a whole number from 0 to 10. */
export function npsCategory(score: number): NpsCategory {
  if (!(score >= NPS_MIN_SCORE && score <= NPS_MAX_SCORE && Number.isInteger(score))) {
    throw new Error(`score ${score} is not a whole number from 0 to 10.`);
  }
  return score >= 9 ? "Promoter" : score >= 7 ? "Passive" : "Detractor";
}

/** All statistics from the three counts; throws when there are no responses. */
export function npsStatsFromCounts(promoters: number, passives: number, detractors: number): NpsStats {
  for (const [name, count] of [
    ["promoters", promoters],
    ["passives", passives],
    ["detractors", detractors],
  ] as const) {
    if (!(Number.isInteger(count) && count >= 0)) {
      throw new Error(`${name} is ${count}; it must be a whole number of responses, 0 or more.`);
    }
  }
  const n = promoters + passives + detractors;
  if (n === 0) throw new Error("there are no responses.");
  const nAdjusted = n + 3;
  const p = (promoters + 0.75) / nAdjusted;
  const d = (detractors + 0.75) / nAdjusted;
  const centre = p - d;
  const margin = Z95 * Math.sqrt((p + d - centre * centre) / nAdjusted);
  return {
    responses: n,
    promoters,
    passives,
    detractors,
    promoterShare: promoters / n,
    passiveShare: passives / n,
    detractorShare: detractors / n,
    // Multiplying first keeps whole answers whole: 80% − 15% gives exactly 65.
    nps: (100 * (promoters - detractors)) / n,
    marginOfError: margin * 100,
    low: Math.max(-1, centre - margin) * 100,
    high: Math.min(1, centre + margin) * 100,
  };
}

/** Statistics from a histogram of scores 0–10 (`counts[s]` = responses scoring s). */
export function npsStatsFromHistogram(counts: ArrayLike<number>): NpsStats {
  if (counts.length !== NPS_MAX_SCORE + 1) {
    throw new Error(`an NPS histogram has 11 counts (scores 0–10), not ${counts.length}.`);
  }
  return npsStatsFromCounts(
    countBetween(counts, 9, 10),
    countBetween(counts, 7, 8),
    countBetween(counts, 0, 6),
  );
}

/** Statistics of raw scores; throws on a score that is not a whole number 0–10, or on none. */
export function npsStats(scores: ArrayLike<number>): NpsStats {
  return npsStatsFromHistogram(scoreHistogram(scores, NPS_MIN_SCORE, NPS_MAX_SCORE));
}

/** NPS in points, −100…100. */
export function nps(scores: ArrayLike<number>): number {
  return npsStats(scores).nps;
}
